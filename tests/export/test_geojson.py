"""Per-layer GeoJSON: RFC 7946, stable ids, typed properties, read back through GDAL."""

from __future__ import annotations

import json
import re

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pytest
import shapely
from geopandas.testing import assert_geodataframe_equal

from geomap.export import LAYERS, write_exports
from geomap.export.fields import field_kinds, plain_value
from geomap.frames import CLAIM_COLUMNS, INCIDENT_COLUMNS, OVERLAY_COLUMNS, PLACE_COLUMNS

PUBLIC = {
    "places": PLACE_COLUMNS[:7],
    "incidents": INCIDENT_COLUMNS[:14],
    "claims": CLAIM_COLUMNS[:9],
    "overlays": OVERLAY_COLUMNS[:7],
}


def same_shapes(left, right, tolerance=1e-6) -> bool:
    """Equal within ``tolerance`` degrees, whatever the ring orientation."""
    return bool(shapely.equals_exact(shapely.normalize(left), shapely.normalize(right),
                                     tolerance=tolerance).all())


def load(path):
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("layer", LAYERS)
def test_feature_collection_is_rfc7946(exported, export_frames, layer):
    collection = load(exported / f"{layer}.geojson")
    assert collection["type"] == "FeatureCollection"
    assert "crs" not in collection  # RFC 7946 §4: WGS 84 only, no crs member
    features = collection["features"]
    expected = export_frames[layer]
    assert [f["id"] for f in features] == list(expected["id"])
    for feature in features:
        assert feature["type"] == "Feature"
        assert feature["properties"]["id"] == feature["id"]
        assert set(PUBLIC[layer]) <= set(feature["properties"])


@pytest.mark.parametrize("layer", LAYERS)
def test_coordinates_lon_lat_with_six_decimals(exported, export_frames, layer):
    text = (exported / f"{layer}.geojson").read_text(encoding="utf-8")
    decimals = [len(d) for d in re.findall(r"-?\d+\.(\d+)", "".join(
        json.dumps(f["geometry"]) for f in load(exported / f"{layer}.geojson")["features"]))]
    assert decimals and max(decimals) <= 6
    read = gpd.read_file(exported / f"{layer}.geojson")
    assert same_shapes(read.geometry.values, export_frames[layer].geometry.values)
    # Armenia and Azerbaijan lie at lon 43–51 E, lat 38–42 N: longitude comes first
    bounds = read.total_bounds
    assert 43 < bounds[0] < bounds[2] < 51 and 38 < bounds[1] < bounds[3] < 42
    assert "NaN" not in text


def test_polygons_follow_the_right_hand_rule(exported):
    features = load(exported / "incidents.geojson")["features"]
    (area,) = [f for f in features if f["geometry"]["type"] == "Polygon"]
    exterior = shapely.LinearRing(area["geometry"]["coordinates"][0])
    assert exterior.is_ccw


def test_properties_keep_their_types(exported):
    by_id = {f["id"]: f["properties"] for f in load(exported / "incidents.geojson")["features"]}
    first = by_id["inc-1"]
    assert first["fatalities_min"] == 150 and isinstance(first["fatalities_min"], int)
    assert isinstance(first["geo_precision"], int) and isinstance(first["claims_count"], int)
    assert first["injured_max"] is None
    assert first["actors"] == ["AM", "AZ"]
    assert first["date"] == "2022-09-13"
    assert first["near_border"] is True
    third = by_id["inc-3"]
    assert third["date"] is None and third["fatalities_min"] is None
    assert third["injured_min"] == 3 and isinstance(third["injured_min"], int)
    assert third["summary"] == "Protest in the \"district\"; 'quotes' & <tags>"
    claims = {f["id"]: f["properties"] for f in load(exported / "claims.geojson")["features"]}
    assert claims["cl-1"]["places"] == []
    assert claims["cl-2"]["stance"] == "denies"


def test_same_frames_give_the_same_bytes(export_result, exported, tmp_path):
    again = tmp_path / "again"
    again.mkdir()
    write_exports(export_result, again, ["geojson"])
    for layer in LAYERS:
        for suffix in (".geojson", ".qml"):
            name = f"{layer}{suffix}"
            assert (again / name).read_bytes() == (exported / name).read_bytes(), name


@pytest.mark.parametrize("layer, geometry_types", [
    ("places", {"Point"}),
    ("incidents", {"LineString", "Point", "Polygon"}),
    ("claims", {"LineString", "Point"}),
    ("overlays", {"LineString"}),
])
def test_gdal_reads_crs_counts_and_geometry_types(exported, export_frames, layer,
                                                  geometry_types):
    info = pyogrio.read_info(exported / f"{layer}.geojson")
    assert info["crs"] == "EPSG:4326"
    assert info["features"] == len(export_frames[layer])
    read = pyogrio.read_dataframe(exported / f"{layer}.geojson")
    assert set(read.geom_type) == geometry_types


def test_gdal_reads_field_types(exported):
    info = pyogrio.read_info(exported / "incidents.geojson")
    types = dict(zip(info["fields"], info["ogr_types"]))
    assert types["date"] == "OFTDate"
    for column in ("fatalities_min", "fatalities_max", "injured_min", "geo_precision",
                   "claims_count"):
        assert types[column] == "OFTInteger", column
    assert types["actors"] == "OFTStringList"
    assert types["summary"] == "OFTString"
    assert dict(zip(info["fields"], info["ogr_subtypes"]))["near_border"] == "OFSTBoolean"
    overlay_types = dict(zip(*[pyogrio.read_info(exported / "overlays.geojson")[k]
                              for k in ("fields", "ogr_types")]))
    assert overlay_types["length_km"] == "OFTReal"
    assert overlay_types["countries"] == "OFTStringList"


def _normalised(frame: gpd.GeoDataFrame, kinds: dict) -> gpd.GeoDataFrame:
    """Cells as plain Python per column kind, so a GDAL read and a frame compare."""
    data = {c: [plain_value(v, kinds[c], c) for v in frame[c]] for c in kinds}
    for column, kind in kinds.items():
        if kind == "list":
            data[column] = [v if v is None else [str(x) for x in v] for v in data[column]]
    return gpd.GeoDataFrame(pd.DataFrame(data, dtype=object), geometry=frame.geometry.values,
                            crs=frame.crs)


def test_round_trip_gives_the_same_incidents(exported, export_frames):
    original = export_frames["incidents"]
    kinds = field_kinds(original)
    read = gpd.read_file(exported / "incidents.geojson")
    assert list(read.columns[:-1]) == list(kinds)
    # GDAL reads string lists as arrays and nullable ints as floats: compare as plain values
    read_norm = _normalised(read.assign(**{
        c: [None if v is None else list(v) for v in read[c]]
        for c, k in kinds.items() if k == "list"}), kinds)
    expected = _normalised(original, kinds)
    # what the exporter writes: 6 decimals, exterior rings counter-clockwise
    written = shapely.orient_polygons(
        shapely.transform(original.geometry.values, lambda xy: np.round(xy, 6)))
    assert_geodataframe_equal(read_norm, expected.set_geometry(
        gpd.GeoSeries(written, crs=original.crs)), check_less_precise=True,
        check_dtype=False)
    assert same_shapes(read.geometry.values, original.geometry.values, tolerance=1e-6)
