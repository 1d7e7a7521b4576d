"""Every exported layer loads in QGIS headless: valid, WGS 84, all features, typed dates,
and drawn with the stored style in the palette's colours.

QGIS's Python bindings are Debian's (python3-qgis, qgis-providers), built for the system
/usr/bin/python3, so ``qgis_probe.py`` runs there in a subprocess and reports in JSON.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
from pathlib import Path

import pytest

from geomap.export.styles import claim_key, overlay_colour
from geomap.palette import claimant_colour, claimant_palette, event_colour, palette

pytestmark = pytest.mark.qgis

PROBE = Path(__file__).with_name("qgis_probe.py")
SYSTEM_PYTHON = os.environ.get("GEOMAP_QGIS_PYTHON", "/usr/bin/python3")
QVARIANT_DATE = 14


def _environment(tmp: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(tmp),
               QGIS_CUSTOM_CONFIG_PATH=str(tmp))
    return env


def _unavailable(reason: str):
    """Skip, or fail where CI sets GEOMAP_REQUIRE_QGIS=1 (QGIS must be installed there)."""
    if os.environ.get("GEOMAP_REQUIRE_QGIS") == "1":
        pytest.fail(reason + " and GEOMAP_REQUIRE_QGIS=1", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def qgis_python(tmp_path_factory) -> str:
    """The Python that can import QGIS, or a skip saying why there is none."""
    tmp = tmp_path_factory.mktemp("qgis-check")
    if not Path(SYSTEM_PYTHON).exists():
        _unavailable(f"QGIS not available: {SYSTEM_PYTHON} does not exist "
                     "(install Debian's python3-qgis and qgis-providers)")
    try:
        check = subprocess.run([SYSTEM_PYTHON, str(PROBE), "--check-import"],
                               capture_output=True, text=True, timeout=120,
                               env=_environment(tmp))
    except subprocess.TimeoutExpired:
        _unavailable("QGIS not available: starting it took more than 120 s")
    if check.returncode != 0:
        last = (check.stderr.strip().splitlines() or ["no output"])[-1]
        _unavailable(f"QGIS not importable by {SYSTEM_PYTHON} (install Debian's "
                     f"python3-qgis and qgis-providers): {last}")
    return SYSTEM_PYTHON


#: QGIS reports by the digest of the files probed: the exports are byte-identical for
#: the same frames, so each distinct set is loaded in QGIS once per session
_REPORTS: dict[str, dict] = {}


def _digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.iterdir()):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


@pytest.fixture
def qgis_report(qgis_python, exported, tmp_path) -> dict:
    key = _digest(exported)
    if key not in _REPORTS:
        run = subprocess.run([qgis_python, str(PROBE), str(exported)], capture_output=True,
                             text=True, timeout=300, env=_environment(tmp_path))
        assert run.returncode == 0, run.stderr[-2000:]
        _REPORTS[key] = json.loads(run.stdout)
    return _REPORTS[key]


def _expected_colours(export_frames) -> dict[str, dict[str, str]]:
    incidents = {row.id: event_colour(row.event_type)
                 for row in export_frames["incidents"].itertuples()}
    claims = {}
    codes = tuple(export_frames["claims"]["claimant_country"])
    for row in export_frames["claims"].itertuples():
        country = claim_key(row.claimant_country, row.stance, codes).split()[0]
        claims[row.id] = (claimant_palette(codes)[country] if country != "other"
                          else claimant_colour(None))
    overlays = {row.id: overlay_colour(row.kind, row.countries)
                for row in export_frames["overlays"].itertuples()}
    places = {row.id: palette()["place"] for row in export_frames["places"].itertuples()}
    return {"places": places, "incidents": incidents, "claims": claims,
            "overlays": overlays}


@pytest.mark.parametrize("source", ["geojson", "gpkg"])
@pytest.mark.parametrize("layer", ["places", "incidents", "claims", "overlays"])
def test_layer_loads_styled(qgis_report, export_frames, source, layer):
    seen = qgis_report[source][layer]
    assert seen["valid"]
    assert seen["crs"] == "EPSG:4326"
    assert seen["feature_count"] == len(export_frames[layer])
    # the stored style was applied: QGIS's default would be one random-coloured symbol
    expected_renderer = {"places": "singleSymbol", "incidents": "RuleRenderer",
                         "claims": "RuleRenderer", "overlays": "categorizedSymbol"}[layer]
    assert seen["renderer"] == expected_renderer
    expected = _expected_colours(export_frames)[layer]
    assert seen["feature_colours"] == {k: v.lower() for k, v in expected.items()}


@pytest.mark.parametrize("source", ["geojson", "gpkg"])
def test_dates_are_dates(qgis_report, source):
    for layer in ("incidents", "claims"):
        assert qgis_report[source][layer]["fields"]["date"]["variant"] == QVARIANT_DATE


def test_gpkg_counts_are_integers(qgis_report):
    fields = qgis_report["gpkg"]["incidents"]["fields"]
    for column in ("fatalities_min", "fatalities_max", "injured_min", "injured_max",
                   "geo_precision", "claims_count"):
        assert fields[column]["type_name"] == "Integer", column


def _drawn(rendered: dict, colour: str, opacity: float, tolerance: int = 4,
           pixels: int = 1) -> bool:
    """Whether ``colour`` at ``opacity`` over white is among the rendered pixels (at
    least ``pixels`` of them)."""
    target = [round(int(colour[i:i + 2], 16) * opacity + 255 * (1 - opacity))
              for i in (1, 3, 5)]
    return sum(count for name, count in rendered.items()
               if all(abs(int(name[i:i + 2], 16) - t) <= tolerance
                      for i, t in zip((1, 3, 5), target))) >= pixels


@pytest.mark.parametrize("source", ["geojson", "gpkg"])
def test_every_geometry_kind_is_drawn(qgis_report, export_frames, source):
    """QGIS types a mixed layer after its first feature (here a line): the point and
    the area must be drawn all the same, in their category's colour."""
    from geomap.palette import symbols

    drawn = qgis_report[source]["incidents"]["rendered_colours"]
    incident = symbols()["incident"]
    assert _drawn(drawn, event_colour("Battles"), incident["line_opacity"])  # border stretch
    assert _drawn(drawn, event_colour("diplomatic"), 1.0)  # the diamond in Yerevan
    # the district's fill (its dotted outline, 1.5 px, leaves too few whole pixels at
    # this scale to count on)
    assert _drawn(drawn, event_colour("Protests"), incident["area"]["fill_opacity"], 2,
                  pixels=200)
    for colour in _expected_colours(export_frames)["overlays"].values():
        assert _drawn(qgis_report[source]["overlays"]["rendered_colours"], colour,
                      symbols()["overlay"]["opacity"])


