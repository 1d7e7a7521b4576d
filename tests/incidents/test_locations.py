"""How a sentence places its event: direction, sector, near, at, district, border, country."""

from __future__ import annotations

import pytest
from incident_helpers import resolve_by_hand

from geomap.incidents import find_actors
from geomap.incidents.locations import find_locations
from geomap.incidents.spans import aside_spans
from geomap.model import Article


def locations_of(text: str, owner: str = "", venue_only: bool = False):
    article = Article(id="t", text=text)
    return find_locations(text, 0, len(text), resolve_by_hand(article), find_actors(article),
                          aside_spans(text, 0, len(text)), owner, venue_only=venue_only)


def labels(locs):
    return [(l.relation, l.label) for l in locs]


@pytest.mark.parametrize("text, owner, expected", [
    ("Armenia launched provocations in the directions of Dashkasan, Kalbajar and Lachin on "
     "the Azerbaijan-Armenia state border.", "AZ",
     [("direction", "Dashkasan"), ("direction", "Kalbajar"), ("direction", "Lachin")]),
    ("Fire was opened on the Tovuz section of the border.", "AZ", [("sector", "Tovuz")]),
    ("Units opened fire along the border in the Tovuz section.", "AZ", [("sector", "Tovuz")]),
    ("Units fired at positions in the Kalbajar and Lachin directions.", "AZ",
     [("direction", "Kalbajar"), ("direction", "Lachin")]),
    # a village the gazetteer lacks: its province says where
    ("Troops fired at positions in the direction of Norabak (Vayots Dzor).", "AM",
     [("direction", "Vayots Dzor")]),
    ("Troops fired at positions near Khachik, Vayots Dzor.", "AM",
     [("district", "Vayots Dzor")]),
    ("Forces shelled positions near Sotk and Jermuk.", "AZ", [("near", "Sotk"), ("near", "Jermuk")]),
    # a distance from a place is near it, not at it
    ("Troops fired on a post 3 km north of Sotk.", "AZ", [("near", "Sotk")]),
    ("Artillery hit the town of Jermuk in Vayots Dzor province.", "AZ", [("at", "Jermuk")]),
    # a town's name the text calls a district is the district, wherever its point lies
    ("Troops opened fire in Jermuk district on Monday.", "AZ", [("district", "Jermuk")]),
    ("Artillery hit Jermuk (Vayots Dzor) and Tavush province.", "AZ",
     [("at", "Jermuk"), ("district", "Tavush")]),
    ("Artillery hit Jermuk, Tavush province and Sotk.", "AZ",
     [("at", "Jermuk"), ("district", "Tavush"), ("at", "Sotk")]),
    ("The leaders met in Astana on Thursday.", "", [("at", "Astana")]),
    # a capital hit or reached is a place, not its government
    ("Missiles struck Yerevan on Monday.", "", [("at", "Yerevan")]),
    ("Azerbaijani forces shelled Tavush province on Monday.", "AM", [("district", "Tavush")]),
    ("The shelling of central Baku went on.", "", [("at", "Baku")]),
    # no place: the border between the two sides, codes sorted
    ("Azerbaijani forces along the border with Armenia came under fire.", "AZ", [("border", "AM–AZ")]),
    ("Reports of Iranian troops on the northern border with the Republic of Azerbaijan.", "IR",
     [("border", "AZ–IR")]),
    ("Heavy clashes broke out along the Armenia-Azerbaijan borders.", "", [("border", "AM–AZ")]),
    ("Fighting on the border between Armenia and Azerbaijan.", "", [("border", "AM–AZ")]),
    # only a country
    ("Azerbaijan launched aggressive actions against Armenia’s sovereign territory.", "AM",
     [("country", "AM")]),
    ("Shelling was reported in Armenia.", "", [("country", "AM")]),
    ("Azerbaijani forces had opened fire on Armenian territory.", "AM", [("country", "AM")]),
    ("Shells landed on Iranian soil on Monday.", "", [("country", "IR")]),
    # an explicit border beats a vague region; a province beats the border
    ("On Sunday, a military official dismissed as “baseless” the reports about the deployment "
     "of Iranian troops on the northern border with the Republic of Azerbaijan under the "
     "current tense circumstances in the South Caucasus.", "IR", [("border", "AZ–IR")]),
    ("Clashes broke out in the South Caucasus.", "", [("district", "South Caucasus")]),
    ("Shelling hit positions along the border with Azerbaijan in Tavush province.", "AM",
     [("district", "Tavush")]),
    ("Troops massed in the South Caucasus, in Armenia.", "", [("district", "South Caucasus")]),
    # the other state's province a border is told by: the stretch facing it, unless a town
    # of the sentence is the scene
    ("Shells landed near the border with Armenia's Vayots Dzor province.", "AZ",
     [("sector", "Vayots Dzor")]),
    ("Shells hit Dashkasan, a town some way from the frontier with Armenia's Tavush "
     "province.", "AM", [("at", "Dashkasan")]),
    # a sector the gazetteer lacks, of a province, on a border
    ("Troops fired on posts along the border in the Berd sector of Tavush province.", "AZ",
     [("sector", "Tavush")]),
    ("Troops fired on posts in the Berd sector of Tavush province.", "AZ",
     [("district", "Tavush")]),
    # the seat of an office that speaks is no scene, unless it is the only place
    ("Shells hit homes in Sotk, the health office in Jermuk said.", "AZ", [("at", "Sotk")]),
    ("Shells hit homes, killing two, the district office in Jermuk said.", "AZ",
     [("at", "Jermuk")]),
])
def test_relations(text, owner, expected):
    assert labels(locations_of(text, owner)) == expected


