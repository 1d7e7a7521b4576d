"""Kashmir in India–Pakistan reporting (probe K, May 2025): each side's name for the other
side's part, towns in their usual English spellings, and group and operation names that
hold a place name but are none."""

from __future__ import annotations

import pytest

from gazetteer_helpers import distance_km

AZAD_KASHMIR = (33.78, 73.79)
JAMMU_AND_KASHMIR = (33.50, 74.90)


@pytest.mark.parametrize("text, surface, country, point", [
    ("Indian missiles struck six locations in Pakistan-administered Kashmir overnight.",
     "Pakistan-administered Kashmir", "PK", AZAD_KASHMIR),
    ("Officials in Pakistan-occupied Kashmir said three people died.",
     "Pakistan-occupied Kashmir", "PK", AZAD_KASHMIR),
    ("Shelling hit villages in Azad Jammu and Kashmir on Thursday.",
     "Azad Jammu and Kashmir", "PK", AZAD_KASHMIR),
    ("Shells landed in Indian-administered Kashmir on Friday.",
     "Indian-administered Kashmir", "IN", JAMMU_AND_KASHMIR),
    ("Shells hit Rajouri and Akhnoor overnight.", "Rajouri", "IN", (33.375, 74.309)),
    ("Shells hit Rajouri and Akhnoor overnight.", "Akhnoor", "IN", (32.896, 74.735)),
    ("Drones were seen over Baramulla.", "Baramulla", "IN", (34.209, 74.343)),
    ("Firing was reported in Mendhar, in Poonch district.", "Mendhar", "IN", (33.60, 74.11)),
    ("Indian shells hit the Leepa Valley on Wednesday.", "Leepa Valley", "PK",
     (34.30, 73.89)),
])
def test_each_sides_kashmir_and_its_towns(places_in, text, surface, country, point):
    found = dict(places_in(text))
    place = found[surface]
    assert place.country_code == country, place
    assert distance_km(place.lat, place.lon, *point) <= 15, place


def test_islamabad_beside_jammu_and_kashmir_is_pakistans_capital(places_in):
    found = dict(places_in("The attack near Pahalgam was the deadliest in Jammu and "
                           "Kashmir in years. India blamed Pakistan-based groups, a charge "
                           "Islamabad denied."))
    assert found["Islamabad"].country_code == "PK"          # not Anantnag's old name
    assert found["Jammu and Kashmir"].name == "Jammu and Kashmir"


@pytest.mark.parametrize("text, not_a_place", [
    ("Indian missiles struck the Lashkar-e-Taiba complex at Muridke.", "Taiba"),
    ("Pakistan launched Operation Bunyan-um-Marsoos on Saturday.", "Bunyan"),
    ("Jaish-e-Mohammed claimed the attack.", "Mohammed"),
])
def test_a_name_inside_a_group_or_operation_name_is_no_place(places_in, text, not_a_place):
    assert not_a_place not in [surface for surface, _ in places_in(text)]
    assert all(not_a_place not in surface for surface, _ in places_in(text))


@pytest.mark.parametrize("text, surface, country", [
    ("The foreign ministry said the situation in Gaza was catastrophic.", "Gaza", "PS"),
    ("Floods hit Gaza Province in southern Mozambique.", "Gaza Province", "MZ"),
])
def test_gaza_is_the_gaza_strips_unless_the_province_is_named(places_in, text, surface,
                                                              country):
    assert dict(places_in(text))[surface].country_code == country


@pytest.mark.parametrize("text, not_a_place", [
    ("Bayraktar drones were seen over the front.", "Bayraktar"),      # not Karayazı
    ("Residents of Sus, in Lachin district, returned.", "Sus"),        # not Sousse
])
def test_names_reporting_never_means_as_those_places(places_in, text, not_a_place):
    found = dict(places_in(text))
    assert not_a_place not in found or found[not_a_place].country_code not in ("TR", "TN")
