"""How a sentence places its event: direction, sector, near, at, district, border, country."""

from __future__ import annotations

import pytest
from incident_helpers import resolve_by_hand

from geomap.incidents import find_actors
from geomap.incidents.locations import find_locations
from geomap.incidents.spans import aside_spans
from geomap.model import Article


def locations_of(text: str, owner: str = ""):
    article = Article(id="t", text=text)
    return find_locations(text, 0, len(text), resolve_by_hand(article), find_actors(article),
                          aside_spans(text, 0, len(text)), owner)


def labels(locs):
    return [(l.relation, l.label) for l in locs]


@pytest.mark.parametrize("text, owner, expected", [
    ("Armenia launched provocations in the directions of Dashkasan, Kalbajar and Lachin on "
     "the Azerbaijan-Armenia state border.", "AZ",
     [("direction", "Dashkasan"), ("direction", "Kalbajar"), ("direction", "Lachin")]),
    ("Fire was opened on the Tovuz section of the border.", "AZ", [("sector", "Tovuz")]),
    ("Forces shelled positions near Sotk and Jermuk.", "AZ", [("near", "Sotk"), ("near", "Jermuk")]),
    ("Artillery hit the town of Jermuk in Vayots Dzor province.", "AZ",
     [("at", "Jermuk"), ("district", "Vayots Dzor")]),
    ("The leaders met in Astana on Thursday.", "", [("at", "Astana")]),
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
])
def test_relations(text, owner, expected):
    assert labels(locations_of(text, owner)) == expected


@pytest.mark.parametrize("text", [
    "Tensions between Baku and Yerevan rose.",          # capitals as governments
    "It prompted Yerevan to apply to Russia.",
    "The country is drifting from Moscow’s orbit.",
    "Azerbaijan launched a provocation against Azerbaijan's neighbour Iran.",
])
def test_governments_and_bare_countries_are_not_locations(text):
    assert locations_of(text) == ()


def test_places_in_a_relative_clause_are_background():
    text = "Ahadi, who was leading a delegation in Baku, said the reports were false."
    assert locations_of(text) == ()
