"""Coordinates written in an article ("geolocated to 39.5585, 46.4804", "39°33′N 46°29′E")
as places of their own: an analyst's or a ministry's exact point beats any gazetteer's
centre of a village.

The spans are found by a pattern and read by geopy's ``Point``, which knows degrees,
minutes and seconds, hemisphere letters and decimal degrees. Bare decimal pairs need at
least three decimals each, so that figures ("1.5, 2.25") are no coordinates. Spaces are
matched possessively (``\\s*+``): a run of them is never split two ways, so a hostile text
cannot make the search take quadratic time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np
import shapely

from ..model import COORDINATES_SOURCE, Article, Mention, Place, Resolution
from .boundaries import Boundaries, load_boundaries

ID_PREFIX = "xy:"

_DEGREES = r"\d{1,3}(?:[.,]\d+)?\s*+(?:°|º|˚|deg\b|degrees?\b)"
_MINUTES = r"\s*+\d{1,2}(?:[.,]\d+)?\s*+(?:['′’]|min\b)"
_SECONDS = r"\s*+\d{1,2}(?:[.,]\d+)?\s*+(?:[\"″”]|''|′′|sec\b)"
_ANGLE = rf"{_DEGREES}(?:{_MINUTES}(?:{_SECONDS})?)?"
_DECIMAL = r"\d{1,3}\.\d+\s*+°?"
_PAIR_GAP = r"\s*+(?:[,;/]\s*+)?"
_COORDINATES = re.compile(
    # 39°33′30″N 46°28′49″E, 39.5585° N, 46.4804° E, 39.5585N 46.4804E
    rf"(?<![\w.])(?:{_ANGLE}|{_DECIMAL})\s*+[NSns]\b{_PAIR_GAP}(?:{_ANGLE}|{_DECIMAL})\s*+[EWew]\b"
    # N 39°33′30″ E 46°28′49″, N39.5585 E46.4804
    rf"|(?<![\w.])[NS]\s*+(?:{_ANGLE}|{_DECIMAL}){_PAIR_GAP}[EW]\s*+(?:{_ANGLE}|{_DECIMAL})"
    # 39.5585, 46.4804 (three decimals at least; a minus sign for S and W)
    r"|(?<![\w.\-])-?\d{1,2}\.\d{3,}\s*+,\s*+-?\d{1,3}\.\d{3,}(?![\w.])")


def find_coordinates(article: Article, boundaries: Boundaries | None = None
                     ) -> tuple[Resolution, ...]:
    """A resolution for each pair of coordinates in the article's text, in order."""
    text = article.text or ""
    found = []
    for match in _COORDINATES.finditer(text):
        point = read_point(match.group())
        if point is None:
            continue
        mention = Mention(article_id=article.id, surface=match.group(), start=match.start(),
                          end=match.end())
        found.append((mention, point))
    if not found:
        return ()
    codes = countries_at([p for _, p in found], boundaries or load_boundaries())
    return tuple(Resolution(mention=m, place=point_place(lat, lon, code), score=1.0,
                            reason="coordinates written in the text")
                 for (m, (lat, lon)), code in zip(found, codes))


#: geopy's own bound on a coordinates string (longer ones cannot be a point, and its
#: pattern would take long over them)
_LONGEST_WRITTEN = 256


def read_point(written: str) -> tuple[float, float] | None:
    """(lat, lon) of coordinates as written, or None when they are not a point on Earth.

    The degrees are checked as written: geopy's ``Point`` wraps a longitude of 245.9° to
    -114.1° (a typing error drawn as an exact point on another continent) and warns on
    standard error about a latitude over 90°, so it is given only numbers in range."""
    degrees = _written_degrees(written)
    if degrees is None:
        return None
    lat, lon = degrees
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
        return None
    lat, lon = round(lat, 6), round(lon, 6)
    if (lat, lon) == (0.0, 0.0):
        return None
    return lat, lon


def out_of_range(written: str) -> str | None:
    """What is wrong with coordinates whose degrees are off the Earth ("40.2031,
    245.9412"), for a message; None when they are in range or no coordinates at all."""
    if _COORDINATES.fullmatch(written.strip()) is None:
        return None
    degrees = _written_degrees(written)
    if degrees is None:
        return None
    for axis, value, limit in zip(("latitude", "longitude"), degrees, (90, 180)):
        if abs(value) > limit:
            return f"no point on Earth: a {axis} of {abs(value):.10g}° is outside -{limit}..{limit}"
    return None


def _written_degrees(written: str) -> tuple[float, float] | None:
    """(lat, lon) in signed degrees as written, whatever their range (geopy's pattern and
    parser, not its ``Point``, which would wrap them), or None when no coordinates."""
    from geopy.point import Point

    text = written.strip().replace("′′", "″").replace("''", "″")
    match = Point.POINT_PATTERN.match(text) if len(text) <= _LONGEST_WRITTEN else None
    if match is None:
        return None
    try:
        return tuple(Point.parse_degrees(match.group(f"{axis}_degrees") or 0.0,
                                         match.group(f"{axis}_arcminutes") or 0.0,
                                         match.group(f"{axis}_arcseconds") or 0.0,
                                         match.group(f"{axis}_direction_front")
                                         or match.group(f"{axis}_direction_back"))
                     for axis in ("latitude", "longitude"))
    except (ValueError, TypeError):
        return None


def point_place(lat: float, lon: float, country_code: str = "") -> Place:
    """The place of a point given by its coordinates."""
    name = f"{abs(lat):.4f}° {'N' if lat >= 0 else 'S'}, {abs(lon):.4f}° {'E' if lon >= 0 else 'W'}"
    return Place(id=f"{ID_PREFIX}{lat:.5f},{lon:.5f}", name=name, lat=lat, lon=lon,
                 country_code=country_code, kind="other", source=COORDINATES_SOURCE)


def countries_at(points: Iterable[tuple[float, float]], boundaries: Boundaries) -> list[str]:
    """ISO alpha-2 code of the country each (lat, lon) lies in ("" at sea or unknown):
    the 1:10m polygons of the region first, then the 1:110m ones of the world."""
    geoms = shapely.points([(lon, lat) for lat, lon in points])
    codes = np.full(len(geoms), "", dtype=object)
    for frame in (boundaries.countries, boundaries.world):
        open_ = codes == ""
        if not open_.any():
            break
        tree = shapely.STRtree(frame.geometry.values)
        at, inside = tree.query(geoms[open_], predicate="intersects")
        positions = np.flatnonzero(open_)
        for point, polygon in zip(at, inside):
            if codes[positions[point]] == "":
                codes[positions[point]] = frame.iso_a2.iloc[polygon] or ""
    return list(codes)


def with_coordinates(article: Article, resolutions: tuple[Resolution, ...],
                     boundaries: Boundaries | None = None) -> tuple[Resolution, ...]:
    """``resolutions`` and the article's written coordinates, in text order; a name the
    gazetteer found inside written coordinates ("N" of "39°N") is dropped."""
    points = find_coordinates(article, boundaries)
    if not points:
        return resolutions
    spans = [(p.mention.start, p.mention.end) for p in points]
    kept = [r for r in resolutions
            if not any(s < r.mention.end and r.mention.start < e for s, e in spans)]
    return tuple(sorted(kept + list(points), key=lambda r: r.mention.start))
