"""First-level divisions whose towns GeoNames moved between versions (Mauritania's regions,
the Poltava, Kirovohrad and Chernivtsi oblasts, Dubai, Nakuru, Vojvodina): the build
matches the admin source's towns to cities500 by distance and name, not by exact
coordinates, so these divisions are in the gazetteer; their bare names that are also
their capitals' stay the towns'."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from gazetteer_helpers import distance_km

GAZETTEER_DIR = Path(__file__).resolve().parents[2] / "gazetteer"

#: (as reporting writes it, country, a point inside the division, how near its point, km)
DIVISIONS = [
    ("Poltava Oblast", "UA", 49.6, 33.8, 120),
    ("Chernivtsi oblast", "UA", 48.3, 25.9, 120),
    ("Kirovohrad region", "UA", 48.5, 32.3, 150),
    ("Hodh Ech Chargui", "MR", 17.0, -7.5, 400),
    ("Guidimaka region", "MR", 15.3, -12.2, 100),
    ("Dubai Province", "AE", 25.1, 55.3, 60),
    ("Nakuru Province", "KE", -0.4, 36.1, 100),
    ("Vojvodina", "RS", 45.4, 20.2, 100),
]


@pytest.mark.parametrize("name, country, lat, lon, km", DIVISIONS,
                         ids=[d[0] for d in DIVISIONS])
def test_a_division_whose_towns_moved_is_found(resolve_json, name, country, lat, lon, km):
    found = resolve_json(name)
    assert (found["country_code"], found["kind"], found["guess"]) == \
        (country, "province", False), found
    assert distance_km(found["lat"], found["lon"], lat, lon) <= km, found


#: (name, country, the town's point)
TOWNS = [("Dubai", "AE", 25.20, 55.27), ("Poltava", "UA", 49.59, 34.55),
         ("Nakuru", "KE", -0.30, 36.07), ("Chernivtsi", "UA", 48.29, 25.94)]


@pytest.mark.parametrize("name, country, lat, lon", TOWNS, ids=[t[0] for t in TOWNS])
def test_the_capital_named_alone_stays_the_town(resolve_json, name, country, lat, lon):
    found = resolve_json(name)
    assert (found["country_code"], found["kind"]) == (country, "city"), found
    assert distance_km(found["lat"], found["lon"], lat, lon) <= 25, found


def test_an_oblast_and_its_capital_in_one_report(places_in):
    found = places_in("Drones struck an oil depot in Poltava oblast overnight, and air "
                      "defences were active over the city of Poltava itself, the governor "
                      "said.")
    assert [(place.name, place.kind, place.country_code) for _, place in found] == [
        ("Poltava", "province", "UA"), ("Poltava", "city", "UA")]


def _build_script():
    sys.path.insert(0, str(GAZETTEER_DIR))
    try:
        import build_gazetteer
    finally:
        sys.path.remove(str(GAZETTEER_DIR))
    return build_gazetteer


def _town(gid, name, lat, lon, country="MR"):
    return {"geonameid": gid, "name": name, "latitude": lat, "longitude": lon,
            "countrycode": country, "admin1code": "01", "population": 1000,
            "alternatenames": []}


def test_build_matches_a_moved_town_by_its_name_and_distance():
    match = _build_script().cities500_matches
    cities = [_town(1, "Tekane", 16.60175, -15.34866), _town(2, "Rosso", 16.51378, -15.80503),
              _town(3, "Nema", 16.61702, -7.25649), _town(4, "Nema", 16.62, -7.26, "ML")]
    source = [{"lat": "16.57806", "lon": "-15.45972", "name": "Tekane", "cc": "MR"},   # 12 km
              {"lat": "16.51378", "lon": "-15.80503", "name": "Rosso", "cc": "MR"},    # same point
              {"lat": "16.6162", "lon": "-7.2535", "name": "Nema", "cc": "MR"},        # 350 m
              {"lat": "16.7", "lon": "-15.1", "name": "Elsewhere", "cc": "MR"}]        # 30 km
    found = [m and m[0]["geonameid"] for m in match(source, cities)]
    assert found == [1, 2, 3, None]
