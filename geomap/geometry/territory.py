"""Whose territory a geometry lies in, and whether it lies near an international border."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import shapely
from pyproj import Transformer
from shapely.geometry.base import BaseGeometry

from .boundaries import Boundaries
from .measure import to_metric
from .settings import settings


def _measure(geoms: np.ndarray, dim: int) -> np.ndarray:
    if dim == 2:
        return shapely.area(geoms)
    if dim == 1:
        return shapely.length(geoms)
    return shapely.get_num_geometries(geoms) * ~shapely.is_empty(geoms)


def territory(geometry: BaseGeometry | None, boundaries: Boundaries,
              hints: Iterable[str] = ()) -> str:
    """ISO alpha-2 of the country holding most of ``geometry`` (WGS 84), or "".

    A point: a hinted country (the gazetteer's country of the place) within
    ``territory_hint_km`` — 1:10m borders are off by a km or more, so Agarak's point falls
    in Iran — else the country containing it, else one within ``territory_snap_km``, else
    (a point beyond the clipped boundary set: Tehran, Astana) the first hint. Several
    points: the country holding more than half of them, else "". Lines and
    polygons: the country whose interior (shrunk by ``territory_edge_km``) holds at least
    half of the length or area; a line drawn on a border lies in neither and gets "", and
    so does an area spanning several whole countries (a call between two capitals)."""
    if geometry is None or geometry.is_empty:
        return ""
    hints = tuple(hints)
    conf = settings()
    geom_m = to_metric(geometry)
    countries = boundaries.countries_metric
    codes = boundaries.countries.iso_a2.to_numpy()
    dim = shapely.get_dimensions(geom_m)
    if dim == 0:
        points = shapely.get_parts(geom_m)
        if len(points) == 1:
            near = shapely.distance(countries, points[0]) <= conf.territory_hint_km * 1000
            for hint in hints:
                if hint and near[codes == hint.upper()].any():
                    return hint.upper()
        inside = shapely.contains(countries[:, None], points[None, :]).sum(axis=1)
        if inside.max() * 2 > len(points):
            return str(codes[int(np.argmax(inside))])
        if len(points) > 1:
            named = set(h.upper() for h in hints if h)
            # split between countries: none; all beyond the boundary set: the gazetteer's,
            # else the world country holding most of them
            if inside.max() > 0:
                return ""
            return named.pop() if len(named) == 1 else _world_territory(geometry, boundaries)
        dist = shapely.distance(countries, shapely.centroid(geom_m))
        best = int(np.argmin(dist))
        if dist[best] <= conf.territory_snap_km * 1000:
            return str(codes[best])
        return next((h.upper() for h in hints if h), "") or _world_territory(geometry,
                                                                             boundaries)
    interiors = boundaries.countries_interior_metric
    geom_m = _valid(geom_m)
    held = _measure(shapely.intersection(interiors, geom_m), dim)
    total = float(_measure(np.array([geom_m]), dim)[0])
    if total <= 0:
        return ""
    if dim == 2:
        whole = held >= 0.9 * _measure(interiors, 2)
        if int(whole.sum()) >= 2:
            return ""
    best = int(np.argmax(held))
    if held[best] * 2 >= total:
        return str(codes[best])
    covered = float(_measure(np.array([shapely.intersection(
        shapely.union_all(countries), geom_m)]), dim)[0])
    # mostly beyond the region's countries (Libya, Venezuela, all of Russia): the world's
    return _world_territory(geometry, boundaries) if covered * 2 < total else ""


#: how far in from its 1:110m outline a world country's interior starts (degrees): about
#: 2 km for points and areas; for lines about 15 km, as far as a 1:10m border line drawn
#: along it strays from the 1:110m outline (a line along a border lies in neither)
_WORLD_EDGE_DEGREES = {0: 0.02, 1: 0.15, 2: 0.02}


def _world_territory(geometry: BaseGeometry, boundaries: Boundaries) -> str:
    """The world country (``boundaries.world``, beyond the region's) whose interior holds
    at least half of ``geometry``'s length or area, or more than half of its points, or
    "": a country-wide
    polygon of Libya is Libya's, a line along the Serbia–Kosovo border no one's. Shares
    are taken in degrees, within a country the distortion is the same for both."""
    world = boundaries.world
    if world is None or not len(world):
        return ""
    dim = shapely.get_dimensions(geometry)
    total = float(_measure(np.array([geometry]), dim)[0])
    if total <= 0:
        return ""
    near = world[world.geometry.intersects(geometry)]
    for code, country in zip(near.iso_a2, near.geometry):
        if not isinstance(code, str) or len(code) != 2:
            continue
        inner = shapely.buffer(_valid(country), -_WORLD_EDGE_DEGREES[dim])
        held = float(_measure(np.array([shapely.intersection(inner, _valid(geometry))]),
                              dim)[0])
        if held * 2 > total or (dim and held * 2 >= total):   # points: more than half
            return code
    return ""


def near_border(geometry: BaseGeometry | None, boundaries: Boundaries,
                within_km: float | None = None) -> bool:
    """True when ``geometry`` (WGS 84) lies within ``within_km`` (default
    ``near_border_km``) of an international land border: of the region's 1:10m borders,
    or beyond the region of the world's (1:10m too). A polygon counts when at least half
    of its area does, so a whole country is not "near a border"."""
    if geometry is None or geometry.is_empty:
        return False
    within_m = (settings().near_border_km if within_km is None else within_km) * 1000
    band = boundaries.border_band_metric if within_km is None else None
    return (_near(to_metric(geometry), boundaries.all_borders_metric, within_m, band)
            or _near_world_border(geometry, boundaries, within_m))


def _valid(geom):
    """``geom`` made valid where it is not: a polygon valid in degrees can touch itself
    once projected (a country-wide area seen from far off), which GEOS's overlay refuses."""
    return geom if shapely.is_valid(geom) else shapely.make_valid(geom)


def _near(geom_m, borders_m, within_m: float, band=None) -> bool:
    """``near_border`` in a metric CRS; ``band`` is ``borders_m`` buffered, if known."""
    if shapely.get_dimensions(geom_m) < 2:
        return bool(shapely.dwithin(geom_m, borders_m, within_m))
    geom_m = _valid(geom_m)
    band = shapely.buffer(borders_m, within_m) if band is None else band
    return bool(shapely.area(shapely.intersection(geom_m, band)) * 2
                >= shapely.area(geom_m))


def _near_world_border(geometry: BaseGeometry, boundaries: Boundaries,
                       within_m: float) -> bool:
    """``_near`` the world's borders around ``geometry``, measured in an equidistant
    projection centred on it (the region's projection stretches far away)."""
    borders = boundaries.world_border_lines
    if borders is None:
        return False
    pad = 1.0 + within_m / 50_000                      # degrees, generous at any latitude
    west, south, east, north = geometry.bounds
    nearby = shapely.clip_by_rect(borders, west - pad, south - pad, east + pad, north + pad)
    if nearby.is_empty:
        return False
    centre = geometry.centroid
    local = Transformer.from_crs("EPSG:4326", f"+proj=aeqd +lat_0={centre.y} "
                                 f"+lon_0={centre.x} +datum=WGS84 +units=m", always_xy=True)

    def project(geom):
        return shapely.transform(geom, lambda xy: np.column_stack(
            local.transform(xy[:, 0], xy[:, 1])))
    return _near(project(geometry), project(nearby), within_m)
