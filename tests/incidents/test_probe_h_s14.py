"""Non-fighting border events (probe H): handovers of bodies, soldiers and territory,
borderization, a new base, protesters detained, detentions and the denials of them —
built end to end with the real gazetteer: what happened, when, where, who says so."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from geomap.incidents.casualties import find_casualties
from incident_helpers import build_article, claims_in as claims_of

PUBLISHED = dt.date(2024, 6, 20)
SOTK = (40.200, 45.870)             # lat, lon
AKHALGORI = (42.126, 44.485)
HAKARI_BRIDGE = (39.60, 46.55)


def built(tmp_path, text: str, published: dt.date = PUBLISHED):
    return build_article(tmp_path, text, published)


def km_between(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km between two (lat, lon) points in degrees."""
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = (math.sin((la2 - la1) / 2) ** 2
         + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def km_from(incident, point: tuple[float, float]) -> float:
    centre = incident.geometry.centroid
    return km_between((centre.y, centre.x), point)


# --- claims and denials of a detention (fault 6) ---------------------------------------

def test_a_quoted_denial_of_the_south_ossetian_kgb_is_its_denial(tmp_path):
    result = built(tmp_path, "TBILISI, Nov 14 - Georgia's State Security Service said Russian "
                   "forces had detained a Georgian citizen near Akhalgori on Monday.\n\n"
                   "\"The man was not detained on Georgian territory, he illegally crossed the "
                   "state border,\" the KGB of South Ossetia said in a statement.")
    (incident,) = result.incidents.itertuples()
    assert incident.sub_event_type == "Arrests" and incident.stances == "asserts and denies"
    # a de facto authority: no ISO code exists for it, so its country stays "" (README)
    assert claims_of(result) == [
        ("Georgian security service", "GE", "asserts"),
        ("South Ossetia de facto authorities", "", "denies")]


def test_the_de_facto_kgb_and_the_state_security_services_denial_are_both_kept(tmp_path):
    result = built(tmp_path, "TBILISI, 19 April 2024 - Georgia's State Security Service said "
                   "Russian forces detained two Georgian citizens near Akhalgori on April 17.\n\n"
                   "The de facto KGB of the Tskhinvali region said the two men had been carrying "
                   "hunting rifles. The State Security Service denied that the men had been "
                   "armed.")
    (incident,) = result.incidents.itertuples()
    assert incident.date == "2024-04-17"
    assert claims_of(result) == [
        ("Georgian security service", "GE", "asserts"),
        ("South Ossetia de facto authorities", "", "asserts"),
        ("Georgian security service", "GE", "denies")]      # not the KGB's "denial"


# --- a handover of bodies (fault 2) -----------------------------------------------------

def test_a_handover_of_bodies_is_dated_by_the_report_and_placed_where_it_took_place(tmp_path):
    result = built(tmp_path, "YEREVAN, 2 October 2022 - Azerbaijan handed over the bodies of 17 "
                   "Armenian servicemen killed in the fighting of September 13-14 on Sunday, "
                   "Armenia's Commission on Prisoners of War said. The transfer took place near "
                   "the village of Sotk.")
    (incident,) = result.incidents.itertuples()
    assert (incident.event_type, incident.sub_event_type) == ("Strategic developments", "Other")
    assert incident.date == "2022-10-02"            # the Sunday of the report, not the fighting
    assert list(incident.places) == ["Sotk"] and km_from(incident, SOTK) < 10
    assert incident.fatalities_min is None and incident.fatalities_max is None


def test_a_date_of_fighting_still_dates_the_killing_in_that_fighting(tmp_path):
    result = built(tmp_path, "Two Armenian soldiers were killed in the fighting of September 13 "
                   "near Sotk, the Armenian Defence Ministry said.", dt.date(2022, 9, 20))
    (incident,) = result.incidents.itertuples()
    assert incident.date == "2022-09-13"


# --- territory, fences, bases, protests (fault 5) ---------------------------------------

@pytest.mark.parametrize("text, event_type, sub_event_type, date, actors", [
    ("IJEVAN, May 24, 2024 - Armenia handed over four villages of the Gazakh district to "
     "Azerbaijan on Friday, and Azerbaijani border guards took control of them.",
     "Strategic developments", "Non-violent transfer of territory", "2024-05-24", ["AM", "AZ"]),
    ("Tbilisi, 6 June 2024 - Russian troops installed new fences near Akhalgori on Wednesday, "
     "Georgia's State Security Service said.",
     "Strategic developments", "Other", "2024-06-05", ["RU"]),
    ("Tbilisi, 6 June 2024 - Russia opened a new border guard base near Tskhinvali in April, "
     "the EU Monitoring Mission said.",
     "Strategic developments", "Headquarters or base established", "2024-04-01", ["RU"]),
    ("IJEVAN, May 24, 2024 - Police detained 12 protesters in Kirants on Friday during a "
     "protest against the handover of border villages to Azerbaijan.",
     "Protests", "Protest with intervention", "2024-05-24", ["AM"]),
])
def test_non_fighting_border_events_are_typed_as_acled_does(tmp_path, text, event_type,
                                                             sub_event_type, date, actors):
    result = built(tmp_path, text)
    (incident,) = result.incidents.itertuples()
    assert (incident.event_type, incident.sub_event_type) == (event_type, sub_event_type)
    assert incident.date == date and list(incident.actors) == actors
    assert incident.fatalities_min is None and incident.injured_min is None


def test_fences_are_placed_at_akhalgori(tmp_path):
    result = built(tmp_path, "Tbilisi, 6 June 2024 - Russian troops installed new fences near "
                   "Akhalgori on Wednesday, Georgia's State Security Service said.")
    (incident,) = result.incidents.itertuples()
    assert km_from(incident, AKHALGORI) < 10 and "Tbilisi" not in set(incident.places)


@pytest.mark.parametrize("text", [
    "IJEVAN, April 20, 2024 - Armenia agreed on Friday to hand over four villages of the Gazakh "
    "district to Azerbaijan.",
    "Tbilisi, 6 June 2024 - Russia plans to open a new border guard base near Tskhinvali, the "
    "Georgian foreign ministry said on Wednesday.",
    "IJEVAN, May 24, 2024 - Residents of Kirants said on Friday they feared the handover of the "
    "villages would leave their homes exposed.",
])
def test_plans_and_agreements_are_no_events(tmp_path, text):
    assert built(tmp_path, text).incidents.empty


# --- the return of a soldier (fault 4) ---------------------------------------------------

def test_a_soldier_returned_at_a_checkpoint_is_a_handover_there(tmp_path):
    result = built(tmp_path, "Goris, 8 November 2023 - The soldier was returned to Armenia at the "
                   "Hakari bridge checkpoint on Wednesday in a handover mediated by the ICRC.")
    (incident,) = result.incidents.itertuples()
    assert (incident.event_type, incident.sub_event_type) == ("Strategic developments", "Other")
    assert incident.date == "2023-11-08" and list(incident.actors) == ["AM"]
    assert km_from(incident, HAKARI_BRIDGE) < 15 and "Goris" not in set(incident.places)


def test_a_day_told_weeks_later_is_after_the_days_told_before(tmp_path):
    result = built(tmp_path, "Kapan, 18 October 2022 - The Armenian Ministry of Defence confirmed "
                   "on Tuesday that Azerbaijani border guards had detained a conscript near Tegh "
                   "on Monday.\n\nThree weeks later, on November 8, the soldier was returned to "
                   "Armenia at the Hakari bridge checkpoint.")
    dates = {i.sub_event_type: i.date for i in result.incidents.itertuples()}
    assert dates == {"Arrests": "2022-10-17", "Other": "2022-11-08"}     # not 2021


# --- the Lachin checkpoint detention (fault 8) -------------------------------------------

def test_the_side_protesting_a_detention_by_its_adversary_is_a_side(tmp_path):
    result = built(tmp_path, "Goris, 29 July 2023 - Azerbaijani border guards detained a "
                   "68-year-old resident of Nagorno-Karabakh at the checkpoint near the Hakari "
                   "bridge on Saturday. The Armenian Foreign Ministry said the detention was "
                   "\"an act of abduction\".")
    (incident,) = result.incidents.itertuples()
    assert list(incident.actors) == ["AM", "AZ"]
    assert list(incident.places) == ["Hakari bridge"]       # not the dateline's Goris


LACHIN = """Azerbaijan detains Karabakh man at Lachin checkpoint

Goris, 29 July 2023 - Azerbaijani border guards detained a 68-year-old resident of \
Nagorno-Karabakh at the checkpoint near the Hakari bridge on Saturday as he was being taken \
to Armenia for heart surgery, officials in Stepanakert said.

Azerbaijan's State Border Service said Vagif Khachatryan was arrested because he was wanted \
for "genocide" over the killing of civilians in the village of Meshali in 1991, charges his \
family called absurd. He was taken to Baku.

The Armenian Foreign Ministry said the detention was "an act of abduction".

In a separate statement, Baku denied holding any civilians from Nagorno-Karabakh other than \
Khachatryan, and dismissed reports that three students had been detained at the same \
checkpoint on July 28 as "Armenian disinformation".
"""


def test_a_denied_detention_at_the_same_checkpoint_is_at_that_checkpoint(tmp_path):
    result = built(tmp_path, LACHIN)
    by_date = {i.date: i for i in result.incidents.itertuples()}
    assert sorted(by_date) == ["2023-07-28", "2023-07-29"]     # two detentions, not merged
    denied = by_date["2023-07-28"]
    assert list(denied.places) == ["Hakari bridge"] and denied.geo_precision == 2
    assert "AZ" in denied.actors and denied.stances == "denies"
    detained = by_date["2023-07-29"]
    assert list(detained.actors) == ["AM", "AZ"]
    assert [(c.claimant_country, c.stance) for c in result.claims.itertuples()
            if c.incident_id == detained.id] == [("AZ", "asserts"), ("AM", "asserts")]


# --- the wounded, and claimants ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A smuggler fired a pistol and was wounded.",
    "When the patrol ordered them to stop, one of the men fired a pistol and was wounded in "
    "the leg.",
])
def test_one_who_did_something_and_was_wounded_is_wounded(text):
    found = find_casualties(text, 0, len(text), ())
    assert (found.injured_min, found.injured_max) == (1, 1)


def test_a_detainee_wounded_in_the_arrest_counts(tmp_path):
    result = built(tmp_path, "Azerbaijani border guards detained four people who crossed from "
                   "Iran near the town of Astara on the night of 7 May, the State Border Service "
                   "said on Thursday. When the patrol ordered them to stop, one of the men fired "
                   "a pistol and was wounded in the leg.", dt.date(2024, 5, 10))
    (incident,) = result.incidents.itertuples()
    assert incident.sub_event_type == "Arrests" and incident.injured_min == 1


def test_the_frontier_corps_speaks_for_pakistan(tmp_path):
    result = built(tmp_path, "ZAHEDAN, April 4 (Tasnim) – Two Iranian border guards were killed "
                   "when armed bandits opened fire on their patrol near Mirjaveh on Wednesday "
                   "night. A Frontier Corps spokesman said Pakistan \"does not allow its soil to "
                   "be used against any neighbouring country\" and denied that the attackers had "
                   "come from Pakistan.", dt.date(2024, 4, 5))
    assert claims_of(result) == [("Frontier Corps (Pakistan)", "PK", "denies")]
