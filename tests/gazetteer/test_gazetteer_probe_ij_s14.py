"""Places of the Afghanistan–Pakistan, Kyrgyzstan–Tajikistan and TRIPP reporting of
probes I and J (session 14): names that went abroad, names that were missing, and
spelling guesses that were too sure of themselves."""

from __future__ import annotations

import pytest

from gazetteer_helpers import distance_km


def _place(places, surface):
    found = [place for written, place in places if written.startswith(surface)]
    assert found, f"{surface!r} is no place in {[w for w, _ in places]}"
    return found[0]


@pytest.mark.parametrize("text, surface, point, country, km", [
    # Argun of Chechnya, Patan of Nepal and Al Bab of Syria before
    ("KABUL, 18 October 2025 - Pakistani air strikes on Friday night in Paktika province "
     "killed ten civilians in the Argun and Barmal districts, Afghan officials said.",
     "Argun", (32.90, 69.16), "AF", 15),
    ("KABUL, 18 October 2025 - Pakistani forces fired mortars on Friday evening at villages "
     "in the Dand-e-Patan district of Paktia province, injuring three civilians.",
     "Dand-e-Patan", (33.82, 69.92), "AF", 10),
    ("CHAMAN, 15 October 2025 - A police officer in Chaman said Afghan forces fired first "
     "on Wednesday at Pakistani positions near the Bab-e-Dosti crossing.",
     "Bab-e-Dosti", (30.92, 66.45), "PK", 5),
    # missing before; South Waziristan was a guess at North Waziristan
    ("ISLAMABAD, Oct 12, 2025 - Afghan forces attacked a Pakistani border post at Angoor "
     "Adda in South Waziristan overnight, the ISPR said.",
     "Angoor Adda", (32.52, 69.28), "PK", 5),
    ("ISLAMABAD, Oct 12, 2025 - Afghan forces attacked a Pakistani border post at Angoor "
     "Adda in South Waziristan overnight, the ISPR said.",
     "South Waziristan", (32.31, 69.59), "PK", 40),
    ("Pakistan's military said the strikes followed a suicide attack on a military camp in "
     "Mir Ali, North Waziristan, on Friday.",
     "Mir Ali", (32.97, 70.27), "PK", 5),
    ("KABUL, Oct 12, 2025 - Afghan forces fired on Pakistani posts from Kunar province "
     "overnight, a Taliban commander said.",
     "Kunar province", (34.9, 71.1), "AF", 60),
    ("DUSHANBE, September 18, 2022 - Kyrgyz shelling hit a mosque in the Tajik village of "
     "Ovchi-Kalacha on Friday, killing 10 people.",
     "Ovchi-Kalacha", (40.13, 69.68), "TJ", 5),
    ("DUSHANBE, 30 April 2021 - Kyrgyz servicemen opened fire on a Tajik border post near "
     "the Golovnoy water distribution facility in Sughd region on Thursday.",
     "Golovnoy", (39.95, 70.54), "KG", 10),
    # Sud, Haiti, before
    ("DUSHANBE, 30 April 2021 - Kyrgyz servicemen opened fire on a Tajik border post near "
     "the Golovnoy water distribution facility in Sughd region on Thursday.",
     "Sughd region", (40.2, 69.1), "TJ", 150),
    ("Residents of Karchevan, near Meghri, said the road along the Aras was open.",
     "Karchevan", (38.90, 46.18), "AM", 5),
])
def test_border_places_of_the_probes(places_in, text, surface, point, country, km):
    place = _place(places_in(text), surface)
    assert place.country_code == country, place
    assert distance_km(place.lat, place.lon, *point) <= km, place


@pytest.mark.parametrize("text, surface", [
    ("Pashinyan said the planned route across Syunik, known in Washington as TRIPP, would "
     "be under Armenian control.", "TRIPP"),
    ("Work on TRIPP will start next year, officials in Yerevan said.", "TRIPP"),
    ("Velayati warned against the so-called Trump Route through Armenia's Syunik province.",
     "Trump Route"),
    ("The Trump Route for International Peace and Prosperity would cross Syunik.",
     "Trump Route for International Peace and Prosperity"),
])
def test_the_us_name_of_the_route_is_the_corridor(places_in, text, surface):
    assert _place(places_in(text), surface).id == "gm:zangezur-corridor"


def test_tripp_in_south_dakota_stays_there(places_in):
    place = _place(places_in("The storm hit Tripp, South Dakota, on Tuesday."), "Tripp")
    assert place.country_code == "US", place


def test_argun_alone_is_still_the_chechen_town(resolve_json):
    found = resolve_json("Argun")
    assert found["country_code"] == "RU", found


@pytest.mark.parametrize("text", [
    "YEREVAN, Oct 8 (Wire) - The leaders of Armenia and Azerbaijan met Donald Trump at "
    "the White House on August 8.",
    "The White House said the route would open trade.",
])
def test_the_white_house_is_not_casablanca(places_in, text):
    assert all(place.country_code != "MA" for _, place in places_in(text))


def test_resolve_white_house_is_not_casablanca(resolve_json):
    assert resolve_json("White House")["country_code"] != "MA"


@pytest.mark.parametrize("name, wrong", [
    ("South Waziristan", "North Waziristan"),
    ("Sughd region", "Sud"),
])
def test_a_name_is_not_its_namesake_across_a_bearing(resolve_json, name, wrong):
    assert resolve_json(name)["name"] != wrong


def test_a_spelling_guess_scores_low(resolve_json):
    # no place is called Mauritious: its closest spelling is a guess, scored low
    found = resolve_json("Mauritious")
    assert found["score"] <= 0.5, found
    assert "closest spelling" in found["reason"], found
