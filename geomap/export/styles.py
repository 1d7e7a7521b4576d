"""QGIS layer styles (.qml) drawn with the HTML map's colours.

The colours come from ``geomap/data/palette.yaml`` (the map's own file), the sizes from
``data/qgis_symbols.yaml`` and the XML from ``templates/layer.qml.jinja``:

- places: one grey point symbol, labelled with the place name;
- incidents: categorised by ``event_type`` (the map's event colours; unknown types fall
  in the "other" category);
- claims: categorised by claimant country × stance: ``denies`` is hollow and dashed, as
  on the map;
- overlays: categorised by ``kind`` (the Iran–Armenia border and the corridor have their
  own colours, the corridor is dashed).

A layer holding one kind of geometry gets a categorised renderer with symbols of that
kind. A layer that mixes points, lines and areas (an incident at a village next to one
along a border stretch) gets a rule-based renderer instead, each category split by
``geometry_type($geometry)``: a QGIS symbol draws only its own kind of geometry, and QGIS
types a mixed layer after its first feature, so one symbol per category would hide the
rest (geometry-generator sub-symbols do not help: QGIS skips them too).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import geopandas as gpd
import jinja2
import shapely
import yaml

from ..palette import palette
from ..paths import PACKAGE_DIR

HERE = PACKAGE_DIR / "export"

#: geometry dimensions: 0 points, 1 lines, 2 areas
POINTS, LINES, AREAS = 0, 1, 2


@lru_cache(maxsize=1)
def symbol_sizes() -> dict:
    with open(HERE / "data" / "qgis_symbols.yaml", encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@lru_cache(maxsize=1)
def _template() -> jinja2.Template:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"),
                             autoescape=True, trim_blocks=False, lstrip_blocks=False,
                             keep_trailing_newline=True, undefined=jinja2.StrictUndefined)
    return env.get_template("layer.qml.jinja")


@dataclass(frozen=True)
class SymbolLayer:
    """One QGIS symbol layer: its class (SimpleMarker, SimpleLine, SimpleFill) and its
    options as QGIS names them."""

    cls: str
    options: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Symbol:
    type: str  # marker | line | fill
    layers: tuple[SymbolLayer, ...]


@dataclass(frozen=True)
class Look:
    """How a feature looks, whatever its geometry; widths and sizes in mm, dashes as
    QGIS's "dash;gap" in mm, opacities 0..1.

    Lines use ``width``, ``dash`` and ``stroke_opacity``; areas are filled at
    ``area_opacity`` inside an outline of ``area_width``/``area_dash``; points are
    ``marker_shape`` markers filled at ``fill_opacity`` with an outline of
    ``marker_outline`` (None: the colour itself), dashed when ``marker_dashed``."""

    colour: str
    width: float
    dash: str | None = None
    stroke_opacity: float = 1.0
    area_opacity: float = 0.1
    area_width: float | None = None      # None: ``width``
    area_dash: str | None = None
    fill_opacity: float = 1.0
    marker_shape: str = "circle"
    marker_size: float = 3.7
    marker_outline: str | None = None
    marker_outline_width: float = 0.26
    marker_dashed: bool = False


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

    def qml(self) -> str:
        return _template().render(style=self)


def qgis_colour(hex_colour: str, opacity: float = 1.0) -> str:
    """``#d7301f`` → ``215,48,31,255`` (QGIS's r,g,b,a)."""
    value = hex_colour.lstrip("#")
    red, green, blue = (int(value[i:i + 2], 16) for i in (0, 2, 4))
    return f"{red},{green},{blue},{round(255 * opacity)}"


def _mm(value: float) -> str:
    return f"{value:.3g}"


def _px(value: float) -> float:
    """CSS pixels of the HTML map → mm."""
    return float(value) * symbol_sizes()["mm_per_px"]


def _dash_mm(pattern_px: str | None) -> str | None:
    """A Leaflet dashArray in CSS pixels ("6 6") → QGIS's custom dash in mm ("1.59;1.59")."""
    if not pattern_px:
        return None
    return ";".join(_mm(_px(part)) for part in str(pattern_px).replace(",", " ").split())


def _stroke(prefix: str, colour: str, width: float, dash: str | None,
            opacity: float = 1.0) -> list[tuple[str, str]]:
    options = [(f"{prefix}color", qgis_colour(colour, opacity)),
               (f"{prefix}width", _mm(width)), (f"{prefix}width_unit", "MM")]
    if prefix == "line_":
        options += [("line_style", "solid"), ("capstyle", "round"), ("joinstyle", "round")]
        options += ([("use_custom_dash", "1"), ("customdash", dash),
                     ("customdash_unit", "MM")] if dash else [("use_custom_dash", "0")])
    else:
        options += [(f"{prefix}style", "dash" if dash else "solid")]
    return options


