"""Background an article weighs is no incident of the report's day: events named as a
noun with what they have caused ("… strikes on villages near Metema have fuelled anger"),
and what goes on or has gone on ("have carried out repeated strikes … in recent weeks")."""

from __future__ import annotations

import datetime as dt

import pytest

from incident_helpers import build_article, day_of, incident_rows

SATURDAY = dt.date(2024, 5, 11)
MAY_8 = dt.date(2024, 5, 8)


@pytest.mark.parametrize("text, day, places", [
    # the cause of a mood, told after the day's fighting: its places are not the fight's
    ("Thai troops exchanged fire with Cambodian soldiers near Ta Muen Thom on Tuesday, "
     "wounding two Thai rangers, the Thai army said. Cambodia's defence ministry said Thai "
     "troops fired first. Cambodian shelling of villages near Kantharalak has deepened "
     "distrust along the frontier.", dt.date(2024, 5, 7), set()),
    ("Rwandan and Congolese troops exchanged fire near Goma on Saturday, killing one "
     "soldier, Congo's army said. Kigali denied that its troops had crossed the border. "
     "Rwandan strikes on positions near Bunagana have added to a sense that the region is "
     "sliding into war.", dt.date(2024, 5, 4), {"Goma"}),
    # ... nor an incident of its own on the day the article was written
    ("Ethiopian militiamen attacked Sudanese farmers near Gallabat on Monday, killing "
     "three, Sudan's army said. Addis Ababa did not comment. Sudanese air strikes on "
     "villages near Metema have fuelled anger among Ethiopian farmers.",
     dt.date(2024, 5, 6), {"Gallabat"}),
])
def test_events_told_as_the_cause_of_a_mood_are_no_incident(tmp_path, text, day, places):
    (incident,) = incident_rows(build_article(tmp_path, text + "\n", MAY_8))
    assert day_of(incident.date) == day
    assert set(incident.places) == places


def test_strikes_that_have_gone_on_for_weeks_are_no_incident_of_the_day(tmp_path):
    result = build_article(tmp_path, (
        "Turkish warplanes have carried out repeated strikes on villages near Zakho in "
        "recent weeks, Iraqi officials say.\n"), MAY_8)
    assert incident_rows(result) == []


def test_shelling_that_has_killed_is_news_of_the_day(tmp_path):
    # a toll makes the present perfect news, whatever verb tells it
    result = build_article(tmp_path, (
        "Azerbaijani shelling of villages near Tegh has killed two civilians, Armenia's "
        "defence ministry said.\n"), SATURDAY)
    (incident,) = incident_rows(result)
    assert day_of(incident.date) == SATURDAY
    assert (incident.fatalities_min, incident.fatalities_max) == (2, 2)


@pytest.mark.parametrize("text, dead, injured", [
    # told many or with no day, but with its dead and hurt counted: the report's news
    ("Turkish warplanes carried out repeated strikes on villages near Zakho, killing two "
     "shepherds, Iraqi officials said.", (2, 2), (None, None)),
    ("A series of explosions shook the Indian town of Poonch as Pakistani shells landed, "
     "wounding five people, police said.", (None, None), (5, 5)),
])
def test_strikes_told_many_with_a_toll_are_news_of_the_day(tmp_path, text, dead, injured):
    (incident,) = incident_rows(build_article(tmp_path, text + "\n", SATURDAY))
    assert day_of(incident.date) == SATURDAY
    assert (incident.fatalities_min, incident.fatalities_max) == dead
    assert (incident.injured_min, incident.injured_max) == injured


@pytest.mark.parametrize("text", [
    # many blows told in the past simple: one night's news, not what has gone on
    "A wave of Russian drones struck Kharkiv, damaging homes, the regional governor said.",
    "A string of explosions hit the Kyrgyz village of Ak-Sai as Tajik artillery opened fire, "
    "officials said.",
])
def test_a_wave_of_strikes_told_in_the_past_is_news_of_the_day(tmp_path, text):
    (incident,) = incident_rows(build_article(tmp_path, text + "\n", SATURDAY))
    assert day_of(incident.date) == SATURDAY
