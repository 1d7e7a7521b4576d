"""Spellings of South Caucasus places that reporting uses (Russian-style, Ossetian,
Persian, one word or two) and the Georgian places of line-of-occupation and border
reporting (287 name variants of the region): each lands at its place, in
running text too, and none at a namesake on another continent."""

from __future__ import annotations

import pytest

from gazetteer_helpers import distance_km


@pytest.mark.parametrize("name, country, point, km", [
    ("Gadrut", "AZ", (39.517, 47.033), 15),             # Hadrut, Russian-style
    ("Sisyan", "AM", (39.522, 46.027), 15),             # Sisian
    ("Sisiyan", "AM", (39.522, 46.027), 15),
    ("Bilesavar", "IR", (39.380, 48.355), 15),          # Bileh Savar, not Bilasuvar (AZ)
    ("Leningor", "GE", (42.124, 44.483), 15),           # Akhalgori
    ("Meshkinshahr", "IR", (38.399, 47.682), 15),
    ("Pars Abad", "IR", (39.648, 47.917), 15),
    ("Gedabek", "AZ", (40.571, 45.812), 15),            # Gadabay
    ("Gubadly", "AZ", (39.344, 46.582), 15),
    ("Khojavand", "AZ", (39.795, 47.112), 15),
    ("Yerasgh", "AM", (39.739, 44.828), 15),
    ("Noemberyan", "AM", (41.173, 44.999), 15),
    ("Varanda", "AZ", (39.601, 47.145), 15),            # Fuzuli, in Armenian
    ("Upper Karabakh", "AZ", (39.85, 46.70), 50),
    ("Nagornyy Karabakh", "AZ", (39.85, 46.70), 50),
    ("Nikozi", "GE", (42.20, 43.93), 15),               # was Nicosia, Cyprus
    ("Red Bridge", "GE", (41.33, 45.08), 15),           # was Mooresburg, Tennessee
    ("Tsiteli Khidi", "GE", (41.33, 45.08), 15),
    ("Upper Lars", "RU", (42.74, 44.63), 15),
    ("Kvemo Kartli", "GE", (41.45, 44.45), 50),
    ("Shida Kartli", "GE", (42.15, 44.05), 50),
    ("Khudafarin", "AZ", (39.14, 46.94), 15),
    ("Khoda Afarin", "IR", (39.00, 46.90), 25),         # the Iranian county across the Aras
    ("Enguri", "GE", (42.47, 41.79), 30),               # the river, was Ankara's old name
    ("Arpa", "AM", (39.74, 45.30), 30),                 # the river, was Areni
    ("Bazarchay", "AM", (39.52, 46.05), 30),            # the Vorotan, in Azerbaijani
])
def test_a_reporting_spelling_resolves_to_its_place(gazetteer, name, country, point, km):
    place = gazetteer.resolve(name).place
    assert place.country_code == country, place
    assert distance_km(place.lat, place.lon, *point) <= km, place


@pytest.mark.parametrize("text, surface, country", [
    ("Georgian police detained a man near Nikozi, by the line with South Ossetia.",
     "Nikozi", "GE"),
    ("Trucks queued at the Red Bridge crossing on the Georgia–Azerbaijan border.",
     "Red Bridge crossing", "GE"),
    ("Officials in Nagornyy Karabakh said the road was closed.", "Nagornyy Karabakh",
     "AZ"),
    ("Abkhaz guards detained two men who crossed the Enguri river near Gali.",
     "Enguri river", "GE"),
    ("Fences went up near Khurvaleti in the Shida Kartli region.", "Shida Kartli region",
     "GE"),
])
def test_a_reporting_spelling_is_found_in_running_text(resolution_of, text, surface,
                                                        country):
    assert resolution_of(text, surface).place.country_code == country


def test_a_district_named_with_a_demonym_puts_nothing_in_that_nation(places_in):
    """"The Kazakh district of Azerbaijan": Kazakh names the district (Gazakh), so
    Azerbaijan is not looked for in Kazakhstan."""
    found = dict(places_in("The Kazakh district of Azerbaijan borders Armenia's Tavush "
                           "province."))
    assert found["Kazakh district"].country_code == "AZ"
    assert found["Azerbaijan"].kind == "country"


def test_a_renamed_town_shows_its_name_of_today(gazetteer):
    """GeoNames shows Bilasuvar by its Soviet-era name, Pushkino."""
    assert gazetteer.resolve("Biləsuvar").place.name == "Bilasuvar"


def test_a_dateline_with_a_day_first_date_under_a_headline_is_a_place(places_in):
    found = dict(places_in("Families shelter in bunkers as shelling goes on\n\n"
                           "MUZAFFARABAD, 8 May 2025 - Families in the Neelum Valley spent a "
                           "second night in bunkers, officials in Azad Kashmir said.\n"))
    assert found["MUZAFFARABAD"].country_code == "PK"


def test_who_asks_in_a_transcript_is_no_place(places_in):
    found = dict(places_in("Weekly briefing.\nQuestion (Al Mayadeen): what is your comment "
                           "on the shelling near Sotk?\nAnswer: we have no information."))
    assert "Al Mayadeen" not in found and found["Sotk"].country_code == "AM"
    # the town itself, named in running text, stays a place
    assert dict(places_in("Strikes hit Al Mayadeen (Syria) on Monday."))[
        "Al Mayadeen"].country_code == "SY"
