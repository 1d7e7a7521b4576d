"""The seed articles, built by the whole pipeline, exported and read back through GDAL."""

from __future__ import annotations

import csv

import pyogrio
import pytest

import geomap
from geomap.export import LAYERS, write_exports

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seeds_export(seeds_dir, tmp_path_factory):
    result = geomap.build([str(seeds_dir / "seeds.json")])
    out = tmp_path_factory.mktemp("seeds")
    write_exports(result, out, ["geojson", "gpkg", "csv"])
    return result, out


def test_every_layer_reads_back_with_all_features(seeds_export):
    result, out = seeds_export
    assert len(result.incidents) > 0 and len(result.claims) > 0
    for layer in LAYERS:
        frame = getattr(result, layer)
        geojson = pyogrio.read_info(out / f"{layer}.geojson")
        gpkg = pyogrio.read_info(out / "geomap.gpkg", layer=layer)
        assert geojson["crs"] == gpkg["crs"] == "EPSG:4326"
        assert geojson["features"] == gpkg["features"] == len(frame), layer
    info = pyogrio.read_info(out / "geomap.gpkg", layer="incidents")
    assert dict(zip(info["fields"], info["ogr_types"]))["date"] == "OFTDate"


def test_claims_point_at_incidents(seeds_export):
    _, out = seeds_export
    incidents = pyogrio.read_dataframe(out / "geomap.gpkg", layer="incidents",
                                       read_geometry=False)
    claims = pyogrio.read_dataframe(out / "geomap.gpkg", layer="claims",
                                    read_geometry=False)
    assert set(claims["incident_id"]) <= set(incidents["id"])


def test_csv_has_a_row_per_incident_at_its_geometry(seeds_export):
    result, out = seeds_export
    with open(out / "incidents.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["id"] for r in rows] == list(result.incidents["id"])
    for row, geometry in zip(rows, result.incidents.geometry):
        # each row's point lies within its incident's geometry (1e-5 degrees of slack)
        west, south, east, north = geometry.bounds
        lat, lon = float(row["latitude"]), float(row["longitude"])
        assert south - 1e-5 <= lat <= north + 1e-5 and west - 1e-5 <= lon <= east + 1e-5, row


def test_csv_admin1_is_the_division_by_name(seeds_export):
    # ACLED's admin1 is the first-order division's name, never GeoNames' code
    _, out = seeds_export
    with open(out / "incidents.csv", encoding="utf-8", newline="") as fh:
        admin1 = {r["location"]: r["admin1"] for r in csv.DictReader(fh) if r["location"]}
    assert admin1["Dashkasan"] == "Dashkasan District"
    assert admin1["Tehran"] == "Tehran"
    assert not any(value.isdigit() for value in admin1.values())
