"""``geomap.gpkg``: the four layers in one GeoPackage that QGIS opens already styled.

- GeoPackage 1.2, which GDAL 3.6 / QGIS 3.22 read fully (GDAL ≥ 3.7 writes 1.4 by
  default, which they only partly support).
- Typed fields: ``date`` is a Date, counts are Integer (32-bit), lists are ``"; "``-joined
  text, ``near_border`` is a Boolean; everything else as in ``fields.py``.
- Geometries as in the GeoJSON: WGS 84, 6 decimals, polygons counter-clockwise outside.
- ``layer_styles``: the QGIS styles of ``styles.py`` in QGIS's own table, one default
  style per layer, so each layer opens styled.
- The claims → incidents key (``claims.incident_id`` = ``incidents.id``) is described in
  ``gpkg_data_columns`` (the schema extension) and registered in ``gpkgext_relations``
  (the related tables extension, read by GDAL ≥ 3.6 and so by QGIS ≥ 3.28), with a
  mapping table ``incidents_claims`` of feature ids.
- ``qgis_projects``: the QGIS project of ``project.py``, which draws the mixed layers
  (incidents, claims) as one styled layer per geometry kind.
- Repeatable: GDAL's timestamps are pinned with ``OGR_CURRENT_DATE`` and the styles'
  ``update_time`` is the same fixed instant, so the same frames give the same bytes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from contextlib import closing, contextmanager
from pathlib import Path

import geopandas as gpd
import numpy as np
import pyogrio
import shapely
from pyogrio.errors import DataLayerError, DataSourceError
from pyogrio.raw import write as ogr_write

from ..errors import OutputError
from .fields import BOOL, DATE, FLOAT, INT, LIST, field_kinds, iso_date, is_null, text_value
from .geojson import COORDINATE_DECIMALS

GPKG_VERSION = "1.2"

#: the instant written wherever GeoPackage wants a timestamp (last_change, update_time);
#: a constant so that builds are repeatable (the files carry no build time)
FIXED_TIMESTAMP = "2000-01-01T00:00:00Z"

LAYER_DESCRIPTIONS = {
    "places": "geomap: one point per place named in the articles",
    "incidents": "geomap: one feature per incident",
    "claims": "geomap: one feature per claim, where that claimant says it happened; "
              "incident_id refers to incidents.id",
    "overlays": "geomap: borders, the proposed corridor and other reference lines",
}

#: what to write into gpkg_data_columns (title, description) for the key columns
COLUMN_DESCRIPTIONS = {
    ("incidents", "id"): ("incident id", "stable id of the incident; claims.incident_id "
                                         "refers to it"),
    ("claims", "id"): ("claim id", "stable id of the claim"),
    ("claims", "incident_id"): ("incident", "id of the incident this claim is about "
                                            "(incidents.id)"),
    ("places", "id"): ("place id", "stable gazetteer id of the place"),
    ("overlays", "id"): ("overlay id", "stable id of the overlay"),
}

#: the one relation: (name, base layer, base column, related layer, related column)
RELATION = ("incident_claims", "incidents", "id", "claims", "incident_id")
MAPPING_TABLE = "incidents_claims"

#: shapely type ids → GeoPackage geometry types (a LinearRing is written as a LineString)
_TYPE_NAMES = {0: "Point", 1: "LineString", 2: "LineString", 3: "Polygon", 4: "MultiPoint",
               5: "MultiLineString", 6: "MultiPolygon", 7: "GeometryCollection"}
_MULTI_OF = {"Point": "MultiPoint", "LineString": "MultiLineString",
             "Polygon": "MultiPolygon"}
_DEFAULT_GEOMETRY = {"places": "Point"}


@contextmanager
def _gdal_config(**options: str):
    """Set GDAL config options for the duration of a block, then restore them."""
    previous = {key: pyogrio.get_gdal_config_option(key) for key in options}
    pyogrio.set_gdal_config_options(options)
    try:
        yield
    finally:
        pyogrio.set_gdal_config_options(previous)


def prepared_geometries(frame: gpd.GeoDataFrame) -> np.ndarray:
    """The frame's geometries in WGS 84 rounded to 6 decimals, polygons CCW outside."""
    if frame.crs is not None and not frame.crs.equals("EPSG:4326"):
        frame = frame.to_crs("EPSG:4326")
    geoms = np.asarray(frame.geometry.values, dtype=object)
    geoms = shapely.transform(geoms, lambda xy: np.round(xy, COORDINATE_DECIMALS))
    return shapely.orient_polygons(geoms, exterior_cw=False)


