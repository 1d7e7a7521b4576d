"""``build_overlays``: the reference lines of every map — the Armenia–Iran,
Armenia–Azerbaijan and Iran–Azerbaijan borders, the proposed Zangezur corridor with its
spatial analysis — and the user's own ``--overlay`` files (GeoJSON or definition YAML)."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import geopandas as gpd
import shapely
from shapely.geometry import shape

from ..errors import OverrideError
from ..frames import OVERLAY_COLUMNS, frame
from ..model import BuildOptions
from ..paths import gazetteer_dir
from .analysis import connectivity, describe_connectivity, distance_profile
from .boundaries import Boundaries
from .definitions import (OverlayDefinition, read_definition, resolve_waypoint,
                          resolve_waypoints, route_line, waypoint_spec)
from .measure import length_km, to_metric
from .settings import settings

log = logging.getLogger(__name__)

GEOJSON_SUFFIXES = (".geojson", ".json")
YAML_SUFFIXES = (".yaml", ".yml")


def border_rows(boundaries: Boundaries) -> list[dict]:
    """One row per configured border overlay, measured geodesically."""
    conf = settings()
    rows = []
    for spec in conf.border_overlays:
        a, b = spec["countries"].split("-")
        line = boundaries.border(a, b, spec.get("section"))
        if line is None:
            log.warning("border overlay %s: no %s border in the boundary set",
                        spec["id"], spec["countries"])
            continue
        sel = boundaries.borders[(boundaries.borders.countries == spec["countries"])]
        if spec.get("section"):
            sel = sel[sel.section == spec["section"]]
        names = list(sel.name)
        drawn = length_km(line)
        ground = conf.ground_length_km.get(spec["id"])
        rows.append(dict(
            id=spec["id"],
            name=names[0] if len(names) == 1 else f"{boundaries.country_name(a)}–"
                                                  f"{boundaries.country_name(b)} border",
            kind="border", countries=[a, b], length_km=round(drawn, 2),
            status=conf.border_status, source=conf.border_source,
            note=" ".join(conf.border_note.format(
                as_drawn=drawn,
                ground=f" against about {ground:g} km on the ground" if ground else ""
            ).split()),
            geometry=line,
        ))
    return rows


def _analysis_error(definition: OverlayDefinition, message: str, field: str):
    line = definition.analysis.get("__line__")
    return OverrideError(message, path=definition.path, line=line, field=f"analysis.{field}")


def analyse_route(definition: OverlayDefinition, route, gazetteer, boundaries: Boundaries,
                  options: BuildOptions) -> tuple[dict, dict]:
    """(overlay properties, analysis figures) of a route's ``analysis`` section: distance
    to a border along the route (inside ``country`` when given) and connectivity of
    ``country``'s frontage on ``neighbour`` once a ``corridor_width_km`` strip is removed."""
    spec = definition.analysis
    props: dict = {}
    figures: dict = {}
    country = spec.get("country")
    country_geom = boundaries.country(country) if country else None
    if country and country_geom is None:
        raise _analysis_error(definition, f"no country {country!r} in the boundary set",
                              "country")

    pair = spec.get("border")
    if pair:
        if not isinstance(pair, list) or len(pair) != 2:
            raise _analysis_error(definition, "'border' must be two country codes", "border")
        border = boundaries.border(*pair)
        if border is None:
            raise _analysis_error(definition, f"{pair[0]} and {pair[1]} share no land border "
                                  "in the boundary set", "border")
        profile = distance_profile(route, border, settings().profile_step_km,
                                   within=country_geom)
        props["min_distance_to_border_km"] = round(profile.min_km, 2)
        props["max_distance_to_border_km"] = round(profile.max_km, 2)
        figures.update(distance_border="-".join(sorted(pair)),
                       distance_border_name=f"{boundaries.country_name(pair[0])}–"
                                            f"{boundaries.country_name(pair[1])} border",
                       distance_measured_in=(f"inside {boundaries.country_name(country)}"
                                             if country else "along the whole route"),
                       min_distance_to_border_km=props["min_distance_to_border_km"],
                       max_distance_to_border_km=props["max_distance_to_border_km"],
                       distance_samples=int(profile.distance_km.size))

    neighbour = spec.get("neighbour")
    if country and neighbour:
        frontage = boundaries.border(country, neighbour)
        if frontage is None:
            raise _analysis_error(definition, f"{country} and {neighbour} share no land "
                                  "border in the boundary set", "neighbour")
        anchor_spec = spec.get("anchor")
        anchor_place = None
        if anchor_spec is not None:
            anchor_place = resolve_waypoint(
                waypoint_spec(anchor_spec, definition.path, "analysis.anchor"), gazetteer,
                definition.path, definition.check_km)
        width = options.corridor_width_km
        strip_m = shapely.buffer(to_metric(route), width * 500.0)
        anchor_m = (to_metric(shapely.Point(anchor_place.lon, anchor_place.lat))
                    if anchor_place else None)
        result = connectivity(to_metric(country_geom), to_metric(frontage), strip_m,
                              anchor_m, touch=settings().touch_km * 1000)
        country_name = boundaries.country_name(country)
        rest = f"the rest of {country_name}"
        if anchor_place is not None:
            rest += f" ({anchor_place.name})"
        text = describe_connectivity(result, country_name,
                                     boundaries.country_name(neighbour), width, rest)
        props["connectivity"] = text
        figures["connectivity"] = dict(result.as_dict(), strip_width_km=width, text=text,
                                       severs_at_width_km=severing_width(
                                           route, country_geom, frontage, anchor_m, width))
    return props, figures


