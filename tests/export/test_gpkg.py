"""geomap.gpkg: four typed layers, QGIS styles, the claims → incidents key, GPKG 1.2."""

from __future__ import annotations

import datetime as dt
import sqlite3
import xml.etree.ElementTree as ET
from contextlib import closing

import pandas as pd
import pyogrio
import pytest
import shapely

from geomap.export import LAYERS, write_exports
from geomap.export.gpkg import FIXED_TIMESTAMP

GPKG = "geomap.gpkg"


def query(path, sql, *args):
    with closing(sqlite3.connect(path)) as db:
        return db.execute(sql, args).fetchall()


def test_layers_and_version(exported):
    names = [name for name, _ in pyogrio.list_layers(exported / GPKG)]
    assert names[:4] == list(LAYERS)
    assert "layer_styles" in names
    # GeoPackage 1.2 (user_version 10200), which GDAL 3.6 / QGIS 3.22 read fully
    assert query(exported / GPKG, "PRAGMA user_version") == [(10200,)]
    assert query(exported / GPKG, "PRAGMA application_id") == [(0x47504B47,)]


@pytest.mark.parametrize("layer, geometry_type", [
    ("places", "Point"), ("incidents", "Unknown"), ("claims", "Unknown"),
    ("overlays", "LineString"),
])
def test_crs_counts_and_geometry_types(exported, export_frames, layer, geometry_type):
    info = pyogrio.read_info(exported / GPKG, layer=layer)
    assert info["crs"] == "EPSG:4326"
    assert info["features"] == len(export_frames[layer])
    assert info["geometry_type"] == geometry_type


def test_field_types(exported):
    info = pyogrio.read_info(exported / GPKG, layer="incidents")
    types = dict(zip(info["fields"], info["ogr_types"]))
    subtypes = dict(zip(info["fields"], info["ogr_subtypes"]))
    assert types["date"] == "OFTDate"
    for column in ("fatalities_min", "fatalities_max", "injured_min", "injured_max",
                   "geo_precision", "claims_count"):
        assert types[column] == "OFTInteger", column
    for column in ("actors", "places", "articles", "claimants", "summary"):
        assert types[column] == "OFTString", column
    assert subtypes["near_border"] == "OFSTBoolean"
    claims = pyogrio.read_info(exported / GPKG, layer="claims")
    assert dict(zip(claims["fields"], claims["ogr_types"]))["date"] == "OFTDate"
    overlays = pyogrio.read_info(exported / GPKG, layer="overlays")
    assert dict(zip(overlays["fields"], overlays["ogr_types"]))["length_km"] == "OFTReal"
    places = pyogrio.read_info(exported / GPKG, layer="places")
    assert dict(zip(places["fields"], places["ogr_types"]))["population"] == "OFTInteger"


def test_values(exported, export_frames):
    read = pyogrio.read_dataframe(exported / GPKG, layer="incidents").set_index("id")
    assert read.loc["inc-1", "date"] == pd.Timestamp("2022-09-13")
    assert pd.isna(read.loc["inc-3", "date"])
    assert read.loc["inc-1", "actors"] == "AM; AZ"
    assert read.loc["inc-1", "claimants"] == ("Armenian premiership; "
                                              "Ministry of Defense of Azerbaijan")
    assert read.loc["inc-2", "claimants"] is None or read.loc["inc-2", "claimants"] == ""
    assert read.loc["inc-1", "fatalities_min"] == 150
    assert pd.isna(read.loc["inc-1", "injured_max"])
    assert bool(read.loc["inc-1", "near_border"]) is True
    assert read.loc["inc-3", "summary"] == "Protest in the \"district\"; 'quotes' & <tags>"
    expected = export_frames["incidents"].set_index("id")
    assert shapely.equals_exact(
        shapely.normalize(read.geometry.loc[expected.index].values),
        shapely.normalize(expected.geometry.values), tolerance=1e-6).all()
    places = pyogrio.read_dataframe(exported / GPKG, layer="places").set_index("id")
    assert places.loc["gn:616052", "population"] == 1144700
    assert places.loc["gn:616052", "mentions"] == "Yerevan"


def test_polygons_are_counter_clockwise(exported):
    read = pyogrio.read_dataframe(exported / GPKG, layer="incidents")
    (area,) = [g for g in read.geometry if g.geom_type == "Polygon"]
    assert area.exterior.is_ccw


