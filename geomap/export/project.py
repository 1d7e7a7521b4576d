"""A QGIS project of the four layers, in which every incident and claim is drawn.

incidents and claims mix points (a town), lines (a border sector) and areas (a district),
so in the GeoPackage and the GeoJSON their geometry type is "Unknown". QGIS 3.22 offers
such a layer as one sublayer per geometry type (``|geometrytype=Point``, ``LineString``,
``Polygon``): adding only the first one a dialog lists leaves the lines and areas out,
and a layer loaded without a geometry type is a point layer whose lines and areas only
the stored rule-based style draws (QGIS's own default style, or any style a user
builds in the point layer's dialogs, draws points only).

The project names each sublayer and gives it a style of its own kind (categorised line
symbols for the lines, …): a group per layer, ``incidents (points)``, ``incidents
(lines)``, ``incidents (areas)``, and likewise for claims; a layer of one geometry type
is one layer as it is. Each claims sublayer is related to each incidents sublayer by
``claims.incident_id`` = ``incidents.id``, so an incident's form lists its claims.

Under them lies a grey base of ``countries`` (``styles.BASE_LAYER``; each format holds
its copy): QGIS has no network for tiles here, and features on white cannot be told
where they are.

The project is written twice, with paths relative to where it lies:

- inside ``geomap.gpkg``, in QGIS's ``qgis_projects`` table (a zipped ``.qgs``, hex
  encoded, as QGIS stores one): Project ▸ Open From ▸ GeoPackage, or the Browser under
  the GeoPackage, opens it (the dialog QGIS shows when the GeoPackage is added lists it
  too, as "geomap", in the versions whose dialog lists projects);
- as ``geomap.qgs`` beside the GeoJSON files.

Repeatable: fixed ids, a fixed zip timestamp and a fixed modification time.
"""

from __future__ import annotations

import io
import json
import sqlite3
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

import geopandas as gpd
import jinja2
import numpy as np
import shapely

from .gpkg import layer_geometry_type, prepared_geometries
from .styles import AREAS, BASE_LAYER, HERE, LINES, POINTS, LayerStyle, layer_style

#: the project's name inside geomap.gpkg, and the stem of the .qgs beside the GeoJSON
PROJECT_NAME = "geomap"
PROJECT_FILE = f"{PROJECT_NAME}.qgs"

#: QGIS's table of projects stored in a GeoPackage (QgsGeoPackageProjectStorage)
PROJECTS_TABLE = "qgis_projects"

#: what the zip inside the GeoPackage is dated, and the project's "last modified"
FIXED_ZIP_TIME = (2000, 1, 1, 0, 0, 0)
FIXED_MODIFIED = "2000-01-01T00:00:00"

#: one dimension: (QGIS's geometrytype filter, legend word, QGIS geometry, wkbType)
SUBLAYERS = {POINTS: ("Point", "points", "Point", "MultiPoint"),
             LINES: ("LineString", "lines", "Line", "MultiLineString"),
             AREAS: ("Polygon", "areas", "Polygon", "MultiPolygon")}

@dataclass(frozen=True)
class ProjectLayer:
    """One layer of the project: ``source`` is relative to the project's folder."""

    id: str
    name: str
    source: str
    geometry: str  # QGIS's Point | Line | Polygon | Unknown
    wkb_type: str
    style: LayerStyle
    body: str  # the style's elements (LayerStyle.qml(embedded=True))


@dataclass(frozen=True)
class ProjectGroup:
    """A layer of geomap: one ProjectLayer, or a group of them (one per geometry kind)."""

    name: str
    layers: tuple[ProjectLayer, ...]

    @property
    def is_group(self) -> bool:
        return len(self.layers) > 1


@dataclass(frozen=True)
class Relation:
    id: str
    name: str
    referencing: str  # layer id of claims
    referenced: str  # layer id of incidents


@lru_cache(maxsize=1)
def _template() -> jinja2.Template:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"),
                             autoescape=True, keep_trailing_newline=True,
                             undefined=jinja2.StrictUndefined)
    return env.get_template("project.qgs.jinja")


def feature_dimensions(frame: gpd.GeoDataFrame) -> tuple[set[int], bool]:
    """The dimensions of the frame's features (by feature, as QGIS splits a layer, not
    by part) and whether any is a geometry collection."""
    geoms = np.asarray(frame.geometry.values, dtype=object)
    geoms = geoms[~(shapely.is_missing(geoms) | shapely.is_empty(geoms))]
    types = set(shapely.get_type_id(geoms).tolist()) if len(geoms) else set()
    dims = {POINTS for t in types if t in (0, 4)} | {LINES for t in types if t in (1, 2, 5)} \
        | {AREAS for t in types if t in (3, 6)}
    return dims, 7 in types


def _body(style: LayerStyle) -> str:
    return style.qml(embedded=True).strip("\n")


def _source(layer: str, fmt: str, geometry_type: str | None) -> str:
    base = f"./geomap.gpkg|layername={layer}" if fmt == "gpkg" else f"./{layer}.geojson"
    return base + (f"|geometrytype={geometry_type}" if geometry_type else "")


