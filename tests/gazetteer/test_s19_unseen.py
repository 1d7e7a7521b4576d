"""Session 19 (helper J): names reporting writes as one word ("Kfarkila" for Kfar Kila),
French "ch" for Arabic "sh" in Lebanon, Syria and the Maghreb ("Chahba" for Shahba), and
person names and words no place: "Hassan Said" is a man, not Hassan in India, and an
apostrophe inside a word ("Ren'ai") ends no name."""

from __future__ import annotations

import pytest

from gazetteer_helpers import distance_km


@pytest.mark.parametrize("text, written, country, lat, lon", [
    ("Shells landed near Kfarkila overnight, residents said.", "Kfarkila", "LB",
     33.28, 35.55),
    ("Two houses in Ainebel were damaged by the strike on Friday.", "Ainebel", "LB",
     33.11, 35.40),
    ("Protesters gathered again in Sidibouzid on Monday.", "Sidibouzid", "TN",
     35.04, 9.48),
    # sh written ch, as French-language reporting does
    ("Clashes were reported around Chahba in Sweida province.", "Chahba", "SY",
     32.85, 36.63),
])
def test_a_name_written_joined_or_the_french_way_is_found(places_in, text, written,
                                                          country, lat, lon):
    found = dict(places_in(text))
    assert written in found, found
    place = found[written]
    assert place.country_code == country
    assert distance_km(place.lat, place.lon, lat, lon) <= 10


def test_a_joined_name_never_makes_a_first_name_a_place(places_in):
    # Al Ain (UAE) joined would be "Alain"
    found = dict(places_in("Alain Dupont, a farmer, said the storm had passed."))
    assert "Alain" not in found


@pytest.mark.parametrize("text, person", [
    ("A drone strike on Tuesday killed Ali Hassan Said, a local commander, near Mosul.",
     "Hassan"),
    ("Security sources said Hassan Said, a militia leader, was wounded near Mosul.",
     "Hassan"),
    ("Gunmen on Sunday abducted Said Hassan Said, an aid worker, outside Mosul.",
     "Hassan"),
])
def test_a_name_between_parts_of_a_persons_name_is_no_place(places_in, text, person):
    found = dict(places_in(text))
    assert person not in found, found
    assert found["Mosul"].country_code == "IQ"


@pytest.mark.parametrize("text, town", [
    # the word after the name is a month, or a capitalised word of a title-case headline
    ("The boat sank in the waters off Mandera March 16, police said.", "Mandera"),
    ("Hassan Man Arrested After Market Blast\n\nPolice in Hassan arrested a man on "
     "Monday.", "Hassan"),
])
def test_a_word_after_a_town_that_is_a_month_or_a_headlines_stays_a_town(places_in,
                                                                        text, town):
    assert town in dict(places_in(text))


@pytest.mark.parametrize("text, not_a_place", [
    # Rennes is also called "Ren": the letters before an apostrophe inside a word
    ("The coast guard said the ship ran aground at the reef called Ren'ai Jiao.", "Ren"),
    ("Surfers in Hawai'i watched the swell on Sunday.", "Hawai"),
])
def test_an_apostrophe_inside_a_word_ends_no_name(places_in, text, not_a_place):
    assert not_a_place not in dict(places_in(text))


def test_a_possessive_still_ends_a_name(places_in):
    found = dict(places_in("Mosul's governor and Kirkuk' residents met on Sunday."))
    assert found["Mosul"].country_code == "IQ"
    assert found["Kirkuk"].country_code == "IQ"
