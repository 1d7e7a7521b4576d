"""A name told as a natural feature's ("Lake Victoria", "Migingo island") or found only
as a part of a hyphenated name ("Ida" of "Ida-Viru county") is no town or division of
that name in a country foreign to the article, far from its other places; a close
spelling of an unknown name there is no guess either; and first-level divisions are
known as reporting spells them ("Ida-Viru County" for GeoNames' "Ida-Virumaa")."""

from __future__ import annotations

import pytest

from gazetteer_helpers import distance_km


@pytest.mark.parametrize("text, surface", [
    ("Kenyan fishermen said Ugandan marine police seized their nets near Migingo island "
     "on Lake Victoria; officials in Busia and Migori protested to Kampala.", "Victoria"),
    ("Fishermen from Naivasha and Nakuru said the storm on Lake Victoria sank two boats "
     "near Kisumu.", "Victoria"),
])
def test_a_lake_is_no_foreign_town_of_its_name(resolution_of, text, surface):
    resolution = resolution_of(text, surface)
    assert resolution.place is None
    assert "natural feature" in resolution.reason


@pytest.mark.parametrize("text, surface, country", [
    # the feature lies in the article's country: the town of its name is near it
    ("Yazidi families fled to the Sinjar mountains west of Mosul, Iraqi officials said.",
     "Sinjar", "IQ"),
    # next door to the article's countries: Ohrid lake is on the Albanian border
    ("Albanian police in Pogradec said a boat sank on Ohrid lake, officials in Tirana "
     "said.", "Ohrid", "MK"),
])
def test_a_feature_near_the_article_keeps_its_town(places_in, text, surface, country):
    found = dict(places_in(text))
    assert found[surface].country_code == country


@pytest.mark.parametrize("text, surface", [
    # a city lends its name to water across its region: no city is the lake, the
    # reservoir or the dam the gazetteer lacks
    ("Ukrainian troops mined the shores of the Kyiv reservoir, near the Belarusian "
     "border, officials in Chernihiv said.", "Kyiv"),
    ("Iraqi engineers inspected the Mosul dam on Tuesday, officials in Baghdad and Erbil "
     "said.", "Mosul"),
    ("Fishermen on Lake Managua said the water rose, officials in Masaya said.",
     "Managua"),
])
def test_a_water_named_after_a_city_is_not_the_city(resolution_of, text, surface):
    resolution = resolution_of(text, surface)
    assert resolution.place is None
    assert "the city of that name is not it" in resolution.reason


def test_the_city_named_apart_from_its_water_stays(places_in):
    found = places_in("Engineers left Mosul for the Mosul dam on Tuesday.")
    assert [(surface, place.country_code) for surface, place in found] == [("Mosul", "IQ")]


@pytest.mark.parametrize("text, surface, name", [
    ("Azerbaijani officials said the Mingachevir reservoir fell by a metre, officials "
     "in Mingachevir said.", "Mingachevir", "Mingachevir Reservoir"),
    ("Two fishermen drowned in Van lake, Turkish officials said.", "Van", "Lake Van"),
])
def test_a_water_the_gazetteer_has_is_that_water(places_in, text, surface, name):
    found = places_in(text)
    assert found[0][0] == surface and found[0][1].name == name


def test_the_city_beside_its_water_stays_the_city(places_in):
    found = places_in("Azerbaijani officials said the Mingachevir reservoir fell by a "
                      "metre, officials in Mingachevir said.")
    assert found[1][1].kind == "city" and found[1][1].country_code == "AZ"


def test_a_town_named_after_a_far_lake_is_not_the_lake(resolution_of, places_in):
    swiss = resolution_of("Swiss police detained two men on a boat on Lake Geneva, near "
                          "Lausanne, on Sunday.", "Lake Geneva")
    assert swiss.place is None, swiss               # not Lake Geneva, Wisconsin
    found = dict(places_in("Police in Lake Geneva and Kenosha, Wisconsin, said a boat "
                           "sank."))
    assert found["Lake Geneva"].country_code == "US"


def test_a_city_named_for_a_cape_stays(places_in):
    found = dict(places_in("Russian and Ukrainian envoys met in Cape Town on Monday, "
                           "Moscow and Kyiv said."))
    assert found["Cape Town"].country_code == "ZA"


@pytest.mark.parametrize("text, surface, country", [
    # a town or village of a water's name lies at it
    ("Ukrainian officials said the Kakhovka dam was breached and water flooded Kherson.",
     "Kakhovka", "UA"),
])
def test_a_water_named_after_a_town_keeps_the_town(places_in, text, surface, country):
    assert dict(places_in(text))[surface].country_code == country