@pytest.mark.parametrize("text", [
    "Tensions between Baku and Yerevan rose.",          # capitals as governments
    "It prompted Yerevan to apply to Russia.",
    "The ministry's spokeswoman told reporters in Yerevan that the shelling went on.",
    "Serbia's president denied that Belgrade was behind the attack.",
    "The country is drifting from Moscow’s orbit.",
    "Azerbaijan launched a provocation against Azerbaijan's neighbour Iran.",
])
def test_governments_and_bare_countries_are_not_locations(text):
    assert locations_of(text) == ()


@pytest.mark.parametrize("text, expected", [
    ("In a July meeting with Russian President Vladimir Putin in Tehran, Khamenei made it "
     "clear that Iran objects.", [("at", "Tehran")]),
    ("Raisi met Aliyev on the sidelines of the CICA Summit in Astana on Thursday.",
     [("at", "Astana")]),
    ("The presidents met on the fringes of the Conference on Interaction and Confidence "
     "Building Measures in Asia (CICA) summit in Astana.", [("at", "Astana")]),
    ("The foreign minister of Armenia met his Iranian counterpart to discuss Lachin.", []),
    ("Putin and Aliyev discussed the situation in Nagorno-Karabakh in a telephone call.", []),
    ("The ministers discussed tensions on the border in Astana on Friday.", [("at", "Astana")]),
])
def test_a_meeting_is_where_the_text_puts_its_venue(text, expected):
    assert labels(locations_of(text, venue_only=True)) == expected


def test_a_person_named_like_a_town_is_not_a_place():
    text = "Russian President Vladimir Putin said Russian forces shelled Lachin."
    assert labels(locations_of(text)) == [("at", "Lachin")]


def test_places_in_a_relative_clause_are_background():
    text = "Ahadi, who was leading a delegation in Baku, said the reports were false."
    assert locations_of(text) == ()


@pytest.mark.parametrize("text, expected", [
    ("Azerbaijani drones struck positions in southern Armenia.", [("country", "south AM")]),
    ("Shelling hit villages in north-eastern Armenia.", [("country", "northeast AM")]),
    ("Shelling hit villages in the south of Armenia.", [("country", "south AM")]),
    ("Azerbaijani forces shelled villages in Armenia.", [("country", "AM")]),
])
def test_a_part_of_a_country_is_kept(text, expected):
    assert labels(locations_of(text, "AM")) == expected
