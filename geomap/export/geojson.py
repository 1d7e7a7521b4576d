"""One RFC 7946 GeoJSON file per layer, byte for byte the same for the same frame.

Written by hand rather than through GDAL so that lists stay JSON arrays, ints stay ints
and the feature ``id`` is the frame's ``id``: WGS 84 longitude, latitude at 6 decimals
(about 0.1 m), polygons wound counter-clockwise outside and clockwise inside (the
right-hand rule of RFC 7946 §3.1.6), one feature per line so diffs stay readable.
"""

from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd
import shapely
from shapely.geometry import mapping

from .fields import field_kinds, records

#: decimals kept in coordinates: 1e-6 degree is about 0.11 m
COORDINATE_DECIMALS = 6


def _round_coordinates(coordinates):
    if isinstance(coordinates, (int, float)):
        return round(float(coordinates), COORDINATE_DECIMALS) + 0.0  # no "-0.0"
    return [_round_coordinates(c) for c in coordinates]


def geometry_object(geometry) -> dict | None:
    """A GeoJSON geometry object for a shapely geometry (None or empty → None)."""
    if geometry is None or geometry.is_empty:
        return None
    geometry = shapely.orient_polygons(geometry, exterior_cw=False)
    geo = mapping(geometry)
    if geo["type"] == "GeometryCollection":
        return {"type": "GeometryCollection",
                "geometries": [geometry_object(part) for part in geometry.geoms
                               if not part.is_empty]}
    return {"type": geo["type"], "coordinates": _round_coordinates(geo["coordinates"])}


def feature_collection_text(frame: gpd.GeoDataFrame, name: str) -> str:
    """The text of a FeatureCollection holding every row of ``frame``."""
    if frame.crs is not None and not frame.crs.equals("EPSG:4326"):
        frame = frame.to_crs("EPSG:4326")
    kinds = field_kinds(frame)
    rows = records(frame, kinds)
    lines = []
    for row, geometry in zip(rows, frame.geometry):
        feature = {"type": "Feature"}
        if row.get("id") is not None:
            feature["id"] = row["id"]
        feature["properties"] = row
        feature["geometry"] = geometry_object(geometry)
        lines.append(json.dumps(feature, ensure_ascii=False, allow_nan=False))
    head = json.dumps({"type": "FeatureCollection", "name": name}, ensure_ascii=False)
    body = ",\n".join(lines)
    return f'{head[:-1]}, "features": [\n{body}\n]}}\n' if lines else \
        f'{head[:-1]}, "features": []}}\n'


def write_geojson(frame: gpd.GeoDataFrame, path: Path, name: str) -> Path:
    """Write ``frame`` to ``path`` as a FeatureCollection named ``name`` (UTF-8)."""
    path.write_text(feature_collection_text(frame, name), encoding="utf-8", newline="\n")
    return path
