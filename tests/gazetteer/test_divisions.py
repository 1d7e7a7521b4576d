"""Session 19 (helper C): first-level divisions named as their capital is spelled
("Gedaref state"), units the gazetteer lacks named after a town ("Rutshuru territory"),
border places GeoNames' cities500 lacks, and spelling guesses held to the article's
region."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from geomap.cli.main import cli
from geomap.model import BuildOptions

from gazetteer_helpers import distance_km

GAZETTEER_DIR = Path(__file__).resolve().parents[2] / "gazetteer"

# --------------------------------------------------------------------------- divisions

#: (as reporting writes it, country, the division's own name in the gazetteer)
DIVISIONS = [
    ("Gedaref state", "SD", "Al Qadarif"),
    ("El Gedaref State", "SD", "Al Qadarif"),
    ("Kassala state", "SD", "Kassala"),
    ("Blue Nile state", "SD", "Blue Nile"),
    ("Nineveh governorate", "IQ", "Ninawa"),
    ("Ninawa governorate", "IQ", "Ninawa"),
    ("Nineveh", "IQ", "Ninawa"),
    ("Duhok governorate", "IQ", "Dahuk"),
    ("Kherson oblast", "UA", "Kherson"),
    ("Sumy region", "UA", "Sumy"),
    ("Dnipro region", "UA", "Dnipropetrovsk"),
    ("Belgorod region", "RU", "Belgorod"),
    ("Belgorod oblast", "RU", "Belgorod"),
    ("Batken region", "KG", "Batken"),
    ("Sughd region", "TJ", "Viloyati Sughd"),
    ("Tigray region", "ET", "Tigray"),
    ("Lisbon district", "PT", "Lisbon"),        # Portugal's distritos are its top level
]


@pytest.mark.parametrize("name, country, division", DIVISIONS,
                         ids=[d[0] for d in DIVISIONS])
def test_a_division_is_found_as_reporting_names_it(resolve_json, name, country, division):
    found = resolve_json(name)
    assert (found["name"], found["country_code"], found["kind"], found["guess"]) == \
        (division, country, "province", False), found


@pytest.mark.parametrize("name, country", [("Gedaref", "SD"), ("El Gedaref", "SD"),
                                           ("Kassala", "SD"), ("Kherson", "UA"),
                                           ("Batken", "KG"), ("Duhok", "IQ")])
def test_the_town_named_alone_stays_the_town(resolve_json, name, country):
    found = resolve_json(name)
    assert found["country_code"] == country
    assert found["kind"] in ("city", "town"), found


def test_divisions_with_their_word_are_found_in_text(places_in):
    # the span is the name, as corpora tag it; the word after it says which place
    found = places_in("Shelling hit Kherson oblast overnight while fighting spread across "
                      "Gedaref state and Duhok governorate, officials said; refugees "
                      "reached the city of Gedaref. Kassala State was calm.")
    assert [(surface, place.kind, place.country_code) for surface, place in found] == [
        ("Kherson", "province", "UA"), ("Gedaref", "province", "SD"),
        ("Duhok", "province", "IQ"), ("Gedaref", "city", "SD"),
        ("Kassala State", "province", "SD")]


def test_state_media_are_no_division(places_in):
    found = places_in("Khartoum state media said that Gedaref state television was off "
                      "the air.")
    assert [(surface, place.kind) for surface, place in found] == [
        ("Khartoum", "city"), ("Gedaref", "city")]


def test_a_district_around_a_city_is_not_its_province(resolve_json):
    # Afghan districts are second-level: "Herat district" is around the city
    found = resolve_json("Herat district")
    assert (found["country_code"], found["kind"]) == ("AF", "city")
    assert "district" in found["reason"]


def test_build_script_gives_divisions_their_towns_spellings():
    sys.path.insert(0, str(GAZETTEER_DIR))
    try:
        from build_gazetteer import with_town_names
    finally:
        sys.path.remove(str(GAZETTEER_DIR))
    from geomap.gazetteer.tables import TableRow

    def division(name, code, admin1):
        return TableRow(id=f"gm:adm1-xx-{admin1}", name=name, aliases=(), lat=0.0,
                        lon=0.0, country_code=code, kind="province", population=0,
                        admin1=admin1, parent="", area="", source="GeoNames admin1")

    def town(gid, name, admin1, population, alternates):
        return {"geonameid": gid, "name": name, "countrycode": "SD", "admin1code": admin1,
                "population": population, "alternatenames": alternates}

    rows, gained = with_town_names(
        [division("Al Qadarif", "SD", "39"), division("Kassala", "SD", "52")],
        [town(1, "Al Qadarif", "39", 363945, ["Gedaref", "El Gedaref", "GSU", "القضارف"]),
         town(2, "Kassala", "52", 401477, ["Cassala", "Statul Kassala"])])
    assert gained == 2
    assert rows[0].aliases == ("Al Qadarif Province", "Gedaref Province",
                               "El Gedaref Province")
    # a phrase of another language ("the state of Kassala") names no division
    assert rows[1].aliases == ("Kassala Province", "Cassala Province")
    assert "named also as its town Al Qadarif (GeoNames 1)" in rows[0].source


# --------------------------------------------------------------------------- named after


def test_a_territory_the_gazetteer_lacks_is_near_its_town(resolve_json):
    found = resolve_json("Rutshuru territory")
    assert (found["name"], found["country_code"], found["guess"]) == ("Rutshuru", "CD",
                                                                      False)
    assert "no territory called 'Rutshuru territory'" in found["reason"]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Three short reports built with the real gazetteer: incidents by article."""
    import geomap

    folder = tmp_path_factory.mktemp("s19")
    texts = {
        "rutshuru.txt": "GOMA, May 9 – M23 rebels attacked army positions in Rutshuru "
                        "territory on Wednesday, killing three soldiers, the Congolese "
                        "army said.",
        "fashaga.txt": "Ethiopian militiamen attacked Sudanese farmers in al-Fashaga on "
                       "Wednesday, killing four, the Sudanese army said.",
        "sokh.txt": "BISHKEK, May 9 – Kyrgyz and Tajik border guards exchanged fire near "
                    "Sokh on Wednesday, Kyrgyzstan's border service said, adding that "
                    "two guards were wounded.",
    }
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    result = geomap.build([folder / name for name in texts],
                          BuildOptions(published=dt.date(2024, 5, 10)))
    return {row["articles"][0]: row for _, row in result.incidents.iterrows()}


