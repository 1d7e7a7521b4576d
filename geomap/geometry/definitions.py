"""Overlay definition files (``gazetteer/corridor.yaml`` and ``--overlay`` YAML files):
read and check them, resolve their waypoints through the gazetteer, draw their route.

A route runs from waypoint to waypoint; a leg whose first waypoint names a river
(``along: Aras``) follows that river's centreline, other legs are straight lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import shapely
import yaml
from shapely import ops

from ..errors import OverrideError
from ..model import Place
from .boundaries import Boundaries
from .measure import distance_km, to_metric, to_wgs84

LINE_KEY = "__line__"
DENSIFY_M = 1000.0


class _LineLoader(yaml.SafeLoader):
    """A safe loader that records each mapping's line (1-based) under ``__line__``."""

    def construct_mapping(self, node, deep=False):
        mapping = super().construct_mapping(node, deep=deep)
        mapping[LINE_KEY] = node.start_mark.line + 1
        return mapping


@dataclass(frozen=True)
class WaypointSpec:
    name: str
    aliases: tuple[str, ...] = ()
    country_code: str | None = None
    kinds: tuple[str, ...] = ()
    along: str | None = None
    check: tuple[float, float] | None = None  # lat, lon
    source: str = ""
    line: int | None = None


@dataclass(frozen=True)
class Waypoint:
    spec: WaypointSpec
    place: Place

    @property
    def point(self) -> shapely.Point:
        return shapely.Point(self.place.lon, self.place.lat)


@dataclass(frozen=True)
class OverlayDefinition:
    """A route overlay as a definition file states it; ``path`` is where it was read."""

    path: str
    id: str
    name: str
    kind: str
    status: str
    countries: tuple[str, ...]
    source: str
    note: str
    waypoints: tuple[WaypointSpec, ...]
    check_km: float = 15.0
    max_river_offset_km: float = 10.0
    analysis: dict = field(default_factory=dict, hash=False, compare=False)


def _error(path, message, line=None, field=None) -> OverrideError:
    """Every problem of a definition file (built-in or ``--overlay``) is an
    ``OverrideError``, a ``GeomapError`` naming the file, line and field."""
    return OverrideError(message, path=str(path), line=line, field=field)


def _text(raw: dict, key: str, path, default=None, required=False) -> str | None:
    value = raw.get(key, default)
    if value is None:
        if required:
            raise _error(path, f"missing {key!r}", raw.get(LINE_KEY), key)
        return None
    if not isinstance(value, (str, int, float)):
        raise _error(path, f"{key!r} must be text", raw.get(LINE_KEY), key)
    return " ".join(str(value).split())


def _latlon(raw: dict, key: str, path) -> tuple[float, float] | None:
    value = raw.get(key)
    if value is None:
        return None
    try:
        lat, lon = (float(v) for v in value)
    except (TypeError, ValueError):
        raise _error(path, f"{key!r} must be [lat, lon] in degrees", raw.get(LINE_KEY), key)
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise _error(path, f"{key!r} {value} is not a WGS 84 [lat, lon]", raw.get(LINE_KEY), key)
    return lat, lon


def _strings(raw: dict, key: str, path) -> tuple[str, ...]:
    value = raw.get(key, ())
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise _error(path, f"{key!r} must be a name or a list of names", raw.get(LINE_KEY), key)
    return tuple(value)


def waypoint_spec(raw, path, where: str) -> WaypointSpec:
    if not isinstance(raw, dict):
        raise _error(path, f"{where} must be a mapping with at least 'name'", field=where)
    return WaypointSpec(
        name=_text(raw, "name", path, required=True),
        aliases=_strings(raw, "aliases", path),
        country_code=(_text(raw, "country_code", path) or "").upper() or None,
        kinds=_strings(raw, "kind", path),
        along=_text(raw, "along", path),
        check=_latlon(raw, "check", path),
        source=_text(raw, "source", path, default="") or "",
        line=raw.get(LINE_KEY),
    )