def test_places_are_labelled(qgis_report):
    for source in ("geojson", "gpkg"):
        assert qgis_report[source]["places"]["labels_enabled"]
        assert qgis_report[source]["places"]["label_field"] == "name"


def test_gdal_36_sees_the_claims_relation(qgis_report):
    """The system GDAL (3.6 on Debian 12, QGIS 3.22's) reads gpkgext_relations."""
    if qgis_report["gdal"] is None:
        pytest.skip("the system Python has no osgeo (python3-gdal)")
    assert {"left": "incidents", "right": "claims", "mapping": "incidents_claims"}.items() \
        <= qgis_report["gpkg_relationships"][0].items()


# --- the QGIS project (geomap.gpkg's "geomap", geomap.qgs) and the sublayers QGIS offers --

KIND_WORDS = {"Point": "points", "MultiPoint": "points", "LineString": "lines",
              "MultiLineString": "lines", "Polygon": "areas", "MultiPolygon": "areas"}


def _project_layer_ids(frames) -> dict[str, set[str]]:
    """{project layer name: ids of the features it should hold}: a mixed layer split by
    geometry kind, a layer of one kind whole."""
    layers = {}
    for layer in ("places", "incidents", "claims", "overlays"):
        frame = frames[layer]
        words = {KIND_WORDS[t] for t in frame.geometry.geom_type}
        for row, kind in zip(frame.itertuples(), frame.geometry.geom_type):
            name = layer if len(words) == 1 else f"{layer} ({KIND_WORDS[kind]})"
            layers.setdefault(name, set()).add(row.id)
    return layers


