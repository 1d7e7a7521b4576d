"""Probe J, second pass (Kyrgyzstan–Tajikistan, Afghanistan–Pakistan), built end to end
with the real gazetteer: who denies (not the side accused), the Islamic Emirate speaking
for Afghanistan, the striking side of an air strike told in a participle clause, events
of another kind or day kept apart, and two speakers joined by ", while"."""

from __future__ import annotations

import datetime as dt

from incident_helpers import build_article, claims_in as claims_of

PUBLISHED = dt.date(2025, 10, 20)


def built(tmp_path, text: str):
    return build_article(tmp_path, text, PUBLISHED)


def incidents_of(result) -> list[tuple]:
    return sorted((str(i.date), i.sub_event_type, tuple(i.actors), tuple(i.places))
                  for i in result.incidents.itertuples())


# --- fault 1: a denial is the denier's, not the accused side's --------------------------

def test_claims_called_baseless_by_a_closing_speaker_are_that_speakers_denial(tmp_path):
    result = built(tmp_path, "Rawalpindi, 15 October 2025 - Taliban claims that Pakistani "
                             "forces targeted civilians in Spin Boldak are baseless, the "
                             "ISPR said.")
    assert claims_of(result) == [("Pakistani armed forces (ISPR)", "PK", "denies")]


def test_he_said_is_not_officials_who_did_not_comment(tmp_path):
    result = built(tmp_path, "KABUL, 18 October 2025 - Afghan defence ministry spokesman "
                             "Enayatullah Khwarazmi said Pakistani aircraft had carried out "
                             "air strikes late on Friday in Paktika province, killing ten "
                             "civilians. Pakistani officials did not comment.\n\n\"This claim "
                             "is false. Those killed were civilians,\" he said.")
    claims = claims_of(result)
    assert all(country == "AF" for _, country, _ in claims)
    assert ("denies" in {stance for *_, stance in claims})


def test_it_denied_is_the_committee_named_before_not_the_forces(tmp_path):
    result = built(tmp_path, "DUSHANBE, Sept 16, 2022 - Tajikistan's national security "
                             "committee said Kyrgyz forces had shelled the Tajik village of "
                             "Ovchi-Kalacha and the Vorukh enclave. It denied that Tajik "
                             "troops had crossed the border.")
    assert claims_of(result) == [
        ("Tajik State Committee for National Security", "TJ", "asserts"),
        ("Tajik State Committee for National Security", "TJ", "denies")]


# --- fault 8: the Islamic Emirate speaks for Afghanistan --------------------------------

def test_the_spokesman_of_the_islamic_emirate_is_an_afghan_claimant(tmp_path):
    result = built(tmp_path, "KABUL, Oct 12, 2025 - Zabihullah Mujahid, spokesman of the "
                             "Islamic Emirate, said 58 Pakistani soldiers had been killed in "
                             "attacks on border posts overnight.")
    [(claimant, country, stance)] = claims_of(result)
    assert "Zabihullah Mujahid" in claimant and (country, stance) == ("AF", "asserts")
    [incident] = incidents_of(result)
    assert incident[2] == ("AF", "PK")


# --- fault 6: the striking side of an air strike told in a participle clause ------------

def test_the_subject_of_a_bombing_participle_is_a_side(tmp_path):
    result = built(tmp_path, "KABUL, 15 October 2025 - Pakistani aircraft had violated "
                             "Afghan airspace last Thursday, bombing a location in Kabul.")
    [(date, sub, actors, places)] = incidents_of(result)
    assert (date, sub, actors) == ("2025-10-09", "Air/drone strike", ("AF", "PK"))


# --- fault 7: events of another kind or day are kept apart -------------------------------

def test_the_fighting_goes_with_the_clash_not_the_air_strike_recalled(tmp_path):
    result = built(tmp_path, "KABUL, Oct 12, 2025 - Taliban forces attacked Pakistani "
                             "border posts overnight. The spokesman said the operation was a "
                             "response to Pakistani air strikes on Kabul on Thursday. The "
                             "fighting was reported in Kurram district and in Bajaur, in "
                             "Pakistan's Khyber Pakhtunkhwa province.")
    by_sub = {sub: places for _, sub, _, places in incidents_of(result)}
    assert by_sub["Air/drone strike"] == ("Kabul",)
    assert "Kurram District" in by_sub["Armed clash"]


def test_a_suicide_attack_the_strikes_followed_is_an_incident_of_its_own(tmp_path):
    result = built(tmp_path, "KARACHI, 20 October 2025 - Pakistani air strikes on Friday "
                             "night in Paktika province killed ten civilians, Afghan officials "
                             "said. Pakistan's military said the strikes followed a suicide "
                             "attack on a military camp in Mir Ali, North Waziristan, on "
                             "Friday, in which seven soldiers were killed.")
    incidents = {sub: (places, int(i)) for (_, sub, _, places), i in zip(
        incidents_of(result), [0, 0])}
    assert set(incidents) == {"Air/drone strike", "Suicide bomb"}
    assert incidents["Suicide bomb"][0] == ("Mir Ali",)
    assert "Mir Ali" not in incidents["Air/drone strike"][0]


# --- fault 5: two speakers joined by ", while" are two claims ---------------------------

def test_a_second_speaker_after_while_makes_a_claim_of_its_own(tmp_path):
    result = built(tmp_path, "KARACHI, 20 October 2025 - Pakistan's ISPR says 23 soldiers "
                             "were killed in the October 11-12 border fighting with Afghan "
                             "forces, while the Taliban said 58 Pakistani soldiers died.")
    figures = {c.claimant: int(c.fatalities_min) for c in result.claims.itertuples()}
    assert figures == {"Pakistani armed forces (ISPR)": 23, "Taliban": 58}
