"""build_overlays(): the borders and the corridor of every build, and --overlay files."""

from __future__ import annotations

import json

import pytest
import shapely

from geomap.errors import GeomapError, OverrideError
from geomap.frames import OVERLAY_COLUMNS
from geomap.geometry import build_overlays
from geomap.geometry.measure import geodesic_gap_km, length_km
from geomap.model import BuildOptions
from geo_helpers import PLACES, StubGazetteer, make_place

CORRIDOR = "corridor-zangezur"


def town(name):
    lat, lon, *_ = PLACES[name]
    return shapely.Point(lon, lat)


@pytest.fixture(scope="module")
def built():
    from geomap.geometry import load_boundaries
    return build_overlays(StubGazetteer(), load_boundaries(), BuildOptions())


def overlay(built, ident):
    frame = built[0]
    rows = frame[frame.id == ident]
    assert len(rows) == 1, f"no overlay {ident}"
    return rows.iloc[0]


def test_frame_shape(built):
    frame, analysis = built
    assert tuple(frame.columns[:-1]) == OVERLAY_COLUMNS
    assert frame.crs == "EPSG:4326"
    assert frame.id.is_unique
    assert list(frame.id) == ["border-am-ir", "border-am-az", "border-am-az-nakhchivan",
                              "border-az-ir", "border-az-ir-nakhchivan", CORRIDOR]
    assert set(analysis) == set(frame.id) | {"lines"}


def test_analysis_lines_for_the_cli(built):
    lines = built[1]["lines"]
    assert lines[0] == ("Armenia–Iran border: 35.4 km as drawn at 1:10m "
                        "(about 44 km on the ground)")
    assert any(line.startswith("Zangezur corridor (proposed): 219.") and "across Armenia" in line
               for line in lines)
    assert any(line.startswith("connectivity: severed: 0.0 of 35.4 km") for line in lines)


def test_iran_armenia_border(built):
    row = overlay(built, "border-am-ir")
    assert row.kind == "border" and row.countries == ["AM", "IR"]
    assert 30 <= row.length_km <= 50
    assert row.length_km == pytest.approx(35.4, abs=0.1)
    assert "35.4 km against about 44 km on the ground" in row.note


@pytest.mark.parametrize("name, within_km", [("Meghri", 5), ("Agarak", 5)])
def test_iran_armenia_border_passes_near(built, name, within_km):
    assert geodesic_gap_km(town(name), overlay(built, "border-am-ir").geometry) <= within_km


@pytest.mark.parametrize("ident, countries, length, tolerance", [
    ("border-am-az", ["AM", "AZ"], 545.9, 0.5),
    ("border-am-az-nakhchivan", ["AM", "AZ"], 208.0, 0.5),
    ("border-az-ir", ["AZ", "IR"], 417.7, 0.5),
    ("border-az-ir-nakhchivan", ["AZ", "IR"], 167.8, 0.5),
])
def test_border_sections(built, ident, countries, length, tolerance):
    row = overlay(built, ident)
    assert row.countries == countries
    assert row.length_km == pytest.approx(length, abs=tolerance)
    assert length_km(row.geometry) == pytest.approx(row.length_km, abs=0.01)


def test_nakhchivan_sections_lie_west_of_the_meghri_gap(built):
    for ident in ("border-am-az-nakhchivan", "border-az-ir-nakhchivan"):
        assert overlay(built, ident).geometry.bounds[2] < 46.2
    assert overlay(built, "border-az-ir").geometry.bounds[0] > 46.4


@pytest.mark.parametrize("ends, within_km", [
    (("Horadiz", "Zangilan"), 10),
    (("Nakhchivan",), 10),
])
def test_corridor_joins_its_ends(built, ends, within_km):
    line = overlay(built, CORRIDOR).geometry
    tips = [shapely.Point(line.coords[0]), shapely.Point(line.coords[-1])]
    assert any(geodesic_gap_km(town(name), tip) <= within_km
               for name in ends for tip in tips)


@pytest.mark.parametrize("name, within_km", [("Meghri", 5), ("Ordubad", 10), ("Julfa", 10)])
def test_corridor_passes_near(built, name, within_km):
    assert geodesic_gap_km(town(name), overlay(built, CORRIDOR).geometry) <= within_km


def test_corridor_properties(built):
    row = overlay(built, CORRIDOR)
    assert row.kind == "corridor" and row.status == "proposed"
    assert 150 < row.length_km < 300
    assert 30 < row.length_in_armenia_km < 45          # the Meghri section
    assert row.length_in_armenia_km < row.length_km
    assert 0 <= row.min_distance_to_border_km <= row.max_distance_to_border_km < 5
    assert "Horadiz" in row.note and "Nakhchivan" in row.note


def test_corridor_crosses_armenian_territory(built):
    from geomap.geometry import load_boundaries
    armenia = load_boundaries().country("AM")
    line = overlay(built, CORRIDOR).geometry
    assert length_km(line.intersection(armenia)) > 30


def test_corridor_severs_armenia_from_iran(built):
    row = overlay(built, CORRIDOR)
    figures = built[1][CORRIDOR]["connectivity"]
    assert row.connectivity.startswith("severed: 0.0 of 35.4 km of the Armenia–Iran border")
    assert "Yerevan" in row.connectivity and "5 km wide" in row.connectivity
    assert figures["verdict"] == "severed"
    assert figures["connected_km"] == 0 and figures["in_strip_km"] == pytest.approx(35.4, abs=0.1)
    assert 0 < figures["severs_at_width_km"] <= 5


