"""One article, one incident or several: an event told on a day or at a place of its own,
or of another kind, is an incident of its own with its own toll and claims; the same event
told again, or in the other side's version, stays one."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from incident_helpers import (
    JUNE_20, LEAD, MAY_10, MAY_20, OCT_15_2025, OCT_20_2025, build_article, claims_in, day_of,
    incident_figures, incident_keys, incident_rows, incidents_built, incidents_by_date,
    killed, only_figures, stances_on)


APRIL_11_2012 = dt.date(2012, 4, 11)    # a Wednesday


JUNE_13_2023 = dt.date(2023, 6, 13)     # a Tuesday


MAY_14_2024 = dt.date(2024, 5, 14)      # a Tuesday


def incidents_by_place(result) -> dict:
    """Each incident of a build by the first place it names."""
    return {list(i.places)[0]: i for i in result.incidents.itertuples()}


def test_another_sides_strike_far_from_the_fighting_is_its_own_incident(tmp_path):
    result = build_article(tmp_path, (
        "JUBA, April 11 (Wire) – Sudan's army said on Wednesday it was fighting South "
        "Sudanese troops near Abyei, while officials in Juba said Sudanese warplanes had "
        "bombed the outskirts of Bentiu.\n\n"
        "South Sudan's information minister said Sudanese warplanes bombed a bridge outside "
        "Bentiu on Wednesday morning, killing at least four civilians.\n\n"
        "Sudan's army spokesman denied that its aircraft had struck inside South Sudan.\n\n"
        "South Sudan's army said about 240 Sudanese soldiers had been killed in the fighting "
        "near Abyei on Tuesday.\n"), APRIL_11_2012)
    by_place = incidents_by_place(result)
    assert set(by_place) == {"Abyei", "Bentiu"}
    fighting, bombing = by_place["Abyei"], by_place["Bentiu"]
    assert fighting.event_type == "Battles"
    assert bombing.sub_event_type == "Air/drone strike"
    assert day_of(fighting.date) == dt.date(2012, 4, 10)
    assert day_of(bombing.date) == APRIL_11_2012
    assert fighting.fatalities_min == 240
    assert bombing.fatalities_min == 4
    assert stances_on(result, fighting) == [("SD", "asserts"), ("SS", "asserts")]
    # the minister's account, the officials' and Khartoum's denial are of the bombing
    assert stances_on(result, bombing) == [("SD", "denies"), ("SS", "asserts"),
                                          ("SS", "asserts")]


def test_a_count_of_no_place_or_day_goes_to_the_fighting_not_the_later_strike(tmp_path):
    result = build_article(tmp_path, (
        "JUBA, April 11 (Wire) – Sudan's army said it was fighting South Sudanese troops "
        "near Abyei on Tuesday.\n\n"
        "On Wednesday, Sudanese warplanes bombed the outskirts of Bentiu, killing five "
        "civilians, officials in Juba said.\n\n"
        "South Sudan's army said about 240 Sudanese soldiers had been killed.\n"),
        APRIL_11_2012)
    by_place = incidents_by_place(result)
    assert by_place["Abyei"].fatalities_min == 240
    assert (by_place["Bentiu"].fatalities_min, by_place["Bentiu"].fatalities_max) == (5, 5)


ROADSIDE_BOMB = (
    "NAIROBI, June 13 (Wire) – Between five and eight Kenyan police officers were killed on "
    "Tuesday when their vehicle hit a roadside bomb near Mandera, close to the border with "
    "Somalia, officials said.\n\n"
    "The county commissioner confirmed five deaths.\n\n")


def test_another_bomb_days_earlier_in_another_town_is_its_own_incident(tmp_path):
    result = build_article(tmp_path, ROADSIDE_BOMB + (
        "Two days earlier, on Sunday, another roadside bomb wounded three civilians at a "
        "market in Garissa, police said.\n"), JUNE_13_2023)
    by_place = incidents_by_place(result)
    assert set(by_place) == {"Mandera", "Garissa"}
    mandera, garissa = by_place["Mandera"], by_place["Garissa"]
    assert day_of(mandera.date) == JUNE_13_2023
    assert day_of(garissa.date) == dt.date(2023, 6, 11)
    assert garissa.sub_event_type == mandera.sub_event_type
    assert (mandera.fatalities_min, mandera.fatalities_max) == (5, 8)
    assert pd.isna(mandera.injured_min)                 # the market's wounded are not its
    assert (garissa.injured_min, garissa.injured_max) == (3, 3)
    assert stances_on(result, garissa) == [("KE", "asserts")]
    assert stances_on(result, mandera) == []


def test_wounded_of_another_day_elsewhere_are_not_the_leads_toll(tmp_path):
    result = build_article(tmp_path, ROADSIDE_BOMB + (
        "On Sunday, three civilians were wounded at a market in Garissa, police said.\n"),
        JUNE_13_2023)
    (incident,) = result.incidents.itertuples()
    assert list(incident.places) == ["Mandera"]
    assert pd.isna(incident.injured_min) and pd.isna(incident.injured_max)
    assert len(result.claims) == 0


@pytest.mark.parametrize("told_after", [
    # the same day, the same town: the event told again
    "Later on Tuesday, police said three more officers were wounded near Mandera.",
    # another day, no place of its own: the count is the lead's
    "On Wednesday, police said three more officers were wounded.",
])
def test_the_same_event_told_again_stays_one_incident(tmp_path, told_after):
    result = build_article(tmp_path, ROADSIDE_BOMB + told_after + "\n", JUNE_13_2023)
    (incident,) = result.incidents.itertuples()
    assert list(incident.places) == ["Mandera"]
    assert incident.injured_min == 3


def test_each_sides_version_of_one_exchange_nearby_stays_one_incident(tmp_path):
    result = build_article(tmp_path, (
        "YEREVAN, May 14 (Wire) – Armenia's defence ministry said Azerbaijani forces fired "
        "on Armenian positions near Berd on Tuesday, wounding one soldier, while "
        "Azerbaijan's defence ministry said Armenian artillery had shelled Tovuz.\n"),
        MAY_14_2024)
    (incident,) = result.incidents.itertuples()
    assert set(incident.places) == {"Berd", "Tovuz"}
    assert stances_on(result, incident) == [("AM", "asserts"), ("AZ", "asserts")]


def test_a_provocation_the_previous_evening_is_an_incident_of_its_own(tmp_path):
    result = build_article(tmp_path, "On Tuesday, Azerbaijani units opened fire on an Armenian "
                                     "combat post near Nerkin Hand, killing four servicemen, the "
                                     "Armenian Ministry of Defense said. The Azerbaijani State "
                                     "Border Service claimed on Tuesday that its units had "
                                     "carried out a \"revenge operation\" in response to a "
                                     "provocation committed by Armenian forces the previous "
                                     "evening, when, it said, Armenian units fired on Azerbaijani "
                                     "positions near the village of Kokhanabi in the Zangilan "
                                     "district, wounding one Azerbaijani serviceman.",
                           dt.date(2024, 2, 13))
    def count(value):
        return None if value != value else int(value)       # NaN: not told
    found = {i.date: (list(i.places), count(i.fatalities_min), count(i.injured_min))
             for i in result.incidents.itertuples()}
    assert found == {"2024-02-13": (["Nerkin Hand"], 4, None),
                     "2024-02-12": (["Zangilan District"], None, 1)}


def test_fire_later_the_same_evening_elsewhere_is_an_incident_of_its_own(tmp_path):
    result = build_article(tmp_path, "On March 10, at around 20:40, Armenian units opened fire on "
                                     "Azerbaijani army positions in the Aghdam village of Tovuz "
                                     "district, the Azerbaijani Ministry of Defense said. Later "
                                     "on the same evening, at 23:15, Armenian units located in "
                                     "the direction of Voskepar fired on positions near Yukhari "
                                     "Askipara village of the Qazax district, the ministry added.",
                           dt.date(2025, 3, 11))
    found = sorted((i.date, "Aghdam" in i.places, "Yukhari Askipara" in i.places,
                    tuple(i.actors)) for i in result.incidents.itertuples())
    assert found == [("2025-03-10", False, True, ("AM", "AZ")),     # the sides go on
                     ("2025-03-10", True, False, ("AM", "AZ"))]


SHOOTING = ("BAKU, May 10 (Reuters) - Armenian forces opened fire on Azerbaijani positions "
            "near Lachin on Thursday, wounding one soldier, Azerbaijan's defence ministry "
            "said.\n\nThe ministry said the fire came from positions near the Armenian village "
            "of Tegh.\n\n{}\n\nArmenia's defence ministry denied the report.\n")


@pytest.mark.parametrize("aside", [
    "Azerbaijani Shusha was the venue of a ceremony on Friday, a week before the shooting.",
    "Shusha was the venue of a ceremony on Friday, hours after the shooting.",
    "A ceremony was held in Shusha on Friday for the soldier wounded in the shooting.",
    "Officials in Shusha discussed the shooting at a meeting on Friday.",
])
def test_the_shooting_named_again_is_the_same_incident(tmp_path, aside):
    result = build_article(tmp_path, SHOOTING.format(aside), MAY_10)
    (incident,) = result.incidents.itertuples()
    assert list(incident.places) == ["Lachin"]
    assert claims_in(result) == [("Ministry of Defense of Azerbaijan", "AZ", "asserts"),
                                 ("Ministry of Defense of Armenia", "AM", "denies")]


def test_a_shelling_of_another_place_and_day_is_another_incident(tmp_path):
    result = build_article(tmp_path, SHOOTING.format(
        "The shelling of Tovuz on Friday killed two civilians."), MAY_10)
    assert sorted(p for places in result.incidents.places for p in places) == [
        "Lachin", "Tovuz"]


def test_gunmen_at_an_unknown_village_after_fighting_between_states_are_another_incident(
        tmp_path):
    result = build_article(tmp_path, (
        "BAKU, June 18 — Armenian forces fired on Azerbaijani positions in Tovuz district on "
        "Monday, Azerbaijan's Defence Ministry said. On Tuesday, unknown gunmen opened fire "
        "on a car near the village of Kapanakhchi, Georgian police said.\n"), JUNE_20)
    fighting, gunmen = incidents_by_date(result)
    assert day_of(fighting.date) == dt.date(2024, 6, 17)
    assert sorted(fighting.actors) == ["AM", "AZ"]
    assert day_of(gunmen.date) == dt.date(2024, 6, 18)
    assert gunmen.event_type == "Violence against civilians" and list(gunmen.actors) == []
    assert gunmen.territory == "GE" and gunmen.geo_precision == 3
    by_incident = {(c.incident_id, c.claimant_country) for c in result.claims.itertuples()}
    assert (gunmen.id, "GE") in by_incident and (fighting.id, "GE") not in by_incident


def test_a_week_earlier_and_earlier_that_day_tell_other_events(tmp_path):
    week = build_article(tmp_path, (
        "BAKU, June 18 — Armenian forces fired on Azerbaijani positions in Kalbajar on Monday, "
        "Azerbaijan's Defence Ministry said. A week earlier, Armenian units had shelled "
        "positions near Lachin, the ministry said.\n"), JUNE_20)
    assert [(day_of(i.date), list(i.places)) for i in incidents_by_date(week)] == [
        (dt.date(2024, 6, 10), ["Lachin"]), (dt.date(2024, 6, 17), ["Kalbajar"])]
    day = build_article(tmp_path, (
        "YEREVAN, June 18 — Azerbaijani troops fired mortars at positions near Nerkin Hand on "
        "Monday afternoon, the Armenian ministry said. Earlier that day, Azerbaijani forces "
        "had shelled farmland near Khoznavar.\n"), JUNE_20)
    assert sorted(list(i.places) for i in day.incidents.itertuples()) == [
        ["Khoznavar"], ["Nerkin Hand"]]


def test_a_day_earlier_on_a_weekday_the_same_positions_is_another_incident_there(tmp_path):
    result = build_article(tmp_path, (
        "YEREVAN, June 13 — An Armenian soldier was wounded near Nerkin Hand on Wednesday when "
        "Azerbaijani troops fired mortars, the Armenian ministry said. A day earlier, on "
        "Tuesday, the same positions had come under fire from large-calibre machine "
        "guns.\n"), JUNE_20)
    assert [(day_of(i.date), list(i.places), sorted(i.actors))
            for i in incidents_by_date(result)] == [
        (dt.date(2024, 6, 11), ["Nerkin Hand"], ["AM", "AZ"]),
        (dt.date(2024, 6, 12), ["Nerkin Hand"], ["AM", "AZ"])]


def test_the_shelling_is_not_folded_into_the_drone_brought_down_the_day_before(tmp_path):
    result = build_article(tmp_path, (
        "YEREVAN, June 15 — Armenian forces shot down an Azerbaijani quadcopter near "
        "Khoznavar on Friday, Armenia's Defence Ministry said. The ministry said the drone "
        "had been filming Armenian fortifications and was brought down with small-arms fire. "
        "On Saturday morning, a shell struck a house in Sotk, damaging the roof, the village "
        "head told local media.\n"), JUNE_20)
    drone, shell = incidents_by_date(result)
    assert drone.sub_event_type == "Disrupted weapons use"
    assert list(drone.places) == ["Khoznavar"] and day_of(drone.date) == dt.date(2024, 6, 14)
    assert shell.event_type == "Explosions/Remote violence"
    assert list(shell.places) == ["Sotk"] and day_of(shell.date) == dt.date(2024, 6, 15)
    drone_texts = [c.text for c in result.claims.itertuples() if c.incident_id == drone.id]
    assert any("small-arms fire" in t for t in drone_texts)


def test_one_death_told_twice_by_one_source_is_one_incident(tmp_path):
    result = build_article(tmp_path, "BAKU, Sept 23 (Wire) - Azerbaijan's Defence Ministry said "
                                     "on Tuesday that one of its soldiers had been killed by "
                                     "sniper fire from Armenian positions near Nerkin Hand. The "
                                     "ministry said the soldier was shot at a post in Zangilan "
                                     "district on Monday.", OCT_15_2025)
    (incident,) = result.incidents.itertuples()
    assert incident.date == "2025-09-22" and incident.fatalities_min == 1


def test_last_months_report_is_an_incident_of_its_own_by_the_same_ministry(tmp_path):
    result = build_article(tmp_path, "Baku, 17 June (APA). On June 16, Armenian units fired at "
                                     "Azerbaijani positions in Zangilan district, the Ministry of "
                                     "Defense of Azerbaijan said. The Armenian Defense Ministry "
                                     "denied the report. The last such report by the Azerbaijani "
                                     "ministry came in May, when it said Armenian units had fired "
                                     "at positions in Kalbajar district.", OCT_15_2025)
    by_date = {i.date: i for i in result.incidents.itertuples()}
    assert set(by_date) == {"2025-05-01", "2025-06-16"}
    assert by_date["2025-05-01"].date_precision == "month"
    assert "Kalbajar District" not in by_date["2025-06-16"].places
    may = [c for c in result.claims.itertuples() if c.incident_id == by_date["2025-05-01"].id]
    assert [(c.claimant, c.stance) for c in may] == \
        [("Ministry of Defense of Azerbaijan", "asserts")]


def test_the_fighting_goes_with_the_clash_not_the_air_strike_recalled(tmp_path):
    result = build_article(tmp_path, "KABUL, Oct 12, 2025 - Taliban forces attacked Pakistani "
                             "border posts overnight. The spokesman said the operation was a "
                             "response to Pakistani air strikes on Kabul on Thursday. The "
                             "fighting was reported in Kurram district and in Bajaur, in "
                             "Pakistan's Khyber Pakhtunkhwa province.", OCT_20_2025)
    by_sub = {sub: places for _, sub, _, places in incident_keys(result)}
    assert by_sub["Air/drone strike"] == ("Kabul",)
    assert "Kurram District" in by_sub["Armed clash"]


def test_a_suicide_attack_the_strikes_followed_is_an_incident_of_its_own(tmp_path):
    result = build_article(tmp_path, "KARACHI, 20 October 2025 - Pakistani air strikes on Friday "
                             "night in Paktika province killed ten civilians, Afghan officials "
                             "said. Pakistan's military said the strikes followed a suicide "
                             "attack on a military camp in Mir Ali, North Waziristan, on "
                             "Friday, in which seven soldiers were killed.", OCT_20_2025)
    incidents = {sub: (places, int(i)) for (_, sub, _, places), i in zip(
        incident_keys(result), [0, 0])}
    assert set(incidents) == {"Air/drone strike", "Suicide bomb"}
    assert incidents["Suicide bomb"][0] == ("Mir Ali",)
    assert "Mir Ali" not in incidents["Air/drone strike"][0]


def test_strikes_each_way_on_one_day_are_two_incidents(tmp_path):
    found = incident_figures(tmp_path, "SOUTH ASIA SECURITY WEEKLY - Monday, 12 May 2025\n\n"
                      "- Wednesday: India struck nine sites in Pakistan, including Bahawalpur "
                      "and Muridke. Pakistan said 31 civilians were killed.\n"
                      "- Wednesday: Pakistani artillery fire on Poonch killed at least 13 "
                      "civilians.\n")
    assert len(found) == 2
    strike = next(i for i in found if "Bahawalpur" in i["places"])
    shelling = next(i for i in found if "Bahawalpur" not in i["places"])
    assert "Muridke" in strike["places"] and strike["fatalities"] == (31, 31)
    assert shelling["fatalities"] == (13, None) and len(shelling["places"]) == 1


def test_each_side_s_account_of_one_exchange_stays_one_incident(tmp_path):
    only_figures(tmp_path, "Armenia's Defence Ministry said Azerbaijani forces shelled Sotk on "
         "Tuesday, wounding two soldiers; Azerbaijan's Defence Ministry said Armenian units "
         "had fired first at its positions in Kalbajar.")


def test_two_written_days_are_two_incidents(tmp_path):
    found = incident_figures(tmp_path, "ISLAMABAD, 14 May 2025 - Pakistan's military spokesman said "
                      "on Tuesday that the Pakistan Air Force shot down six Indian aircraft "
                      "over Bathinda and Srinagar in the early hours of 7 May. Pakistani "
                      "officials also said one Indian drone was shot down over Lahore's "
                      "Walton airfield on 8 May, injuring four soldiers.")
    assert [i["date"] for i in found] == ["2025-05-07", "2025-05-08"]
    assert found[0]["injured"] == (None, None) and found[1]["injured"] == (4, 4)


def test_an_earlier_attack_a_strike_is_dated_by_lends_it_neither_place_nor_dead(tmp_path):
    (incident,) = incidents_built(tmp_path, "NEW DELHI, May 7, 2025 - Indian forces struck camps "
                                            "in Muzaffarabad and Kotli early on Wednesday, two "
                                            "weeks after the Pahalgam attack in which 26 tourists "
                                            "were shot dead.", MAY_20)
    assert "Pahalgam" not in incident.places and "Kotli" in incident.places
    assert pd.isna(incident.fatalities_min)                         # unknown


def test_a_strike_in_response_is_an_incident_of_its_own_that_day(tmp_path):
    result = build_article(tmp_path, (
        "An anti-tank missile fired from Lebanon hit a house in Metula on Wednesday morning, "
        "lightly wounding two people, the Israeli military said. In response, Israeli fighter "
        "jets struck a Hezbollah weapons depot in Naqoura, killing two people."), JUNE_20)
    strike, missile = sorted(result.incidents.itertuples(), key=lambda i: i.sub_event_type)
    assert missile.sub_event_type == "Shelling/artillery/missile attack"
    assert list(missile.places) == ["Metula"] and missile.injured_min == 2
    assert pd.isna(missile.fatalities_min)
    assert strike.sub_event_type == "Air/drone strike" and strike.fatalities_min == 2
    assert "Metula" not in list(strike.places)
    assert day_of(missile.date) == day_of(strike.date) == dt.date(2024, 6, 19)


def test_the_other_sides_account_of_who_fired_first_is_the_same_incident(tmp_path):
    result = build_article(
        tmp_path, LEAD + "Azerbaijan's Defence Ministry denied the report.\n\n"
        "The Azerbaijani state news agency APA, citing military sources, said Armenian "
        "units had opened fire first.\n\n"
        "The Karabakh Defence Army said it had not taken part in the fighting.\n", JUNE_20)
    (incident,) = incident_rows(result)
    assert str(incident.date)[:10] == "2024-06-17"
    assert list(incident.places) == ["Sotk"]
    assert {c for c, _, _ in claims_in(result)} >= {"APA news agency",
                                                    "Nagorno-Karabakh Defense Army"}


def test_a_strike_of_another_kind_far_from_the_fighting_is_its_own_incident(tmp_path):
    incidents = incidents_built(tmp_path, (
        "Thailand's health ministry said on Friday that eleven people had been killed in "
        "fighting with Cambodia. Three people were killed when a rocket hit a market in "
        "Kantharalak on Thursday. The fighting began on Thursday near the Ta Muen Thom temple "
        "in Surin province."), dt.date(2025, 7, 25))
    by_type = {i.event_type: i for i in incidents}
    assert set(by_type) == {"Battles", "Explosions/Remote violence"}
    assert killed(by_type["Explosions/Remote violence"]) == (3, 3)
    assert list(by_type["Explosions/Remote violence"].places) == ["Kantharalak"]
    assert "Kantharalak" not in by_type["Battles"].places


def test_another_sides_version_at_its_own_place_stays_the_incidents_claim(tmp_path):
    (incident,) = incidents_built(tmp_path, (
        "Armenia's defence ministry said Azerbaijani forces shelled Jermuk on Sunday. "
        "Residents of Sotk sheltered in basements, while Azerbaijan's defence ministry "
        "reported fire on Tovuz."), MAY_10)
    assert {"Jermuk", "Tovuz"} <= set(incident.places)


# A statement dated only by the day it was made opens an incident whose event the
# sentences just before told: the event's day and places, not the statement's; another
# event told before (elsewhere, or weeks earlier) stays apart.
MAY_20_2026 = dt.date(2026, 5, 20)      # a Wednesday


@pytest.mark.parametrize("text", [
    "NOUAKCHOTT, May 20 - Residents of Nema say soldiers shot dead three shepherds at a "
    "well on Saturday. A Mauritanian government spokesman said on Monday that Malian "
    "troops had attacked herders near Nema.",
    "YEREVAN, May 20 - Villagers in Sotk say their houses came under fire on Saturday "
    "evening. Two cars were damaged. Armenia's defence ministry said on Monday that "
    "Azerbaijani forces had fired at Sotk.",
])
def test_a_statement_of_monday_takes_the_day_of_the_event_told_before(tmp_path, text):
    (incident,) = incidents_built(tmp_path, text + "\n", MAY_20_2026)
    assert day_of(incident.date) == dt.date(2026, 5, 16)


def test_a_statement_of_monday_takes_the_toll_and_places_told_before(tmp_path):
    (incident,) = incidents_built(tmp_path, (
        "NOUAKCHOTT, May 20 - Soldiers shot dead three shepherds at a well near Nema on "
        "Saturday, residents say. A Mauritanian government spokesman said on Monday that "
        "Malian troops had attacked Mauritanian herders.\n"), MAY_20_2026)
    assert day_of(incident.date) == dt.date(2026, 5, 16)
    assert list(incident.places) == ["Néma"] and killed(incident) == (3, 3)


@pytest.mark.parametrize("before", [
    "Residents of Kiffa say soldiers shot dead three shepherds at a well on Saturday.",
    "Residents of Nema say soldiers shot dead three shepherds at a well on April 2.",
])
def test_another_event_told_before_a_statement_stays_apart(tmp_path, before):
    rows = incidents_built(tmp_path, (
        f"NOUAKCHOTT, May 20 - {before} A Mauritanian government spokesman said on Monday "
        "that Malian troops had attacked herders near Nema.\n"), MAY_20_2026)
    spoken = next(i for i in rows if "ML" in i.actors)
    assert day_of(spoken.date) == dt.date(2026, 5, 18)
    assert list(spoken.places) == ["Néma"]


# --- helper F9 (session 21): fighting whose sides go unnamed, after an armed group acts ---

TUESDAY_MAY_19_2026 = dt.date(2026, 5, 19)
GOMA_FIGHTING = "Fighting continued on Monday around the airport in Goma."


@pytest.mark.parametrize("group_told", [
    "M23 fighters entered Goma on Sunday night.",
    "On Sunday night, M23 rebels pushed into the city.",
])
def test_fighting_after_an_armed_group_acts_is_the_state_s_clash(tmp_path, group_told):
    (incident,) = incidents_built(tmp_path, f"{group_told} {GOMA_FIGHTING}\n",
                                  TUESDAY_MAY_19_2026)
    assert (incident.event_type, incident.sub_event_type) == ("Battles", "Armed clash")
    assert list(incident.actors) == ["CD"] and "Goma" in list(incident.places)
    assert day_of(incident.date) == dt.date(2026, 5, 18)


@pytest.mark.parametrize("before", [
    "",                                                 # no side, no group: nothing
    "Congo accused Rwanda of backing the M23 rebels.",  # a group no one tells acting
])
def test_fighting_of_no_side_and_no_acting_group_opens_nothing(tmp_path, before):
    assert incidents_built(tmp_path, f"{before} {GOMA_FIGHTING}\n".lstrip(),
                           TUESDAY_MAY_19_2026) == []


@pytest.mark.parametrize("earlier, elsewhere", [
    ("Police said a bomb exploded at a market in Bukavu on Saturday.", "Bukavu"),
    ("Burundian and Congolese troops clashed near Uvira on Saturday, Congo's army said.",
     "Uvira"),
])
def test_an_accusation_about_the_group_s_fighting_is_not_the_earlier_incident_s(
        tmp_path, earlier, elsewhere):
    result = build_article(tmp_path, (
        f"{earlier} M23 fighters entered Goma on Sunday night. {GOMA_FIGHTING} Congo's army "
        "accused Rwandan soldiers of fighting in the city.\n"), TUESDAY_MAY_19_2026)
    by_place = incidents_by_place(result)
    assert set(by_place) == {elsewhere, "Goma"}
    assert "RW" not in list(by_place[elsewhere].actors)
    assert "BI" not in list(by_place["Goma"].actors)     # not the sides told at Uvira
    accused = [c.incident_id for c in result.claims.itertuples() if "Rwandan" in c.text]
    assert accused == [by_place["Goma"].id]


def test_blame_for_the_attack_told_before_is_no_new_incident(tmp_path):
    """"X blamed Y for the bombing" names the event told before: no second, undated
    incident with Y as its side drawn over Y's country."""
    (incident,) = incidents_built(tmp_path, (
        "KANDAHAR, May 8 - A roadside bomb killed four Afghan border policemen near Spin "
        "Boldak on Tuesday, officials said.\n\nThe Afghan interior ministry blamed Pakistan's "
        "intelligence service for the bombing.\n"), dt.date(2024, 5, 8))
    assert day_of(incident.date) == dt.date(2024, 5, 7)
    assert killed(incident) == (4, 4)


