"""QGIS layer styles (.qml) that draw geomap's layers as the HTML map draws them.

The map and these styles read one definition of the symbols: colours from
``geomap/data/palette.yaml`` and sizes, dashes and opacities from
``geomap/data/symbols.yaml``, through the loaders the map itself uses
(``geomap.palette.palette`` and ``geomap.palette.symbols``). The map's CSS pixels
become mm at 96 dpi, so that prints scale; ``data/qgis.yaml`` adds only what the map has
no notion of (QGIS marker names, place labels). The XML comes from
``templates/layer.qml.jinja``:

- places: one grey point symbol, labelled with the place name;
- incidents: categorised by ``event_type`` (the map's event colours; unknown types fall
  in the "other" category) and its standing (symbols.yaml ``standings``: only denied
  dashed and pale, disputed ringed); diplomatic events are diamonds, an incident known
  only by its region or country a light area inside a dotted outline;
- claims: categorised by claimant country × stance: ``asserts`` is solid, ``denies``
  hollow and dashed, as on the map;
- incidents and claims placed only along a whole border, over a region or a country
  (``geo_precision`` 3) are drawn weaker, as on the map (symbols.yaml ``coarse``):
  each symbol layer carries data-defined widths and colours on ``geo_precision``;
- overlays: categorised by ``kind`` (the Armenia–Iran border and the corridor have their
  own colours and widths, the corridor is dashed).

A layer holding one kind of geometry gets a categorised renderer with symbols of that
kind. A layer that mixes points, lines and areas (an incident at a village next to one
along a border stretch) gets a rule-based renderer instead, each category split by
``geometry_type($geometry)``: a QGIS symbol draws only its own kind of geometry, and QGIS
types a mixed layer after its first feature, so one symbol per category would hide the
rest (geometry-generator sub-symbols do not help: QGIS skips them too).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache

import geopandas as gpd
import jinja2
import shapely
import yaml

from ..palette import (claimant_key, claimant_kinds, claimant_palette, palette,
                       standing_of, standings, symbols)
from ..paths import PACKAGE_DIR


HERE = PACKAGE_DIR / "export"

#: geometry dimensions: 0 points, 1 lines, 2 areas
POINTS, LINES, AREAS = 0, 1, 2
#: the GeoPackage layer of the countries drawn grey under the QGIS project's layers (it
#: has no network for a tile base map): geometry.Boundaries.land
BASE_LAYER = "countries"

#: a CSS pixel (the map's unit) in mm: 1/96 inch
MM_PER_PX = 25.4 / 96


@lru_cache(maxsize=1)
def qgis_settings() -> dict:
    """What only QGIS needs (``data/qgis.yaml``): marker names and place labels."""
    with open(HERE / "data" / "qgis.yaml", encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@lru_cache(maxsize=1)
def _template() -> jinja2.Template:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"),
                             autoescape=True, trim_blocks=False, lstrip_blocks=False,
                             keep_trailing_newline=True, undefined=jinja2.StrictUndefined)
    return env.get_template("layer.qml.jinja")


@dataclass(frozen=True)
class SymbolLayer:
    """One QGIS symbol layer: its class (SimpleMarker, SimpleLine, SimpleFill), its
    options as QGIS names them, and its data-defined properties (QGIS property name,
    expression), each overriding an option where its expression is not NULL."""

    cls: str
    options: tuple[tuple[str, str], ...]
    data_defined: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Symbol:
    type: str  # marker | line | fill
    layers: tuple[SymbolLayer, ...]


# How a feature looks, in the map's terms (Leaflet's path options): widths and sizes in
# CSS pixels, dashes as Leaflet dash arrays in pixels ("6 6"), opacities 0..1.

@dataclass(frozen=True)
class Stroke:
    colour: str
    weight: float
    dash: str | None = None
    opacity: float = 1.0


@dataclass(frozen=True)
class Marker:
    """A point: a QGIS marker ``shape`` ``size`` px across, filled with ``colour`` at
    ``fill_opacity``, inside ``outline``."""

    shape: str
    size: float
    colour: str
    fill_opacity: float
    outline: Stroke


@dataclass(frozen=True)
class Area:
    colour: str
    fill_opacity: float
    outline: Stroke


@dataclass(frozen=True)
class Look:
    """How one category is drawn on each kind of geometry, as the map's ``marker``,
    ``line`` and ``area`` styles draw it (``render/templates/geomap.js``); ``coarse``:
    how it is drawn where only a whole border, a region or a country is known
    (symbols.yaml ``coarse``), None where that makes no difference."""

    marker: Marker
    line: Stroke
    area: Area
    coarse: Look | None = None


@dataclass(frozen=True)
class Category:
    value: str  # "" is QGIS's "all other values"
    label: str
    look: Look


@dataclass(frozen=True)
class Rule:
    """A rule of QGIS's rule-based renderer: ``filter`` is a QGIS expression or ELSE."""

    key: str
    filter: str | None
    label: str
    symbol: int | None = None
    children: tuple[Rule, ...] = ()


