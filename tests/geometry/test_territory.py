"""Whose territory an incident lies in, and whether it is near an international border."""

from __future__ import annotations

import pytest
import shapely

from geomap.geometry.territory import near_border, territory
from geo_helpers import PLACES


def town(name):
    lat, lon, *_ = PLACES[name]
    return shapely.Point(lon, lat)


@pytest.mark.parametrize("name, iso, near", [
    ("Yerevan", "AM", False),     # about 20 km from Turkey
    ("Meghri", "AM", True),       # about 1 km from Iran
    ("Agarak", "IR", True),       # on the Aras: 1:10m generalisation puts it in Iran
    ("Dashkasan", "AZ", False),   # about 32 km from Armenia
    ("Ordubad", "AZ", True),
    ("Nakhchivan", "AZ", False),
    ("Astana", "KZ", False),      # beyond the region's countries: the world's
])
def test_points(boundaries, name, iso, near):
    assert territory(town(name), boundaries) == iso
    assert near_border(town(name), boundaries) is near


def test_gazetteer_country_wins_within_snap_distance(boundaries):
    assert territory(town("Agarak"), boundaries, hints=["AM"]) == "AM"
    assert territory(town("Yerevan"), boundaries, hints=["AZ"]) == "AM"   # 20+ km: no
    # Khnatsakh, Syunik: 2 km inside Azerbaijan's 1:10m polygon
    khnatsakh = shapely.Point(46.39172, 39.60553)
    assert territory(khnatsakh, boundaries) == "AZ"
    assert territory(khnatsakh, boundaries, hints=["AM"]) == "AM"


def test_line_on_a_border_lies_in_neither_country(boundaries):
    line = boundaries.border("AM", "IR")
    assert territory(line, boundaries) == ""
    assert near_border(line, boundaries)


def test_line_inside_a_country(boundaries):
    line = shapely.LineString([(44.5, 40.2), (44.9, 40.3)])   # Yerevan towards Sevan
    assert territory(line, boundaries) == "AM"


@pytest.mark.parametrize("iso, near", [("AM", False), ("AZ", False)])
def test_country_polygon(boundaries, iso, near):
    assert territory(boundaries.country(iso), boundaries) == iso
    assert near_border(boundaries.country(iso), boundaries) is near


def test_near_border_threshold(boundaries):
    meghri = town("Meghri")
    assert near_border(meghri, boundaries, within_km=2)
    assert not near_border(meghri, boundaries, within_km=0.1)
    assert territory(None, boundaries) == "" and not near_border(None, boundaries)


def test_point_beyond_the_boundary_set_takes_the_gazetteer_country(boundaries):
    # Astana lies north of the clipped box; its gazetteer country is all there is
    assert territory(town("Astana"), boundaries, hints=["KZ"]) == "KZ"
    # inside the box the polygons decide, whatever the hint
    assert territory(town("Dashkasan"), boundaries, hints=["AM"]) == "AZ"


def test_two_whole_countries_lie_in_neither(boundaries):
    both = shapely.union_all([boundaries.country("AZ"), boundaries.country("IR")])
    assert territory(both, boundaries) == ""


def test_points_split_between_countries_lie_in_neither(boundaries):
    split = shapely.MultiPoint([town("Jermuk"), town("Dashkasan")])
    assert territory(split, boundaries, hints=["AM", "AZ"]) == ""
    both_in_armenia = shapely.MultiPoint([town("Jermuk"), town("Yerevan")])
    assert territory(both_in_armenia, boundaries) == "AM"


@pytest.mark.parametrize("lon, lat, near", [
    (100.50, 13.75, False),          # Bangkok
    (102.60, 13.66, True),           # Poipet, on the Thailand–Cambodia border
    (2.35, 48.86, False),            # Paris
])
def test_near_border_beyond_the_region_reads_the_world_borders(boundaries, lon, lat, near):
    assert near_border(shapely.Point(lon, lat), boundaries, within_km=15) is near


@pytest.mark.parametrize("corners", [
    [(74, 30), (76, 32), (76, 30), (74, 32), (74, 30)],     # astride India and Pakistan
    [(45, 40), (46, 41), (46, 40), (45, 41), (45, 40)],     # astride Armenia and Azerbaijan
])
def test_an_area_that_crosses_itself_gets_an_answer_not_an_error(boundaries, corners):
    """A self-touching area (a projected country-wide outline can become one) stopped the
    whole build with a GEOS TopologyException."""
    bow_tie = shapely.Polygon(corners)
    assert not bow_tie.is_valid
    assert near_border(bow_tie, boundaries) in (True, False)
    assert isinstance(territory(bow_tie, boundaries), str)


@pytest.mark.parametrize("code", ["LY", "MR", "VE", "RU"])
def test_a_whole_country_beyond_the_region_is_that_countrys(boundaries, code):
    """An incident known only by its country (geo_precision 3) lies in it: Libya's
    outline is Libya's, all of Russia Russia's (U1: the CSV left such rows' country
    blank)."""
    assert territory(boundaries.country_extent(code), boundaries) == code


@pytest.mark.parametrize("pair", [("KP", "KR"), ("TH", "KH"), ("DZ", "MA"), ("AM", "AZ")])
def test_a_border_beyond_the_region_lies_in_neither_country(boundaries, pair):
    assert territory(boundaries.border(*pair), boundaries) == ""
