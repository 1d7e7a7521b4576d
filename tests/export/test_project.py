"""The QGIS project (project.py): inside geomap.gpkg and as geomap.qgs, mixed layers split
into one layer per geometry kind, paths relative, the same bytes for the same frames.
That QGIS opens it and draws every kind is tests/export/test_qgis.py's part."""

from __future__ import annotations

import io
import sqlite3
import xml.etree.ElementTree as ET
import zipfile
from contextlib import closing

import pyogrio
import pytest
import shapely

from geomap.export import LAYERS, write_exports
from geomap.export.project import PROJECT_FILE, PROJECT_NAME, PROJECTS_TABLE
from geomap.export.styles import BASE_LAYER

GPKG = "geomap.gpkg"
WORDS = {"Point": "points", "MultiPoint": "points", "LineString": "lines",
         "MultiLineString": "lines", "Polygon": "areas", "MultiPolygon": "areas"}
FILTERS = {"points": "Point", "lines": "LineString", "areas": "Polygon"}


def parse(text: str) -> ET.Element:
    return ET.fromstring(text.split("\n", 1)[1])  # skip the DOCTYPE line


def stored_projects(path) -> dict[str, ET.Element]:
    with closing(sqlite3.connect(path)) as db:
        rows = db.execute(f"SELECT name, content FROM {PROJECTS_TABLE}").fetchall()
    projects = {}
    for name, content in rows:
        with zipfile.ZipFile(io.BytesIO(bytes.fromhex(content))) as archive:
            (member,) = archive.namelist()
            assert member.endswith(".qgs")
            projects[name] = parse(archive.read(member).decode("utf-8"))
    return projects


def expected_layers(frames, fmt: str) -> dict[str, str]:
    """{layer name: data source} a project of ``frames`` should hold, in order."""
    layers = {}
    for layer in LAYERS:
        base = f"./{GPKG}|layername={layer}" if fmt == "gpkg" else f"./{layer}.geojson"
        words = sorted({WORDS[t] for t in frames[layer].geometry.geom_type.dropna()},
                       key=list(FILTERS).index)
        if len(words) <= 1:
            layers[layer] = base
        else:
            layers.update({f"{layer} ({w})": f"{base}|geometrytype={FILTERS[w]}"
                           for w in words})
    # under them, the grey base of countries (no network for tiles in QGIS here)
    layers[BASE_LAYER] = f"./{GPKG}|layername={BASE_LAYER}" if fmt == "gpkg" else \
        f"./{BASE_LAYER}.geojson"
    return layers


def project_layers(root: ET.Element) -> dict[str, str]:
    return {m.findtext("layername"): m.findtext("datasource")
            for m in root.iter("maplayer")}


def test_the_gpkg_holds_the_project_and_gdal_lists_the_same_layers(exported, export_frames):
    projects = stored_projects(exported / GPKG)
    assert list(projects) == [PROJECT_NAME]
    assert project_layers(projects[PROJECT_NAME]) == expected_layers(export_frames, "gpkg")
    # not a layer: pyogrio/GDAL see the four layers, the base and the two attribute
    # tables
    assert [name for name, _ in pyogrio.list_layers(exported / GPKG)] == \
        [*LAYERS, BASE_LAYER, "layer_styles", "incidents_claims"]


def test_the_qgs_beside_the_geojson_reads_them(exported, export_frames):
    root = parse((exported / PROJECT_FILE).read_text(encoding="utf-8"))
    layers = project_layers(root)
    assert layers == expected_layers(export_frames, "geojson")
    for source in layers.values():
        assert (exported / source.split("|")[0]).exists()


def test_mixed_layers_are_split_and_styled_per_kind(exported):
    root = stored_projects(exported / GPKG)[PROJECT_NAME]
    kinds = {"points": "marker", "lines": "line", "areas": "fill"}
    for layer in root.iter("maplayer"):
        name = layer.findtext("layername")
        symbols = {s.get("type") for s in layer.find("renderer-v2").iter("symbol")}
        word = name.split("(")[-1].rstrip(")") if "(" in name else None
        if word:
            assert layer.find("renderer-v2").get("type") == "categorizedSymbol", name
            assert symbols == {kinds[word]}, name
    groups = [g.get("name") for g in root.find("layer-tree-group").findall("layer-tree-group")]
    assert groups == ["incidents", "claims"]


