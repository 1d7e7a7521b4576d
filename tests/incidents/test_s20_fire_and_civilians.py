"""Fire as the subject of its harm, and people named by their nationality or their trade
(s20), as a user sees them: "Azerbaijani fire hit a tractor", "fire from Azerbaijani
positions damaged a school" and "sniper fire wounded a farmer" are incidents; a
fisherman or Afghan nationals shot by border guards are violence against civilians, as
migrants are (armed smugglers stay a battle) — and no incident where a fire is a blaze, a
"Fire" a team, or a fishermen's union only speaks."""

from __future__ import annotations

import pytest
from shapely.geometry import Point

from incident_helpers import (ATTACK, CLASH, MAY_10, assert_told, build_article, only_incident)

#: (lon, lat) degrees, WGS 84
KHNATSAKH = Point(46.49, 39.42)
TEKNAF = Point(92.30, 20.86)
ISLAM_QALA = Point(61.08, 34.66)
SARAVAN = Point(62.33, 27.37)


@pytest.mark.parametrize("text, kind, sides, where", [
    # fire told by its side, its arms or where it came from, as the subject of its harm
    ("Azerbaijani fire hit a tractor near Khnatsakh on Saturday, wounding its driver, "
     "Armenia's defence ministry said.", ATTACK, {"AM", "AZ"}, KHNATSAKH),
    ("Fire from Azerbaijani positions damaged a school in Khnatsakh on Saturday, "
     "Armenia's defence ministry said.", CLASH, {"AM", "AZ"}, KHNATSAKH),
    ("Azerbaijani sniper fire wounded a farmer near Khnatsakh on Saturday, Armenian "
     "officials said.", ATTACK, {"AM", "AZ"}, KHNATSAKH),
    # people named by their nationality or their trade are civilians
    ("A Bangladeshi fisherman was shot dead by Myanmar border guards near Teknaf on "
     "Saturday, Bangladeshi police said.", ATTACK, {"BD", "MM"}, TEKNAF),
    ("Iranian border guards opened fire on Afghan nationals near Islam Qala on Saturday, "
     "Afghan officials said.", ATTACK, {"AF", "IR"}, ISLAM_QALA),
    ("Iranian border guards opened fire on Afghan migrants near Islam Qala on Saturday, "
     "Afghan officials said.", ATTACK, {"AF", "IR"}, ISLAM_QALA),
    # armed smugglers stay a fight
    ("Iranian border guards shot dead two armed smugglers near Saravan on Saturday, "
     "Iranian media reported.", CLASH, {"IR"}, SARAVAN),
])
def test_fire_and_the_people_it_hit(tmp_path, text, kind, sides, where):
    assert_told(only_incident(tmp_path, text), kind, sides, where)


@pytest.mark.parametrize("text", [
    # a blaze, named by where it burned
    "A Michigan fire destroyed six homes on Saturday, officials said.",
    "A forest fire destroyed two houses near Khnatsakh on Saturday, Armenian officials "
    "said.",
    # a team's name, and criticism
    "Chicago Fire hit the post twice on Saturday before losing to Orlando.",
    "Armenia's football coach came under criticism on Saturday after the defeat.",
])
def test_no_incident_from_a_blaze_or_a_game(tmp_path, text):
    assert build_article(tmp_path, text + "\n", MAY_10).incidents.empty


def test_a_fishermen_s_union_speaking_is_no_attack(tmp_path):
    incident = only_incident(
        tmp_path, "The Bangladeshi fishermen's union said on Saturday that Myanmar border "
                  "guards had detained two boats near Teknaf.")
    assert (incident.event_type, incident.sub_event_type) == ("Strategic developments",
                                                              "Arrests")
