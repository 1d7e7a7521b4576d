"""More words reporters use for events (s20), as a user sees them: arms that "targeted" a
town, a strike told with its day and the striker's own name for what it hit ("struck on
Tuesday night at what it called two strongholds"), a place "captured", "seized" or
"retaken", an explosive device or a mine as the subject of its harm, and an event told as
"another" one at a sentence's opening — and no event where a place was taken in a war of
another time, where it might be taken, where what was taken is no place (people, goods, a
title, an image), or where "targeted" is no fire."""

from __future__ import annotations

import pytest
from shapely.geometry import Point

from incident_helpers import (CLASH, DRONE, IED, MAY_10, NEAR, SHELLING, assert_told,
                              build_article, only_incident)

#: (lon, lat) degrees, WGS 84
BERD = Point(45.39, 40.88)
PANJGUR = Point(64.09, 26.97)
BUNAGANA = Point(29.60, -1.28)
KUPIANSK = Point(37.62, 49.71)
GARISSA = Point(39.65, -0.45)
TOVUZ = Point(45.63, 40.99)
HEGLIG = Point(29.40, 10.02)

TAKEN = ("Battles", "Non-state actor overtakes territory")
RETAKEN = ("Battles", "Government regains territory")


@pytest.mark.parametrize("text, kind, sides, where", [
    # arms that "targeted" a town, two of them named together
    ("Azerbaijani drones and artillery targeted the Armenian town of Berd on Monday, "
     "Armenia's defence ministry said.", SHELLING, {"AM", "AZ"}, BERD),
    ("Armenian troops were targeting Azerbaijani positions near Tovuz on Monday, "
     "Azerbaijan's defence ministry said.", CLASH, {"AM", "AZ"}, TOVUZ),
    # a strike with its time and the striker's name for its targets between
    ("Iran had struck late on Tuesday at what it called hideouts of an armed group near "
     "Panjgur, Iranian state television reported.", DRONE, {"IR"}, PANJGUR),
    # a place taken, and one taken back
    ("M23 rebels seized the border town of Bunagana on Monday after a day of fighting "
     "with the Congolese army, officials in Kinshasa said.", TAKEN, {"CD"}, BUNAGANA),
    ("South Sudan's army captured the oil town of Heglig on Tuesday, Sudan's army said.",
     TAKEN, {"SD", "SS"}, HEGLIG),
    ("Ukrainian forces retook Kupiansk on Monday, Ukraine's general staff said.", RETAKEN,
     {"UA"}, KUPIANSK),
    # the device as the subject of its harm
    ("An explosive device wounded four people near a bus stop in Garissa on Sunday, "
     "Kenyan police said.", IED, {"KE"}, GARISSA),
])
def test_an_event_told_with_a_reporter_s_verb(tmp_path, text, kind, sides, where):
    assert_told(only_incident(tmp_path, text), kind, sides, where)


def test_another_device_opening_the_sentence_is_an_event_with_its_toll(tmp_path):
    incident = only_incident(tmp_path, "Another explosive device wounded three civilians at "
                                      "a market in Garissa on Sunday, Kenyan police said.")
    assert (incident.event_type, incident.sub_event_type) == IED
    assert incident.injured_min == 3 and str(incident.date)[:10] == "2024-05-05"
    assert incident.geometry.distance(GARISSA) < NEAR


def test_another_clash_after_a_day_is_an_event(tmp_path):
    incident = only_incident(tmp_path, "On Sunday, another clash broke out near Tovuz, "
                                      "Azerbaijan's defence ministry said.")
    assert (incident.event_type, incident.sub_event_type) == CLASH
    assert incident.geometry.distance(TOVUZ) < NEAR


@pytest.mark.parametrize("text", [
    # a place taken in a war of another time
    "Armenian forces captured the town of Kalbajar in 1993, the Azerbaijani ministry "
    "recalled.",
    "Azerbaijani troops recaptured the town of Shusha during the 2020 war, Baku said on "
    "Monday.",
    # what might be taken, or another clash feared
    "Officials in Kinshasa feared the rebels could seize the town of Bunagana.",
    "The ministers agreed in Tovuz to prevent another clash on the border.",
    # no place taken: people, goods, a title, an image
    "Customs officers seized Iranian fuel at a crossing near Tovuz on Monday.",
    "Pyunik captured the league title in Yerevan on Sunday.",
    "A shepherd's phone captured the sunset over Berd on Monday.",
    # "targeted" that is no fire
    "The European Union imposed targeted sanctions on officials in Garissa on Monday.",
])
def test_no_event_where_none_happened(tmp_path, text):
    assert build_article(tmp_path, text + "\n", MAY_10).incidents.empty