def layer_geometry_type(geoms: np.ndarray, layer: str) -> tuple[str, bool]:
    """The GeoPackage geometry type for ``geoms`` and whether singles must become multis:
    one type → that type; X with MultiX → MultiX; anything else → GEOMETRY ("Unknown")."""
    present = geoms[~(shapely.is_missing(geoms) | shapely.is_empty(geoms))]
    names = {_TYPE_NAMES[int(i)] for i in shapely.get_type_id(present)}
    if not names:
        return _DEFAULT_GEOMETRY.get(layer, "Unknown"), False
    if len(names) == 1:
        return names.pop(), False
    for single, multi in _MULTI_OF.items():
        if names == {single, multi}:
            return multi, True
    return "Unknown", False


def _field_array(values, kind: str, column: str):
    """One column as the numpy array (and null mask) pyogrio writes with the OGR type
    the kind calls for: datetime64[D] → Date, int32 → Integer (int64 → Integer64 when a value needs it), bool → Boolean."""
    nulls = np.array([is_null(v) if kind != LIST else v is None for v in values], dtype=bool)
    if kind == INT:
        ints = [0 if n else int(v) for v, n in zip(values, nulls)]
        wide = any(abs(v) > np.iinfo(np.int32).max for v in ints)  # e.g. a continent's population
        return np.array(ints, dtype=np.int64 if wide else np.int32), nulls
    if kind == BOOL:
        return np.array([False if n else bool(v) for v, n in zip(values, nulls)]), nulls
    if kind == FLOAT:
        return np.array([np.nan if n else float(v) for v, n in zip(values, nulls)]), None
    if kind == DATE:
        dates = [iso_date(v, column) for v in values]
        return np.array([d or "NaT" for d in dates], dtype="datetime64[D]"), None
    texts = [text_value(v, kind, column) for v in values]
    return np.array(texts, dtype=object), None


def write_layer(path: Path, layer: str, frame: gpd.GeoDataFrame, *, create: bool) -> str:
    """Write ``frame`` as ``layer`` into the GeoPackage at ``path``; returns the layer's
    geometry type."""
    kinds = field_kinds(frame)
    geoms = prepared_geometries(frame)
    geometry_type, promote = layer_geometry_type(geoms, layer)
    fields, data, masks = [], [], []
    for column, kind in kinds.items():
        array, mask = _field_array(list(frame[column]), kind, column)
        fields.append(column)
        data.append(array)
        masks.append(mask)
    wkb = shapely.to_wkb(geoms, output_dimension=2)
    ogr_write(str(path), wkb, data, fields, field_mask=masks, layer=layer, driver="GPKG",
              geometry_type=geometry_type, crs="EPSG:4326", promote_to_multi=promote,
              dataset_options={"VERSION": GPKG_VERSION} if create else None,
              layer_options={"DESCRIPTION": LAYER_DESCRIPTIONS.get(layer, "")})
    return geometry_type


def write_styles(path: Path, styles: Mapping[str, str]) -> None:
    """Add QGIS's ``layer_styles`` table with ``styles`` ({layer: QML}) as defaults."""
    names = sorted(styles)
    count = len(names)
    text = lambda values: np.array(values, dtype=object)  # noqa: E731
    fields = ["f_table_catalog", "f_table_schema", "f_table_name", "f_geometry_column",
              "styleName", "styleQML", "styleSLD", "useAsDefault", "description", "owner",
              "ui", "update_time"]
    data = [text([""] * count), text([""] * count), text(names), text(["geom"] * count),
            text(names), text([styles[n] for n in names]), text([""] * count),
            np.ones(count, dtype=bool),
            text([f"geomap style of {n}, in the colours of the HTML map" for n in names]),
            text(["geomap"] * count), text([""] * count),
            np.array([FIXED_TIMESTAMP.rstrip("Z")] * count, dtype="datetime64[ms]")]
    ogr_write(str(path), None, data, fields, layer="layer_styles", driver="GPKG",
              layer_options={"FID": "id", "DESCRIPTION": "QGIS layer styles"})