def test_narrow_strip_is_an_option(boundaries):
    frame, analysis = build_overlays(StubGazetteer(), boundaries,
                                     BuildOptions(corridor_width_km=0.02))
    assert analysis[CORRIDOR]["connectivity"]["strip_width_km"] == 0.02
    assert analysis[CORRIDOR]["connectivity"]["verdict"] != "severed"


def test_unresolvable_waypoint_names_file_and_waypoint(boundaries):
    places = {n: make_place(n) for n in PLACES if n != "Ordubad"}
    with pytest.raises(GeomapError) as info:
        build_overlays(StubGazetteer(places), boundaries, BuildOptions())
    message = str(info.value)
    assert "corridor.yaml" in message and "Ordubad" in message


# --overlay files -------------------------------------------------------------

def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_user_geojson_overlay(tmp_path, boundaries):
    path = write(tmp_path, "line.geojson", json.dumps({
        "type": "FeatureCollection", "features": [{
            "type": "Feature",
            "properties": {"id": "ceasefire-2020", "name": "Line of contact",
                           "kind": "ceasefire line", "countries": ["AM", "AZ"]},
            "geometry": {"type": "LineString", "coordinates": [[46.5, 39.5], [46.5, 39.6]]}},
            {"type": "Feature", "properties": {},
             "geometry": {"type": "Point", "coordinates": [46.0, 39.0]}}]}))
    frame, _ = build_overlays(StubGazetteer(), boundaries, BuildOptions(overlays=(path,)))
    row = frame[frame.id == "ceasefire-2020"].iloc[0]
    assert row.kind == "ceasefire line" and row.countries == ["AM", "AZ"]
    assert row.length_km == pytest.approx(11.1, abs=0.1)
    point = frame[frame.id == "overlay-line-2"].iloc[0]
    assert point.kind == "user" and point.source == "line.geojson"


def test_user_definition_overlay_and_replacement(tmp_path, boundaries):
    path = write(tmp_path, "route.yaml", """
id: corridor-zangezur
name: Straight test route
kind: corridor
status: proposed
waypoints:
  - {name: Horadiz, country_code: AZ}
  - {name: Julfa, country_code: AZ}
""")
    frame, analysis = build_overlays(StubGazetteer(), boundaries, BuildOptions(overlays=(path,)))
    row = frame[frame.id == CORRIDOR]
    assert len(row) == 1 and row.iloc[0]["name"] == "Straight test route"
    assert analysis[CORRIDOR]["waypoints"] == ["Horadiz", "Julfa"]


@pytest.mark.parametrize("name, text, fragment, line, field", [
    ("bad.geojson", '{"type": "FeatureCollection",\n "features": [}', "not valid JSON", 2, None),
    ("bad.geojson", '{"type": "Topology"}', "not GeoJSON", None, "type"),
    ("bad.geojson", '{"type": "FeatureCollection", "features": [{"type": "Feature", '
     '"geometry": {"type": "LineString", "coordinates": [[500000, 4300000], [500100, 4300000]]}}]}',
     "not WGS 84", None, "features[0].geometry"),
    ("bad.geojson", '{"type": "FeatureCollection", "features": [{"type": "Feature", '
     '"geometry": {"type": "LineString", "coordinates": [[46]]}}]}',
     "invalid geometry", None, "features[0].geometry"),
    ("bad.yaml", "id: x\nwaypoints: [\n", "not valid YAML", 3, None),
    ("bad.yaml", "id: x\nwaypoints:\n  - name: Horadiz\n", "at least two", 1, "waypoints"),
    ("bad.yaml", "id: x\nwaypoints:\n  - name: Horadiz\n  - country_code: AZ\n",
     "missing 'name'", 4, "name"),
    ("bad.yaml", "id: x\nwaypoints:\n  - {name: Horadiz, check: [north]}\n  - {name: Julfa}\n",
     "[lat, lon]", 3, "check"),
    ("bad.yaml", "waypoints:\n  - {name: Meghri}\n  - {name: Agarak}\n"
     "analysis:\n  border: [AM, IQ]\n", "share no land border", 5, "analysis.border"),
    ("bad.yaml", "waypoints:\n  - {name: Meghri}\n  - {name: Agarak}\n"
     "analysis:\n  country: AM\n  neighbour: IR\n  anchor: {name: Atlantis}\n",
     "waypoint 'Atlantis'", 7, "name"),
    ("bad.txt", "whatever", "unsupported overlay file type", None, None),
])
def test_broken_overlay_file(tmp_path, boundaries, name, text, fragment, line, field):
    path = write(tmp_path, name, text)
    with pytest.raises(OverrideError) as info:
        build_overlays(StubGazetteer(), boundaries, BuildOptions(overlays=(path,)))
    err = info.value
    assert fragment in str(err) and name in str(err)
    assert err.path == path and err.line == line and err.field == field


def test_missing_overlay_file(tmp_path, boundaries):
    with pytest.raises(OverrideError, match="not found"):
        build_overlays(StubGazetteer(), boundaries,
                       BuildOptions(overlays=(str(tmp_path / "nope.geojson"),)))
