"""Spatial analysis shown with the overlays: a route's distance to a border along its
length, and whether a country's land on a neighbour's border stays connected to the rest
of the country once a strip along the route is removed (Iran's objection to the
corridor: it would cut Iran's only land border with Armenia)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from .measure import distance_km, to_metric, to_wgs84


@dataclass(frozen=True)
class DistanceProfile:
    """Geodesic distances (km) from samples along a route to a border line."""

    along_km: np.ndarray
    distance_km: np.ndarray

    @property
    def min_km(self) -> float:
        return float(self.distance_km.min()) if self.distance_km.size else float("nan")

    @property
    def max_km(self) -> float:
        return float(self.distance_km.max()) if self.distance_km.size else float("nan")


def distance_profile(route: BaseGeometry, border: BaseGeometry, step_km: float,
                     within: BaseGeometry | None = None) -> DistanceProfile:
    """Sample ``route`` (WGS 84 line) every ``step_km`` (and at its ends); for each sample
    (only those inside ``within``, a WGS 84 polygon, when given) the geodesic distance to
    the nearest point of ``border``, found in the projected CRS."""
    route_m, border_m = to_metric(route), to_metric(border)
    total = route_m.length
    along = np.unique(np.append(np.arange(0.0, total, step_km * 1000.0), total))
    samples = shapely.line_interpolate_point(route_m, along)
    if within is not None:
        keep = shapely.covers(shapely.buffer(to_metric(within), 1.0), samples)
        along, samples = along[keep], samples[keep]
    if not len(samples):
        return DistanceProfile(np.array([]), np.array([]))
    nearest = shapely.shortest_line(samples, border_m)
    ends = shapely.get_coordinates(to_wgs84(nearest)).reshape(-1, 2, 2)
    dist = distance_km(ends[:, 0, 0], ends[:, 0, 1], ends[:, 1, 0], ends[:, 1, 1])
    return DistanceProfile(along / 1000.0, np.asarray(dist, dtype=float))


@dataclass(frozen=True)
class Connectivity:
    """What removing a strip does to a country's frontage on a neighbour (km, km²).

    ``border_km`` = ``connected_km`` (still on the part holding the anchor, "the rest of
    the country") + ``in_strip_km`` (under the strip) + ``detached_km`` (on land cut off
    from the rest, of ``detached_area_km2``); ``pieces`` counts the country's parts left
    (exclaves included)."""

    border_km: float
    connected_km: float
    in_strip_km: float
    detached_km: float
    detached_area_km2: float
    pieces: int

    @property
    def verdict(self) -> str:
        eps = 0.01
        if self.border_km <= eps:
            return "no shared border"
        if self.connected_km <= eps:
            return "severed"
        if self.connected_km < self.border_km - eps:
            return "partly severed"
        return "connected"

    def as_dict(self) -> dict:
        return {"verdict": self.verdict, "border_km": round(self.border_km, 1),
                "connected_km": round(self.connected_km, 1),
                "in_strip_km": round(self.in_strip_km, 1),
                "detached_km": round(self.detached_km, 1),
                "detached_area_km2": round(self.detached_area_km2, 1),
                "pieces": self.pieces}


def connectivity(country: BaseGeometry, border: BaseGeometry, strip: BaseGeometry,
                 anchor: BaseGeometry | None = None, touch: float = 50.0) -> Connectivity:
    """Remove ``strip`` from ``country`` and measure how much of ``border`` (the country's
    line with a neighbour) still lies on the piece that holds ``anchor`` (default: the
    largest piece). All inputs in one metric CRS (metres); a border stretch counts as on
    a piece when within ``touch`` metres of it. Lengths in km, areas in km²."""
    rest = shapely.difference(country, strip)
    pieces = [p for p in shapely.get_parts(rest) if p.area > 0]
    border_km = border.length / 1000.0
    if not pieces:
        return Connectivity(border_km, 0.0, border_km, 0.0, 0.0, 0)
    if anchor is not None and any(p.distance(anchor) <= touch for p in pieces):
        main = min(pieces, key=lambda p: p.distance(anchor))
    else:
        main = max(pieces, key=lambda p: p.area)
    free = shapely.difference(border, strip)
    connected = shapely.intersection(free, shapely.buffer(main, touch))
    connected_km = connected.length / 1000.0
    free_km = free.length / 1000.0
    border_zone = shapely.buffer(free, touch)
    detached_area = sum(p.area for p in pieces
                        if p is not main and p.intersects(border_zone)) / 1e6
    return Connectivity(border_km=border_km, connected_km=connected_km,
                        in_strip_km=max(border_km - free_km, 0.0),
                        detached_km=max(free_km - connected_km, 0.0),
                        detached_area_km2=detached_area, pieces=len(pieces))


def describe_connectivity(result: Connectivity, country: str, neighbour: str,
                          width_km: float, rest: str) -> str:
    """One sentence for the popup and the CLI, e.g. "severed: 0.0 of 35.4 km of the
    Armenia–Iran border stays connected to the rest of Armenia (Yerevan) once a 5 km wide
    corridor strip is removed (35.4 km lie under the strip)"."""
    head = (f"{result.verdict}: {result.connected_km:.1f} of {result.border_km:.1f} km of "
            f"the {country}–{neighbour} border stays connected to {rest} once a "
            f"{width_km:g} km wide corridor strip is removed")
    parts = []
    if result.in_strip_km > 0.05:
        parts.append(f"{result.in_strip_km:.1f} km lie under the strip")
    if result.detached_km > 0.05:
        parts.append(f"{result.detached_km:.1f} km on {result.detached_area_km2:.0f} km² "
                     f"of {country} cut off from the rest")
    return head + (f" ({'; '.join(parts)})" if parts else "")