def severing_width(route, country_geom, frontage, anchor_m, width_km: float,
                   tolerance_km: float = 0.01) -> float | None:
    """The narrowest strip (km, to ``tolerance_km``) along ``route`` that leaves none of
    ``frontage`` connected; None when even ``width_km`` does not."""
    route_m, country_m, border_m = to_metric(route), to_metric(country_geom), to_metric(frontage)
    touch = settings().touch_km * 1000

    def severed(w: float) -> bool:
        res = connectivity(country_m, border_m, shapely.buffer(route_m, w * 500.0),
                           anchor_m, touch=touch)
        return res.verdict == "severed"

    if not severed(width_km):
        return None
    low, high = 0.0, width_km
    while high - low > tolerance_km:
        mid = (low + high) / 2
        low, high = (low, mid) if severed(mid) else (mid, high)
    return round(high, 2)


def route_row(definition: OverlayDefinition, gazetteer, boundaries: Boundaries,
              options: BuildOptions) -> tuple[dict, dict]:
    waypoints = resolve_waypoints(definition, gazetteer)
    route = route_line(definition, waypoints, boundaries)
    armenia = boundaries.country("AM")
    in_armenia = length_km(shapely.intersection(route, armenia)) if armenia is not None else 0.0
    total = length_km(route)
    row = dict(id=definition.id, name=definition.name, kind=definition.kind,
               countries=list(definition.countries), length_km=round(total, 2),
               status=definition.status, source=definition.source,
               note=(definition.note + " Waypoints: "
                     + ", ".join(w.place.name for w in waypoints) + ".").strip(),
               length_in_armenia_km=round(in_armenia, 2), geometry=route)
    figures = dict(name=definition.name, length_km=row["length_km"],
                   length_in_armenia_km=row["length_in_armenia_km"],
                   waypoints=[w.place.name for w in waypoints])
    if definition.analysis:
        props, more = analyse_route(definition, route, gazetteer, boundaries, options)
        row.update(props)
        figures.update(more)
    return row, figures


def _list(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.replace(",", ";").split(";") if v.strip()]
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    return [str(value)]


def geojson_rows(path: Path) -> list[dict]:
    """Rows of a user's GeoJSON overlay file (RFC 7946, WGS 84 lon/lat)."""
    from ..text.reader import json_integer  # a 5,000-digit number is a value, not a crash
    try:
        data = json.loads(path.read_text(encoding="utf-8"), parse_int=json_integer)
    except OSError as exc:
        raise OverrideError(f"cannot read overlay file: {exc.strerror or exc}", path=str(path))
    except UnicodeDecodeError:
        raise OverrideError("overlay file is not UTF-8 text", path=str(path))
    except json.JSONDecodeError as exc:
        raise OverrideError(f"not valid JSON: {exc.msg} (column {exc.colno})",
                            path=str(path), line=exc.lineno)
    except RecursionError:
        raise OverrideError("not valid JSON: nested too deeply", path=str(path)) from None
    kind = data.get("type") if isinstance(data, dict) else None
    if kind == "FeatureCollection":
        features = data.get("features")
        if not isinstance(features, list):
            raise OverrideError("'features' must be a list", path=str(path), field="features")
    elif kind == "Feature":
        features = [data]
    elif isinstance(kind, str) and "coordinates" in data or kind == "GeometryCollection":
        features = [{"type": "Feature", "geometry": data, "properties": {}}]
    else:
        raise OverrideError("not GeoJSON: expected a FeatureCollection, Feature or geometry",
                            path=str(path), field="type")
    rows = []
    for i, feature in enumerate(features):
        where = f"features[{i}]"
        if not isinstance(feature, dict) or not isinstance(feature.get("geometry"), dict):
            raise OverrideError("a feature needs a geometry", path=str(path),
                                field=f"{where}.geometry")
        try:
            geom = shape(feature["geometry"])
        except Exception as exc:  # shapely raises several types for malformed input
            raise OverrideError(f"invalid geometry: {exc}", path=str(path),
                                field=f"{where}.geometry") from exc
        if geom.is_empty:
            raise OverrideError("empty geometry", path=str(path), field=f"{where}.geometry")
        minx, miny, maxx, maxy = geom.bounds
        if not (-180 <= minx <= maxx <= 180 and -90 <= miny <= maxy <= 90):
            raise OverrideError("coordinates are not WGS 84 longitude, latitude (RFC 7946)",
                                path=str(path), field=f"{where}.geometry")
        if not geom.is_valid:
            geom = shapely.make_valid(geom)
        props = feature.get("properties") or {}
        if not isinstance(props, dict):
            raise OverrideError("'properties' must be an object", path=str(path),
                                field=f"{where}.properties")
        lineal = shapely.get_dimensions(geom) == 1
        ident = str(props.get("id") or feature.get("id")
                    or f"overlay-{path.stem}" + (f"-{i + 1}" if len(features) > 1 else ""))
        rows.append(dict(
            id=ident, name=str(props.get("name") or ident), kind=str(props.get("kind") or "user"),
            countries=_list(props.get("countries")),
            length_km=round(length_km(geom), 2) if lineal else None,
            status=str(props.get("status") or ""), source=str(props.get("source") or path.name),
            note=str(props.get("note") or ""), geometry=geom))
    return rows