@pytest.mark.parametrize("source", ["gpkg", "qgs"])
def test_project_opens_every_layer_from_another_folder(qgis_report, export_frames, source):
    """The project in geomap.gpkg (listed by QGIS's project storage) and geomap.qgs,
    opened from a copy of the outputs elsewhere: every feature in exactly one layer of
    its own geometry kind, in the colour of its category."""
    project = qgis_report["projects"][source]
    assert project["read"]
    assert project["crs"] == "EPSG:4326"
    if source == "gpkg":
        assert project["listed"] == ["geomap"]
    assert project["groups"] == ["places", "incidents", "claims", "overlays", "countries"]
    layers = dict(project["layers"])
    # under them all, the countries: land to read the features on, with no network
    base = layers.pop("countries")
    assert base["valid"] and base["geometry_type"] in ("Polygon", "MultiPolygon")
    assert base["source"].startswith("MOVED/") and "countries" in base["source"]
    assert base["feature_count"] > 150
    assert base["symbol_colour"] == palette()["base"]["land"]
    expected_ids = _project_layer_ids(export_frames)
    assert set(layers) == set(expected_ids)
    colours = _expected_colours(export_frames)
    for name, seen in layers.items():
        assert seen["valid"], name
        assert seen["source"].startswith("MOVED/"), seen["source"]  # relative paths
        assert set(seen["feature_colours"]) == expected_ids[name], name
        layer = name.split(" ")[0]
        assert seen["feature_colours"] == {i: colours[layer][i].lower()
                                           for i in expected_ids[name]}, name
        if "(" in name:  # one kind: a categorised style of that kind, as QGIS would build
            kind = {"points": "Point", "lines": "LineString", "areas": "Polygon"}
            assert seen["geometry_type"] == kind[name.split("(")[1].rstrip(")")]
            assert seen["renderer"] == "categorizedSymbol"


@pytest.mark.parametrize("source", ["gpkg", "qgs"])
def test_project_draws_lines_and_areas_in_their_colours(qgis_report, source):
    from geomap.palette import symbols

    layers = qgis_report["projects"][source]["layers"]
    incident = symbols()["incident"]
    assert _drawn(layers["incidents (lines)"]["rendered_colours"], event_colour("Battles"),
                  incident["line_opacity"])
    assert _drawn(layers["incidents (areas)"]["rendered_colours"], event_colour("Protests"),
                  incident["area"]["opacity"])
    assert _drawn(layers["incidents (points)"]["rendered_colours"],
                  event_colour("diplomatic"), 1.0)


@pytest.mark.parametrize("source", ["gpkg", "qgs"])
def test_project_relates_every_claims_layer_to_every_incidents_layer(qgis_report, source):
    project = qgis_report["projects"][source]
    ids = {name: name for name in project["layers"]}
    incidents = [n for n in ids if n.startswith("incidents")]
    claims = [n for n in ids if n.startswith("claims")]
    relations = project["relations"]
    assert len(relations) == len(incidents) * len(claims)
    assert all(valid for _, _, valid in relations)


@pytest.mark.parametrize("source", ["gpkg", "geojson"])
def test_every_sublayer_qgis_offers_is_styled(qgis_report, source):
    """Adding the file in QGIS lists the mixed incidents layer once per geometry type;
    each of those, loaded with its stored style, draws its features in their colours."""
    from geomap.palette import symbols

    offered = qgis_report["sublayers"][source]
    assert set(offered) == {"Point", "LineString", "Polygon"}
    assert all(seen["renderer"] == "RuleRenderer" for seen in offered.values())
    incident = symbols()["incident"]
    assert _drawn(offered["LineString"]["rendered_colours"], event_colour("Battles"),
                  incident["line_opacity"])
    assert _drawn(offered["Polygon"]["rendered_colours"], event_colour("Protests"),
                  incident["area"]["opacity"])
    assert _drawn(offered["Point"]["rendered_colours"], event_colour("diplomatic"), 1.0)


@pytest.mark.parametrize("source", ["geojson", "gpkg"])
def test_coarse_placements_are_drawn_weaker_in_qgis(qgis_report, source):
    """QGIS reads the styles' data-defined widths and colours on geo_precision 3 (a
    whole border, region or country drawn fainter than a town or a sector)."""
    for layer in ("incidents", "claims"):
        expressions = qgis_report[source][layer]["data_defined"]
        assert expressions and all('"geo_precision" = 3' in e for e in expressions), expressions
