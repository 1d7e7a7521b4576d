"""Probe D of South Caucasus reporting (s15), what a user sees: an attack at a village the
gazetteer lacks is drawn over its country, not dropped; a denial of another attack "a day
earlier" is that attack's, on that day; a denial naming whose drones were shot down goes on
the drone told as theirs; an answer in a briefing transcript is the answering voice's
claim, and each question asks of its own incident."""

from __future__ import annotations

import datetime as dt

from incident_helpers import build_article, claims_in, day_of

JUNE_20 = dt.date(2024, 6, 20)


def test_an_attack_at_a_village_the_gazetteer_lacks_is_drawn_over_its_country(tmp_path):
    result = build_article(tmp_path, (
        "TBILISI, 18 January 2024 - Unknown gunmen fired at a car on the road near the "
        "village of Odzisi on Thursday, wounding the driver, Georgia's State Security "
        "Service said.\n"), dt.date(2024, 1, 19))
    (incident,) = result.incidents.itertuples()
    assert incident.event_type == "Violence against civilians"
    assert day_of(incident.date) == dt.date(2024, 1, 18)
    assert (incident.injured_min, incident.injured_max) == (1, 1)
    assert incident.geo_precision == 3 and incident.territory == "GE"
    assert [(country, stance) for _, country, stance in claims_in(result)] == [
        ("GE", "asserts")]


def test_the_hospital_town_is_not_the_scene_of_an_attack_at_an_unknown_village(tmp_path):
    # (probe D a02) Gori is where the driver was treated, South Ossetia a boundary the
    # ministry would not link the shooting to: the attack is somewhere in Georgia
    result = build_article(tmp_path, (
        "Unknown gunmen fire at car on Georgian road\n\nTBILISI, March 3, 2024 - Unknown "
        "gunmen fired at a car on the road near the village of Odzisi late on Saturday, "
        "wounding the driver, Georgia's Interior Ministry said.\n\nThe driver, a 34-year-old "
        "local man, was taken to hospital in Gori with gunshot wounds to his arm.\n\nThe "
        "ministry did not say whether the shooting was linked to the nearby administrative "
        "boundary line with South Ossetia.\n"), JUNE_20)
    (incident,) = result.incidents.itertuples()
    assert day_of(incident.date) == dt.date(2024, 3, 2)
    assert incident.geo_precision == 3 and incident.territory == "GE"


def test_an_attack_by_unknown_gunmen_that_names_no_scene_is_still_no_incident(tmp_path):
    # the rule that keeps placeless background out stands: only a scene named and not
    # found falls back to the country
    result = build_article(tmp_path, (
        "TBILISI, 18 January 2024 - Unknown gunmen fired at a car on Thursday, wounding the "
        "driver, Georgia's State Security Service said.\n"), dt.date(2024, 1, 19))
    assert len(result.incidents) == 0


def test_a_denial_of_another_attack_a_day_earlier_is_that_attacks(tmp_path):
    result = build_article(tmp_path, (
        "IJEVAN, Armenia, June 28, 2023 - Azerbaijani border guards fired on shepherds near "
        "the village of Berkaber on Wednesday, wounding one, the governor said.\n\nArmenia "
        "denied any involvement in the attack on an Azerbaijani truck on the Gazakh road a "
        "day earlier, which Baku had blamed on Armenian saboteurs.\n"), JUNE_20)
    by_day = {day_of(i.date): i for i in result.incidents.itertuples()}
    shepherds = by_day[dt.date(2023, 6, 28)]
    assert list(shepherds.places) == ["Berkaber"] and shepherds.territory == "AM"
    claims = {(c.incident_id, c.claimant_country, c.stance)
              for c in result.claims.itertuples()}
    assert (shepherds.id, "AM", "denies") not in claims
    truck = by_day[dt.date(2023, 6, 27)]
    assert (truck.id, "AM", "denies") in claims


