"""QGIS styles draw as the HTML map does: the same colours, widths, dashes and opacities,
read from the map's own symbol definitions (geomap/data/symbols.yaml, palette.yaml) and
matching what the map's legend shows. Denies hollow and dashed, the corridor dashed,
areas light inside dashed outlines; what is placed only along a whole border, over a
region or a country (geo_precision 3) weaker, by data-defined properties; an incident's
standings from the one table the map reads too (symbols.yaml ``standings``)."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest
from shapely.geometry import LineString, Point, Polygon

from geomap.export.styles import (AREAS, LINES, POINTS, claim_key, claims_style,
                                  incident_key, incident_key_expression, incidents_style,
                                  layer_style, overlay_key, qgis_colour, qgis_settings)
from geomap.export.styles import mm as mm_as_written      # (mm below is pytest.approx)
from geomap.frames import (CLAIM_COLUMNS, INCIDENT_COLUMNS, OVERLAY_COLUMNS, PLACE_COLUMNS,
                           frame)
from geomap.palette import (claimant_palette, palette, standing_of, standings,
                            symbols)
from geomap.render.map import LEGEND_OVERLAYS

MM_PER_PX = 25.4 / 96
KINDS = ("points", "lines", "areas")


# --- reading a .qml ---------------------------------------------------------------------

def parse(text: str) -> ET.Element:
    assert text.startswith("<!DOCTYPE qgis")
    return ET.fromstring(text.split("\n", 1)[1])


def read(path) -> ET.Element:
    return parse(path.read_text(encoding="utf-8"))


def symbols_of(root) -> dict[str, ET.Element]:
    return {s.get("name"): s for s in root.find("renderer-v2/symbols")}


def options(layer) -> dict[str, str]:
    return {o.get("name"): o.get("value") for o in layer.find("Option")}


def colour_of(symbol) -> str:
    layer = options(symbol.find("layer"))
    return layer.get("color") if "color" in layer else layer["line_color"]


def drawn(root, label: str | None = None, kind: str | None = None) -> list[dict]:
    """The symbol layers QGIS draws features of category ``label`` with (for a mixed layer,
    those of geometry ``kind``: points, lines or areas), widths and dashes as numbers."""
    renderer = root.find("renderer-v2")
    by_name = symbols_of(root)
    if renderer.get("type") == "RuleRenderer":
        rules = renderer.find("rules")
        if label is not None:
            (rules,) = [r for r in rules if r.get("label") == label]
        (rule,) = [r for r in rules if r.get("label") == kind]
        symbol = by_name[rule.get("symbol")]
    elif renderer.get("type") == "categorizedSymbol":
        (category,) = [c for c in renderer.find("categories") if c.get("label") == label]
        symbol = by_name[category.get("symbol")]
    else:
        (symbol,) = by_name.values()
    layers = []
    for layer in symbol.findall("layer"):
        found = options(layer)
        for key in ("size", "outline_width", "line_width"):
            if key in found:
                found[key] = float(found[key])
        if "customdash" in found:
            found["customdash"] = [float(x) for x in found["customdash"].split(";")]
        layers.append(found)
    return layers


# --- what the map draws, from its own definitions, as QGIS writes it --------------------

def mm(px) -> pytest.approx:
    """A width of ``px`` CSS pixels, as QGIS mm."""
    return pytest.approx(float(px) * MM_PER_PX, abs=0.006)


def dash(pattern: str | None) -> pytest.approx:
    """A Leaflet dash array ("4 4", "4,4") in CSS pixels, as QGIS's custom dash in mm."""
    return pytest.approx([float(x) * MM_PER_PX for x in pattern.replace(",", " ").split()],
                         abs=0.006)


def rgba(colour: str, opacity: float = 1.0) -> str:
    """A CSS colour (#rgb or #rrggbb) at ``opacity``, as QGIS's r,g,b,a."""
    value = colour.lstrip("#")
    if len(value) == 3:
        value = "".join(c * 2 for c in value)
    return ",".join(str(int(value[i:i + 2], 16)) for i in (0, 2, 4)) + \
        f",{round(255 * float(opacity))}"