def test_claims_layers_are_related_to_incidents_layers(exported):
    root = stored_projects(exported / GPKG)[PROJECT_NAME]
    ids = {m.findtext("layername"): m.findtext("id") for m in root.iter("maplayer")}
    pairs = {(r.get("referencingLayer"), r.get("referencedLayer"))
             for r in root.find("relations")}
    incidents = [i for n, i in ids.items() if n.startswith("incidents")]
    claims = [i for n, i in ids.items() if n.startswith("claims")]
    assert pairs == {(c, i) for c in claims for i in incidents}
    for relation in root.find("relations"):
        ref = relation.find("fieldRef")
        assert (ref.get("referencingField"), ref.get("referencedField")) == ("incident_id", "id")


def test_layer_of_one_kind_is_not_split(export_frames, result_of, tmp_path):
    frames = dict(export_frames)
    incidents = frames["incidents"].copy()
    incidents["geometry"] = shapely.centroid(incidents.geometry.values)
    frames["incidents"] = incidents
    write_exports(result_of(frames), tmp_path, ["gpkg", "geojson"])
    for root, base in ((stored_projects(tmp_path / GPKG)[PROJECT_NAME],
                        f"./{GPKG}|layername=incidents"),
                       (parse((tmp_path / PROJECT_FILE).read_text(encoding="utf-8")),
                        "./incidents.geojson")):
        assert project_layers(root)["incidents"] == base


@pytest.mark.parametrize("fmt, name", [("gpkg", GPKG), ("geojson", PROJECT_FILE)])
def test_same_frames_give_the_same_project(export_result, exported, tmp_path, fmt, name):
    again = tmp_path / "again"
    again.mkdir()
    write_exports(export_result, again, [fmt])
    assert (again / name).read_bytes() == (exported / name).read_bytes()


def test_empty_build_has_a_project_too(result_of, tmp_path):
    from geomap.frames import (CLAIM_COLUMNS, INCIDENT_COLUMNS, OVERLAY_COLUMNS,
                               PLACE_COLUMNS, empty_frame)

    frames = {"places": empty_frame(PLACE_COLUMNS), "incidents": empty_frame(INCIDENT_COLUMNS),
              "claims": empty_frame(CLAIM_COLUMNS), "overlays": empty_frame(OVERLAY_COLUMNS)}
    write_exports(result_of(frames), tmp_path, ["gpkg", "geojson"])
    root = stored_projects(tmp_path / GPKG)[PROJECT_NAME]
    assert list(project_layers(root)) == [*LAYERS, BASE_LAYER]
    assert list(project_layers(parse((tmp_path / PROJECT_FILE).read_text("utf-8")))) == \
        [*LAYERS, BASE_LAYER]


def test_a_build_of_places_only_opens_on_them_not_on_the_world(export_frames, result_of,
                                                               tmp_path):
    from geomap.frames import CLAIM_COLUMNS, INCIDENT_COLUMNS, OVERLAY_COLUMNS, empty_frame

    frames = {"places": export_frames["places"], "incidents": empty_frame(INCIDENT_COLUMNS),
              "claims": empty_frame(CLAIM_COLUMNS), "overlays": empty_frame(OVERLAY_COLUMNS)}
    write_exports(result_of(frames), tmp_path, ["geojson"])
    root = parse((tmp_path / PROJECT_FILE).read_text(encoding="utf-8"))
    xmin, ymin, xmax, ymax = (float(root.find(f".//extent/{edge}").text)
                              for edge in ("xmin", "ymin", "xmax", "ymax"))
    west, south, east, north = export_frames["places"].total_bounds
    # the grey base of the world's countries is under the places, not what opens
    assert xmin <= west and east <= xmax and ymin <= south and north <= ymax
    assert xmax - xmin < 90 and ymax - ymin < 60
