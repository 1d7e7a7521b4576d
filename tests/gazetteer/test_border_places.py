"""Session 20 (helper S): border sites GeoNames' populated places lack (shoals, island
groups, passes, crossings, disputed triangles) from gazetteer/supplement.csv, and a
division's bare short name left to its namesake town ("Baghdad" is the city, "Baghdad
province" the province)."""

from __future__ import annotations

import pytest

from gazetteer_helpers import distance_km

# ----------------------------------------------------------------- divisions and towns

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


# ----------------------------------------------------------------------- border sites

#: (as reporting writes it, lat, lon, tolerance km, kind, country code ("" = disputed))
SITES = [
    ("Heglig", 10.00, 29.40, 5, "town", "SD"),
    ("Heglig oil field", 10.00, 29.40, 5, "town", "SD"),
    ("Second Thomas Shoal", 9.73, 115.87, 5, "other", ""),
    ("Ayungin Shoal", 9.73, 115.87, 5, "other", ""),
    ("Scarborough Shoal", 15.18, 117.77, 10, "other", ""),
    ("Panatag Shoal", 15.18, 117.77, 10, "other", ""),
    ("Spratly Islands", 10.0, 114.0, 100, "region", ""),
    ("Spratlys", 10.0, 114.0, 100, "region", ""),
    ("Paracel Islands", 16.6, 112.3, 60, "region", ""),
    ("Senkaku Islands", 25.75, 123.5, 20, "region", ""),
    ("Diaoyu Islands", 25.75, 123.5, 20, "region", ""),
    ("Kuril Islands", 46.5, 151.5, 150, "region", ""),
    ("Doklam", 27.3, 88.93, 10, "region", ""),
    ("Doklam plateau", 27.3, 88.93, 10, "region", ""),
    ("Siachen Glacier", 35.42, 77.11, 30, "region", ""),
    ("Siachen", 35.42, 77.11, 30, "region", ""),
    ("Lipulekh Pass", 30.23, 81.03, 5, "mountain", ""),
    ("Lipulekh", 30.23, 81.03, 5, "mountain", ""),
    ("Ilemi Triangle", 5.0, 35.3, 60, "region", ""),
    ("Bakassi Peninsula", 4.6, 8.7, 40, "region", "CM"),
    ("Halaib Triangle", 22.5, 35.5, 100, "region", ""),
    ("Hala'ib Triangle", 22.5, 35.5, 100, "region", ""),
    ("Tinzaouaten", 19.95, 2.97, 10, "town", "ML"),
    ("Tin-Zaouatene", 19.95, 2.97, 10, "town", "ML"),
    ("Ras Jedir", 33.15, 11.57, 5, "other", "LY"),
    ("Ras Ajdir", 33.15, 11.57, 5, "other", "LY"),
    ("Evros", 41.17, 26.08, 60, "district", "GR"),
    ("Evros river", 40.9, 26.2, 60, "river", ""),
    ("Maritsa River", 40.9, 26.2, 60, "river", ""),
    ("Naf river", 20.9, 92.3, 40, "river", ""),
    ("Panj river", 37.1, 68.3, 30, "river", ""),
    ("Pyanj River", 37.1, 68.3, 30, "river", ""),
    ("Kasindi", 0.05, 29.69, 5, "town", "CD"),
    ("Vaalimaa", 60.6, 27.81, 5, "other", "FI"),
    ("Vaalimaa border crossing", 60.6, 27.81, 5, "other", "FI"),
    # more sites of the same sort
    ("Rafah crossing", 31.25, 34.26, 3, "other", "PS"),
    ("Kerem Shalom crossing", 31.23, 34.28, 5, "other", "IL"),
    ("Erez crossing", 31.56, 34.54, 3, "other", "IL"),
    ("Allenby Bridge", 31.87, 35.54, 3, "other", ""),
    ("King Hussein Bridge", 31.87, 35.54, 3, "other", ""),
    ("Bab al-Hawa crossing", 36.23, 36.69, 3, "other", "SY"),
    ("Nathu La", 27.39, 88.83, 3, "mountain", ""),
    ("Mischief Reef", 9.92, 115.53, 5, "other", ""),
    ("Whitsun Reef", 9.99, 114.66, 5, "other", ""),
    ("Bir Tawil", 21.87, 33.7, 30, "region", ""),
    ("Wagah border", 31.60, 74.57, 3, "other", "PK"),
    ("Kerch Strait", 45.25, 36.5, 30, "region", ""),
    ("Strait of Hormuz", 26.6, 56.4, 40, "region", ""),
]


@pytest.mark.parametrize("name, lat, lon, km, kind, country", SITES,
                         ids=[s[0] for s in SITES])
def test_a_border_site_is_found_where_it_is(resolve_json, name, lat, lon, km, kind,
                                            country):
    found = resolve_json(name)
    assert (found["kind"], found["country_code"] or "", found["guess"]) == \
        (kind, country, False), found
    assert distance_km(found["lat"], found["lon"], lat, lon) <= km, found


@pytest.mark.parametrize("name, country", [("Panj", "TJ"), ("Rafah", "PS"),
                                           ("Halaib", "EG"), ("Masinloc", "PH")])
def test_the_town_a_site_is_named_after_stays_the_town(resolve_json, name, country):
    found = resolve_json(name)
    assert (found["country_code"], found["kind"] in ("city", "town", "village")) == \
        (country, True), found


def test_a_shoal_named_both_ways_in_an_article_is_one_place(places_in):
    places = places_in(
        "Chinese coast guard ships fired water cannon at a Philippine supply boat near "
        "Second Thomas Shoal on Monday. Manila, which calls the reef Ayungin Shoal, "
        "protested.")
    names = {place.name for _, place in places}
    assert "Second Thomas Shoal" in names, places
    assert all(place.name == "Second Thomas Shoal" for surface, place in places
               if "Shoal" in surface), places


def test_a_crossing_and_its_river_are_found_in_an_article(places_in):
    places = places_in(
        "Greek police said on Friday that 40 migrants were stopped after crossing the "
        "Evros river from Turkey, and that the Kastanies crossing was closed.")
    kinds = {place.name: place.kind for _, place in places}
    assert kinds.get("Evros River") == "river", places