def stroke(colour, weight, pattern=None, opacity=1.0) -> dict:
    """A QGIS line layer drawing as Leaflet's {color, weight, dashArray, opacity}."""
    expected = {"line_color": rgba(colour, opacity), "line_width": mm(weight)}
    if pattern:
        return expected | {"use_custom_dash": "1", "customdash": dash(pattern)}
    return expected | {"use_custom_dash": "0"}


def marker(shape, radius, colour, fill_opacity, outline, weight, dashed=False) -> dict:
    """A QGIS marker drawing as Leaflet's circleMarker {radius, fillColor, fillOpacity,
    color, weight, dashArray}."""
    return {"name": shape, "color": rgba(colour, fill_opacity), "size": mm(2 * radius),
            "outline_color": rgba(outline), "outline_width": mm(weight),
            "outline_style": "dash" if dashed else "solid"}


def area(colour, fill_opacity, outline: dict) -> list[dict]:
    """A QGIS fill drawing as a Leaflet polygon: the fill, then a dashed outline as a
    second layer (a fill's own outline knows only Qt's dash)."""
    fill = {"color": rgba(colour, fill_opacity)}
    if outline.get("use_custom_dash") == "1":
        return [fill | {"outline_style": "no"}, outline]
    return [fill | {"outline_color": outline["line_color"],
                    "outline_width": outline["line_width"], "outline_style": "solid"}]


def assert_draws(layers: list[dict], expected: list[dict]) -> None:
    """QGIS's symbol ``layers`` hold the ``expected`` options (and no other layer)."""
    assert [{k: got.get(k) for k in want} for got, want in zip(layers, expected)] == expected
    assert len(layers) == len(expected)


@pytest.fixture(scope="module")
def mixed():
    """The .qml of each layer holding a point, a line and an area (a rule-based renderer
    with a symbol per category and kind of geometry)."""
    shapes = [Point(45, 40), LineString([(45, 40), (46, 40)]),
              Polygon([(45, 40), (46, 40), (46, 41)])]
    columns = {"places": PLACE_COLUMNS, "incidents": INCIDENT_COLUMNS,
               "claims": CLAIM_COLUMNS, "overlays": OVERLAY_COLUMNS}

    def qml(layer: str) -> ET.Element:
        rows = frame([dict(id=f"x{i}", geometry=g) for i, g in enumerate(shapes)],
                     columns[layer])
        return parse(layer_style(layer, rows, lists_as_arrays=True).qml())

    return {layer: qml(layer) for layer in columns}


def test_incidents_draw_the_map_symbols(mixed):
    sizes, shapes = symbols()["incident"], qgis_settings()["incident_marker_shapes"]
    outline = sizes["area"]
    for event_type, colour in palette()["event_type"].items():
        points, lines, areas = (drawn(mixed["incidents"], event_type, k) for k in KINDS)
        if event_type in shapes:  # diplomatic: a solid diamond
            assert_draws(points, [marker(shapes[event_type], sizes["diplomatic_size"] / 2,
                                         colour, 1.0, sizes["outline"],
                                         sizes["diplomatic_outline_weight"])])
        else:
            assert_draws(points, [marker("circle", sizes["radius"], colour,
                                         sizes["fill_opacity"], sizes["outline"],
                                         sizes["outline_weight"])])
        assert_draws(lines, [stroke(colour, sizes["line_weight"],
                                    opacity=sizes["line_opacity"])])
        # known only by region or country: a light fill inside a thin dashed outline
        assert outline["dash"]
        assert_draws(areas, area(colour, outline["fill_opacity"], stroke(
            colour, outline["weight"], outline["dash"], outline["opacity"])))