def line_symbol(look: Look) -> Symbol:
    options = _stroke("line_", look.colour, look.width, look.dash, look.stroke_opacity)
    return Symbol("line", (SymbolLayer("SimpleLine", tuple(options)),))


def fill_symbol(look: Look) -> Symbol:
    """An area: a translucent fill inside a (possibly dashed) outline. QGIS's simple fill
    outline knows only Qt's dash, so a custom dash is drawn by a second, line layer."""
    width = look.width if look.area_width is None else look.area_width
    fill = [("color", qgis_colour(look.colour, look.area_opacity)), ("style", "solid"),
            ("joinstyle", "round")]
    if not look.area_dash:
        fill += _stroke("outline_", look.colour, width, None, look.stroke_opacity)
        return Symbol("fill", (SymbolLayer("SimpleFill", tuple(fill)),))
    fill += [("outline_style", "no")]
    outline = _stroke("line_", look.colour, width, look.area_dash, look.stroke_opacity)
    return Symbol("fill", (SymbolLayer("SimpleFill", tuple(fill)),
                           SymbolLayer("SimpleLine", tuple(outline))))


def marker_symbol(look: Look) -> Symbol:
    outline = look.marker_outline or look.colour
    options = [("name", look.marker_shape),
               ("color", qgis_colour(look.colour, look.fill_opacity)),
               ("size", _mm(look.marker_size)), ("size_unit", "MM"),
               ("scale_method", "diameter"), ("joinstyle", "round"),
               ("outline_color", qgis_colour(outline)),
               ("outline_width", _mm(look.marker_outline_width)),
               ("outline_width_unit", "MM"),
               ("outline_style", "dash" if look.marker_dashed else "solid")]
    return Symbol("marker", (SymbolLayer("SimpleMarker", tuple(options)),))


def feature_symbol(look: Look, dimensions: frozenset[int]) -> Symbol:
    """The symbol drawing ``look`` on features of one dimension."""
    (dimension,) = dimensions
    return {POINTS: marker_symbol, LINES: line_symbol, AREAS: fill_symbol}[dimension](look)


def geometry_dimensions(frame: gpd.GeoDataFrame) -> frozenset[int]:
    """Dimensions present among the frame's geometries (collections counted by part)."""
    geoms = shapely.get_parts(frame.geometry.values[~frame.geometry.isna().values],
                              return_index=False)
    geoms = geoms[~shapely.is_empty(geoms)] if len(geoms) else geoms
    while len(geoms) and (shapely.get_type_id(geoms) == 7).any():
        geoms = shapely.get_parts(geoms)
    return frozenset(int(d) for d in set(shapely.get_dimensions(geoms).tolist()))


# --- the four layers: the HTML map's looks (render/templates/geomap.js) in QGIS ----------

def places_style(dimensions: frozenset[int]) -> LayerStyle:
    sizes = symbol_sizes()["place"]
    colour = palette()["place"]
    look = Look(colour=colour, width=_px(1), marker_size=_px(2 * sizes["radius"]),
                marker_outline=sizes["outline"],
                marker_outline_width=_px(sizes["outline_weight"]))
    return LayerStyle(
        layer="places", dimensions=dimensions or frozenset({POINTS}), look=look,
        label_field="name",
        label={"size": sizes["label_size"], "colour": qgis_colour(colour),
               "buffer_colour": qgis_colour(sizes["label_buffer"])},
        display_expression='"name"',
        map_tip='<b>[% "name" %]</b> ([% "kind" %], [% "country_code" %])')


#: event types the map draws as diamonds
DIAMOND_EVENT_TYPES = ("diplomatic",)