def test_the_same_kind_of_fire_in_another_country_far_off_is_another_incident(tmp_path):
    """A blast in Poland and a missile barrage on Ukraine the same day, 150 km apart and
    told in no one's voice, are two incidents, each at its own place."""
    figures = incident_figures(tmp_path, (
        "WARSAW, May 8 - An explosion in the village of Dorohusk, in eastern Poland near the "
        "Ukrainian border, killed a farmer on Tuesday, Polish police said.\n\nA Russian "
        "missile barrage hit Ukraine on Tuesday, including the city of Lutsk, about 150 km "
        "away.\n"), dt.date(2024, 5, 8))
    assert [(f["places"], f["fatalities"]) for f in figures] == [
        ({"Dorohusk"}, (1, 1)), ({"Lutsk"}, (None, None))]


@pytest.mark.parametrize("taken_up", [
    "Ukrainian President Volodymyr Zelensky says the missile was Russian",
    "Russia's defence ministry says the rocket was not Russian"])
def test_the_missile_taken_up_is_the_one_that_fell_not_the_barrage(tmp_path, taken_up):
    # "the missile": the incident told with one rocket, not the barrage told after it
    result = build_article(tmp_path, (
        "Rocket falls in Moldova: live\n\n09:00 – Moldovan police say a rocket fell near the "
        "village of Naslavcea, close to the Ukrainian border, on Monday, damaging two houses."
        "\n\n10:30 – A large Russian missile barrage hit Ukraine on Monday, including the port "
        f"city of Odesa.\n\n12:00 – {taken_up}.\n"), dt.date(2023, 2, 14))
    barrage = next(i for i in incident_rows(result) if "Odesa" in list(i.places))
    said = next(c for c in result.claims.itertuples() if c.text.startswith("12:00"))
    assert said.incident_id != barrage.id
    assert len(result.incidents) == 2


def test_a_protest_days_later_at_the_detention_is_no_second_detention(tmp_path):
    # the detention protested on Monday is the one told on Friday, not one of Monday
    result = build_article(tmp_path, (
        "DUSHANBE, June 12 – Kyrgyz border guards detained two Tajik shepherds near the "
        "village of Vorukh on Friday, local officials said.\n\nThe shepherds had taken their "
        "flock to graze on disputed pasture, their relatives said.\n\nOn Monday, Tajikistan's "
        "foreign ministry protested the detention of two Tajik shepherds and summoned the "
        "Kyrgyz ambassador.\n"), dt.date(2024, 6, 12))
    (incident,) = incident_rows(result)
    assert day_of(incident.date) == dt.date(2024, 6, 7)
