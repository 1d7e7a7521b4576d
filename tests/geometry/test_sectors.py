"""Border sectors: the stretch of a border facing a town, not a circle around the town."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from geomap.geometry.measure import geodesic_gap_km, length_km, to_metric
from geomap.geometry.sectors import border_sector, relevant_border
from geo_helpers import PLACES


def town(name):
    lat, lon, *_ = PLACES[name]
    return shapely.Point(lon, lat)


@pytest.mark.parametrize("name, country, parties, key, to_border_km, tolerance", [
    ("Dashkasan", "AZ", ("AM", "AZ"), "AM-AZ", 31.6, 1.0),
    ("Kalbajar", "AZ", ("AM", "AZ"), "AM-AZ", 7.7, 1.0),
    ("Lachin", "AZ", ("AM", "AZ"), "AM-AZ", 8.2, 1.0),
    ("Jermuk", "AM", ("AZ",), "AM-AZ", 9.0, 3.0),           # claimant only: its pair with AM
    ("Ordubad", "AZ", ("AZ", "IR"), "AZ-IR", 2.0, 1.0),
    ("Meghri", "AM", (), "AM-IR", 1.0, 1.0),                # no parties: nearest border of AM
    ("Julfa", "AZ", ("AM", "AZ"), "AM-AZ", 35.7, 1.0),      # parties outrank nearness
])
def test_relevant_border_and_distance(boundaries, name, country, parties, key, to_border_km,
                                      tolerance):
    assert relevant_border(boundaries, town(name), country, parties) == key
    sector = border_sector(boundaries.border(*key.split("-")), town(name), 25.0, key)
    assert sector.distance_km == pytest.approx(to_border_km, abs=tolerance)
    assert geodesic_gap_km(town(name), sector.geometry) == pytest.approx(sector.distance_km,
                                                                         abs=0.2)


@pytest.mark.parametrize("radius_km", [5.0, 25.0, 50.0])
def test_sector_lies_on_border_within_radius_of_anchor(boundaries, radius_km):
    border = boundaries.border("AM", "AZ")
    sector = border_sector(border, town("Dashkasan"), radius_km)
    vertices = shapely.points(shapely.get_coordinates(to_metric(sector.geometry)))
    assert np.max(shapely.distance(vertices, to_metric(border))) < 1.0          # metres
    assert np.max(shapely.distance(vertices, to_metric(sector.anchor))) <= radius_km * 1000 + 1
    # a winding border holds at least the straight 2r through the anchor, at most much more
    assert 1.5 * radius_km < length_km(sector.geometry) < 6 * radius_km


def test_radius_around_the_town_itself_would_find_nothing(boundaries):
    border = boundaries.border("AM", "AZ")
    circle = shapely.buffer(to_metric(town("Dashkasan")), 25_000)
    assert shapely.intersection(to_metric(border), circle).is_empty
    assert not border_sector(border, town("Dashkasan"), 25.0).geometry.is_empty