def test_claims_draw_the_map_symbols(mixed):
    sizes, stances = symbols()["claim"], palette()["stance"]
    assert stances["asserts"].get("dash") is None and stances["denies"]["dash"]
    assert stances["denies"]["fill_opacity"] < stances["asserts"]["fill_opacity"]
    for country, colour in palette()["claimant_country"].items():
        for stance, look in stances.items():
            points, lines, areas = (drawn(mixed["claims"], f"{country} – {stance}", k)
                                    for k in KINDS)
            # a triangle, as the map draws a claim (incidents are circles)
            assert_draws(points, [marker("triangle", sizes["radius"] * sizes["triangle_scale"],
                                         colour, look["fill_opacity"], colour,
                                         look["weight"], dashed=bool(look.get("dash")))])
            assert_draws(lines, [stroke(colour, look["weight"], look.get("dash"),
                                        sizes["line_opacity"])])
            assert_draws(areas, area(colour, sizes["area"]["fill_opacity"], stroke(
                colour, sizes["area"]["weight"], look.get("dash"),
                sizes["area"]["opacity"])))


def test_places_draw_the_map_symbols(mixed):
    sizes, colour = symbols()["place"], palette()["place"]
    points, lines, areas = (drawn(mixed["places"], kind=kind) for kind in KINDS)
    assert_draws(points, [marker("circle", sizes["radius"], colour, 1.0, sizes["outline"],
                                 sizes["outline_weight"])])
    assert_draws(lines, [stroke(colour, sizes["line_weight"])])
    assert_draws(areas, area(colour, sizes["area"]["fill_opacity"],
                             stroke(colour, sizes["area"]["weight"])))


@pytest.mark.parametrize("role", ["border", "iran_armenia_border", "corridor", "user"])
def test_overlays_draw_the_map_symbols(mixed, role):
    sizes, colour = symbols()["overlay"], palette()["overlay"][role]
    points, lines, areas = (drawn(mixed["overlays"], role.replace("_", " "), k)
                            for k in KINDS)
    line = stroke(colour, sizes[role]["weight"], sizes[role]["dash"], sizes["opacity"])
    assert_draws(lines, [line])
    assert_draws(areas, area(colour, sizes["fill_opacity"], line))
    point = sizes["point"]
    assert_draws(points, [marker("circle", point["radius"], colour, point["fill_opacity"],
                                 colour, point["weight"])])
    if role == "corridor":
        assert line["use_custom_dash"] == "1"  # the proposed corridor is dashed


def test_qgis_settings_repeat_nothing_the_map_draws():
    """Colours, widths, dashes and opacities come from the map's files only, read by the
    map's own loaders."""
    from geomap.export import styles

    assert styles.symbols is symbols and styles.palette is palette

    def keys(value):
        if isinstance(value, dict):
            for key, inner in value.items():
                yield key
                yield from keys(inner)

    drawn_words = ("colour", "color", "opacity", "weight", "width", "dash", "radius",
                   "outline")
    assert not [k for k in keys(qgis_settings()) if any(w in k for w in drawn_words)]


# --- what the map's legend shows ------------------------------------------------------

class LegendItems(HTMLParser):
    """The legend's entries as (list number, text, svg shape tag, its attributes)."""

    SHAPES = ("circle", "rect", "line", "polygon")

    def __init__(self):
        super().__init__()
        self.items: list[tuple[int, str, str, dict]] = []
        self._list = -1
        self._shape = None
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "ul":
            self._list += 1
        elif tag == "li":
            self._shape, self._text = None, []
        elif tag in self.SHAPES and self._shape is None:
            self._shape = (tag, dict(attrs))

    def handle_data(self, data):
        self._text.append(data)

    def handle_endtag(self, tag):
        if tag == "li" and self._shape:
            text = " ".join("".join(self._text).split())
            self.items.append((self._list, text, *self._shape))
            self._shape = None


#: the legend's lists: incidents, claimants, stances, reference
INCIDENTS, CLAIMANTS, STANCES, REFERENCE = range(4)


@pytest.fixture
def legend(export_result) -> list[tuple[int, str, str, dict]]:
    """The legend of the map of the build the exports are written from."""
    from geomap.render import build_map

    page = build_map(export_result).get_root().render()
    parser = LegendItems()
    parser.feed(page.split('class="gm-panel gm-legend"')[1].split("</details>")[0])
    return parser.items


def rgb(qgis: str) -> str:
    return qgis.rsplit(",", 1)[0]


