"""The boundary set: Natural Earth 1:10m countries, borders, rivers, lakes and disputed
areas of the region, with 1:110m countries beyond it for the base map and the world's
1:10m land borders beyond it, built by ``gazetteer/build_boundaries.py`` into
``gazetteer/boundaries.gpkg`` and read once per process by ``load_boundaries()``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import geopandas as gpd
import shapely

from ..errors import GeomapError
from ..frames import CRS
from ..paths import gazetteer_dir
from .measure import to_metric
from .settings import settings

BOUNDARIES_FILE = "boundaries.gpkg"
LAYERS = ("countries", "borders", "rivers", "lakes", "disputed", "world", "world_borders")
#: the layers that are fields of ``Boundaries`` (the rest are set by ``_load``)
FIELDS = LAYERS[:6]


def pair_key(*countries: str) -> str:
    """The sorted key of a country pair: ``pair_key("IR", "AM") == "AM-IR"``."""
    return "-".join(sorted(c.upper() for c in countries))


@dataclass(frozen=True, eq=False, repr=False)
class Boundaries:
    """Six GeoDataFrames in EPSG:4326, and a seventh read with them.

    - ``countries``: iso_a2, iso_a3, name (polygons; Iran, Turkey, Russia… are clipped to
      lon 38–52, lat 36–44)
    - ``borders``: countries ("AM-AZ", sorted), name, section ("main" or "Nakhchivan")
    - ``rivers``, ``lakes``: name, kind
    - ``disputed``: key ("area:nagorno-karabakh", "line:…"), name, kind, country, note
    - ``world``: iso_a2, name — Natural Earth's 1:110m countries outside the regional
      box, for the base map and a country's whole extent
    - ``world_borders`` (a property ``load_boundaries`` sets): countries ("CO-VE",
      sorted), name — the land borders of Natural Earth's 1:10m countries outside the
      regional box, simplified to 0.002 degrees: borders beyond the region for the
      map's close zooms and for ``border``
    """

    countries: gpd.GeoDataFrame
    borders: gpd.GeoDataFrame
    rivers: gpd.GeoDataFrame
    lakes: gpd.GeoDataFrame
    disputed: gpd.GeoDataFrame
    world: gpd.GeoDataFrame

    def __repr__(self) -> str:
        counts = ", ".join(f"{name}={len(getattr(self, name))}" for name in LAYERS)
        return f"Boundaries({counts})"

    def country(self, iso_a2: str):
        """The country polygon, or None when the set does not hold it."""
        rows = self.countries.geometry[self.countries.iso_a2 == iso_a2.upper()]
        return rows.iloc[0] if len(rows) else None

    def country_extent(self, iso_a2: str):
        """The whole country, for drawing a place known only by its country: the 1:10m
        polygon inside the regional box joined with the 1:110m one beyond it (or the
        1:110m alone for a country outside the region); None when neither holds it."""
        code = iso_a2.upper()
        key = ("extent", code)
        if key not in self._cache:
            parts = [self.country(code)]
            parts += list(self.world.geometry[self.world.iso_a2 == code]) if code else []
            parts = [p for p in parts if p is not None]
            self._cache[key] = shapely.union_all(parts) if parts else None
        return self._cache[key]

    def land(self) -> gpd.GeoDataFrame:
        """Every country the set holds, one feature each (id "country:AM", iso_a2, name), as
        ``country_extent`` draws it: the region's at 1:10m joined with the world's 1:110m
        beyond the box. The grey base of the QGIS project, which has no network for
        tiles. A world row without an ISO code (Somaliland) keeps its own shape."""
        names = {**dict(zip(self.world.iso_a2, self.world.name)),
                 **dict(zip(self.countries.iso_a2, self.countries.name))}
        codes = sorted(c for c in names if isinstance(c, str) and len(c) == 2)
        unnamed = self.world[~self.world.iso_a2.isin(codes)]
        return gpd.GeoDataFrame(
            {"id": [f"country:{c}" for c in codes] + [f"country:{n}" for n in unnamed.name],
             "iso_a2": codes + [""] * len(unnamed),
             "name": [names[c] for c in codes] + list(unnamed.name)},
            geometry=[self.country_extent(c) for c in codes] + list(unnamed.geometry),
            crs=CRS)

    def country_name(self, iso_a2: str) -> str:
        rows = self.countries.name[self.countries.iso_a2 == iso_a2.upper()]
        return rows.iloc[0] if len(rows) else iso_a2

    def border(self, a: str, b: str, section: str | None = None):
        """The land border of two countries (all sections merged unless ``section``),
        or None when they share none: the region's 1:10m line joined with its 1:10m
        course beyond the region (Iraq–Iran runs far south of the box), or that course
        alone (Thailand–Cambodia, Kyrgyzstan–Tajikistan). A section is the region's."""
        key = (pair_key(a, b), section)
        if key not in self._cache:
            rows = self.borders[self.borders.countries == key[0]]
            if section is not None:
                rows = rows[rows.section == section]
            lines = list(rows.geometry.values)
            if section is None:
                lines += list(self.world_borders.geometry[
                    self.world_borders.countries == key[0]].values)
            self._cache[key] = (shapely.line_merge(shapely.union_all(lines)) if lines
                                else None)
        return self._cache[key]

    @cached_property
    def world_borders(self) -> gpd.GeoDataFrame:
        """The world's land borders beyond the region (see the class docstring):
        ``load_boundaries`` fills this from the layer of that name (it is no dataclass
        field, so that a set is still made of its six frames); a set made without it
        has none."""
        return gpd.GeoDataFrame({"countries": [], "name": []}, geometry=[], crs=CRS)

    @cached_property
    def world_border_lines(self):
        """Every land border beyond the region (``world_borders``) as one multi-line in
        WGS 84, or None."""
        lines = self.world_borders.geometry.values
        return shapely.union_all(lines) if len(lines) else None

    def border_metric(self, a: str, b: str):
        """``border(a, b)`` in the projected CRS (metres), or None."""
        key = ("metric", pair_key(a, b))
        if key not in self._cache:
            line = self.border(a, b)
            self._cache[key] = None if line is None else to_metric(line)
        return self._cache[key]

    @cached_property
    def _cache(self) -> dict:
        """Derived geometries by key: borders, their projected copies, country extents."""
        return {}

    def neighbours(self, iso_a2: str) -> tuple[str, ...]:
        """Countries sharing a land border with ``iso_a2``, sorted."""
        found = set()
        for key in self.borders.countries:
            a, b = key.split("-")
            if iso_a2.upper() in (a, b):
                found.add(b if a == iso_a2.upper() else a)
        return tuple(sorted(found))

    def river(self, name: str):
        """A river's merged centreline by name (case-insensitive), or None."""
        rows = self.rivers[(self.rivers.name.str.lower() == name.lower())
                           & (self.rivers.kind == "river")]
        if rows.empty:
            return None
        return shapely.line_merge(shapely.union_all(rows.geometry.values))

    def area(self, key: str):
        """A polygon (or river line) by ``Place.area`` key: "country:AM",
        "area:nagorno-karabakh", "lake:Lake Sevan", "river:Aras"; None when unknown."""
        kind, _, name = key.partition(":")
        if kind == "country":
            return self.country_extent(name)
        if kind == "river":
            return self.river(name)
        if kind == "lake":
            rows = self.lakes.geometry[self.lakes.name.str.lower() == name.lower()]
        else:
            rows = self.disputed.geometry[self.disputed.key == key]
        return rows.iloc[0] if len(rows) else None

    # metric (projected) copies, computed on first use and kept with the set
    @cached_property
    def countries_metric(self):
        return to_metric(self.countries.geometry.values)

    @cached_property
    def borders_metric(self):
        return to_metric(self.borders.geometry.values)

    @cached_property
    def all_borders_metric(self):
        """Every international land border as one projected multi-line."""
        return shapely.union_all(self.borders_metric)

    @cached_property
    def countries_interior_metric(self):
        """Projected countries shrunk by ``territory_edge_km``: what lies on a border
        line lies in none of them."""
        return shapely.buffer(self.countries_metric, -settings().territory_edge_km * 1000)

    @cached_property
    def border_band_metric(self):
        """Everything within ``near_border_km`` of an international land border."""
        return shapely.buffer(self.all_borders_metric, settings().near_border_km * 1000)


def boundaries_path() -> Path:
    return gazetteer_dir() / BOUNDARIES_FILE


@lru_cache(maxsize=4)
def _load(path: Path) -> Boundaries:
    if not path.is_file():
        raise GeomapError(f"boundary set not found: {path}; build it with "
                          "python3 gazetteer/build_boundaries.py")
    import pyogrio

    frames = {}
    for layer in LAYERS:
        try:
            gdf = pyogrio.read_dataframe(path, layer=layer)
        except Exception as exc:  # pyogrio raises several DataSourceError kinds
            raise GeomapError(f"cannot read layer {layer!r} of {path}: {exc}") from exc
        frames[layer] = gdf.set_crs(CRS, allow_override=True) if gdf.crs is None else gdf.to_crs(CRS)
    boundaries = Boundaries(**{layer: frames[layer] for layer in FIELDS})
    boundaries.__dict__["world_borders"] = frames["world_borders"]   # its cached value
    return boundaries


def load_boundaries() -> Boundaries:
    """The boundary set of ``gazetteer/`` (``GEOMAP_GAZETTEER_DIR`` overrides), read once
    per process and shared: treat its frames as read-only."""
    return _load(boundaries_path().resolve())
