"""Where a claim puts an event: one ``Location`` → a WGS 84 geometry and a
``geo_precision`` (../shared/OUTPUTS.md: 1 exact place, 2 near a place, a district or a
border sector, 3 region, border or country).

| relation | place kind | geometry | precision |
|---|---|---|---|
| at | village, town, city | the point | 1 |
| at | river, lake, mountain, other | polygon or line of ``Place.area``, else the point | 2 |
| at / near | lake without ``Place.area`` | the point | 3 |
| near | any local place | the point (polygon if ``Place.area`` names one) | 2 |
| near, with ``offset`` over 10 km | any local place | the point that far that way (geodesic) | 2 |
| near, with ``offset`` of 10 km or less | any local place | as ``near`` | 2 |
| near, with a compass point alone ("east of X") | any local place | as ``near`` | 2 |
| at / near / district | district, province | polygon of ``Place.area``, else the point | 2 |
| district, a place unknown in it | district, province by its point | border facing it | 2 |
| direction / sector | any | border stretch facing the place (``sectors.py``) | 2 |
| border | — | the border line of the countries | 3 |
| country, or place kind country | — | the country polygon | 3 |
| any | region | polygon of ``Place.area``, else the point | 3 |
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import shapely
from shapely.geometry.base import BaseGeometry

from ..model import COORDINATES_SOURCE, HOLDING_KINDS, Location, Place
from ..text.told_positions import moved
from .boundaries import Boundaries, pair_key
from .measure import geodesic_gap_km, length_km, local_metric
from .sectors import border_sector, relevant_border, shared_pairs

SETTLEMENT_KINDS = frozenset({"village", "town", "city"})
WIDE_KINDS = frozenset({"region", "country"})
#: bodies of water whose one point in the gazetteer (their centre) may lie far from an
#: event on them (a river's point beside a town is handled where the incident is drawn)
WATER_KINDS = frozenset({"lake"})
#: a place "in the direction of" which fire came draws a border sector only if a border
#: lies within this many sector radii of it (else its point)
SECTOR_REACH = 4
#: a border's length within a reach either side of a point, over this many reaches, is
#: a tangle (enclaves, meanders) that draws no stretch (``_stretch_facing_the_area``)
TANGLE = 2.5
#: an event told this many km or fewer from a place ("5 km north of Sotk") is drawn at the
#: place, near it: a town's own extent and the writer's rounding are as large
OFFSET_AT_PLACE_KM = 10


@dataclass(frozen=True)
class Placed:
    """A geometry (WGS 84), its ``geo_precision`` and how it was found ("direction
    Dashkasan: AM-AZ border within 25 km of its nearest border point")."""

    geometry: BaseGeometry
    precision: int
    how: str


def _point(place: Place) -> shapely.Point:
    return shapely.Point(place.lon, place.lat)


def _area_or_point(place: Place, boundaries: Boundaries) -> BaseGeometry:
    area = boundaries.area(place.area) if place.area else None
    return area if area is not None else _point(place)


def country_geometry(codes: Iterable[str], boundaries: Boundaries) -> BaseGeometry | None:
    """Union of the whole countries the boundary set holds (``country_extent``), or None."""
    polys = [g for g in (boundaries.country_extent(c) for c in codes if c) if g is not None]
    return shapely.union_all(polys) if polys else None


def country_part(country: BaseGeometry, part: str) -> BaseGeometry:
    """The part of a country a text names ("southern Armenia"): the country within the
    third of its extent on that side, or within the corner two such thirds share
    ("north-eastern")."""
    west, south, east, north = country.bounds
    dx, dy = (east - west) / 3, (north - south) / 3
    if "north" in part:
        south = north - dy
    if "south" in part:
        north = south + dy
    if "east" in part:
        west = east - dx
    if "west" in part:
        east = west + dx
    return shapely.clip_by_rect(country, west, south, east, north)


def border_geometry(codes: Iterable[str], boundaries: Boundaries,
                    parties: Iterable[str] = (), every_border: bool = True
                    ) -> tuple[BaseGeometry, str] | None:
    """The border line(s) named by ``codes``: every shared pair among two or more codes;
    for one code, its border with a party (claimant, actors) if they share one, else all
    of its land borders (none unless ``every_border``). Returns (geometry, label) or
    None."""
    codes = tuple(dict.fromkeys(c.upper() for c in codes if c))
    if len(codes) >= 2:
        keys = shared_pairs(boundaries, codes, beyond_region=True)
    elif len(codes) == 1:
        keys = [k for k in shared_pairs(boundaries, codes + tuple(parties), beyond_region=True)
                if codes[0] in k.split("-")]
        if not keys and every_border:
            keys = [pair_key(codes[0], n) for n in boundaries.neighbours(codes[0])]
    else:
        keys = []
    lines = [boundaries.border(*k.split("-")) for k in keys]
    lines = [g for g in lines if g is not None]
    if not lines:
        return None
    return shapely.line_merge(shapely.union_all(lines)), ", ".join(
        k.replace("-", "–") for k in keys)


def sector_facing(boundaries: Boundaries, key: str, point: shapely.Point, radius_km: float):
    """``border_sector`` of the border ``key`` facing ``point``: in the regional CRS for a
    border of the regional set, else in one centred on the point (true to scale there)."""
    a, b = key.split("-")
    if key in set(boundaries.borders.countries):
        return border_sector(boundaries.border(a, b), point, radius_km, key,
                             border_m=boundaries.border_metric(a, b))
    return border_sector(boundaries.border(a, b), point, radius_km, key,
                         projection=local_metric(point.x, point.y))


def location_geometry(location: Location, boundaries: Boundaries, radius_km: float,
                      parties: Iterable[str] = ()) -> Placed | None:
    """The geometry of one location; ``parties`` (claimant country, incident actors) pick
    the relevant border. None when nothing in the place or the boundary set fits."""
    parties = tuple(dict.fromkeys(p.upper() for p in parties if p))
    rel, place = location.relation, location.place

    if rel == "border":
        codes = location.countries or ((place.country_code,) if place else ())
        found = border_geometry(codes, boundaries, parties)
        if found is not None:
            return Placed(found[0], 3, f"border {found[1]}")
        rel = "country"  # two countries that share no land border: the countries
    if rel == "country" or (place is not None and place.kind == "country"):
        codes = location.countries or ((place.country_code,) if place else ())
        geom = country_geometry(codes, boundaries)
        if geom is not None and location.part:
            side = (f"{location.part}ern third" if location.part in ("north", "south", "east",
                                                                      "west")
                    else f"{location.part} corner")
            return Placed(country_part(geom, location.part), 3,
                          f"country {', '.join(codes)}: its {side}")
        if geom is not None:
            return Placed(geom, 3, f"country {', '.join(codes)}")
        if place is None:
            return None
        return Placed(_point(place), 3, f"country {place.name} (point: not in boundary set)")
    if place is None:
        return None
    if place.kind == "region":
        return Placed(_area_or_point(place, boundaries), 3, f"region {place.name}")
    if rel in ("direction", "sector"):
        key = relevant_border(boundaries, _point(place), place.country_code, parties,
                              reach_km=SECTOR_REACH * radius_km)
        if key is not None:
            sector = sector_facing(boundaries, key, _point(place), radius_km)
            if not sector.geometry.is_empty:
                return Placed(sector.geometry, 2,
                              f"{rel} {place.name}: {key.replace('-', '–')} border within "
                              f"{radius_km:g} km of its point nearest {place.name} "
                              f"({sector.distance_km:.1f} km away)")
        return Placed(_point(place), 2, f"{rel} {place.name} (no border found: point)")
    if rel == "near" and location.offset:
        return _offset_point(location, boundaries)
    if location.part == "unknown settlement" and rel == "district":
        facing = _stretch_facing_the_area(place, boundaries, radius_km, parties)
        if facing is not None:
            return facing
    if rel in ("district",) or place.kind in HOLDING_KINDS:
        return Placed(_area_or_point(place, boundaries), 2, f"{rel} {place.name}")
    if place.source == COORDINATES_SOURCE and rel == "at":
        return Placed(_point(place), 1, f"at {place.name}, as written in the text")
    if place.kind in WATER_KINDS and (not place.area or boundaries.area(place.area) is None):
        # a lake's one point (its centre) says only that the event was somewhere on water
        # of unknown extent: "near an island on Lake Victoria"
        return Placed(_point(place), 3, f"{rel} {place.name} (its point only: the lake's "
                                        "extent is not in the boundary set)")
    if rel == "near" or place.kind not in SETTLEMENT_KINDS:
        return Placed(_area_or_point(place, boundaries), 2, f"{rel} {place.name}")
    return Placed(_point(place), 1, f"at {place.name}")


def _stretch_facing_the_area(place: Place, boundaries: Boundaries, radius_km: float,
                             parties: tuple[str, ...]) -> Placed | None:
    """A settlement the gazetteer lacks, told in a district or province known only by its
    point ("stormed Kitaya village in Mtwara region"), when two parties share a border
    within ``SECTOR_REACH`` sector radii of that point: the stretch of it within that
    reach of the point nearest it — a raid across a border strikes a place by it, not the
    province's centre 90 km inland. None when the area's shape is known (drawn whole),
    no such border is, or what lies within reach of the point is a tangle of it."""
    if place.area and boundaries.area(place.area) is not None:
        return None
    reach = SECTOR_REACH * radius_km
    point = _point(place)
    gaps = {k: geodesic_gap_km(point, boundaries.border(*k.split("-")))
            for k in shared_pairs(boundaries, parties, beyond_region=True)
            if place.country_code in k.split("-")}
    near = [k for k, gap in gaps.items() if gap <= reach]
    if not near:
        return None
    key = min(near, key=gaps.get)
    sector = sector_facing(boundaries, key, point, reach)
    if sector.geometry.is_empty or length_km(sector.geometry) > TANGLE * reach:
        return None             # a border winding round enclaves: no stretch of it
    return Placed(sector.geometry, 2,
                  f"a settlement the gazetteer lacks in {place.name} (known by its point "
                  f"only): the {key.replace('-', '–')} border within {reach:g} km of its "
                  f"point nearest {place.name} ({sector.distance_km:.1f} km away)")


def _offset_point(location: Location, boundaries: Boundaries) -> Placed:
    """The point the text puts an event at by distance and compass point from a place
    ("about 120 kilometres south of Nema"), on the WGS 84 ellipsoid; within
    ``OFFSET_AT_PLACE_KM``, the place itself. Precision 2, near a place: the distance is
    rounded and a compass point spans 45°, so the event may lie tens of km from the
    point, yet far closer than anywhere else in its region or country."""
    km, bearing, words = location.offset
    place = location.place
    if km is None:          # "east of El Paso": that way, how far untold; its point, near it
        return Placed(_area_or_point(place, boundaries), 2,
                      f"{words} {place.name}: near its point (how far is not told)")
    if km <= OFFSET_AT_PLACE_KM:
        return Placed(_area_or_point(place, boundaries), 2, f"{words} {place.name}: near it")
    lat, lon = moved(place.lat, place.lon, bearing, km)
    return Placed(shapely.Point(round(lon, 7), round(lat, 7)), 2,
                  f"{words} {place.name}: {km:.0f} km at {bearing:.0f}° from its point")


def combine(placed: Iterable[Placed]) -> Placed | None:
    """The union of several placements; precision is the coarsest of them."""
    placed = [p for p in placed if p is not None]
    if not placed:
        return None
    geom = shapely.union_all([p.geometry for p in placed])
    if geom.geom_type == "MultiLineString":
        geom = shapely.line_merge(geom)
    return Placed(geom, max(p.precision for p in placed), "; ".join(p.how for p in placed))
