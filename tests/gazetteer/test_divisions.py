"""First-level divisions and the units below them as reporting names them: with their word
("Gedaref state", "Baghdad province") the division, bare the town ("Baghdad" is the city);
units the gazetteer lacks named after their town ("Rutshuru territory"); and a division
the text names picks a town among its namesakes."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from geomap.cli.main import cli

from gazetteer_helpers import distance_km

GAZETTEER_DIR = Path(__file__).resolve().parents[2] / "gazetteer"

# ----------------------------------------------------------------------------- divisions

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


#: (as written, country, kind the user sees)
TOWN_OR_DIVISION = [
    ("Baghdad", "IQ", "city"),
    ("Basra", "IQ", "city"),
    ("Kirkuk", "IQ", "city"),
    ("Nairobi", "KE", "city"),
    ("Shanghai", "CN", "city"),
    ("Lublin", "PL", "city"),
    ("Baghdad province", "IQ", "province"),
    ("Baghdad governorate", "IQ", "province"),
    ("Basra governorate", "IQ", "province"),
    ("Basra province", "IQ", "province"),
    ("Kirkuk governorate", "IQ", "province"),
    # a division whose own name is its town's ("Daraa"): the index leaves it to the town
    ("Daraa", "SY", "town"),
    ("Hama", "SY", "city"),
    ("Quneitra", "SY", "town"),
    ("Daraa province", "SY", "province"),
    ("Hama governorate", "SY", "province"),
    ("Syunik", "AM", "province"),
    # a small town that carries a state's name ("Montana City") does not take it
    ("Montana", "US", "province"),
    ("Oklahoma", "US", "province"),
    ("Maryland", "US", "province"),
]


@pytest.mark.parametrize("name, country, kind", TOWN_OR_DIVISION,
                         ids=[t[0] for t in TOWN_OR_DIVISION])
def test_a_bare_name_is_the_town_and_a_division_word_the_division(resolve_json, name,
                                                                   country, kind):
    found = resolve_json(name)
    assert (found["country_code"], found["kind"], found["guess"]) == (country, kind, False), \
        found


def test_baghdad_is_the_city_point_not_the_province_middle(resolve_json):
    found = resolve_json("Baghdad")
    assert distance_km(found["lat"], found["lon"], 33.34, 44.40) <= 5, found


# --------------------------------------------------------------------------- named after

def test_a_territory_the_gazetteer_lacks_is_near_its_town(resolve_json):
    found = resolve_json("Rutshuru territory")
    assert (found["name"], found["country_code"], found["guess"]) == ("Rutshuru", "CD",
                                                                      False)
    assert "no territory called 'Rutshuru territory'" in found["reason"]


@pytest.fixture(scope="module")
def built(incidents_of):
    """Three short reports: incidents by article."""
    return incidents_of({
        "rutshuru.txt": "GOMA, May 9 – M23 rebels attacked army positions in Rutshuru "
                        "territory on Wednesday, killing three soldiers, the Congolese "
                        "army said.",
        "fashaga.txt": "Ethiopian militiamen attacked Sudanese farmers in al-Fashaga on "
                       "Wednesday, killing four, the Sudanese army said.",
        "sokh.txt": "BISHKEK, May 9 – Kyrgyz and Tajik border guards exchanged fire near "
                    "Sokh on Wednesday, Kyrgyzstan's border service said, adding that "
                    "two guards were wounded.",
    })


@pytest.mark.parametrize("article, place", [("rutshuru.txt", "Rutshuru"),
                                            ("fashaga.txt", "Al-Fashaga"),
                                            ("sokh.txt", "Sokh")])
def test_incidents_there_are_near_the_place_not_at_it(built, article, place):
    incident = built[article]
    assert list(incident["places"]) == [place]
    assert incident["geo_precision"] == 2


# ---------------------------------------------------------------- a division in the text

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


@pytest.mark.parametrize("text, surface, name", [
    # Poland's voivodeships: their word, and their Polish names (adjectives) as reporting
    # from Poland keeps them
    ("Officials in Lublin voivodeship said the border was calm.", "Lublin",
     "Lublin Voivodeship"),
    ("A drone fell in the Lubelskie voivodeship near Hrubieszow, Polish officials said.",
     "Lubelskie", "Lublin Voivodeship"),
    ("Police in Podkarpackie province said the migrants were held near Przemysl.",
     "Podkarpackie province", "Subcarpathian Voivodeship"),
])
def test_a_polish_voivodeship_is_known_by_its_word_and_its_polish_name(places_in, text,
                                                                       surface, name):
    place = dict(places_in(text))[surface]
    assert (place.name, place.kind, place.country_code) == (name, "province", "PL")
