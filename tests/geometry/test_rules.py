"""The geometry rules: one Location → a geometry and a geo_precision (OUTPUTS.md)."""

from __future__ import annotations

import pytest
import shapely

from geomap.geometry.measure import length_km
from geomap.geometry.rules import combine, location_geometry
from geomap.model import Location
from geo_helpers import make_place


def loc(relation, name=None, countries=(), part="", **place_changes):
    place = make_place(name, **place_changes) if name else None
    return Location(relation, place, tuple(countries), part)


@pytest.mark.parametrize("case, location, parties, precision, geom_types", [
    ("village or town", loc("at", "Meghri"), (), 1, {"Point"}),
    ("near a town", loc("near", "Meghri"), (), 2, {"Point"}),
    ("at a river with a line", loc("at", "Meghri", kind="river", area="river:Aras"), (), 2,
     {"LineString"}),
    ("at another kind of place", loc("at", "Meghri", kind="other"), (), 2, {"Point"}),
    ("near, place names a polygon", loc("near", "Lachin", area="area:nagorno-karabakh"), (),
     2, {"Polygon"}),
    ("a district without polygon", loc("district", "Lachin", kind="district"), (), 2,
     {"Point"}),
    ("a province with polygon", loc("at", "Lachin", kind="province",
                                    area="area:nagorno-karabakh"), (), 2, {"Polygon"}),
    ("a region", loc("at", "South Caucasus"), (), 3, {"Point"}),
    ("a country named as place", loc("at", "Armenia"), (), 3, {"Polygon", "MultiPolygon"}),
    ("a country outside the region: its 1:110m polygon", loc("at", "Ukraine"), (), 3,
     {"Polygon", "MultiPolygon"}),
    ("a country the boundary set lacks", loc("at", "Bahrain"), (), 3, {"Point"}),
    ("country relation", loc("country", countries=("AM",)), (), 3,
     {"Polygon", "MultiPolygon"}),
    ("direction", loc("direction", "Dashkasan"), ("AZ", "AM"), 2,
     {"LineString", "MultiLineString"}),
    ("sector", loc("sector", "Kalbajar"), ("AZ", "AM"), 2, {"LineString", "MultiLineString"}),
    ("border of two countries", loc("border", countries=("AZ", "AM")), (), 3,
     {"LineString", "MultiLineString"}),
    ("border of one country with a party", loc("border", countries=("IR",)), ("AZ",), 3,
     {"LineString", "MultiLineString"}),
    ("border of countries sharing none", loc("border", countries=("AM", "US")), (), 3,
     {"Polygon", "MultiPolygon"}),
])
def test_rule_table(boundaries, case, location, parties, precision, geom_types):
    placed = location_geometry(location, boundaries, 25.0, parties)
    assert placed is not None, case
    assert placed.precision == precision, case
    assert placed.geometry.geom_type in geom_types, case
    assert placed.how


def test_unknown_country_without_place_has_no_geometry(boundaries):
    assert location_geometry(loc("country", countries=("BH",)), boundaries, 25.0) is None


def test_a_country_cut_by_the_regional_box_is_drawn_whole(boundaries):
    """Iran known only as a country: all of Iran (1:10m in the region, 1:110m beyond),
    not the slice of it the regional layers hold."""
    placed = location_geometry(loc("country", countries=("IR",)), boundaries, 25.0)
    west, south, east, north = placed.geometry.bounds
    assert west < 44.5 and east > 63.0 and south < 25.5 and north > 39.5
    assert placed.geometry.contains(shapely.Point(51.39, 35.69))          # Tehran
    assert placed.geometry.contains(shapely.Point(59.61, 36.30))          # Mashhad


def test_one_country_border_uses_the_party_pair(boundaries):
    placed = location_geometry(loc("border", countries=("IR",)), boundaries, 25.0, ("AZ",))
    assert length_km(placed.geometry) == pytest.approx(length_km(boundaries.border("AZ", "IR")),
                                                       rel=1e-6)
    alone = location_geometry(loc("border", countries=("IR",)), boundaries, 25.0)
    assert length_km(alone.geometry) > length_km(placed.geometry)   # all Iran's land borders


@pytest.mark.parametrize("radius_km", [10.0, 25.0, 40.0])
def test_sector_radius_option(boundaries, radius_km):
    placed = location_geometry(loc("direction", "Lachin"), boundaries, radius_km, ("AM", "AZ"))
    assert 1.5 * radius_km < length_km(placed.geometry) < 6 * radius_km


def test_combine_keeps_the_coarsest_precision(boundaries):
    parts = [location_geometry(loc("at", "Meghri"), boundaries, 25.0),
             location_geometry(loc("direction", "Lachin"), boundaries, 25.0, ("AM", "AZ"))]
    both = combine(parts)
    assert both.precision == 2
    assert both.geometry.geom_type == "GeometryCollection"
    assert combine([]) is None


def test_a_direction_far_from_every_border_stays_a_point(boundaries):
    # a strike "towards Isfahan": the nearest border of Iran lies hundreds of km away and is
    # no sector of this incident
    far = loc("direction", "Meghri", lat=32.6539, lon=51.6660, country_code="IR")
    placed = location_geometry(far, boundaries, 25.0, ("IL", "IR"))
    assert placed.geometry.geom_type == "Point" and placed.precision == 2
    assert "no border found" in placed.how


@pytest.mark.parametrize("lat, lon, country, parties, key", [
    (33.2073, 35.5697, "IL", ("LB", "IL"), "IL-LB"),      # rockets towards Kiryat Shmona
    (34.7147, 74.0289, "IN", ("IN", "PK"), "IN-PK"),      # the Keran sector
    (16.6325, -89.6702, "GT", ("BZ",), "BZ-GT"),          # Guatemala's Peten, Belize says
])
def test_a_sector_beyond_the_region_is_a_stretch_of_the_parties_border(
        boundaries, lat, lon, country, parties, key):
    place = loc("sector", "Meghri", lat=lat, lon=lon, country_code=country)
    placed = location_geometry(place, boundaries, 25.0, parties)
    a, b = key.split("-")
    assert placed.precision == 2 and placed.geometry.geom_type != "Point"
    assert key.replace("-", "–") in placed.how
    assert placed.geometry.distance(boundaries.border(a, b)) < 1e-6
    # 25 km either side of the point nearest the place, true to scale so far from the
    # Caucasus: about 50 km of a straight border, more of a winding one
    assert 40 < length_km(placed.geometry) < 150


@pytest.mark.parametrize("part, inside, outside", [
    ("south", (46.26, 39.20), (44.51, 40.18)),       # Kapan, not Yerevan
    ("north", (44.49, 41.10), (46.26, 39.20)),       # Alaverdi (Lori), not Kapan
    ("southeast", (46.24, 38.92), (44.51, 40.18)),   # Meghri, not Yerevan
])
def test_a_part_of_a_country_is_that_side_of_it(boundaries, part, inside, outside):
    placed = location_geometry(loc("country", countries=("AM",), part=part), boundaries, 25.0)
    assert placed.precision == 3 and part in placed.how
    assert placed.geometry.contains(shapely.Point(inside))
    assert not placed.geometry.contains(shapely.Point(outside))
    assert placed.geometry.area < 0.5 * boundaries.country("AM").area
