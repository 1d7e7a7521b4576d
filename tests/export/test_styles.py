"""QGIS styles: the HTML map's colours, denies hollow and dashed, the corridor dashed."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from shapely.geometry import LineString, Point, Polygon

from geomap.export.styles import (claim_key, layer_style, overlay_key, qgis_colour,
                                  symbol_sizes)
from geomap.frames import INCIDENT_COLUMNS, frame
from geomap.palette import palette


def parse(path):
    text = path.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE qgis")
    return ET.fromstring(text.split("\n", 1)[1])


def symbols(root) -> dict[str, ET.Element]:
    return {s.get("name"): s for s in root.find("renderer-v2/symbols")}


def options(layer) -> dict[str, str]:
    return {o.get("name"): o.get("value") for o in layer.find("Option")}


def colour_of(symbol) -> str:
    layer = options(symbol.find("layer"))
    return layer.get("color") if "color" in layer else layer["line_color"]


def test_incident_colours_are_the_palette(exported):
    root = parse(exported / "incidents.qml")
    renderer = root.find("renderer-v2")
    # the incidents mix points, lines and areas: rules split each category by geometry
    assert renderer.get("type") == "RuleRenderer"
    by_symbol = symbols(root)
    colours = palette()["event_type"]
    rules = renderer.find("rules")
    labels = [r.get("label") for r in rules]
    assert labels == [k for k in colours if k != "other"] + ["other"]
    for rule in rules:
        expected = colours[rule.get("label")]
        children = list(rule)
        assert [c.get("label") for c in children] == ["points", "lines", "areas"]
        for child in children:
            symbol = by_symbol[child.get("symbol")]
            assert colour_of(symbol).split(",")[:3] == qgis_colour(expected).split(",")[:3]
        assert [by_symbol[c.get("symbol")].get("type") for c in children] == [
            "marker", "line", "fill"]
    assert rules[-1].get("filter") == "ELSE"


def test_one_geometry_kind_gives_a_categorised_renderer(exported):
    root = parse(exported / "overlays.qml")
    renderer = root.find("renderer-v2")
    assert renderer.get("type") == "categorizedSymbol"
    by_symbol = symbols(root)
    categories = {c.get("value"): by_symbol[c.get("symbol")]
                  for c in renderer.find("categories")}
    for key, colour in palette()["overlay"].items():
        assert colour_of(categories[key]).split(",")[:3] == qgis_colour(colour).split(",")[:3]
    assert options(categories["corridor"].find("layer"))["use_custom_dash"] == "1"
    assert options(categories["border"].find("layer"))["use_custom_dash"] == "0"
    assert "" in categories  # "all other values"


def test_claims_denies_is_hollow_and_dashed(tmp_path, export_frames):
    points = export_frames["claims"].iloc[[2]]
    style = layer_style("claims", points, lists_as_arrays=True)
    path = tmp_path / "claims.qml"
    path.write_text(style.qml(), encoding="utf-8")
    root = parse(path)
    renderer = root.find("renderer-v2")
    assert renderer.get("type") == "categorizedSymbol"
    by_symbol = symbols(root)
    categories = {c.get("value"): by_symbol[c.get("symbol")]
                  for c in renderer.find("categories")}
    stance = palette()["stance"]
    for country, colour in palette()["claimant_country"].items():
        asserts = options(categories[f"{country} asserts"].find("layer"))
        denies = options(categories[f"{country} denies"].find("layer"))
        assert asserts["color"] == qgis_colour(colour, stance["asserts"]["fill_opacity"])
        assert denies["color"] == qgis_colour(colour, stance["denies"]["fill_opacity"])
        assert denies["outline_style"] == "dash" and asserts["outline_style"] == "solid"
        assert denies["outline_color"] == qgis_colour(colour)


def test_claim_lines_denies_dashed(exported):
    root = parse(exported / "claims.qml")
    rules = {r.get("label"): r for r in root.find("renderer-v2/rules")}
    by_symbol = symbols(root)
    line = {c.get("label"): c for c in rules["AZ – denies"]}["lines"]
    drawn = options(by_symbol[line.get("symbol")].find("layer"))
    assert drawn["use_custom_dash"] == "1"
    per_px = symbol_sizes()["mm_per_px"]
    dash = [float(x) for x in palette()["stance"]["denies"]["dash"].split()]
    assert [float(x) for x in drawn["customdash"].split(";")] == pytest.approx(
        [d * per_px for d in dash], rel=0.01)


def test_places_are_labelled(exported):
    root = parse(exported / "places.qml")
    assert root.get("labelsEnabled") == "1"
    assert root.find("labeling/settings/text-style").get("fieldName") == "name"
    assert root.find("renderer-v2").get("type") == "singleSymbol"
    (symbol,) = symbols(root).values()
    assert colour_of(symbol) == qgis_colour(palette()["place"])


@pytest.mark.parametrize("geometry, renderer, symbol_type", [
    (Point(45, 40), "categorizedSymbol", "marker"),
    (LineString([(45, 40), (46, 40)]), "categorizedSymbol", "line"),
    (Polygon([(45, 40), (46, 40), (46, 41)]), "categorizedSymbol", "fill"),
])
def test_symbol_kind_follows_the_geometry(geometry, renderer, symbol_type):
    incidents = frame([dict(id="x", event_type="Battles", geometry=geometry)],
                      INCIDENT_COLUMNS)
    style = layer_style("incidents", incidents, lists_as_arrays=True)
    assert style.renderer == renderer
    assert {s.type for s in style.symbols} == {symbol_type}


@pytest.mark.parametrize("country, stance, key", [
    ("AM", "asserts", "AM asserts"), ("AZ", "denies", "AZ denies"),
    ("UA", "denies", "other denies"), (None, None, "other asserts"),
])
def test_claim_key(country, stance, key):
    assert claim_key(country, stance) == key


@pytest.mark.parametrize("kind, countries, key", [
    ("border", ["AM", "IR"], "iran_armenia_border"), ("border", ["IR", "AM"],
                                                       "iran_armenia_border"),
    ("border", ["AM", "AZ"], "border"), ("corridor", ["AZ", "AM"], "corridor"),
    ("railway", [], ""),
])
def test_overlay_key(kind, countries, key):
    assert overlay_key(kind, countries) == key


def test_sizes_mirror_the_html_map():
    """qgis_symbols.yaml repeats the map's sizes and dashes (render/data/symbols.yaml)."""
    from geomap.paths import PACKAGE_DIR

    map_file = PACKAGE_DIR / "render" / "data" / "symbols.yaml"
    if not map_file.is_file():
        pytest.skip(f"the HTML map's symbol sizes are not at {map_file}")
    import yaml

    html = yaml.safe_load(map_file.read_text(encoding="utf-8"))
    ours = symbol_sizes()
    for kind, keys in {"incident": ("radius", "outline", "line_weight", "fill_opacity",
                                    "polygon_fill_opacity", "diplomatic_size"),
                       "claim": ("radius",), "place": ("radius",)}.items():
        for key in keys:
            if key in html.get(kind, {}):
                assert ours[kind][key] == html[kind][key], f"{kind}.{key}"
    for role, look in html.get("overlay", {}).items():
        assert ours["overlay"][role] == look, f"overlay.{role}"


def test_text_is_escaped(exported):
    # labels, expressions and map tips are XML-escaped: the file parses
    for layer in ("places", "incidents", "claims", "overlays"):
        parse(exported / f"{layer}.qml")