def test_two_days_earlier_counts_back_from_the_event_told_before(tmp_path):
    result = build_article(tmp_path, (
        "ISLAMABAD, June 17, 2024 - Pakistani jets struck hideouts in Afghanistan's Khost "
        "province on Monday, the Taliban government said.\n\nIslamabad said the strikes "
        "followed an attack on a military post in North Waziristan two days earlier in which "
        "seven soldiers were killed.\n"), JUNE_20)
    days = sorted(day_of(i.date) for i in result.incidents.itertuples())
    assert days == [dt.date(2024, 6, 15), dt.date(2024, 6, 17)]


def test_a_denial_naming_whose_drones_goes_on_the_drone_told_as_theirs(tmp_path):
    result = build_article(tmp_path, (
        "YEREVAN, October 5, 2023 - Armenian forces intercepted an Azerbaijani quadcopter "
        "near the village of Tegh on Thursday, the Armenian Defence Ministry said. In a "
        "separate incident, a UAV was shot down near Jermuk on Wednesday evening, the "
        "ministry added, without saying whose drone it was.\n\nAzerbaijan's Defence Ministry "
        "denied that any Azerbaijani drones had been shot down over Armenia.\n"), JUNE_20)
    places = {i.id: list(i.places) for i in result.incidents.itertuples()}
    denied = [places[c.incident_id] for c in result.claims.itertuples()
              if (c.claimant_country, c.stance) == ("AZ", "denies")]
    assert ["Tegh"] in denied


BRIEFING = (
    "YEREVAN, February 14, 2024 - Transcript of the weekly briefing of the Foreign Ministry "
    "spokesperson.\n\nQuestion: Azerbaijani media reported on Tuesday that Armenian soldiers "
    "fired at Azerbaijani positions near the village of Kokhanabi in the Tovuz district. "
    "What is your comment?\n\nAnswer: The Defence Ministry of Armenia has already refuted "
    "this information. Armenian units did not open fire in that direction.\n\nQuestion: And "
    "the incident near Nerkin Hand on Monday?\n\nAnswer: On Monday, Azerbaijani forces fired "
    "at Armenian positions near Nerkin Hand, killing four Armenian servicemen. This was a "
    "planned provocation.\n")


def test_a_briefing_answer_with_no_speech_verb_is_the_spokespersons_claim(tmp_path):
    result = build_article(tmp_path, BRIEFING, JUNE_20)
    (nerkin_hand,) = [i for i in result.incidents.itertuples()
                      if list(i.places) == ["Nerkin Hand"]]
    assert day_of(nerkin_hand.date) == dt.date(2024, 2, 12)
    assert nerkin_hand.fatalities_min == 4
    stances = {(c.claimant_country, c.stance) for c in result.claims.itertuples()
               if c.incident_id == nerkin_hand.id}
    assert stances == {("AM", "asserts")}


def test_each_question_of_a_briefing_asks_of_its_own_incident(tmp_path):
    # the answer about Nerkin Hand does not join the Kokhanabi report Yerevan denied
    result = build_article(tmp_path, BRIEFING, JUNE_20)
    assert len(result.incidents) == 2
    (tovuz,) = [i for i in result.incidents.itertuples() if list(i.places) != ["Nerkin Hand"]]
    assert "Nerkin Hand" not in list(tovuz.places)
    assert {c.stance for c in result.claims.itertuples()
            if c.incident_id == tovuz.id} == {"denies"}


def test_an_answer_under_the_spokesmans_name_denies_what_was_asked(tmp_path):
    # (probe A, R19) "Baghaei: No. There was no such incident." is his denial
    result = build_article(tmp_path, (
        "TEHRAN, August 11, 2025 - Excerpts from the weekly briefing of Iranian foreign "
        "ministry spokesman Esmaeil Baghaei.\n\nQuestion: There were reports that Iranian "
        "border guards fired across the Aras near Nordooz on Saturday. Can you confirm?\n\n"
        "Baghaei: No. There was no such incident. The reports about shooting near Nordooz "
        "are baseless.\n"), dt.date(2025, 8, 11))
    (incident,) = result.incidents.itertuples()
    assert day_of(incident.date) == dt.date(2025, 8, 9)
    claims = claims_in(result)
    assert claims and all(country == "IR" and stance == "denies"
                          for _, country, stance in claims)
    assert all("Baghaei" in claimant for claimant, _, _ in claims)