def test_styles_are_stored_as_qgis_defaults(exported):
    rows = query(exported / GPKG,
                 "SELECT f_table_catalog, f_table_schema, f_table_name, f_geometry_column, "
                 "styleName, styleQML, styleSLD, useAsDefault, description, owner, ui, "
                 "update_time FROM layer_styles ORDER BY f_table_name")
    assert [r[2] for r in rows] == sorted([*LAYERS, "countries"])   # and the grey base
    geometry_column = query(exported / GPKG,
                            "SELECT column_name FROM gpkg_geometry_columns LIMIT 1")[0][0]
    for row in rows:
        assert row[0] == "" and row[1] == ""
        assert row[3] == geometry_column
        assert row[7] == 1
        root = ET.fromstring(row[5].split("\n", 1)[1])  # skip the DOCTYPE line
        assert root.tag == "qgis"
        assert row[11].startswith(FIXED_TIMESTAMP[:10])


def test_gpkg_styles_match_the_geojson_styles_but_for_list_expressions(exported):
    stored = dict(query(exported / GPKG, "SELECT f_table_name, styleQML FROM layer_styles"))
    for layer in ("places", "incidents", "claims"):
        assert stored[layer] == (exported / f"{layer}.qml").read_text(encoding="utf-8")
    # countries is "; "-joined text in the GeoPackage, a string list in GeoJSON
    def key(qml: str) -> str:
        return ET.fromstring(qml.split("\n", 1)[1]).find("renderer-v2").get("attr")

    assert "'AM; IR'" in key(stored["overlays"])
    assert "array_contains" in key((exported / "overlays.qml").read_text(encoding="utf-8"))


def test_claims_to_incidents_key_is_registered(exported):
    relation = query(exported / GPKG,
                     "SELECT base_table_name, related_table_name, relation_name, "
                     "mapping_table_name FROM gpkgext_relations")
    assert relation == [("incidents", "claims", "features", "incidents_claims")]
    pairs = query(exported / GPKG,
                  "SELECT i.id, c.id FROM incidents_claims m "
                  "JOIN incidents i ON i.fid = m.base_id JOIN claims c ON c.fid = m.related_id "
                  "ORDER BY c.id")
    assert pairs == [("inc-1", "cl-1"), ("inc-1", "cl-2"), ("inc-3", "cl-3")]
    described = query(exported / GPKG, "SELECT description FROM gpkg_data_columns "
                                       "WHERE table_name = 'claims' AND column_name = "
                                       "'incident_id'")
    assert "incidents.id" in described[0][0]
    extensions = {r[0] for r in query(exported / GPKG,
                                      "SELECT extension_name FROM gpkg_extensions")}
    assert {"gpkg_related_tables", "gpkg_schema"} <= extensions


def test_same_frames_give_the_same_bytes(export_result, exported, tmp_path):
    again = tmp_path / "again"
    again.mkdir()
    write_exports(export_result, again, ["gpkg"])
    assert (again / GPKG).read_bytes() == (exported / GPKG).read_bytes()
    changes = query(again / GPKG, "SELECT DISTINCT last_change FROM gpkg_contents")
    assert changes == [(FIXED_TIMESTAMP,)]


def test_empty_build_writes_typed_empty_layers(result_of, tmp_path):
    from geomap.frames import (CLAIM_COLUMNS, INCIDENT_COLUMNS, OVERLAY_COLUMNS,
                               PLACE_COLUMNS, empty_frame)

    frames = {"places": empty_frame(PLACE_COLUMNS), "incidents": empty_frame(INCIDENT_COLUMNS),
              "claims": empty_frame(CLAIM_COLUMNS), "overlays": empty_frame(OVERLAY_COLUMNS)}
    written = write_exports(result_of(frames), tmp_path, ["geojson", "gpkg", "csv"])
    assert all(path.exists() for path in written)
    for layer in LAYERS:
        assert pyogrio.read_info(tmp_path / GPKG, layer=layer)["features"] == 0
        assert pyogrio.read_info(tmp_path / f"{layer}.geojson")["features"] == 0
    info = pyogrio.read_info(tmp_path / GPKG, layer="incidents")
    types = dict(zip(info["fields"], info["ogr_types"]))
    assert types["date"] == "OFTDate" and types["fatalities_min"] == "OFTInteger"
    assert pyogrio.read_info(tmp_path / GPKG, layer="places")["geometry_type"] == "Point"


def test_dates_may_be_date_objects(export_frames, result_of, tmp_path):
    frames = dict(export_frames)
    frames["incidents"] = frames["incidents"].assign(
        date=[dt.date(2022, 9, 13), dt.date(2022, 10, 13), None])
    write_exports(result_of(frames), tmp_path, ["gpkg", "geojson"])
    read = pyogrio.read_dataframe(tmp_path / GPKG, layer="incidents")
    assert list(read["date"].dt.strftime("%Y-%m-%d").fillna("")) == [
        "2022-09-13", "2022-10-13", ""]