def user_rows(path_text: str, gazetteer, boundaries: Boundaries,
              options: BuildOptions) -> tuple[list[dict], dict]:
    path = Path(path_text)
    if not path.is_file():
        raise OverrideError("overlay file not found", path=str(path_text))
    suffix = path.suffix.lower()
    if suffix in GEOJSON_SUFFIXES:
        return geojson_rows(path), {}
    if suffix in YAML_SUFFIXES:
        definition = read_definition(path)
        try:
            row, figures = route_row(definition, gazetteer, boundaries, options)
        except OverrideError:
            raise                               # already names the line and field
        except (TypeError, ValueError, AttributeError, KeyError,
                shapely.errors.GEOSException) as exc:
            # what read_definition does not check (an 'analysis' value of the wrong
            # shape, waypoints that make no line)
            message = " ".join(str(exc).split()) or type(exc).__name__
            raise OverrideError(f"cannot use this overlay definition ({message})",
                                path=str(path_text)) from exc
        return [row], {row["id"]: figures}
    raise OverrideError(f"unsupported overlay file type {suffix or '(none)'!r}: use GeoJSON "
                        "(.geojson, .json) or a definition file (.yaml, .yml)",
                        path=str(path_text))


def build_overlays(gazetteer, boundaries: Boundaries, options: BuildOptions
                   ) -> tuple[gpd.GeoDataFrame, dict]:
    """(overlays frame with ``OVERLAY_COLUMNS``, analysis figures by overlay id plus
    ``"lines"``: the same as sentences for the CLI).

    The borders of ``geometry.yaml``, then the built-in definitions (the corridor), then
    each ``options.overlays`` file in order; a user overlay with an id already used
    replaces the earlier one."""
    rows = border_rows(boundaries)
    analysis: dict = {r["id"]: {"name": r["name"], "length_km": r["length_km"]} for r in rows}
    folder = gazetteer_dir()
    for name in settings().definitions:
        row, figures = route_row(read_definition(folder / name), gazetteer, boundaries,
                                 options)
        rows.append(row)
        analysis[row["id"]] = figures
    for path in options.overlays:
        new_rows, figures = user_rows(path, gazetteer, boundaries, options)
        for row in new_rows:
            if any(r["id"] == row["id"] for r in rows):
                log.warning("overlay %s from %s replaces the earlier overlay of that id",
                            row["id"], path)
                rows = [r for r in rows if r["id"] != row["id"]]
                analysis.pop(row["id"], None)   # the figures were the earlier one's
            rows.append(row)
        analysis.update(figures)
    analysis["lines"] = summary_lines(rows, analysis)
    return frame(rows, OVERLAY_COLUMNS), analysis


def summary_lines(rows: list[dict], analysis: dict) -> list[str]:
    """The analysis as sentences for ``geomap build`` to print, one per line."""
    lines = []
    for row in rows:
        figures = analysis.get(row["id"], {})
        if row["kind"] == "border" and row["id"] in settings().ground_length_km:
            lines.append(f"{row['name']}: {row['length_km']:.1f} km as drawn at 1:10m "
                         f"(about {settings().ground_length_km[row['id']]:g} km on the ground)")
        elif "waypoints" in figures:
            text = (f"{row['name']}: {row['length_km']:.1f} km via "
                    f"{', '.join(figures['waypoints'])}; {row['length_in_armenia_km']:.1f} km "
                    "across Armenia")
            if "min_distance_to_border_km" in figures:
                text += (f"; {figures['min_distance_to_border_km']:.2f}–"
                         f"{figures['max_distance_to_border_km']:.2f} km from the "
                         f"{figures['distance_border_name']} "
                         f"({figures['distance_measured_in']})")
            lines.append(text)
            conn = figures.get("connectivity")
            if conn:
                lines.append(f"connectivity: {conn['text']}")
                if conn.get("severs_at_width_km") is not None:
                    lines.append(f"connectivity: any strip wider than "
                                 f"{conn['severs_at_width_km']:.2f} km along this line "
                                 "severs it")
    return lines