def project_groups(frames: Mapping[str, gpd.GeoDataFrame], fmt: str) -> list[ProjectGroup]:
    """The project's layers for ``frames`` ({layer: frame}, in order) read from ``fmt``
    ("gpkg" or "geojson"): a layer of one geometry kind as it is, a mixed one split into
    its sublayers, each with a style of its own kind."""
    lists_as_arrays = fmt == "geojson"
    groups = []
    for layer, frame in frames.items():
        full = layer_style(layer, frame, lists_as_arrays=lists_as_arrays)
        dims, collections = feature_dimensions(frame)
        if len(dims) <= 1 and not collections:
            wkb, _ = layer_geometry_type(prepared_geometries(frame), layer)
            (dim,) = full.dimensions if len(full.dimensions) == 1 else (None,)
            geometry = SUBLAYERS[dim][2] if dim is not None else "Unknown"
            groups.append(ProjectGroup(layer, (ProjectLayer(
                f"geomap_{layer}", layer, _source(layer, fmt, None), geometry, wkb, full,
                _body(full)),)))
            continue
        members = []
        for dim in sorted(dims):
            filter_name, word, geometry, wkb = SUBLAYERS[dim]
            style = layer_style(layer, frame, lists_as_arrays=lists_as_arrays,
                                dimensions=frozenset({dim}))
            members.append(ProjectLayer(f"geomap_{layer}_{word}", f"{layer} ({word})",
                                        _source(layer, fmt, filter_name), geometry, wkb,
                                        style, _body(style)))
        if collections:  # drawn by the layer's rule-based style, one symbol per kind
            members.append(ProjectLayer(f"geomap_{layer}_collections", f"{layer} (collections)",
                                        _source(layer, fmt, "GeometryCollection"),
                                        "Unknown", "GeometryCollection", full,
                                        _body(full)))
        groups.append(ProjectGroup(layer, tuple(members)))
    return groups


def _relations(groups: list[ProjectGroup]) -> list[Relation]:
    """claims.incident_id → incidents.id, from every claims layer to every incidents
    layer (a claim's geometry kind need not be its incident's)."""
    by_name = {g.name: g.layers for g in groups}
    return [Relation(f"{claims.id}__{incidents.id}", claims.name, claims.id, incidents.id)
            for incidents in by_name.get("incidents", ())
            for claims in by_name.get("claims", ())]


def _extent(frames: Mapping[str, gpd.GeoDataFrame]) -> tuple[float, float, float, float]:
    """What the project opens on: the incidents, claims and overlays (places may lie on
    other continents), else the places, 10 % around; never the grey base of the world's
    countries; WGS 84 degrees."""
    parts = [frames[n] for n in ("incidents", "claims", "overlays") if n in frames]
    parts = [f for f in parts if len(f) and not f.geometry.is_empty.all()] or \
        [f for name, f in frames.items() if len(f) and name != BASE_LAYER]
    if not parts:
        return (-180.0, -90.0, 180.0, 90.0)
    bounds = np.array([f.to_crs("EPSG:4326").total_bounds if f.crs is not None
                       else f.total_bounds for f in parts])
    xmin, ymin = np.nanmin(bounds[:, :2], axis=0)
    xmax, ymax = np.nanmax(bounds[:, 2:], axis=0)
    pad = max(xmax - xmin, ymax - ymin, 0.1) * 0.1
    return (round(float(xmin - pad), 6), round(float(ymin - pad), 6),
            round(float(xmax + pad), 6), round(float(ymax + pad), 6))


def project_xml(frames: Mapping[str, gpd.GeoDataFrame], fmt: str) -> str:
    """The text of a .qgs project of ``frames`` whose layers read ``fmt`` ("gpkg": the
    GeoPackage beside it or holding it; "geojson": the GeoJSON files beside it)."""
    groups = project_groups(frames, fmt)
    return _template().render(title=PROJECT_NAME, groups=groups,
                              relations=_relations(groups), extent=_extent(frames))


def project_archive(xml: str) -> bytes:
    """The project zipped as a .qgz holds it, the same bytes for the same text."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        info = zipfile.ZipInfo(PROJECT_FILE, date_time=FIXED_ZIP_TIME)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        archive.writestr(info, xml.encode("utf-8"))
    return buffer.getvalue()


def store_project(db: sqlite3.Connection, xml: str, name: str = PROJECT_NAME) -> None:
    """Store the project in the GeoPackage as QGIS does (``qgis_projects``: name,
    metadata JSON, content = the hex of the zipped .qgs)."""
    db.execute(f"CREATE TABLE IF NOT EXISTS {PROJECTS_TABLE}"
               "(name TEXT PRIMARY KEY, metadata BLOB, content BLOB)")
    metadata = json.dumps({"last_modified_time": FIXED_MODIFIED,
                           "last_modified_user": "geomap"})
    db.execute(f"INSERT OR REPLACE INTO {PROJECTS_TABLE} VALUES (?, ?, ?)",
               (name, metadata, project_archive(xml).hex()))