def test_qgis_draws_what_the_legend_shows(legend, exported):
    """The legend draws swatches with the map's own colours, opacities, outlines and
    dashes (some shrunk to fit 16 px); QGIS draws each with the same ones."""
    qml = {layer: read(exported / f"{layer}.qml")
           for layer in ("incidents", "claims", "places", "overlays")}
    codes = [f["properties"]["claimant_country"] for f in json.loads(
        (exported / "claims.geojson").read_text(encoding="utf-8"))["features"]]
    event_types, claimants = palette()["event_type"], claimant_palette(codes)
    overlay_roles = {label: role for role, label in LEGEND_OVERLAYS.items()}
    checked = []
    for section, text, tag, svg in legend:
        if section == INCIDENTS and text == "only a region or country known":
            fill, outline = drawn(qml["incidents"], "Battles", "areas")
            assert outline["customdash"] == dash(svg["stroke-dasharray"])
            assert outline["line_width"] == mm(svg["stroke-width"])
        elif section == INCIDENTS and text == "only denied":
            (symbol,) = drawn(qml["incidents"], "Battles – only denied", "points")
            assert symbol["outline_style"] == "dash"      # a marker knows only Qt's dash
            assert symbol["outline_width"] == mm(svg["stroke-width"])
            assert symbol["color"].rsplit(",", 1)[1] == rgba(
                "#777", svg["fill-opacity"]).rsplit(",", 1)[1]
        elif section == INCIDENTS and text == "disputed":
            label = "Battles – disputed (asserted and denied)"
            (symbol,) = drawn(qml["incidents"], label, "points")
            assert symbol["outline_color"] == rgba(svg["stroke"])
            assert symbol["outline_width"] == mm(svg["stroke-width"])
            (line,) = drawn(qml["incidents"], label, "lines")
            assert line["use_custom_dash"] == "1"
        elif section == INCIDENTS and tag != "line":  # an event type
            (symbol,) = drawn(qml["incidents"], text if text in event_types else "other",
                              "points")
            assert rgb(symbol["color"]) == rgb(rgba(svg["fill"]))
            assert symbol["outline_color"] == rgba(svg["stroke"])
            assert symbol["outline_width"] == mm(svg["stroke-width"])
            if tag == "circle":
                assert symbol["color"] == rgba(svg["fill"], svg["fill-opacity"])
            else:
                assert symbol["name"] == "diamond"
        elif section == CLAIMANTS:
            (code,) = [c for c, colour in claimants.items() if colour == svg["fill"]]
            (symbol,) = drawn(qml["claims"], f"{code} – asserts", "points")
            assert symbol["color"] == rgba(svg["fill"], svg["fill-opacity"])
        elif section == STANCES:
            stance = "denies" if "denies" in text else "asserts"
            (symbol,) = drawn(qml["claims"], f"AM – {stance}", "points")
            (line,) = drawn(qml["claims"], f"AM – {stance}", "lines")
            assert symbol["color"] == rgba(claimants["AM"], svg["fill-opacity"])
            if "stroke-dasharray" in svg:
                assert symbol["outline_style"] == "dash"
                assert line["customdash"] == dash(svg["stroke-dasharray"])
            else:
                assert symbol["outline_style"] == "solid" and line["use_custom_dash"] == "0"
        elif text == "place named in an article":
            (symbol,) = drawn(qml["places"])
            assert symbol["color"] == rgba(svg["fill"])
            assert symbol["outline_color"] == rgba(svg["stroke"])
            assert symbol["size"] == mm(2 * float(svg["r"]))
        elif text in overlay_roles:
            (line,) = drawn(qml["overlays"], overlay_roles[text].replace("_", " "))
            assert rgb(line["line_color"]) == rgb(rgba(svg["stroke"]))
            assert line["line_width"] == mm(svg["stroke-width"])
            if "stroke-dasharray" in svg:
                assert line["customdash"] == dash(svg["stroke-dasharray"])
            else:
                assert line["use_custom_dash"] == "0"
        else:
            continue
        checked.append(text)
    # Battles, diplomatic, Protests (no colour of its own), the area, the asserted, the
    # disputed, the only denied and the unclaimed incident; Armenia, Azerbaijan, Ukraine
    # (other); both stances; the place; the Iran–Armenia border and the corridor
    assert len(checked) == 8 + 3 + 2 + 1 + 2, checked