def read_definition(path: str | Path) -> OverlayDefinition:
    """Read and check a definition file; a broken one raises ``OverrideError`` naming the
    file, and the line and field where possible."""
    path = Path(path)
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)
    except OSError as exc:
        raise _error(path, f"cannot read overlay definition: {exc.strerror or exc}")
    except UnicodeDecodeError:
        raise _error(path, "overlay definition is not UTF-8 text")
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise _error(path, f"not valid YAML: {getattr(exc, 'problem', None) or exc}",
                     mark.line + 1 if mark else None)
    except RecursionError:
        raise _error(path, "not valid YAML: nested too deeply") from None
    if not isinstance(raw, dict):
        raise _error(path, "an overlay definition must be a mapping (id, name, waypoints…)")
    points = raw.get("waypoints")
    if not isinstance(points, list) or len(points) < 2:
        raise _error(path, "'waypoints' must list at least two places", raw.get(LINE_KEY),
                     "waypoints")
    specs = tuple(waypoint_spec(p, path, f"waypoints[{i}]") for i, p in enumerate(points))
    if specs[-1].along:
        raise _error(path, f"the last waypoint {specs[-1].name!r} cannot start a leg "
                     f"'along' a river", specs[-1].line, "along")
    analysis = raw.get("analysis") or {}
    if not isinstance(analysis, dict):
        raise _error(path, "'analysis' must be a mapping", raw.get(LINE_KEY), "analysis")
    try:
        check_km = float(raw.get("check_km", 15.0))
        offset_km = float(raw.get("max_river_offset_km", 10.0))
    except (TypeError, ValueError):
        raise _error(path, "'check_km' and 'max_river_offset_km' must be numbers (km)",
                     raw.get(LINE_KEY))
    ident = _text(raw, "id", path) or f"overlay-{path.stem}"
    return OverlayDefinition(
        path=str(path), id=ident, name=_text(raw, "name", path) or ident,
        kind=_text(raw, "kind", path) or "route", status=_text(raw, "status", path) or "",
        countries=tuple(c.upper() for c in _strings(raw, "countries", path)),
        source=_text(raw, "source", path) or path.name, note=_text(raw, "note", path) or "",
        waypoints=specs, check_km=check_km, max_river_offset_km=offset_km, analysis=analysis,
    )


def resolve_waypoint(spec: WaypointSpec, gazetteer, path, check_km: float) -> Place:
    """The gazetteer's place for a waypoint: its name then aliases, with each kind in turn
    and then any kind; checked against ``spec.check``. Raises ``OverrideError`` (a
    ``GeomapError``) naming the definition file, line and waypoint."""
    kinds = spec.kinds + (None,)
    place = None
    for name in (spec.name,) + spec.aliases:
        for kind in kinds:
            place = gazetteer.lookup(name, country_code=spec.country_code, kind=kind)
            if place is not None:
                break
        if place is not None:
            break
    where = f"waypoint {spec.name!r}"
    if spec.country_code:
        where += f" ({spec.country_code})"
    if place is None:
        raise _error(path, f"{where}: the gazetteer knows no such place", spec.line, "name")
    if spec.check is not None:
        off = float(distance_km(place.lon, place.lat, spec.check[1], spec.check[0]))
        if off > check_km:
            raise _error(path, f"{where}: the gazetteer places it at {place.lat:.3f}N "
                         f"{place.lon:.3f}E, {off:.0f} km from the expected "
                         f"{spec.check[0]:.3f}N {spec.check[1]:.3f}E (a homonym?)",
                         spec.line, "check")
    return place


def resolve_waypoints(definition: OverlayDefinition, gazetteer) -> tuple[Waypoint, ...]:
    return tuple(Waypoint(spec, resolve_waypoint(spec, gazetteer, definition.path,
                                                 definition.check_km))
                 for spec in definition.waypoints)


def route_line(definition: OverlayDefinition, waypoints: tuple[Waypoint, ...],
               boundaries: Boundaries) -> shapely.LineString:
    """The route through ``waypoints`` (WGS 84): legs ``along`` a river follow its
    centreline between the river points nearest their ends, others are straight."""
    pts = [to_metric(w.point) for w in waypoints]
    rivers = {}
    for w in waypoints:
        if w.spec.along and w.spec.along not in rivers:
            river = boundaries.river(w.spec.along)
            if river is None or river.geom_type != "LineString":
                raise _error(definition.path, f"waypoint {w.spec.name!r}: no single river "
                             f"named {w.spec.along!r} in the boundary set", w.spec.line,
                             "along")
            rivers[w.spec.along] = to_metric(river)

    def at_river(i: int, river: str) -> float:
        line = rivers[river]
        off = shapely.distance(pts[i], line) / 1000
        if off > definition.max_river_offset_km:
            w = waypoints[i].spec
            raise _error(definition.path, f"waypoint {w.name!r} lies {off:.0f} km from the "
                         f"{river}, more than max_river_offset_km "
                         f"({definition.max_river_offset_km:g})", w.line, "along")
        return shapely.line_locate_point(line, pts[i])

    coords: list[tuple[float, float]] = []
    for i, w in enumerate(waypoints):
        before = waypoints[i - 1].spec.along if i > 0 else None
        after = w.spec.along
        if not (before and before == after):  # a waypoint inside a river run is not a vertex
            coords.append(pts[i].coords[0])
        if after:
            leg = ops.substring(rivers[after], at_river(i, after), at_river(i + 1, after))
            coords.extend(leg.coords if leg.geom_type == "LineString" else [leg.coords[0]])
    deduped = [c for j, c in enumerate(coords) if j == 0 or c != coords[j - 1]]
    line = shapely.segmentize(shapely.LineString(deduped), DENSIFY_M)
    return to_wgs84(line)