#: QGIS geometry_type() names of each dimension, and legend labels
GEOMETRY_FILTERS = {POINTS: ("Point", "points"), LINES: ("Line", "lines"),
                    AREAS: ("Polygon", "areas")}


def quote_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def quote_field(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


@dataclass(frozen=True)
class LayerStyle:
    """Everything the QML template needs for one layer.

    ``attribute`` is the field (or expression) the categories key on; without categories
    every feature gets the ``look`` symbol. ``dimensions`` are the geometry dimensions the
    layer holds: one → categorised (or single) symbols of that kind; several → a
    rule-based renderer whose rules split each category by geometry type."""

    layer: str
    dimensions: frozenset[int]
    attribute: str | None = None
    categories: tuple[Category, ...] = ()
    look: Look | None = None
    label_field: str | None = None
    label: dict = field(default_factory=dict)
    display_expression: str = '"id"'
    map_tip: str = ""

    @property
    def renderer(self) -> str:
        if len(self.dimensions) != 1:
            return "RuleRenderer"
        return "categorizedSymbol" if self.categories else "singleSymbol"

    @property
    def symbols(self) -> list[Symbol]:
        """The renderer's symbols, indexed as categories and rules refer to them."""
        looks = [c.look for c in self.categories] or [self.look]
        if self.renderer != "RuleRenderer":
            return [feature_symbol(look, self.dimensions) for look in looks]
        return [feature_symbol(look, frozenset({dim}))
                for look in looks for dim in sorted(self.dimensions)]

    @property
    def rules(self) -> list[Rule]:
        """Rules of the rule-based renderer: one per category, each split by geometry."""
        dims = sorted(self.dimensions)

        def by_geometry(prefix: str, first_symbol: int) -> tuple[Rule, ...]:
            return tuple(Rule(f"{prefix}-{GEOMETRY_FILTERS[d][0].lower()}",
                              f"geometry_type($geometry) = '{GEOMETRY_FILTERS[d][0]}'",
                              GEOMETRY_FILTERS[d][1], first_symbol + i)
                         for i, d in enumerate(dims))

        if not self.categories:
            return list(by_geometry("all", 0))
        key = self.attribute if self.attribute_is_expression else quote_field(self.attribute)
        rules = []
        for index, category in enumerate(self.categories):
            condition = "ELSE" if category.value == "" else \
                f"({key}) = {quote_literal(category.value)}"
            rules.append(Rule(f"c{index}", condition, category.label,
                              children=by_geometry(f"c{index}", index * len(dims))))
        # QGIS applies ELSE to what no sibling matched; keep it last.
        return sorted(rules, key=lambda r: r.filter == "ELSE")

    @property
    def attribute_is_expression(self) -> bool:
        return bool(self.attribute) and not self.attribute.isidentifier()

    def qml(self, *, embedded: bool = False) -> str:
        """The style as a .qml document, or (``embedded``) only its elements, for a
        ``<maplayer>`` of a QGIS project."""
        return _template().render(style=self, embedded=embedded)


def qgis_colour(hex_colour: str, opacity: float = 1.0) -> str:
    """``#d7301f`` → ``215,48,31,255`` (QGIS's r,g,b,a)."""
    value = hex_colour.lstrip("#")
    red, green, blue = (int(value[i:i + 2], 16) for i in (0, 2, 4))
    return f"{red},{green},{blue},{round(255 * opacity)}"


def mm(px: float) -> str:
    """CSS pixels of the map → mm, as written in a QML file."""
    return f"{float(px) * MM_PER_PX:.3g}"


def dash_mm(pattern_px: str | None) -> str | None:
    """A Leaflet dash array in CSS pixels ("6 6") → QGIS's custom dash in mm ("1.59;1.59")."""
    if not pattern_px:
        return None
    return ";".join(mm(part) for part in str(pattern_px).replace(",", " ").split())


def _stroke(prefix: str, stroke: Stroke) -> list[tuple[str, str]]:
    options = [(f"{prefix}color", qgis_colour(stroke.colour, stroke.opacity)),
               (f"{prefix}width", mm(stroke.weight)), (f"{prefix}width_unit", "MM")]
    if prefix == "line_":
        options += [("line_style", "solid"), ("capstyle", "round"), ("joinstyle", "round")]
        options += ([("use_custom_dash", "1"), ("customdash", dash_mm(stroke.dash)),
                     ("customdash_unit", "MM")] if stroke.dash else [("use_custom_dash", "0")])
    else:  # a marker's or a fill's outline knows only Qt's dash
        options += [(f"{prefix}style", "dash" if stroke.dash else "solid")]
    return options


def line_symbol(stroke: Stroke) -> Symbol:
    return Symbol("line", (SymbolLayer("SimpleLine", tuple(_stroke("line_", stroke))),))


def fill_symbol(area: Area) -> Symbol:
    """An area: a translucent fill inside a (possibly dashed) outline. QGIS's simple fill
    outline knows only Qt's dash, so a custom dash is drawn by a second, line layer."""
    fill = [("color", qgis_colour(area.colour, area.fill_opacity)), ("style", "solid"),
            ("joinstyle", "round")]
    if not area.outline.dash:
        fill += _stroke("outline_", area.outline)
        return Symbol("fill", (SymbolLayer("SimpleFill", tuple(fill)),))
    fill += [("outline_style", "no")]
    return Symbol("fill", (SymbolLayer("SimpleFill", tuple(fill)),
                           SymbolLayer("SimpleLine", tuple(_stroke("line_", area.outline)))))


def marker_symbol(marker: Marker) -> Symbol:
    options = [("name", marker.shape),
               ("color", qgis_colour(marker.colour, marker.fill_opacity)),
               ("size", mm(marker.size)), ("size_unit", "MM"),
               ("scale_method", "diameter"), ("joinstyle", "round"),
               *_stroke("outline_", marker.outline)]
    return Symbol("marker", (SymbolLayer("SimpleMarker", tuple(options)),))


def feature_symbol(look: Look, dimensions: frozenset[int]) -> Symbol:
    """The symbol drawing ``look`` on features of one dimension; where ``look`` has a
    ``coarse`` look, its symbol layers draw that one on features of coarse precision."""
    (dimension,) = dimensions

    def plain(look: Look) -> Symbol:
        if dimension == POINTS:
            return marker_symbol(look.marker)
        return line_symbol(look.line) if dimension == LINES else fill_symbol(look.area)

    symbol = plain(look)
    if look.coarse is None:
        return symbol
    return Symbol(symbol.type, tuple(
        SymbolLayer(layer.cls, layer.options, coarse_overrides(layer, weaker))
        for layer, weaker in zip(symbol.layers, plain(look.coarse).layers)))


#: the options a coarse look may change, per symbol layer class, and the QGIS
#: data-defined property that overrides each
DATA_DEFINED = {
    "SimpleLine": {"line_color": "outlineColor", "line_width": "outlineWidth"},
    "SimpleFill": {"color": "fillColor", "outline_color": "outlineColor",
                   "outline_width": "outlineWidth"},
    "SimpleMarker": {"color": "fillColor", "outline_color": "outlineColor",
                     "outline_width": "outlineWidth", "size": "size"},
}


def coarse_condition() -> str:
    """QGIS expression: the feature is placed only along a whole border, over a region
    or a country."""
    return f'"geo_precision" = {int(symbols()["coarse"]["geo_precision"])}'


def coarse_overrides(layer: SymbolLayer, weaker: SymbolLayer) -> tuple[tuple[str, str], ...]:
    """Data-defined properties giving ``layer`` the values of ``weaker`` (the same symbol
    layer of the coarse look) on coarse features, and its own elsewhere (a NULL
    expression leaves QGIS the option's value)."""
    mine, theirs = dict(layer.options), dict(weaker.options)
    overrides = []
    for option, prop in DATA_DEFINED.get(layer.cls, {}).items():
        if option in mine and mine[option] != theirs.get(option):
            value = theirs[option]
            literal = quote_literal(value) if "color" in option else value
            overrides.append((prop, f"CASE WHEN {coarse_condition()} THEN {literal} END"))
    return tuple(overrides)


def geometry_dimensions(frame: gpd.GeoDataFrame) -> frozenset[int]:
    """Dimensions present among the frame's geometries (collections counted by part)."""
    geoms = shapely.get_parts(frame.geometry.values[~frame.geometry.isna().values],
                              return_index=False)
    geoms = geoms[~shapely.is_empty(geoms)] if len(geoms) else geoms
    while len(geoms) and (shapely.get_type_id(geoms) == 7).any():
        geoms = shapely.get_parts(geoms)
    return frozenset(int(d) for d in set(shapely.get_dimensions(geoms).tolist()))


# --- the map's looks (the marker, line and area styles of render/templates/geomap.js) --

def circle(radius: float, colour: str, fill_opacity: float, outline: Stroke) -> Marker:
    """Leaflet's circle marker: ``radius`` px to the middle of its outline."""
    return Marker(qgis_settings()["marker_shape"], 2 * radius, colour, fill_opacity, outline)


def place_look() -> Look:
    sizes, colour = symbols()["place"], palette()["place"]
    return Look(
        marker=circle(sizes["radius"], colour, 1.0,
                      Stroke(sizes["outline"], sizes["outline_weight"])),
        line=Stroke(colour, sizes["line_weight"]),
        area=Area(colour, sizes["area"]["fill_opacity"],
                  Stroke(colour, sizes["area"]["weight"])))


def incident_look(event_type: str, colour: str, standing: str = "") -> Look:
    """Circles outlined in dark grey (diplomatic events: solid diamonds), thick lines, and
    light areas inside a thin dotted outline; an incident only denied (``standing``
    "denied") is dashed and pale (symbols.yaml ``incident.denied``: its lines and
    outlines at ``opacity_scale``, its fills at ``fill_scale``); a disputed one (asserted
    and denied) has a black ring, a dash-dot line, a doubled outline
    (``incident.disputed``). Its ``coarse`` look is thinner and fainter (``weakened``)."""
    sizes = symbols()["incident"]
    area = sizes["area"]
    denied = standing == "denied"
    ring = sizes["disputed"] if standing == "disputed" else None
    dash = sizes["denied"]["dash"] if denied else ring["dash"] if ring else None
    scale = sizes["denied"]["fill_scale"] if denied else 1.0
    pale = sizes["denied"]["opacity_scale"] if denied else 1.0      # lines, outlines
    diamond = qgis_settings()["incident_marker_shapes"].get(event_type)
    if diamond:
        marker = Marker(diamond, sizes["diplomatic_size"], colour, 1.0,
                        Stroke(sizes["outline"], sizes["diplomatic_outline_weight"]))
    elif ring:
        marker = circle(sizes["radius"], colour, sizes["fill_opacity"],
                        Stroke(ring["outline"], ring["outline_weight"]))
    else:
        marker = circle(sizes["radius"], colour, sizes["fill_opacity"] * scale,
                        Stroke(sizes["outline"], sizes["outline_weight"], dash))
    look = Look(marker=marker,
                line=Stroke(colour, sizes["line_weight"], dash, sizes["line_opacity"] * pale),
                area=Area(colour, area["fill_opacity"] * scale,
                          Stroke(colour, ring["area_weight"] if ring else area["weight"],
                                 area.get("dash") if ring else dash or area.get("dash"),
                                 area["opacity"] * pale)))
    return replace(look, coarse=weakened(look))


def _fainter(stroke: Stroke, scale: float, weight: float | None = None) -> Stroke:
    return Stroke(stroke.colour, stroke.weight if weight is None else weight, stroke.dash,
                  stroke.opacity * scale)


def weakened(look: Look) -> Look:
    """``look`` as drawn where only a whole border, a region or a country is known
    (symbols.yaml ``coarse``, as geomap.js ``coarse``): lines no wider than the coarse
    width (an incident's 8 px band narrower, a claim's thin line as it is) and fainter,
    areas unfilled inside a fainter outline, points' fill and outline fainter."""
    c = symbols()["coarse"]
    scale = c["opacity_scale"]
    m = look.marker
    return Look(
        marker=Marker(m.shape, m.size, m.colour, m.fill_opacity * c["fill_scale"],
                      _fainter(m.outline, scale)),
        line=_fainter(look.line, scale, min(look.line.weight, c["line_weight"])),
        area=Area(look.area.colour, c["area_fill_opacity"],
                  _fainter(look.area.outline, scale)))


def claim_look(stance: str, colour: str) -> Look:
    """A point is a triangle (symbols.yaml ``claim.shape``); the stance (palette.yaml)
    gives the outline's weight and dash and a point's fill:
    ``asserts`` solid, ``denies`` dashed and nearly hollow; fainter and unfilled where
    coarse (``weakened``)."""
    sizes = symbols()["claim"]
    area = sizes["area"]
    drawn = palette()["stance"][stance]
    # a triangle as the map draws it (geomap.js ClaimMarker): told apart from the
    # incidents' circles by shape
    look = Look(
        marker=Marker(qgis_settings()["claim_marker_shape"],
                      2 * sizes["radius"] * sizes["triangle_scale"], colour,
                      drawn["fill_opacity"], Stroke(colour, drawn["weight"], drawn.get("dash"))),
        line=Stroke(colour, drawn["weight"], drawn.get("dash"), sizes["line_opacity"]),
        area=Area(colour, area["fill_opacity"],
                  Stroke(colour, area["weight"], drawn.get("dash"), area["opacity"])))
    return replace(look, coarse=weakened(look))


def overlay_look(role: str, colour: str) -> Look:
    """The role's weight and dash (the corridor dashed); areas lightly filled."""
    sizes = symbols()["overlay"]
    drawn = sizes.get(role) or sizes["user"]  # as the map falls back for a role
    line = Stroke(colour, drawn["weight"], drawn.get("dash"), sizes["opacity"])
    point = sizes["point"]
    return Look(
        marker=circle(point["radius"], colour, point["fill_opacity"],
                      Stroke(colour, point["weight"])),
        line=line, area=Area(colour, sizes["fill_opacity"], line))


# --- the four layers ---------------------------------------------------------------------

def places_style(dimensions: frozenset[int]) -> LayerStyle:
    label = qgis_settings()["place_label"]
    return LayerStyle(
        layer="places", dimensions=dimensions or frozenset({POINTS}), look=place_look(),
        label_field="name",
        label={"size": label["size"], "colour": qgis_colour(palette()["place"]),
               "buffer_colour": qgis_colour(label["buffer"])},
        display_expression='"name"',
        map_tip='<b>[% "name" %]</b> ([% "kind" %], [% "country_code" %])')


def land_style() -> LayerStyle:
    """The grey base of countries (``BASE_LAYER``) as the map's offline base draws land
    (palette.yaml ``base``): a light fill inside a thin grey outline, the name as tip."""
    base = palette()["base"]
    outline = Stroke(base["land_outline"], 0.75)
    return LayerStyle(
        layer=BASE_LAYER, dimensions=frozenset({AREAS}),
        look=Look(marker=circle(1, base["land_outline"], 1.0, outline), line=outline,
                  area=Area(base["land"], 1.0, outline)),
        display_expression='"name"', map_tip='[% "name" %]')


def drawn_standings() -> tuple:
    """The standings (symbols.yaml ``standings``) drawn apart from the plain look, in
    the order of their keys, each once per look (QGIS's categories of each event type
    after the plain one)."""
    looks = {s.drawn: s for s in standings() if s.drawn}
    return tuple(sorted(looks.values(), key=lambda s: s.key))


def incident_key_expression() -> str:
    """QGIS expression giving an incident's category: its event type (``other`` for one
    without a colour), then " " and the look of its standing when that is not the plain
    one (`` denied`` when its claims only deny it, `` disputed`` when some assert and
    some deny it)."""
    listed = ", ".join(quote_literal(t) for t in palette()["event_type"] if t != "other")
    cases = " ".join(f"WHEN \"stances\" = {quote_literal(s.stances)} THEN "
                     f"{quote_literal(' ' + s.drawn)}"
                     for s in standings() if s.drawn)
    return (f"concat(CASE WHEN \"event_type\" IN ({listed}) THEN \"event_type\" "
            f"ELSE 'other' END, CASE {cases} ELSE '' END)")


def incident_key(event_type: str | None, stances: str | None) -> str:
    """The category :func:`incident_key_expression` gives an incident, in Python."""
    known = event_type if event_type in palette()["event_type"] else "other"
    drawn = standing_of(stances).drawn
    return known + (" " + drawn if drawn else "")


def incidents_style(dimensions: frozenset[int]) -> LayerStyle:
    looks = [("", "")] + [(s.drawn, s.category) for s in drawn_standings()]
    categories = [Category(name + (" " + drawn if drawn else ""),
                           name + label, incident_look(name, colour, drawn))
                  for name, colour in palette()["event_type"].items()
                  for drawn, label in looks]
    return LayerStyle(layer="incidents", dimensions=dimensions or frozenset({POINTS}),
                      attribute=incident_key_expression(), categories=tuple(categories),
                      display_expression="concat(\"date\", ' ', \"event_type\", ': ', "
                                         "\"summary\")",
                      map_tip='<b>[% "event_type" %]</b> [% "date" %]<br>[% "summary" %]')


def claim_key_expression(codes: Iterable = ()) -> str:
    """QGIS expression giving a claim's category: ``"<key> <stance>"``, where the key
    (``palette.claimant_key``) is the claimant's country when it has a colour
    (``palette.claimant_palette`` of the build's ``codes``), for a claimant that is no
    state its ``claimant_kind`` ("armed group", "monitor" …), else ``other``."""
    kinds = [k.key for k in claimant_kinds()]
    codes = [c for c in claimant_palette(codes) if c != "other" and c not in kinds]
    listed = ", ".join(quote_literal(c) for c in codes)
    kinds_listed = ", ".join(quote_literal(k) for k in kinds)
    return (f"concat(CASE WHEN \"claimant_country\" IN ({listed}) THEN \"claimant_country\" "
            f"WHEN coalesce(\"claimant_country\", '') = '' AND \"claimant_kind\" IN "
            f"({kinds_listed}) THEN \"claimant_kind\" ELSE 'other' END, ' ', "
            "CASE WHEN \"stance\" = 'denies' THEN 'denies' ELSE 'asserts' END)")


def claim_key(claimant_country: str | None, stance: str | None,
              codes: Iterable = (), claimant_kind: str | None = None) -> str:
    """The category :func:`claim_key_expression` gives a claim, in Python."""
    table = claimant_palette(codes)
    key = claimant_key(claimant_country, claimant_kind)
    key = key if key in table else "other"
    return f"{key} {'denies' if stance == 'denies' else 'asserts'}"


def claims_style(dimensions: frozenset[int], codes: Iterable = ()) -> LayerStyle:
    codes = tuple(codes)
    labels = {k.key: k.label for k in claimant_kinds()}
    categories = [Category(f"{key} {stance}", f"{labels.get(key, key)} – {stance}",
                           claim_look(stance, colour))
                  for key, colour in claimant_palette(codes).items()
                  for stance in ("asserts", "denies")]
    return LayerStyle(layer="claims", dimensions=dimensions or frozenset({POINTS}),
                      attribute=claim_key_expression(codes), categories=tuple(categories),
                      display_expression="concat(\"claimant\", ' ', \"stance\")",
                      map_tip='<b>[% "claimant" %]</b> [% "stance" %]:<br>[% "text" %]')


IRAN_ARMENIA = ("AM", "IR")


def overlay_key_expression(countries_as_list: bool) -> str:
    """QGIS expression giving an overlay's category: ``iran_armenia_border`` for a border
    between exactly Armenia and Iran, else its ``kind``. ``countries`` is a string list
    in GeoJSON and ``"; "``-joined text in GeoPackage, hence two forms."""
    first, second = IRAN_ARMENIA
    if countries_as_list:
        between = (f"array_length(\"countries\") = 2 AND array_contains(\"countries\", "
                   f"'{first}') AND array_contains(\"countries\", '{second}')")
    else:
        between = f"\"countries\" IN ('{first}; {second}', '{second}; {first}')"
    return (f"CASE WHEN \"kind\" = 'border' AND {between} THEN 'iran_armenia_border' "
            "ELSE \"kind\" END")


def overlay_key(kind: str | None, countries) -> str:
    """The category :func:`overlay_key_expression` gives an overlay, in Python
    ("" for a kind without its own colour)."""
    if kind == "border" and sorted(countries or ()) == sorted(IRAN_ARMENIA):
        return "iran_armenia_border"
    return kind if kind in palette()["overlay"] and kind != "other" else ""


def overlay_colour(kind: str | None, countries) -> str:
    colours = palette()["overlay"]
    key = overlay_key(kind, countries)
    return colours[key] if key else colours.get("other", colours["user"])


def overlays_style(dimensions: frozenset[int], countries_as_list: bool) -> LayerStyle:
    categories = [Category(role, role.replace("_", " "), overlay_look(role, colour))
                  for role, colour in palette()["overlay"].items() if role != "other"]
    categories.append(Category("", "other", overlay_look("user", overlay_colour(None, ()))))
    return LayerStyle(layer="overlays", dimensions=dimensions or frozenset({LINES}),
                      attribute=overlay_key_expression(countries_as_list),
                      categories=tuple(categories), display_expression='"name"',
                      map_tip='<b>[% "name" %]</b> ([% "kind" %])')


def layer_style(layer: str, frame: gpd.GeoDataFrame, *, lists_as_arrays: bool,
                dimensions: frozenset[int] | None = None) -> LayerStyle:
    """The style of one of the four layers for the geometries ``frame`` holds, or for
    ``dimensions`` only (a sublayer of one geometry kind in a QGIS project).
    ``lists_as_arrays``: True for GeoJSON (lists read as string lists), False for
    GeoPackage (lists joined as text)."""
    if dimensions is None:
        dimensions = geometry_dimensions(frame)
    if layer == "places":
        return places_style(dimensions)
    if layer == "incidents":
        return incidents_style(dimensions)
    if layer == "claims":
        return claims_style(dimensions, frame.get("claimant_country", ()))
    if layer == "overlays":
        return overlays_style(dimensions, lists_as_arrays)
    if layer == BASE_LAYER:
        return land_style()
    raise ValueError(f"no style for layer {layer!r}")
