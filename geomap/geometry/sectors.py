"""Border sectors: the stretch of an international border that faces a place.

"Provocations in the direction of Dashkasan" happen on the border, not in the town: the
sector is the part of the border line within ``radius_km`` of the border point nearest to
the place. (A radius around the town itself would miss the border: Dashkasan lies about
32 km from Armenia.)
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from .boundaries import Boundaries, pair_key
from .measure import geodesic_gap_km, to_metric, to_wgs84


@dataclass(frozen=True)
class BorderSector:
    """A border stretch facing a place: ``geometry`` (WGS 84 line pieces on the border),
    the border ``countries`` key, the ``anchor`` border point nearest to the place and the
    place's distance to it (km)."""

    geometry: BaseGeometry
    countries: str
    anchor: shapely.Point
    distance_km: float


def border_sector(border: BaseGeometry, place: shapely.Point, radius_km: float,
                  countries: str = "", border_m: BaseGeometry | None = None,
                  projection=None) -> BorderSector:
    """The part of ``border`` (WGS 84 line) within ``radius_km`` of the border point
    nearest to ``place`` (WGS 84 point), measured in the projected CRS (``border_m``:
    the border already projected, to skip the transformation), or in ``projection`` (a
    pair of functions to metres and back, ``measure.local_metric``) for a border far
    from the region that CRS serves."""
    forward, back = projection or (to_metric, to_wgs84)
    border_m = forward(border) if border_m is None or projection else border_m
    place_m = forward(place)
    anchor_m = shapely.shortest_line(place_m, border_m).coords[1]
    anchor_m = shapely.Point(anchor_m)
    disk = shapely.buffer(anchor_m, radius_km * 1000.0, quad_segs=32)
    piece = shapely.line_merge(shapely.intersection(border_m, disk))
    return BorderSector(geometry=back(piece), countries=countries,
                        anchor=back(anchor_m),
                        distance_km=float(shapely.distance(place_m, anchor_m)) / 1000.0)


def shared_pairs(boundaries: Boundaries, countries: Iterable[str],
                 beyond_region: bool = False) -> list[str]:
    """Border keys ("AM-AZ") of every pair among ``countries`` that shares a land border
    of the regional set, or, ``beyond_region``, of the world's beyond it too."""
    codes = sorted({c.upper() for c in countries if c})
    keys = set(boundaries.borders.countries)
    return [pair_key(a, b) for a, b in combinations(codes, 2) if pair_key(a, b) in keys
            or (beyond_region and boundaries.border(a, b) is not None)]


def relevant_border(boundaries: Boundaries, place: shapely.Point, place_country: str,
                    parties: Iterable[str], reach_km: float = math.inf) -> str | None:
    """The border key a sector near ``place`` belongs to.

    First the borders between the parties (claimant and actors) that include the place's
    own country, then any border between the parties, then the place's country's borders,
    then any border; the nearest to the place wins within each tier. The parties' borders
    reach beyond the regional set ("the Keran sector" of India and Pakistan, "the border
    with Guatemala's Peten department"); the last two tiers do not (missiles "towards
    Kyiv" face no Belarus border). Borders farther than ``reach_km`` do not count: a
    strike "towards Isfahan" is no sector of a border hundreds of km away."""
    parties = tuple(parties)
    keys = boundaries.borders.countries.to_numpy()
    regional = set(keys)
    pairs = shared_pairs(boundaries, parties + ((place_country,) if place_country else ()),
                         beyond_region=True)
    tiers = [
        [k for k in pairs if place_country and place_country in k.split("-")],
        shared_pairs(boundaries, parties, beyond_region=True),
        [k for k in dict.fromkeys(keys) if place_country and place_country in k.split("-")],
        list(dict.fromkeys(keys)),
    ]
    place_m = to_metric(place)
    metric = boundaries.borders_metric
    for tier in tiers:
        if not tier:
            continue
        found = []
        inside = [k for k in tier if k in regional]
        if inside:
            mask = np.isin(keys, inside)
            dist = shapely.distance(place_m, metric[mask])
            nearest = int(np.argmin(dist))
            found.append((float(dist[nearest]) / 1000.0, str(keys[mask][nearest])))
        found += [(geodesic_gap_km(place, boundaries.border(*k.split("-"))), k)
                  for k in tier if k not in regional]
        km, key = min(found)
        if km <= reach_km:
            return key
    return None