def incidents_style(dimensions: frozenset[int]) -> LayerStyle:
    colours = palette()["event_type"]
    sizes = symbol_sizes()["incident"]

    def look(event_type: str, colour: str) -> Look:
        diamond = event_type in DIAMOND_EVENT_TYPES
        return Look(colour=colour, width=_px(sizes["line_weight"]),
                    stroke_opacity=sizes["line_opacity"],
                    area_opacity=sizes["polygon_fill_opacity"],
                    area_width=_px(sizes["polygon_weight"]),
                    area_dash=_dash_mm(sizes["polygon_dash"]),
                    fill_opacity=1.0 if diamond else sizes["fill_opacity"],
                    marker_shape="diamond" if diamond else "circle",
                    marker_size=_px(sizes["diplomatic_size"] if diamond
                                    else 2 * sizes["radius"]),
                    marker_outline=colour if diamond else sizes["outline"],
                    marker_outline_width=_px(sizes["outline_weight"]))

    categories = [Category(name, name, look(name, colour))
                  for name, colour in colours.items() if name != "other"]
    categories.append(Category("", "other", look("other", colours["other"])))
    return LayerStyle(layer="incidents", dimensions=dimensions or frozenset({POINTS}),
                      attribute="event_type", categories=tuple(categories),
                      display_expression="concat(\"date\", ' ', \"event_type\", ': ', "
                                         "\"summary\")",
                      map_tip='<b>[% "event_type" %]</b> [% "date" %]<br>[% "summary" %]')


def claim_key_expression() -> str:
    """QGIS expression giving a claim's category: ``"<country> <stance>"``, where
    countries without a palette colour become ``other``."""
    codes = [c for c in palette()["claimant_country"] if c != "other"]
    listed = ", ".join(quote_literal(c) for c in codes)
    return (f"concat(CASE WHEN \"claimant_country\" IN ({listed}) THEN \"claimant_country\" "
            "ELSE 'other' END, ' ', "
            "CASE WHEN \"stance\" = 'denies' THEN 'denies' ELSE 'asserts' END)")


def claim_key(claimant_country: str | None, stance: str | None) -> str:
    """The category :func:`claim_key_expression` gives a claim, in Python."""
    table = palette()["claimant_country"]
    country = claimant_country if claimant_country in table and \
        claimant_country != "other" else "other"
    return f"{country} {'denies' if stance == 'denies' else 'asserts'}"


def claims_style(dimensions: frozenset[int]) -> LayerStyle:
    stances = palette()["stance"]
    sizes = symbol_sizes()["claim"]
    categories = []
    for country, colour in palette()["claimant_country"].items():
        for stance in ("asserts", "denies"):
            drawn = stances[stance]
            dash = _dash_mm(drawn.get("dash"))
            fill_opacity = float(drawn.get("fill_opacity", 0.8))
            look = Look(colour=colour, width=_px(drawn.get("weight") or 3), dash=dash,
                        stroke_opacity=sizes["line_opacity"],
                        area_opacity=fill_opacity * sizes["polygon_fill_factor"],
                        area_dash=dash, fill_opacity=fill_opacity,
                        marker_size=_px(2 * sizes["radius"]),
                        marker_outline_width=_px(drawn.get("weight") or 3),
                        marker_dashed=dash is not None)
            categories.append(Category(f"{country} {stance}", f"{country} – {stance}", look))
    return LayerStyle(layer="claims", dimensions=dimensions or frozenset({POINTS}),
                      attribute=claim_key_expression(), categories=tuple(categories),
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
    sizes = symbol_sizes()["overlay"]
    colours = palette()["overlay"]

    def look(key: str, colour: str) -> Look:
        role = sizes.get(key) or sizes["user"]
        dash = _dash_mm(role.get("dash"))
        return Look(colour=colour, width=_px(role["weight"]), dash=dash,
                    stroke_opacity=sizes["opacity"], area_opacity=sizes["fill_opacity"],
                    area_dash=dash, fill_opacity=0.2,
                    marker_size=_px(2 * sizes["point_radius"]), marker_outline_width=_px(2))

    categories = [Category(key, key.replace("_", " "), look(key, colour))
                  for key, colour in colours.items() if key != "other"]
    categories.append(Category("", "other", look("user", overlay_colour(None, ()))))
    return LayerStyle(layer="overlays", dimensions=dimensions or frozenset({LINES}),
                      attribute=overlay_key_expression(countries_as_list),
                      categories=tuple(categories), display_expression='"name"',
                      map_tip='<b>[% "name" %]</b> ([% "kind" %])')


def layer_style(layer: str, frame: gpd.GeoDataFrame, *, lists_as_arrays: bool) -> LayerStyle:
    """The style of one of the four layers for the geometries ``frame`` holds.
    ``lists_as_arrays``: True for GeoJSON (lists read as string lists), False for
    GeoPackage (lists joined as text)."""
    dimensions = geometry_dimensions(frame)
    if layer == "places":
        return places_style(dimensions)
    if layer == "incidents":
        return incidents_style(dimensions)
    if layer == "claims":
        return claims_style(dimensions)
    if layer == "overlays":
        return overlays_style(dimensions, lists_as_arrays)
    raise ValueError(f"no style for layer {layer!r}")
