"""Session 20 (helper Q3): fire from afar that names no side — a shell, a drone strike —
on a day, at a known place, with its dead, is an incident as a blast that names none is:
its side is the state whose place it hit, and a later "fired from Myanmar" still adds the
other. Fire told with no day or no toll, or only as what might happen, opens none."""

from __future__ import annotations

import pytest
from shapely.geometry import Point

from incident_helpers import (DRONE, MAY_10, SHELLING, assert_told, build_article,
                              only_incident)

TEKNAF = Point(92.30, 20.86)        # Bangladesh, on the Naf river


@pytest.mark.parametrize("text, kind", [
    ("A mortar shell landed on a home near Teknaf on Monday and killed two people, "
     "police said.", SHELLING),
    ("A drone strike hit a market near Teknaf on Monday, killing three people, "
     "police said.", DRONE),
])
def test_fire_with_a_toll_and_no_side_is_an_incident_of_the_state_it_hit(tmp_path, text,
                                                                          kind):
    incident = only_incident(tmp_path, text)
    assert_told(incident, kind, {"BD"}, TEKNAF)
    assert set(incident.actors) == {"BD"}
    assert incident.fatalities_min >= 2


def test_where_the_shell_came_from_told_after_still_gives_both_sides(tmp_path):
    incident = only_incident(
        tmp_path, "A mortar shell landed on a home near Teknaf on Monday and killed two "
        "people, police said. Police said the shell had been fired from Myanmar.")
    assert set(incident.actors) == {"BD", "MM"}


@pytest.mark.parametrize("text", [
    # no day: background
    "Shelling near Teknaf has killed dozens of people over the years, residents said.",
    # what might happen
    "If a mortar shell struck a house near Teknaf, it could kill people, police said.",
])
def test_undated_or_hypothetical_fire_opens_no_incident(tmp_path, text):
    assert build_article(tmp_path, text + "\n", MAY_10).incidents.empty
