"""A possessive puts the name after it in its possessor only across words that describe
that place ("Armenia's southern Syunik province", "Spain's enclave of Melilla"), never
across a thing the possessor owns and a preposition: "Lebanon's ambassador in Tripoli"
is in Libya's capital, not in Lebanon's Tripoli."""

from __future__ import annotations

import pytest

from gazetteer_helpers import distance_km


@pytest.mark.parametrize("text, surface, lat, lon", [
    ("Libyan officials summoned Lebanon's ambassador in Tripoli on Tuesday.",
     "Tripoli", 32.89, 13.19),
    ("Canada's ambassador in Paris met French officials on Monday.", "Paris", 48.85, 2.35),
    ("America's ambassador in Moscow was summoned by the Kremlin on Friday.",
     "Moscow", 55.75, 37.62),
])
def test_a_possessive_does_not_reach_over_what_it_owns(places_in, text, surface, lat, lon):
    place = dict(places_in(text))[surface]
    assert distance_km(place.lat, place.lon, lat, lon) < 30


@pytest.mark.parametrize("text, surface, country", [
    ("Storms flooded Texas' rural Paris on Friday, officials in Dallas said.", "Paris", "US"),
    ("Kentucky's embattled Paris voted on Tuesday.", "Paris", "US"),
    ("Migrants climbed the fence of Spain's enclave of Melilla.", "Melilla", "ES"),
])
def test_a_possessive_over_describing_words_still_qualifies(places_in, text, surface,
                                                            country):
    assert dict(places_in(text))[surface].country_code == country


@pytest.mark.parametrize("text, surface, lat, lon", [
    ("Saudi Arabia's Jazan region was shelled on Monday.", "Jazan", 17.34, 42.38),
    ("Gunmen attacked Burkina Faso's Djibo on Sunday.", "Djibo", 14.10, -1.63),
    ("Costa Rica's Los Chiles was crowded with migrants.", "Los Chiles", 11.03, -84.71),
])
def test_a_possessive_of_a_two_word_country_is_no_part_of_the_name_after_it(
        places_in, text, surface, lat, lon):
    place = dict(places_in(text))[surface]
    assert distance_km(place.lat, place.lon, lat, lon) < 30