def test_a_lake_named_after_a_far_village_is_not_the_village(resolution_of):
    # Evergreen Lake in Illinois is no Evergreen of Colorado, 1,400 km away
    text = ("Police in Decatur and Bloomington pulled a stolen car from Evergreen Lake on "
            "Tuesday, the McLean County coroner said.")
    assert resolution_of(text, "Evergreen").place is None


def test_parts_of_an_unknown_hyphenated_name_are_no_far_towns(resolution_of):
    # neither part may stand alone: Iida (Japan) and Virú (Peru) are no Estonian county
    text = ("Estonian police patrolled the border in Ida-Viru county on Friday, officials "
            "in Tallinn said; Russia denied that its boats had crossed.")
    resolution = resolution_of(text, "Ida-Viru")
    assert resolution.place.country_code == "EE"
    assert resolution.place.kind == "province"


def test_a_large_city_joined_by_a_hyphen_stays(places_in):
    found = dict(places_in("Officials in Kyiv and Lviv warned of the Moscow-Beijing axis."))
    assert found["Beijing"].country_code == "CN"
    assert found["Moscow"].country_code == "RU"


@pytest.mark.parametrize("name, country, lat, lon", [
    ("Ida-Viru County", "EE", 59.3, 27.4),
    ("Lääne-Viru county", "EE", 59.2, 26.4),
    ("Järva County", "EE", 58.9, 25.6),
    ("Västra Götaland", "SE", 58.2, 12.8),
    ("Östergötland", "SE", 58.3, 15.6),
    ("Baden-Württemberg", "DE", 48.6, 9.0),
])
def test_divisions_as_reporting_spells_them(resolve_json, name, country, lat, lon):
    found = resolve_json(name)
    assert not found["guess"]
    assert found["country_code"] == country and found["kind"] == "province"
    assert distance_km(found["lat"], found["lon"], lat, lon) < 100


def test_an_unknown_crossing_is_no_namesake_across_the_world(places_in, resolve_json):
    text = ("The Jordanian army said smugglers from Syria crossed east of the Jaber "
            "crossing near Mafraq on Tuesday; Amman closed the border.")
    assert {place.country_code for _, place in places_in(text)} <= {"JO", "SY"}
    from click.testing import CliRunner

    from geomap.cli.main import cli
    result = CliRunner().invoke(cli, ["resolve", "Jaber", "--context", text])
    assert result.exit_code == 1 and "too far" in result.output


@pytest.mark.parametrize("text, surface, lat, lon", [
    # a sea or an arm of it the gazetteer has, named "X Sea" or "the Gulf of X"
    ("Latvian border guards said a Russian corvette entered the Gulf of Riga on Monday, "
     "officials in Tallinn said.", "Gulf of Riga", 57.5, 23.5),
    ("Fishermen from Tawau said gunmen raided their boats in the Celebes Sea off Sabah.",
     "Celebes Sea", 4.0, 122.0),
    ("Venezuelan coast guards stopped a boat in the Gulf of Paria off Trinidad.",
     "Gulf of Paria", 10.3, -62.0),
    ("Chilean and Argentine navies met in the Beagle Channel near Ushuaia.",
     "Beagle Channel", -54.9, -68.0),
])
def test_a_sea_named_by_a_place_is_the_sea(places_in, text, surface, lat, lon):
    place = dict(places_in(text))[surface]
    assert place.kind == "region"
    assert distance_km(place.lat, place.lon, lat, lon) < 100


@pytest.mark.parametrize("text, surface", [
    # the gazetteer lacks the water: the city it is named after is not it
    ("Polish patrol boats shadowed a Russian tanker in the Gulf of Gdansk, the navy in "
     "Gdynia said.", "Gdansk"),
    ("A British trawler sank in the Bristol Channel off Swansea, the coastguard in Cardiff "
     "said.", "Bristol"),
])
def test_a_sea_the_gazetteer_lacks_is_not_its_city(resolution_of, text, surface):
    resolution = resolution_of(text, surface)
    assert resolution.place is None
    assert "the city of that name is not it" in resolution.reason


@pytest.mark.parametrize("text, surface", [
    # "River" before the name calls it the river as "X river" does
    ("Israeli troops crossed the River Jordan near Jericho.", "Jordan"),
    ("Migrants waded across the river Evros near Orestiada.", "Evros"),
])
def test_the_river_before_a_name_is_no_country_or_district(resolution_of, text, surface):
    resolution = resolution_of(text, surface)
    assert resolution.place is None and "river" in resolution.reason