# --- renderers, categories and keys ---------------------------------------------------

def test_incident_colours_are_the_palette(exported):
    root = read(exported / "incidents.qml")
    renderer = root.find("renderer-v2")
    # the incidents mix points, lines and areas: rules split each category by geometry
    assert renderer.get("type") == "RuleRenderer"
    by_symbol = symbols_of(root)
    colours = palette()["event_type"]
    rules = renderer.find("rules")
    labels = [r.get("label") for r in rules]
    standings = ("", " – only denied", " – disputed (asserted and denied)")
    assert labels == [f"{k}{standing}" for k in colours for standing in standings]
    for rule in rules:
        expected = colours[rule.get("label").split(" – ")[0]]
        children = list(rule)
        assert [c.get("label") for c in children] == list(KINDS)
        for child in children:
            symbol = by_symbol[child.get("symbol")]
            assert colour_of(symbol).split(",")[:3] == qgis_colour(expected).split(",")[:3]
        assert [by_symbol[c.get("symbol")].get("type") for c in children] == [
            "marker", "line", "fill"]
    # an unknown event type is "other" by the key expression itself, denied or not
    assert rules[-2].get("label") == "other – only denied"


def test_one_geometry_kind_gives_a_categorised_renderer(exported):
    root = read(exported / "overlays.qml")
    renderer = root.find("renderer-v2")
    assert renderer.get("type") == "categorizedSymbol"
    by_symbol = symbols_of(root)
    categories = {c.get("value"): by_symbol[c.get("symbol")]
                  for c in renderer.find("categories")}
    for key, colour in palette()["overlay"].items():
        assert colour_of(categories[key]).split(",")[:3] == qgis_colour(colour).split(",")[:3]
    assert options(categories["corridor"].find("layer"))["use_custom_dash"] == "1"
    assert options(categories["border"].find("layer"))["use_custom_dash"] == "0"
    assert "" in categories  # "all other values"


def test_claims_denies_is_hollow_and_dashed(export_frames):
    points = export_frames["claims"].iloc[[2]]
    root = parse(layer_style("claims", points, lists_as_arrays=True).qml())
    assert root.find("renderer-v2").get("type") == "categorizedSymbol"
    for country in palette()["claimant_country"]:
        (asserts,) = drawn(root, f"{country} – asserts")
        (denies,) = drawn(root, f"{country} – denies")
        assert denies["outline_style"] == "dash" and asserts["outline_style"] == "solid"
        assert int(denies["color"].split(",")[3]) < int(asserts["color"].split(",")[3])


def test_places_are_labelled(exported):
    root = read(exported / "places.qml")
    assert root.get("labelsEnabled") == "1"
    assert root.find("labeling/settings/text-style").get("fieldName") == "name"
    assert root.find("renderer-v2").get("type") == "singleSymbol"
    (symbol,) = symbols_of(root).values()
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


@pytest.mark.parametrize("colour, opacity, expected", [
    ("#d7301f", 1.0, "215,48,31,255"), ("#222222", 0.5, "34,34,34,128"),
    ("#3182bd", 0.0, "49,130,189,0"),
])
def test_qgis_colour(colour, opacity, expected):
    assert qgis_colour(colour, opacity) == expected


@pytest.mark.parametrize("country, stance, key", [
    ("AM", "asserts", "AM asserts"), ("AZ", "denies", "AZ denies"),
    ("UA", "denies", "other denies"), (None, None, "other asserts"),
])
def test_claim_key(country, stance, key):
    assert claim_key(country, stance) == key


@pytest.mark.parametrize("event_type, stances, key", [
    ("Battles", "asserts", "Battles"), ("Battles", "denies", "Battles denied"),
    ("Battles", "asserts and denies", "Battles disputed"),
    ("Protests", "denies", "Protests denied"),
    ("Looting", "denies", "other denied"), (None, "", "other"),
])
def test_incident_key(event_type, stances, key):
    assert incident_key(event_type, stances) == key


