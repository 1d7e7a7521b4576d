"""Metric work on WGS 84 geometries: a local projected CRS for buffers and nearest
points, pyproj ``Geod`` for lengths and distances reported to users (km)."""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import shapely
from pyproj import CRS, Geod, Transformer

from .settings import settings

GEOD = Geod(ellps="WGS84")


@lru_cache(maxsize=1)
def metric_crs() -> CRS:
    return CRS.from_user_input(settings().projected_crs)


@lru_cache(maxsize=1)
def _transformers() -> tuple[Transformer, Transformer]:
    fwd = Transformer.from_crs("EPSG:4326", metric_crs(), always_xy=True)
    inv = Transformer.from_crs(metric_crs(), "EPSG:4326", always_xy=True)
    return fwd, inv


def _apply(transformer: Transformer, geoms, decimals: int | None = None):
    def fn(xy: np.ndarray) -> np.ndarray:
        x, y = transformer.transform(xy[:, 0], xy[:, 1])
        out = np.column_stack([x, y])
        return out if decimals is None else np.round(out, decimals)
    return shapely.transform(geoms, fn)


def to_metric(geoms):
    """WGS 84 lon/lat geometry (or array) → projected metres."""
    return _apply(_transformers()[0], geoms)


def to_wgs84(geoms):
    """Projected metres → WGS 84 lon/lat geometry (or array), rounded to 1e-7 degrees
    (1 cm) so that round trips give stable output."""
    return _apply(_transformers()[1], geoms, decimals=7)


@lru_cache(maxsize=256)
def _local_transformers(lon: float, lat: float) -> tuple[Transformer, Transformer]:
    crs = CRS.from_proj4(f"+proj=aeqd +lat_0={lat} +lon_0={lon} +datum=WGS84 +units=m")
    return (Transformer.from_crs("EPSG:4326", crs, always_xy=True),
            Transformer.from_crs(crs, "EPSG:4326", always_xy=True))


def local_metric(lon: float, lat: float):
    """(to metres, back to WGS 84) in an azimuthal equidistant projection centred on a
    point (rounded to 0.1°): buffers and nearest points true to scale far from the
    region ``metric_crs`` serves (a 25 km radius there is 13 km across in Central
    America)."""
    fwd, inv = _local_transformers(round(lon, 1), round(lat, 1))
    return (lambda geoms: _apply(fwd, geoms)), (lambda geoms: _apply(inv, geoms, decimals=7))


def length_km(geom) -> float:
    """Geodesic length of a WGS 84 (multi)line, or perimeter of a polygon, in km."""
    if geom is None or geom.is_empty:
        return 0.0
    return GEOD.geometry_length(geom) / 1000.0


def distance_km(lon1, lat1, lon2, lat2):
    """Geodesic distance between WGS 84 points (scalars or arrays), in km."""
    return GEOD.inv(lon1, lat1, lon2, lat2)[2] / 1000.0


def area_km2(geom) -> float:
    """Geodesic area of a WGS 84 polygon in km²."""
    if geom is None or geom.is_empty:
        return 0.0
    return abs(GEOD.geometry_area_perimeter(geom)[0]) / 1e6


def geodesic_gap_km(a, b) -> float:
    """Shortest distance between two WGS 84 geometries, in km: the nearest pair found
    in the projected CRS, measured on the ellipsoid."""
    if a is None or b is None or a.is_empty or b.is_empty:
        return float("nan")
    line = to_wgs84(shapely.shortest_line(to_metric(a), to_metric(b)))
    (lon1, lat1), (lon2, lat2) = line.coords
    return float(distance_km(lon1, lat1, lon2, lat2))
