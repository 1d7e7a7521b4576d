"""Session 19 (helper H): the probe's wrong and missing places outside the Caucasus — a
division the text names rules out namesakes in other divisions, a name before "bridge"
or "area" is a feature near the article's places, a river the text names stays a river,
transliteration variants ("Sulaimaniyah", "Krasnopillia", "Gegharqunik"), "Tawang Town"
is Tawang, and sourced rows for border places GeoNames' cities500 lacks."""

from __future__ import annotations

import pytest

from geomap.cli.main import cli

from gazetteer_helpers import distance_km

# --------------------------------------------------------------------------- divisions


@pytest.mark.parametrize("text, name", [
    # Columbia, Maine is a town cities500 lacks; its namesakes are cities of South
    # Carolina and Missouri and villages of other states, none near Maine
    ("Firefighters fought a blaze in the town of Columbia in the state of Maine on "
     "Sunday.", "Columbia"),
    ("Maine's Columbia was quiet on Sunday after the storm.", "Columbia"),
    # the gazetteer's Krasnopillias lie in Sumy and Mykolaiv regions
    ("A drone hit the village of Krasnopillia in Ukraine's Dnipropetrovsk region "
     "overnight, the governor said.", "Krasnopillia"),
])
def test_a_division_the_text_names_rules_out_namesakes_elsewhere(resolution_of, text, name):
    resolution = resolution_of(text, name)
    assert resolution.place is None, resolution
    assert "the text puts it in" in resolution.reason


def test_the_state_of_a_town_picks_it_among_namesakes(places_in):
    found = dict(places_in("Soldiers clashed with an armed group near the town of La "
                           "Victoria in the western state of Apure, the defence minister "
                           "said."))
    victoria = found["La Victoria"]
    assert (victoria.country_code, victoria.admin1) == ("VE", "03")    # not Aragua's city
    assert distance_km(victoria.lat, victoria.lon, 7.032, -71.436) <= 5


def test_resolve_with_a_division_in_the_context(resolve_json, runner):
    found = resolve_json("La Victoria", "--context",
                         "fighting near La Victoria in Venezuela's Apure state")
    assert distance_km(found["lat"], found["lon"], 7.032, -71.436) <= 5
    result = runner.invoke(cli, ["resolve", "Columbia", "--json", "--context",
                                 "a blaze in the town of Columbia in the state of Maine"])
    assert result.exit_code == 1, result.output
    assert "the text puts it in Maine" in result.output


@pytest.mark.parametrize("text, name, point", [
    # a city that is a division of its own lies "in" the division around it
    ("Russian troops shelled Sevastopol in Crimea on Sunday.", "Sevastopol",
     (44.61, 33.52)),
    # "Miss" is no Mississippi without its dot
    ("LIMA, Ohio – Kaitlin Craig of Elida won the Teen category and Devon Stansbury of "
     "Rockford in the Miss category.", "Rockford", (40.69, -84.65)),
    # a department named with its word ("Boyacá department")
    ("Gunmen killed two farmers near La Victoria in Colombia's Boyacá department on "
     "Sunday, the army said.", "La Victoria", (5.53, -74.24)),
])
def test_a_place_the_division_may_hold_stays(resolution_of, text, name, point):
    place = resolution_of(text, name).place
    assert place is not None and distance_km(place.lat, place.lon, *point) <= 10, place


# --------------------------------------------------------------------------- features


def test_a_bridge_named_after_a_person_is_no_village_abroad(places_in):
    found = places_in("CUCUTA, Colombia – Lorries crossed the Simon Bolivar international "
                      "bridge into Venezuela on Monday, between Villa del Rosario and San "
                      "Antonio del Tachira.")
    assert "Simon Bolivar" not in [surface for surface, _ in found]
    assert {place.country_code for _, place in found} == {"CO", "VE"}


def test_an_area_far_from_the_article_is_no_hamlet_of_its_name(places_in):
    found = places_in("Indian and Chinese troops clashed in the Tawang sector of Arunachal "
                      "Pradesh; Beijing said its patrol was in the Dongzhang area when "
                      "Indian soldiers crossed the line. The wounded were flown to "
                      "Guwahati.")
    assert "Dongzhang" not in [surface for surface, _ in found]     # not Fujian's village
    tawang = dict(found)["Tawang"]
    assert (tawang.country_code, tawang.admin1) == ("IN", "30")


def test_a_crossing_near_the_article_is_the_village(places_in):
    found = dict(places_in("Polish guards used water cannon at the Kuznica crossing on "
                           "Tuesday as migrants massed at Bruzgi on the Belarusian side."))
    assert found["Kuznica"].country_code == "PL"
    assert distance_km(found["Bruzgi"].lat, found["Bruzgi"].lon, 53.55, 23.70) <= 3


# --------------------------------------------------------------------------- rivers


def test_the_river_the_text_names_is_not_the_city_elsewhere(places_in):
    found = places_in("Shelling from across the Dnipro killed two people in Kherson. "
                      "Russian guns on the left bank of the Dnipro river fired at the "
                      "city, and drones later struck Dnipro.")
    assert [(surface, place.name) for surface, place in found] == [
        ("Kherson", "Kherson"), ("Dnipro", "Dnipro")]     # only "struck Dnipro" the city


# --------------------------------------------------------------------------- spellings

#: (as an article writes it, WGS 84 point, country)
SPELLINGS = [
    ("Sulaimaniyah", (35.565, 45.433), "IQ"),          # Sulaymaniyah: ai for ay
    ("Krasnopillia", (50.774, 35.256), "UA"),          # Krasnopillya: ia for ya
    ("Gegharqunik province", (40.30, 45.30), "AM"),    # Gegharkunik: q for k
]


@pytest.mark.parametrize("name, point, country", SPELLINGS, ids=[s[0] for s in SPELLINGS])
def test_transliteration_variants_are_found_in_text(places_in, name, point, country):
    found = dict(places_in(f"Drones struck {name} on Monday, officials in the Sumy region, "
                           "in Erbil and in Yerevan said."))
    place = found[name]
    assert place.country_code == country
    assert distance_km(place.lat, place.lon, *point) <= 5


def test_a_variant_is_no_guess(resolve_json):
    found = resolve_json("Sulaimaniyah")
    assert (found["name"], found["guess"]) == ("Sulaymaniyah", False)


def test_a_town_named_with_its_word_is_known_without_it(resolve_json):
    found = resolve_json("Tawang")          # GeoNames' "Tawang Town", not Java's Tawang
    assert found["country_code"] == "IN"
    assert distance_km(found["lat"], found["lon"], 27.586, 91.859) <= 15


# --------------------------------------------------------------------------- new places

def test_the_bure_on_the_assab_road_is_the_border_one(places_in):
    found = dict(places_in("Ethiopia and Eritrea reopened the crossing at Bure, on the road "
                           "to the Eritrean port of Assab, and another at Zalambessa."))
    bure = found["Bure"]
    assert distance_km(bure.lat, bure.lon, 12.617, 42.200) <= 5    # not Amhara's Burē
