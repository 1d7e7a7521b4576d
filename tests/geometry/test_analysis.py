"""Connectivity and distance profiles on a synthetic square country where the answers
are known: 100 km × 100 km, its border with the neighbour the 100 km southern edge."""

from __future__ import annotations

import pytest
import shapely
from shapely.geometry import Point, box

from geomap.geometry.analysis import (Connectivity, connectivity, describe_connectivity,
                                      distance_profile)

KM = 1000.0
COUNTRY = box(0, 0, 100 * KM, 100 * KM)
SOUTH_BORDER = shapely.LineString([(0, 0), (100 * KM, 0)])
NORTH = Point(50 * KM, 90 * KM)
WEST = Point(10 * KM, 90 * KM)


def band(x0, y0, x1, y1):
    return box(x0 * KM, y0 * KM, x1 * KM, y1 * KM)


@pytest.mark.parametrize(
    "case, strip, anchor, verdict, connected, in_strip, detached, detached_area", [
        ("strip across the country cuts the southern part off",
         band(-10, 40, 110, 45), NORTH, "severed", 0, 0, 100, 4000),
        ("same, anchor defaults to the largest piece",
         band(-10, 40, 110, 45), None, "severed", 0, 0, 100, 4000),
        ("strip from north to south leaves the western 40 km",
         band(40, -10, 45, 110), WEST, "partly severed", 40, 5, 55, 5500),
        ("strip along the whole border removes it",
         band(-10, -2.5, 110, 2.5), NORTH, "severed", 0, 100, 0, 0),
        ("strip along the western 30 km of the border",
         band(-10, -2.5, 30, 2.5), NORTH, "partly severed", 70, 30, 0, 0),
        ("strip in the north touches nothing on the border",
         band(-10, 80, 110, 85), Point(50 * KM, 10 * KM), "connected", 100, 0, 0, 0),
        ("empty strip",
         shapely.Polygon(), None, "connected", 100, 0, 0, 0),
    ])
def test_connectivity_of_synthetic_country(case, strip, anchor, verdict, connected,
                                           in_strip, detached, detached_area):
    result = connectivity(COUNTRY, SOUTH_BORDER, strip, anchor)
    assert result.verdict == verdict, case
    assert result.border_km == pytest.approx(100, abs=0.01)
    assert result.connected_km == pytest.approx(connected, abs=0.1), case
    assert result.in_strip_km == pytest.approx(in_strip, abs=0.1), case
    assert result.detached_km == pytest.approx(detached, abs=0.1), case
    assert result.detached_area_km2 == pytest.approx(detached_area, rel=0.01, abs=1), case


def test_strip_covering_the_country():
    result = connectivity(COUNTRY, SOUTH_BORDER, band(-1, -1, 101, 101))
    assert result.verdict == "severed" and result.pieces == 0
    assert result.in_strip_km == pytest.approx(100)


def test_description_reads_as_a_sentence():
    text = describe_connectivity(Connectivity(35.4, 0.0, 35.4, 0.0, 0.0, 2), "Armenia",
                                 "Iran", 5, "the rest of Armenia (Yerevan)")
    assert text == ("severed: 0.0 of 35.4 km of the Armenia–Iran border stays connected to "
                    "the rest of Armenia (Yerevan) once a 5 km wide corridor strip is removed "
                    "(35.4 km lie under the strip)")
    text = describe_connectivity(Connectivity(100, 40, 5, 55, 5500, 2), "A", "B", 5, "A's capital")
    assert text.startswith("partly severed: 40.0 of 100.0 km")
    assert "55.0 km on 5500 km² of A cut off from the rest" in text


def parallel(lon0, lon1, lat):
    """A line along a parallel, dense enough (0.01°) that straight pieces in any CRS
    stay on it."""
    return shapely.segmentize(shapely.LineString([(lon0, lat), (lon1, lat)]), 0.01)


@pytest.mark.parametrize("offset_deg, expected_km, tolerance_km", [
    (0.0, 0.0, 0.01),
    (0.1, 11.1, 0.2),    # 0.1° of latitude ≈ 11.1 km
    (0.5, 55.5, 0.5),
])
def test_distance_profile_of_a_parallel_line_is_geodesic(offset_deg, expected_km, tolerance_km):
    border = parallel(45.0, 46.0, 39.0)
    route = parallel(45.2, 45.8, 39.0 + offset_deg)
    profile = distance_profile(route, border, step_km=1.0)
    assert profile.distance_km.size > 40
    assert profile.min_km == pytest.approx(expected_km, abs=tolerance_km)
    assert profile.max_km == pytest.approx(expected_km, abs=tolerance_km)


def test_distance_profile_only_inside_a_polygon():
    border = parallel(45.0, 46.0, 39.0)
    route = shapely.LineString([(45.5, 39.05), (45.5, 39.5)])   # 5.6 km to 55.6 km away
    inside = box(45.0, 39.0, 46.0, 39.2)
    profile = distance_profile(route, border, step_km=0.5, within=inside)
    assert profile.min_km == pytest.approx(5.55, abs=0.1)
    assert profile.max_km == pytest.approx(22.2, abs=0.3)
