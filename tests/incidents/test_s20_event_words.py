"""Events told in the passive or with the verbs reporters use for them (s20), as a user
sees them: people killed or shot "by" a state's forces, a bomb that "tore through" a
building, a house "hit by" a shell or a drone, villages "pounded", soldiers killed "in"
the other side's firing, people told only as "shot"; people shot by a state's forces are
violence against civilians, people abducted are an abduction, border signs moved onto
the other side's land a strategic development — and no event where nobody was hurt, where
the killing belongs to a war named by its year, where it might happen, or where a film
was "shot"."""

from __future__ import annotations

import pytest
from shapely.geometry import Point

from incident_helpers import (ATTACK, CLASH, DRONE, IED, MAY_10, SHELLING, assert_told,
                              build_article, only_incident)

#: (lon, lat) degrees, WGS 84
FARKHOR = Point(69.40, 37.49)
BENI = Point(29.47, 0.49)
ZAKHO = Point(42.69, 37.14)
KUPIANSK = Point(37.62, 49.71)
SOTK = Point(45.87, 40.20)
POONCH = Point(74.09, 33.77)
TSKHINVALI = Point(43.96, 42.23)


@pytest.mark.parametrize("text, kind, sides, where", [
    # the agent after "by", a few words after the verb
    ("Three men were killed by Tajik border guards near Farkhor on Sunday, the Afghan "
     "provincial governor's office said.", ATTACK, {"TJ"}, FARKHOR),
    ("A Georgian man was shot dead near Tskhinvali on Monday by Russian border guards, "
     "Georgia's security service said.", ATTACK, {"GE", "RU"}, TSKHINVALI),
    # the bomb's own verbs, in the main clause and in a relative one
    ("A bomb tore through a church in Beni on Sunday, killing 14 people, the Congolese "
     "army said.", IED, {"CD"}, BENI),
    ("The bomb that ripped through a market in Beni on Sunday killed 9 people, the "
     "Congolese army said.", IED, {"CD"}, BENI),
    # the arms as the agent of a passive
    ("A house in Sotk was hit by an Azerbaijani shell on Monday, Armenia's defence "
     "ministry said.", SHELLING, {"AM", "AZ"}, SOTK),
    ("A car near Zakho was hit by a Turkish drone on Monday, killing two people, Iraqi "
     "officials said.", DRONE, {"IQ", "TR"}, ZAKHO),
    ("Russian forces pounded villages near Kupiansk on Monday, Ukrainian officials said.",
     SHELLING, {"RU", "UA"}, KUPIANSK),
    # firing as a noun
    ("Two Indian soldiers lost their lives near Poonch on Monday in Pakistani firing, the "
     "Indian army said.", CLASH, {"IN", "PK"}, POONCH),
    # people told as shot, no agent named
    ("Two Afghan fishermen were shot near Farkhor on Sunday night, the Takhar governor's "
     "office said.", CLASH, {"AF"}, FARKHOR),
])
def test_an_event_told_in_the_passive_or_with_a_reporting_verb(tmp_path, text, kind, sides,
                                                              where):
    assert_told(only_incident(tmp_path, text), kind, sides, where)


def test_the_dead_are_counted_in_a_passive_killing(tmp_path):
    incident = only_incident(tmp_path, "Three men were killed by Tajik border guards near "
                                      "Farkhor on Sunday, the Afghan provincial governor's "
                                      "office said.")
    assert incident.fatalities_min == 3 and str(incident.date)[:10] == "2024-05-05"


def test_people_shot_after_they_opened_fire_fought_a_battle(tmp_path):
    incident = only_incident(tmp_path, "Two men were shot by Tajik border guards near Farkhor "
                                      "on Sunday after they opened fire on a patrol, Tajik "
                                      "officials said.")
    assert (incident.event_type, incident.sub_event_type) == CLASH


def test_villagers_abducted_by_a_state_s_forces_are_an_abduction(tmp_path):
    incident = only_incident(tmp_path, "Two Georgian villagers were abducted near Tskhinvali "
                                      "on Monday by Russian border guards, Georgia's "
                                      "security service said.")
    assert (incident.event_type, incident.sub_event_type) == (
        "Violence against civilians", "Abduction/forced disappearance")
    assert {"GE", "RU"} <= set(incident.actors)


def test_villagers_detained_are_still_arrests(tmp_path):
    incident = only_incident(tmp_path, "Russian border guards detained two Georgian "
                                      "villagers near Tskhinvali on Monday, Georgia's "
                                      "security service said.")
    assert (incident.event_type, incident.sub_event_type) == ("Strategic developments",
                                                              "Arrests")


def test_border_signs_moved_onto_farmland_are_a_strategic_development(tmp_path):
    incident = only_incident(tmp_path, "Russian border guards moved border signs 300 metres "
                                      "deeper into Georgian-controlled farmland near "
                                      "Tskhinvali on Thursday, Georgia's security service "
                                      "said.")
    assert (incident.event_type, incident.sub_event_type) == ("Strategic developments",
                                                              "Other")
    assert "RU" in incident.actors
    assert incident.fatalities_min is None or incident.fatalities_min == 0


@pytest.mark.parametrize("text", [
    # nobody hurt
    "No one was killed by the Tajik border guards near Farkhor on Sunday, Afghan officials "
    "said.",
    "No one was shot near Farkhor on Sunday, Afghan officials said.",
    # a war named by its year
    "Two villagers were killed by Azerbaijani forces near Sotk during the 2020 war, "
    "Armenian officials said.",
    # what might happen
    "Officials warned that people could be killed by border guards near Farkhor if the "
    "crossings stay closed.",
    # no people shot
    "The film was shot near Farkhor last year.",
])
def test_no_event_where_none_happened(tmp_path, text):
    assert build_article(tmp_path, text + "\n", MAY_10).incidents.empty


def test_a_drone_shot_down_is_no_shooting_of_people(tmp_path):
    incident = only_incident(tmp_path, "A Pakistani drone was shot down near Poonch on "
                                      "Monday, the Indian army said.")
    assert incident.sub_event_type == "Disrupted weapons use"
