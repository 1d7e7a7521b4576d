"""Reading a position the text tells from a place: a distance in km or miles and a compass
point ("12 km north of Herat", "some 30 miles south-east of"). Both the gazetteer (placing
a name it lacks where the text puts it) and the incidents stage (an event told a distance
from a place) read them so."""

from __future__ import annotations

import math
import re
from functools import lru_cache

#: km in a mile (international mile)
MILE_KM = 1.609344
#: the words before a distance that say it is rough ("about 120 kilometres"), as a regex
#: alternation
ROUGHLY = r"about|some|around|roughly|approximately|nearly|almost|an estimated|just|only"
#: a distance's unit as written, as a regex alternation (``distance_km`` reads it)
UNITS = r"km|kms|kilomet(?:re|er)s?|miles?"

_COMPASS_PARTS = re.compile(r"north|south|east|west|[nsew]")
#: a compass part's step east and north
_STEP = {"n": (0, 1), "s": (0, -1), "e": (1, 0), "w": (-1, 0)}


def bearing_degrees(compass_point: str) -> float:
    """Degrees clockwise from north of a compass point as written: "south" 180,
    "north-east", "northeast" and "NE" 45."""
    parts = _COMPASS_PARTS.findall(compass_point.lower())
    x = sum(_STEP[part[0]][0] for part in parts)
    y = sum(_STEP[part[0]][1] for part in parts)
    return math.degrees(math.atan2(x, y)) % 360


def distance_km(value: float, unit: str) -> float:
    """``value`` in the unit as written ("km", "kilometres", "miles") in km."""
    return value * (MILE_KM if unit.lower().startswith("mi") else 1.0)


@lru_cache(maxsize=1)
def _ellipsoid():
    """The WGS 84 ellipsoid's geodesics (pyproj, imported on first use)."""
    from pyproj import Geod
    return Geod(ellps="WGS84")


def moved(lat: float, lon: float, bearing: float, km: float) -> tuple[float, float]:
    """(lat, lon) of the point ``km`` from (lat, lon) at ``bearing`` degrees from north."""
    lon, lat, _ = _ellipsoid().fwd(lon, lat, bearing, km * 1000.0)
    return lat, lon


def azimuth(lat: float, lon: float, to_lat: float, to_lon: float) -> float:
    """Degrees from north, in -180 … 180, of the way from (lat, lon) to (to_lat, to_lon)."""
    return _ellipsoid().inv(lon, lat, to_lon, to_lat)[0]


def degrees_off(azimuth_degrees: float, bearing: float) -> float:
    """How many degrees (0 … 180) a way seen from a place turns from a compass bearing."""
    return abs((azimuth_degrees - bearing + 180.0) % 360.0 - 180.0)
