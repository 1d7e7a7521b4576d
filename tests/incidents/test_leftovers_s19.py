"""Leftovers of earlier probes (s19), as a user sees them: a state's border guards killing
smugglers or migrants is an attack an analyst maps; an office named without its state
speaks for the state the article is filed from; a later sentence that names "the
shooting" as the time of a ceremony is no second clash; "one of them" is among the
wounded counted before; a quoted "This is disinformation" denies the report."""

from __future__ import annotations

import datetime as dt

import pytest
from shapely.geometry import Point

from incident_helpers import build_article, claims_in

MAY_10 = dt.date(2024, 5, 10)
#: Jolfa, Iran, on the Aras (degrees)
JOLFA = Point(45.63, 38.94)


def test_border_guards_killing_smugglers_is_an_attack_at_the_border_town(tmp_path):
    result = build_article(tmp_path, (
        "TEHRAN, May 8 (Reuters) - Iranian border guards killed two smugglers near Jolfa "
        "on Tuesday, the provincial police chief said.\n"), MAY_10)
    (incident,) = result.incidents.itertuples()
    assert (incident.event_type, incident.sub_event_type) == ("Violence against civilians",
                                                              "Attack")
    assert list(incident.actors) == ["IR"]
    assert (incident.fatalities_min, incident.fatalities_max) == (2, 2)
    assert incident.geometry.distance(JOLFA) < 0.1          # within about 10 km
    assert claims_in(result) == [("provincial police chief (Iran)", "IR", "asserts")]


@pytest.mark.parametrize("text, event_type, actor, killed", [
    ("ANKARA, May 8 (Reuters) - Turkish border guards shot dead three migrants near "
     "Dogubayazit on Tuesday, a local official said.",
     "Violence against civilians", "TR", 3),
    ("TEHRAN, May 8 - Two smugglers were shot dead by Iranian border guards near Jolfa on "
     "Tuesday, the police said.", "Violence against civilians", "IR", 2),
    ("TEHRAN, May 8 - Iranian border guards opened fire on smugglers near Jolfa on "
     "Tuesday, killing two, the police said.", "Violence against civilians", "IR", 2),
    # armed men, or men who fire back, fight a battle
    ("TEHRAN, May 8 - Iranian border guards killed two armed smugglers near Jolfa on "
     "Tuesday, the police said.", "Battles", "IR", 2),
    ("ISLAMABAD, May 8 (Reuters) - Pakistani troops killed two infiltrators near Chaman "
     "on Tuesday, the military said.", "Battles", "PK", 2),
])
def test_a_states_forces_killing_people_at_the_border_is_an_incident(
        tmp_path, text, event_type, actor, killed):
    result = build_article(tmp_path, text + "\n", MAY_10)
    (incident,) = result.incidents.itertuples()
    assert incident.event_type == event_type
    assert actor in incident.actors
    assert incident.fatalities_min == killed
    assert [country for _, country, _ in claims_in(result)] == [actor]


@pytest.mark.parametrize("text", [
    "TEHRAN, May 8 - The governor said the new road near Jolfa killed two birds with one "
    "stone on Tuesday.",
    "TEHRAN, May 8 - Iranian border guards killed two pedestrians in a road accident near "
    "Jolfa on Tuesday, the police said.",
    "TEHRAN, May 8 - Two Iranian border guards were killed in a road accident near Jolfa "
    "on Tuesday, the police said.",
])
def test_an_idiom_or_a_road_accident_is_no_incident(tmp_path, text):
    assert len(build_article(tmp_path, text + "\n", MAY_10).incidents) == 0


@pytest.mark.parametrize("text", [
    "YEREVAN - The defence minister told parliament on Wednesday that Azerbaijani forces "
    "had shelled positions near Sotk, wounding two soldiers.",
    # no dateline: the state whose voice the sentences before gave
    "Armenia's parliament held a closed session on the border on Wednesday. The defence "
    "minister told lawmakers that Azerbaijani forces had shelled positions near Sotk on "
    "Tuesday, wounding two soldiers.",
])
def test_a_minister_named_without_his_state_speaks_for_the_articles(tmp_path, text):
    result = build_article(tmp_path, text + "\n", MAY_10)
    (incident,) = result.incidents.itertuples()
    assert set(incident.actors) == {"AM", "AZ"}
    assert claims_in(result) == [("Defense Minister of Armenia", "AM", "asserts")]


def test_a_minister_of_no_known_state_claims_nothing(tmp_path):
    # the sentence before names Azerbaijan's forces, no state's voice: whose minister
    # speaks is not told
    result = build_article(tmp_path, (
        "Azerbaijani forces shelled positions near Sotk on Tuesday, wounding two soldiers. "
        "The defence minister told reporters that the army had returned fire.\n"), MAY_10)
    assert claims_in(result) == []


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


@pytest.mark.parametrize("text", [
    "A drone struck a car near Kyarki on Sunday, injuring two civilians, the Azerbaijani "
    "interior ministry said.",
    "A drone struck a car near Kyarki on Sunday, the Azerbaijani interior ministry said. "
    "Two civilians were injured, one of them seriously.",
    "A drone struck a car near Kyarki on Sunday, injuring two civilians, the Azerbaijani "
    "interior ministry said. One of them was taken to hospital in serious condition.",
])
def test_two_injured_stay_two_when_one_of_them_is_told_of(tmp_path, text):
    (incident,) = build_article(tmp_path, text + "\n", MAY_10).incidents.itertuples()
    assert (incident.injured_min, incident.injured_max) == (2, 2)


def test_some_of_a_group_not_counted_before_are_its_count(tmp_path):
    (incident,) = build_article(tmp_path, (
        "An Armenian patrol came under fire near Sotk on Sunday, the Armenian defence "
        "ministry said. Two of them were wounded.\n"), MAY_10).incidents.itertuples()
    assert (incident.injured_min, incident.injured_max) == (2, 2)


HEADLINE = "Azerbaijan says Armenian forces shelled its positions near Kalbajar\n\n"


@pytest.mark.parametrize("denial", [
    "Armenia's defence ministry denied the report on Monday, calling it disinformation.",
    "\"This is disinformation,\" Armenia's defence ministry said on Monday.",
    "Armenia's defence ministry said on Monday: \"This is a complete fabrication.\"",
])
def test_a_headline_and_a_denial_are_an_incident_and_its_denial(tmp_path, denial):
    result = build_article(tmp_path, HEADLINE + denial + "\n", MAY_10)
    (incident,) = result.incidents.itertuples()
    assert list(incident.places) == ["Kalbajar"]
    assert incident.stances == "asserts and denies"
    assert claims_in(result) == [("Azerbaijan", "AZ", "asserts"),
                                 ("Ministry of Defense of Armenia", "AM", "denies")]
    assert result.claims.incident_id.nunique() == 1
