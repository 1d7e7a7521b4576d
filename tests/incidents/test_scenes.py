"""Session 19 (helper K): where an incident is drawn when its text names a town or a
district inside a wider area. A province that only holds the town the incident is told at
adds nothing to where it is drawn; a district "of" its province, or named with its
province's possessive, is the place; a clinic that was hit is the scene, not a hospital
the wounded were taken to; "near the Iranian town of Saravan" is near it."""

from __future__ import annotations

import datetime as dt

import pytest

from geomap.gazetteer.disambiguation import haversine_km
from incident_helpers import build_article

MARCH_3 = dt.date(2024, 3, 3)       # a Sunday


def incident_of(tmp_path, text: str, published=MARCH_3):
    (incident,) = build_article(tmp_path, text, published).incidents.itertuples()
    return incident


def km_from(incident, lat: float, lon: float) -> float:
    """How far the incident's drawn geometry (its centre) lies from a point, in km."""
    centre = incident.geometry.centroid
    return haversine_km(centre.y, centre.x, lat, lon)


def test_a_province_named_beside_a_town_inside_it_is_drawn_at_the_town(tmp_path):
    incident = incident_of(tmp_path, (
        "TEHRAN, March 3 (Wire) – Iranian forces said they shelled militant camps in Iran's "
        "Sistan-Baluchestan province on Sunday. The Pakistani army said the shells landed "
        "near the Iranian town of Saravan and killed four people."))
    assert km_from(incident, 27.37, 62.33) < 10          # Saravan, not the province centre
    assert incident.geo_precision == 2                   # near the town


def test_a_river_known_as_one_point_beside_a_town_is_drawn_at_the_town(tmp_path):
    """The Evros is a table row at its mouth, 65 km from Lavara: the town is the scene."""
    incident = incident_of(tmp_path, (
        "Turkish soldiers fired shots at a Greek patrol near Lavara on the Evros river on "
        "Sunday, wounding one officer, Greek police said."))
    assert "Evros River" in list(incident.places)
    assert km_from(incident, 41.27, 26.39) < 5           # Lavara
    assert incident.geometry.geom_type == "Point"


def test_a_district_of_a_province_is_the_place_not_both(tmp_path):
    incident = incident_of(tmp_path, (
        "KABUL, March 3 (Wire) – Pakistani jets bombed three villages in the Dand-e Patan "
        "district of Paktia province on Sunday, killing nine people, Afghan officials said."))
    assert list(incident.places) == ["Dand Aw Patan District"]
    assert km_from(incident, 33.82, 69.92) < 10
    assert incident.geo_precision == 2


@pytest.mark.parametrize("where", [
    "in the Barmal district of Paktika",
    "in Paktika's Barmal district",
])
def test_a_district_the_gazetteer_lacks_falls_back_to_its_province(tmp_path, where):
    incident = incident_of(tmp_path, (
        f"KABUL, March 3 (Wire) – Pakistani jets bombed three villages {where} on Sunday, "
        "killing twelve people, Afghan officials said."))
    assert "Paktika" in incident.places
    assert km_from(incident, 32.87, 68.81) < 15           # the province, not the border
    assert incident.geo_precision in (2, 3)               # never an exact place


def test_a_clinic_that_was_hit_is_the_scene(tmp_path):
    incident = incident_of(tmp_path, (
        "ERBIL, Aug 18 (Wire) – A Turkish drone strike hit a clinic in the Sinjar district "
        "of northern Iraq on Tuesday, killing at least eight people, Iraqi officials said."),
        dt.date(2021, 8, 18))
    assert km_from(incident, 36.32, 41.88) < 15           # Sinjar, not all of Iraq
    assert incident.geo_precision == 2


def test_a_hospital_the_wounded_were_taken_to_is_still_not_the_scene(tmp_path):
    incident = incident_of(tmp_path, (
        "YEREVAN, March 3 (Wire) – Azerbaijani forces shelled Sotk on Sunday, Armenia's "
        "defence ministry said. One soldier was wounded and is being treated at a hospital "
        "in Jermuk."))
    assert list(incident.places) == ["Sotk"]
