"""Probe X's fault 11 (s18), as a user sees it: a deed told in the perfect of reported
speech, the speaker first ("… said on Tuesday that an Azerbaijani drone had struck a
house"), is the same incident as the plain past told with the speaker last."""

from __future__ import annotations

import datetime as dt

from incident_helpers import build_article, claims_in

MAY_15 = dt.date(2025, 5, 15)


def test_a_drone_that_had_struck_a_village_is_a_drone_strike_claimed_by_the_speaker(tmp_path):
    for speaker, country in (("Iran's foreign ministry", "IR"),
                             ("Armenia's foreign ministry", "AM")):
        text = (f"{speaker} said on Tuesday that an Azerbaijani drone had struck a house in "
                "the Armenian village of Nerkin Hand, killing one civilian.")
        result = build_article(tmp_path, text, MAY_15)
        (incident,) = result.incidents.itertuples()
        assert incident.event_type == "Explosions/Remote violence"
        assert incident.sub_event_type == "Air/drone strike"
        assert list(incident.places) == ["Nerkin Hand"]
        assert incident.fatalities_min == 1 and incident.fatalities_max == 1
        assert sorted(incident.actors) == ["AM", "AZ"]
        (claim,) = claims_in(result)
        assert claim[1] == country and "foreign ministry" in claim[0].lower()
        assert claim[2] == "asserts"


def test_the_perfect_and_the_plain_past_tell_the_same_strike(tmp_path):
    told = {}
    for verb in ("struck", "had struck", "has struck"):
        text = (f"Armenia's foreign ministry said that an Azerbaijani drone {verb} a house in "
                "the Armenian village of Nerkin Hand, killing one civilian.")
        (incident,) = build_article(tmp_path, text, MAY_15).incidents.itertuples()
        told[verb] = (incident.sub_event_type, tuple(incident.places), incident.fatalities_min)
    assert len(set(told.values())) == 1