@pytest.mark.parametrize("article, place", [("rutshuru.txt", "Rutshuru"),
                                            ("fashaga.txt", "Al-Fashaga"),
                                            ("sokh.txt", "Sokh")])
def test_incidents_there_are_near_the_place_not_at_it(built, article, place):
    incident = built[article]
    assert list(incident["places"]) == [place]
    assert incident["geo_precision"] == 2


# --------------------------------------------------------------------------- new places

#: (name, WGS 84 point, country, km): the supplement rows' sourced points
NEW_PLACES = [
    ("Sokh", (39.95, 71.12), "UZ", 5),
    ("So'x", (39.95, 71.12), "UZ", 5),
    ("Eteringbang", (6.717, -61.133), "GY", 5),
    ("Khurvaleti", (42.02, 44.31), "GE", 5),
    ("al-Fashaga", (14.23, 36.30), "SD", 5),
    ("Fashaga triangle", (14.23, 36.30), "SD", 5),
    ("Qandil mountains", (36.541, 44.996), "IQ", 5),
    ("Kandil", (36.541, 44.996), "IQ", 5),
    # the probe's border places (tests/gazetteer/test_s19_probe_places.py: in text)
    ("Zalambessa", (14.526, 39.386), "ET", 3),
    ("Medininkai", (54.539, 25.650), "LT", 3),          # not Varniai, 250 km away
    ("Bruzgi", (53.55, 23.70), "BY", 3),
    ("Brnjak", (42.962, 20.548), "XK", 3),
    ("Chushul", (33.601, 78.648), "IN", 3),
    ("Catatumbo", (8.36, -73.09), "CO", 5),
    ("Baengnyeong", (37.951, 124.673), "KR", 3),
    ("Baengnyeong Island", (37.951, 124.673), "KR", 3),
]


@pytest.mark.parametrize("name, point, country, km", NEW_PLACES,
                         ids=[p[0] for p in NEW_PLACES])
def test_border_places_cities500_lacks(resolve_json, name, point, country, km):
    found = resolve_json(name)
    assert (found["country_code"], found["guess"]) == (country, False), found
    assert distance_km(found["lat"], found["lon"], *point) <= km, found


def test_al_fashaga_is_the_farmland_not_the_geonames_town(resolve_json):
    region, town = resolve_json("al-Fashaga"), resolve_json("Al-Fashaqah")
    assert region["kind"] == "district" and town["kind"] == "town"
    assert distance_km(region["lat"], region["lon"], town["lat"], town["lon"]) > 40


def test_the_qandil_mountains_are_found_in_text(places_in):
    found = places_in("Turkish jets struck PKK positions in the Qandil mountains on "
                      "Monday, and Iranian artillery shelled Qandil again.")
    assert [(surface, place.name) for surface, place in found] == [
        ("Qandil mountains", "Qandil Mountains"), ("Qandil", "Qandil Mountains")]


# --------------------------------------------------------------------------- guesses

KYRGYZ_TAJIK = "Kyrgyz and Tajik border guards exchanged fire on Monday."


def test_a_guess_far_from_the_sides_named_by_their_people_is_no_answer(runner):
    alone = runner.invoke(cli, ["resolve", "Sohoe", "--json"])
    assert alone.exit_code == 0 and '"country_code": "GB"' in alone.output
    held = runner.invoke(cli, ["resolve", "Sohoe", "--json", "--context", KYRGYZ_TAJIK])
    assert held.exit_code == 1, held.output
    assert "lies in none of the countries whose people the text names" in held.output


def test_a_guess_next_to_the_sides_stays(resolve_json):
    found = resolve_json("Sokhh", "--context", KYRGYZ_TAJIK)
    assert (found["name"], found["country_code"], found["guess"]) == ("Sokh", "UZ", True)
