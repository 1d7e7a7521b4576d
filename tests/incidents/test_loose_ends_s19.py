"""Session 19 (helper I2): a count running "since" a day is the fighting's, told from that
day on, not an event of its own on it; a lead's fatal shooting dates the attack taken up
after it; no event in what was mistaken for one, in a quoted label, or in what a speaker
knows nothing of; an earlier event measured against ends where a second statement
begins."""

from __future__ import annotations

import datetime as dt

import pytest

from incident_helpers import build_article

SEPT_15 = dt.date(2022, 9, 15)      # a Thursday


def incidents_of(tmp_path, text: str, published=SEPT_15) -> list:
    return list(build_article(tmp_path, text, published).incidents.itertuples())


def killed(incident) -> tuple:
    return incident.fatalities_min, incident.fatalities_max


# a count running since a day

def test_a_count_since_a_day_is_the_fighting_told_on_the_day_it_was_said(tmp_path):
    result = build_article(tmp_path, (
        "Kyrgyzstan said on Thursday that four of its border guards had been killed in "
        "fighting with Tajikistan on the border. Tajikistan's border committee said three "
        "Tajik servicemen had been killed since Monday."), SEPT_15)
    (incident,) = result.incidents.itertuples()
    assert set(incident.actors) == {"KG", "TJ"}
    assert killed(incident) == (7, 7)
    assert incident.date == "2022-09-12"        # the fighting from Monday on
    assert {c.claimant_country for c in result.claims.itertuples()
            if c.incident_id == incident.id} == {"KG", "TJ"}


def test_a_count_since_a_day_goes_to_the_fighting_not_to_a_shelling_told_after_it(tmp_path):
    incidents = incidents_of(tmp_path, (
        "Kyrgyzstan said on Wednesday that four of its border guards had been killed in a "
        "second day of fighting with Tajikistan. The Kyrgyz border service said Tajik "
        "mortars had shelled the village of Kok-Tash in Batken region overnight, killing a "
        "woman. Tajikistan's border committee said three Tajik servicemen had been killed "
        "since Monday."), dt.date(2022, 9, 14))
    by_type = {i.event_type: i for i in incidents}
    assert set(by_type) == {"Battles", "Explosions/Remote violence"}
    assert killed(by_type["Battles"]) == (7, 7)
    assert killed(by_type["Explosions/Remote violence"]) == (1, 1)
    assert list(by_type["Explosions/Remote violence"].places) == ["Kok-Tash"]


def test_a_count_since_a_day_before_an_event_of_its_own_day_is_another_incident(tmp_path):
    incidents = incidents_of(tmp_path, (
        "Kyrgyz border guards fired on Tajik positions near Kok-Tash on Thursday, the Tajik "
        "border committee said. Twelve people have been killed in clashes near Vorukh since "
        "Monday, a rights group said."))
    assert len(incidents) == 2


# a lead's killing dates the attack the sentences after it take up

def test_a_lead_that_tells_a_fatal_shooting_dates_the_attack_taken_up_after_it(tmp_path):
    (incident,) = incidents_of(tmp_path, (
        "A Kyrgyz border guard fatally shot a Tajik customs officer near Vorukh on Monday. "
        "Tajikistan's foreign ministry called the attack in Vorukh a provocation."))
    assert incident.date == "2022-09-12"
    assert list(incident.places) == ["Vorukh"]
    assert set(incident.actors) == {"KG", "TJ"}


# what is no event: a thing mistaken for one, a label, what a speaker knows nothing of

@pytest.mark.parametrize("text", [
    # a cue after "mistaking … for"
    "Pyongyang mocked Seoul on Saturday for mistaking the blasts near Baengnyeong for "
    "gunfire.",
    # a quoted label a government puts on something
    'Lithuania said on Sunday the balloons drifting over Medininkai were a "hybrid attack" '
    "by Minsk.",
    # an event cue right after a phrase saying nothing is known of it
    "A Turkish defence official told reporters on Friday he had no information about such "
    "an attack near Sulaimaniyah.",
])
def test_what_is_no_event_opens_no_incident(tmp_path, text):
    assert incidents_of(tmp_path, text, dt.date(2025, 10, 27)) == []


@pytest.mark.parametrize("text", [
    'Armenia said on Tuesday that Azerbaijani troops "shelled" Sotk.',   # a quoted deed
    "Armenia said the situation in Sotk was confused as shelling went on on Tuesday.",
])
def test_a_quoted_deed_or_a_confused_scene_is_still_an_event(tmp_path, text):
    (incident,) = incidents_of(tmp_path, text)
    assert incident.event_type == "Explosions/Remote violence"
    assert list(incident.places) == ["Sotk"]


# an earlier event measured against ends where a second statement begins

def test_a_statement_after_an_earlier_event_measured_against_is_a_claim(tmp_path):
    result = build_article(tmp_path, (
        "Russian troops fought Ukrainian forces in the Kursk region on Thursday, in the "
        "largest attack on Russia since the start of the war, and Russia's defence "
        "ministry said three soldiers had been killed."), dt.date(2024, 8, 8))
    assert [(c.claimant_country, c.stance) for c in result.claims.itertuples()] == [
        ("RU", "asserts")]