def _register_relation(db: sqlite3.Connection, incidents: gpd.GeoDataFrame,
                       claims: gpd.GeoDataFrame) -> None:
    """gpkgext_relations + a mapping table of fids (OGC 18-000, related tables)."""
    name, base, base_column, related, related_column = RELATION
    db.execute("CREATE TABLE IF NOT EXISTS gpkgext_relations ("
               "id INTEGER PRIMARY KEY AUTOINCREMENT, base_table_name TEXT NOT NULL, "
               "base_primary_column TEXT NOT NULL DEFAULT 'id', "
               "related_table_name TEXT NOT NULL, "
               "related_primary_column TEXT NOT NULL DEFAULT 'id', "
               "relation_name TEXT NOT NULL, mapping_table_name TEXT NOT NULL UNIQUE)")
    db.execute(f'CREATE TABLE "{MAPPING_TABLE}" (base_id INTEGER NOT NULL, '
               'related_id INTEGER NOT NULL)')
    # GDAL numbers features 1, 2, ... in frame order
    incident_fid = {key: i + 1 for i, key in enumerate(incidents["id"]) if not is_null(key)}
    pairs = [(incident_fid[key], i + 1) for i, key in enumerate(claims[related_column])
             if not is_null(key) and key in incident_fid]
    db.executemany(f'INSERT INTO "{MAPPING_TABLE}" VALUES (?, ?)', pairs)
    db.execute("INSERT INTO gpkgext_relations (base_table_name, base_primary_column, "
               "related_table_name, related_primary_column, relation_name, "
               "mapping_table_name) VALUES (?, 'fid', ?, 'fid', 'features', ?)",
               (base, related, MAPPING_TABLE))
    db.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, "
               "last_change) VALUES (?, 'attributes', ?, ?, ?)",
               (MAPPING_TABLE, MAPPING_TABLE,
                f"{name}: which claims ({related}.{related_column}) are about which "
                f"incident ({base}.{base_column}), by feature id", FIXED_TIMESTAMP))
    extensions = [
        ("gpkgext_relations", None, "gpkg_related_tables",
         "http://docs.opengeospatial.org/is/18-000/18-000.html", "read-write"),
        (MAPPING_TABLE, None, "gpkg_related_tables",
         "http://docs.opengeospatial.org/is/18-000/18-000.html", "read-write"),
    ]
    db.executemany("INSERT INTO gpkg_extensions (table_name, column_name, extension_name, "
                   "definition, scope) VALUES (?, ?, ?, ?, ?)", extensions)


def _describe_columns(db: sqlite3.Connection, layers: Mapping[str, gpd.GeoDataFrame]) -> None:
    """gpkg_data_columns rows (schema extension) for the id and key columns."""
    db.execute("CREATE TABLE IF NOT EXISTS gpkg_data_columns (table_name TEXT NOT NULL, "
               "column_name TEXT NOT NULL, name TEXT, title TEXT, description TEXT, "
               "mime_type TEXT, constraint_name TEXT, "
               "CONSTRAINT pk_gdc PRIMARY KEY (table_name, column_name), "
               "CONSTRAINT gdc_tn UNIQUE (table_name, name))")
    db.execute("CREATE TABLE IF NOT EXISTS gpkg_data_column_constraints ("
               "constraint_name TEXT NOT NULL, constraint_type TEXT NOT NULL, value TEXT, "
               "min NUMERIC, min_is_inclusive BOOLEAN, max NUMERIC, "
               "max_is_inclusive BOOLEAN, description TEXT, "
               "CONSTRAINT gdcc_ntv UNIQUE (constraint_name, constraint_type, value))")
    rows = [(layer, column, column, title, description)
            for (layer, column), (title, description) in COLUMN_DESCRIPTIONS.items()
            if layer in layers and column in layers[layer].columns]
    db.executemany("INSERT OR REPLACE INTO gpkg_data_columns (table_name, column_name, name, "
                   "title, description) VALUES (?, ?, ?, ?, ?)", rows)
    present = {row[0] for row in db.execute(
        "SELECT table_name FROM gpkg_extensions WHERE extension_name = 'gpkg_schema'")}
    extensions = [(table, None, "gpkg_schema",
                   "http://www.geopackage.org/spec/#extension_schema", "read-write")
                  for table in ("gpkg_data_columns", "gpkg_data_column_constraints")
                  if table not in present]
    db.executemany("INSERT INTO gpkg_extensions (table_name, column_name, extension_name, "
                   "definition, scope) VALUES (?, ?, ?, ?, ?)", extensions)


def write_gpkg(path: Path, layers: Mapping[str, gpd.GeoDataFrame],
               styles: Mapping[str, str], project: str | None = None) -> Path:
    """Write ``layers`` ({name: frame}, in order) and their ``styles`` ({name: QML})
    into a new GeoPackage at ``path``, with the QGIS ``project`` (.qgs text) if given."""
    from .project import store_project

    if path.exists():
        path.unlink()
    try:
        with _gdal_config(OGR_CURRENT_DATE=FIXED_TIMESTAMP, OGR_SQLITE_JOURNAL="OFF"):
            for index, (layer, frame) in enumerate(layers.items()):
                write_layer(path, layer, frame, create=index == 0)
            write_styles(path, styles)
        with closing(sqlite3.connect(path)) as db, db:
            _describe_columns(db, layers)
            if "incidents" in layers and "claims" in layers:
                _register_relation(db, layers["incidents"], layers["claims"])
            if project is not None:
                store_project(db, project)
    except (DataSourceError, DataLayerError, sqlite3.Error) as exc:
        # GDAL and SQLite report a full disk or an unwritable folder in their own types
        raise OutputError(f"cannot write the GeoPackage ({exc})", path=str(path)) from None
    return path