@pytest.mark.parametrize("kind, countries, key", [
    ("border", ["AM", "IR"], "iran_armenia_border"), ("border", ["IR", "AM"],
                                                       "iran_armenia_border"),
    ("border", ["AM", "AZ"], "border"), ("corridor", ["AZ", "AM"], "corridor"),
    ("railway", [], ""),
])
def test_overlay_key(kind, countries, key):
    assert overlay_key(kind, countries) == key


def test_text_is_escaped(exported):
    # labels, expressions and map tips are XML-escaped: the file parses
    for layer in ("places", "incidents", "claims", "overlays"):
        read(exported / f"{layer}.qml")


# --- coarse placements: weaker, by data-defined properties -----------------------------

ALL = frozenset({POINTS, LINES, AREAS})


COARSE = '"geo_precision" = 3'


def overrides(style, kind: str) -> list[dict]:
    """The data-defined properties of each symbol of ``kind`` (marker, line, fill) of
    ``style``, one dict per symbol layer."""
    return [dict(layer.data_defined) for symbol in style.symbols if symbol.type == kind
            for layer in symbol.layers]


def test_a_whole_border_incident_is_a_thinner_fainter_line_in_qgis():
    coarse = symbols()["coarse"]
    lines = overrides(incidents_style(ALL), "line")
    assert lines and all(COARSE in o["outlineWidth"] and COARSE in o["outlineColor"]
                         for o in lines)
    battles = lines[0]       # the first category: Battles, asserted
    assert f"THEN {mm_as_written(coarse['line_weight'])} END" in battles["outlineWidth"]
    faint = qgis_colour(palette()["event_type"]["Battles"],
                        symbols()["incident"]["line_opacity"] * coarse["opacity_scale"])
    assert f"'{faint}'" in battles["outlineColor"]


@pytest.mark.parametrize("style", [incidents_style(ALL), claims_style(ALL, ["AM", "IR"])],
                         ids=["incidents", "claims"])
def test_a_country_wide_placement_is_not_filled_in_qgis(style):
    fills = [o for o in overrides(style, "fill") if "fillColor" in o]
    assert fills
    for o in fills:       # alpha 0: unfilled, whatever the colour
        assert COARSE in o["fillColor"] and o["fillColor"].endswith(",0' END")


def test_precise_features_keep_their_own_look():
    """The expressions are NULL unless coarse: QGIS then draws the option's value."""
    for o in overrides(incidents_style(ALL), "marker"):
        for expression in o.values():
            assert expression.startswith(f"CASE WHEN {COARSE} THEN ") and \
                expression.endswith(" END") and " ELSE " not in expression


def test_the_qml_carries_the_data_defined_properties():
    qml = incidents_style(ALL).qml()
    root = ET.fromstring(qml.split("\n", 1)[1])
    names = {o.get("name") for o in root.iter("Option")}
    assert {"outlineWidth", "outlineColor", "fillColor"} <= names


# --- standings: one table --------------------------------------------------------------

def test_the_standings_are_one_table_in_the_legends_order():
    assert [s.key for s in standings()] == ["asserted", "disputed", "denied", "unclaimed"]
    assert [s.label for s in standings()] == ["asserted", "disputed", "only denied",
                                              "no claim"]
    assert standing_of("asserts and denies").key == "disputed"
    assert standing_of("").key == standing_of(None).key == "unclaimed"


@pytest.mark.parametrize("stances, key", [
    ("asserts", "Battles"), ("asserts and denies", "Battles disputed"),
    ("denies", "Battles denied"), ("", "Battles"), (None, "Battles")])
def test_qgis_categories_follow_the_standings(stances, key):
    assert incident_key("Battles", stances) == key
    # the expression QGIS evaluates names every standing drawn apart, by its stances
    for s in standings():
        if s.drawn:
            assert f"\"stances\" = '{s.stances}' THEN ' {s.drawn}'" in \
                incident_key_expression()
    labels = [c.label for c in incidents_style(ALL).categories][:3]
    assert labels == ["Battles", "Battles – only denied",
                      "Battles – disputed (asserted and denied)"]
