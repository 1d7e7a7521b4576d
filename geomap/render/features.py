"""The map's data: geomap's four frames turned into GeoJSON with escaped properties.

Each ``*_collection`` returns a FeatureCollection dict whose string properties are
HTML-escaped ``Markup`` (see ``escape``); the page's script inserts them as HTML and
styles features from these properties, so one layer holds any number of features.
Coordinates are WGS 84 lon/lat rounded to 5 decimals (about 1 m). ``pack`` turns a
collection into the compact rows the page carries.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import shapely

from ..palette import claimant_key
from .escape import number, plain, safe_url, text, texts

DECIMALS = 5
_EPOCH = dt.date(1970, 1, 1)


def _geometries(gdf: gpd.GeoDataFrame, tolerance: float = 0.0,
                decimals: int = DECIMALS) -> list:
    """GeoJSON geometry dicts (None for missing/empty geometry), coordinates rounded."""
    if gdf.empty:
        return []
    geoms = np.asarray(gdf.geometry.values, dtype=object)
    missing = shapely.is_missing(geoms) | shapely.is_empty(geoms)
    geoms = np.where(missing, None, geoms)
    if tolerance:
        geoms = shapely.simplify(geoms, tolerance, preserve_topology=True)
    geoms = shapely.transform(geoms, lambda xy: np.round(xy, decimals))
    return [None if g is None else g.__geo_interface__ for g in geoms]


def _collection(features: list[dict]) -> dict:
    return {"type": "FeatureCollection", "features": features}


def _rows(gdf: gpd.GeoDataFrame, columns: tuple[str, ...]):
    present = [c for c in columns if c in gdf.columns]
    records = gdf[present].to_dict("records") if present else [{} for _ in range(len(gdf))]
    for geometry, record in zip(_geometries(gdf), records):
        yield geometry, {c: record.get(c) for c in columns}


def pack(collection: dict, shared: dict | None = None, ref_key: str = "incident_id") -> dict:
    """A FeatureCollection in the compact form the page reads (``geomap.unpack``): the
    property names once, then per feature a row of its geometry and values, trailing
    nulls cut — a third of the size of GeoJSON for a layer of 10,000 features. A
    geometry equal to ``shared[properties[ref_key]]`` (a claim placed where its incident
    is) is written as ``1``."""
    features = collection["features"]
    keys = list(dict.fromkeys(k for f in features[:1] for k in f["properties"]))
    for f in features:  # properties absent from the first feature
        keys.extend(k for k in f["properties"] if k not in keys)
    rows = []
    for f in features:
        props, geometry = f["properties"], f["geometry"]
        if shared and geometry is not None and shared.get(props.get(ref_key)) == geometry:
            geometry = 1
        values = [props.get(k) for k in keys]
        while values and values[-1] is None:
            values.pop()
        rows.append([geometry, *values])
    return {"keys": keys, "rows": rows}


def geometries_by_id(collection: dict) -> dict:
    return {f["properties"]["id"]: f["geometry"] for f in collection["features"]
            if f["geometry"] is not None}


def epoch_ms(date) -> int | None:
    """Milliseconds since 1970-01-01 UTC for a ``YYYY-MM-DD`` string (the time slider's unit)."""
    date = plain(date)
    if not date:
        return None
    try:
        day = dt.date.fromisoformat(str(date)[:10])
    except ValueError:
        return None
    return (day - _EPOCH).days * 86_400_000


def _counts(row: dict) -> dict:
    return {k: number(row.get(k)) for k in
            ("fatalities_min", "fatalities_max", "injured_min", "injured_max")}


def incident_collection(incidents: gpd.GeoDataFrame) -> dict:
    cols = ("id", "date", "date_precision", "event_type", "sub_event_type", "actors",
            "places", "fatalities_min", "fatalities_max", "injured_min", "injured_max",
            "geo_precision", "articles", "summary", "territory", "near_border",
            "victims_country", "stances")
    features = []
    for geometry, r in _rows(incidents, cols):
        props = {
            "id": text(r["id"]), "date": text(r["date"]),
            "date_precision": text(r["date_precision"]), "t": epoch_ms(r["date"]),
            "event_type": text(r["event_type"]) or "other",
            "sub_event_type": text(r["sub_event_type"]),
            "actors": texts(r["actors"]), "places": texts(r["places"]),
            "geo_precision": number(r["geo_precision"]), "articles": texts(r["articles"]),
            "summary": text(r["summary"]), "territory": text(r["territory"]),
            "near_border": _flag(r["near_border"]),
            "victims_country": text(r["victims_country"]) or "",
            "stances": text(r["stances"]) or "",
            **_counts(r),
        }
        features.append({"type": "Feature", "geometry": geometry, "properties": props})
    return _collection(features)


def claim_collection(claims: gpd.GeoDataFrame) -> dict:
    """Every claim, also those without a geometry: the incident popups list them all."""
    cols = ("id", "incident_id", "claimant", "claimant_country", "stance", "text",
            "article", "date", "places", "date_precision", "geo_precision", "location",
            "fatalities_min", "fatalities_max", "injured_min", "injured_max",
            "victims_country", "claimant_kind")
    features = []
    for geometry, r in _rows(claims, cols):
        props = {
            "id": text(r["id"]), "incident_id": text(r["incident_id"]),
            "claimant": text(r["claimant"]),
            "claimant_country": text(r["claimant_country"]) or "",
            "claimant_kind": text(r["claimant_kind"]) or "",
            # the legend row the claim is counted, coloured and filtered in
            "claimant_key": claimant_key(plain(r["claimant_country"]),
                                         plain(r["claimant_kind"])),
            "stance": "denies" if plain(r["stance"]) == "denies" else "asserts",
            "text": text(r["text"]), "article": text(r["article"]),
            "date": text(r["date"]), "date_precision": text(r["date_precision"]),
            "t": epoch_ms(r["date"]), "places": texts(r["places"]),
            "geo_precision": number(r["geo_precision"]), "location": text(r["location"]),
            "victims_country": text(r["victims_country"]) or "",
            **_counts(r),
        }
        features.append({"type": "Feature", "geometry": geometry, "properties": props})
    return _collection(features)


def place_collection(places: gpd.GeoDataFrame, drawn_as: dict | None = None) -> dict:
    """Every place, with the gazetteer's other names of those the regional table holds
    (``aliases``: what the map's search also finds a place by), and the name of the
    overlay that draws it (``overlay``, from ``drawn_as``: place id → overlay name; see
    ``places_drawn_as_overlays``)."""
    cols = ("id", "name", "mentions", "country_code", "kind", "source", "articles",
            "population", "score", "reason")
    other_names = place_aliases(places["id"] if "id" in places.columns else ())
    drawn_as = drawn_as or {}
    features = []
    for geometry, r in _rows(places, cols):
        score = number(r["score"])
        props = {
            "id": text(r["id"]), "name": text(r["name"]), "mentions": texts(r["mentions"]),
            "aliases": texts(other_names.get(plain(r["id"]), ())) or None,
            "country_code": text(r["country_code"]), "kind": text(r["kind"]),
            "source": text(r["source"]), "articles": texts(r["articles"]),
            "population": number(r["population"]),
            "score": round(score, 2) if score is not None else None,
            "reason": text(r["reason"]),
            "overlay": text(drawn_as.get(plain(r["id"]))),
        }
        features.append({"type": "Feature", "geometry": geometry, "properties": props})
    return _collection(features)


#: how far (degrees) a place may lie from the overlay of its name that draws it
OVERLAY_REACH = 0.5
_QUALIFIER = re.compile(r"\s*\([^)]*\)\s*$")


def _bare_name(name) -> str:
    """A name compared with another: without a trailing "(proposed)" or a leading "the",
    in any case."""
    name = _QUALIFIER.sub("", str(name or "")).strip().casefold()
    return name[4:] if name.startswith("the ") else name


def places_drawn_as_overlays(places: gpd.GeoDataFrame,
                             overlays: gpd.GeoDataFrame) -> dict[str, str]:
    """Place id → the name of the overlay that draws it: an overlay of the place's name
    (or of a name the articles wrote it as; "Zangezur corridor" for "Zangezur corridor
    (proposed)") within ``OVERLAY_REACH`` of it. The map draws such a place as its
    overlay only, not as a second, labelled dot."""
    if places.empty or overlays.empty or "name" not in overlays.columns:
        return {}
    by_name: dict[str, list] = {}
    for name, geometry in zip(overlays["name"], overlays.geometry.values):
        if geometry is not None and not geometry.is_empty and _bare_name(name):
            by_name.setdefault(_bare_name(name), []).append((str(name), geometry))
    found = {}
    mentions = places["mentions"] if "mentions" in places.columns else [()] * len(places)
    for pid, name, written, geometry in zip(places["id"], places["name"], mentions,
                                            places.geometry.values):
        if geometry is None or geometry.is_empty:
            continue
        names = {_bare_name(n) for n in [name, *(plain(written) or ())]}
        for key in sorted(names & by_name.keys()):
            near = [o for o, line in by_name[key]
                    if shapely.distance(geometry, line) <= OVERLAY_REACH]
            if near:
                found[str(pid)] = near[0]
                break
    return found


#: the most other names of one place the page carries for its search
MAX_ALIASES = 24


def place_aliases(ids) -> dict[str, tuple[str, ...]]:
    """Place id → the other names the gazetteer's regional table gives it ("Karvachar",
    "Kəlbəcər" for Kalbajar), for the ids of ``ids`` it holds; {} without the table."""
    wanted = {str(i) for i in ids if plain(i) is not None}
    if not wanted:
        return {}
    from ..errors import GeomapError
    from ..gazetteer.tables import read_csv, split_aliases
    from ..paths import gazetteer_dir
    try:
        rows = [row for _, row in read_csv(gazetteer_dir() / "regional.csv")
                if row.get("id") in wanted]
    except (GeomapError, OSError, ValueError):
        return {}
    found = {}
    for row in rows:
        names = [a for a in dict.fromkeys(split_aliases(row.get("aliases", "")))
                 if a != row.get("name")]
        if names:
            found[row["id"]] = tuple(names[:MAX_ALIASES])
    return found


@dataclass(frozen=True)
class OverlayGroups:
    """The overlays split the way the layer control shows them."""

    iran_armenia: dict
    other_borders: dict
    corridors: dict
    user: tuple[tuple[str, dict], ...]  # (escaped name, collection) per user overlay


def overlay_collections(overlays: gpd.GeoDataFrame, max_user_layers: int = 8) -> OverlayGroups:
    cols = ("id", "name", "kind", "countries", "length_km", "status", "source", "note",
            "length_in_armenia_km", "min_distance_to_border_km",
            "max_distance_to_border_km", "connectivity")
    iran_armenia, borders, corridors, user = [], [], [], {}
    for geometry, r in _rows(overlays, cols):
        kind = plain(r["kind"]) or "other"
        countries = sorted(str(c).upper() for c in (plain(r["countries"]) or []))
        props = {
            "id": text(r["id"]), "name": text(r["name"]), "kind": text(kind),
            "countries": texts(countries), "status": text(r["status"]),
            "source": text(r["source"]), "note": text(r["note"]),
            "connectivity": text(r["connectivity"]),
            **{k: _km(r[k]) for k in ("length_km", "length_in_armenia_km",
                                      "min_distance_to_border_km",
                                      "max_distance_to_border_km")},
        }
        if kind == "border" and countries == ["AM", "IR"]:
            props["role"] = "iran_armenia_border"
            iran_armenia.append({"type": "Feature", "geometry": geometry,
                                 "properties": props})
        elif kind == "border":
            props["role"] = "border"
            borders.append({"type": "Feature", "geometry": geometry, "properties": props})
        elif kind == "corridor":
            props["role"] = "corridor"
            corridors.append({"type": "Feature", "geometry": geometry, "properties": props})
        else:
            props["role"] = "user"
            name = props["name"] or text(kind)
            user.setdefault(name, []).append(
                {"type": "Feature", "geometry": geometry, "properties": props})
    groups = tuple((name, _collection(fs)) for name, fs in user.items())
    if len(groups) > max_user_layers:  # one toggle per overlay stops being useful
        groups = ((text("Other overlays"),
                   _collection([f for _, c in groups for f in c["features"]])),)
    return OverlayGroups(_collection(iran_armenia), _collection(borders),
                         _collection(corridors), groups)


def _flag(value) -> bool | None:
    value = plain(value)
    return None if value is None else bool(value)


def _km(value) -> float | None:
    value = number(value)
    return None if value is None else round(float(value), 1)


def article_table(articles, claims: gpd.GeoDataFrame) -> dict:
    """Article id → escaped title, source, publication date and (http/https only) url,
    for the popups. The build's ``Article`` records come first; the claims' copies fill
    the gaps."""
    table: dict[str, dict] = {}
    for a in articles or ():
        published = getattr(a, "published", None)
        table[str(a.id)] = {"title": text(a.title), "source": text(a.source),
                            "url": safe_url(a.url),
                            "published": text(published.isoformat()) if published else None}
    if not claims.empty:
        extra = [c for c in ("article", "article_title", "article_source", "article_url")
                 if c in claims.columns]
        if "article" in extra:
            for r in claims[extra].to_dict("records"):
                key = plain(r.get("article"))
                if key is None:
                    continue
                row = table.setdefault(str(key), {"title": None, "source": None, "url": None,
                                                  "published": None})
                row["title"] = row["title"] or text(r.get("article_title"))
                row["source"] = row["source"] or text(r.get("article_source"))
                row["url"] = row["url"] or safe_url(r.get("article_url"))
    return {text(k): v for k, v in table.items()}


@dataclass(frozen=True)
class Summary:
    """The counts of the summary panel (labels escaped)."""

    incidents: int
    incidents_unlocated: int
    claims: int
    places: int
    articles: int
    first_date: str | None
    last_date: str | None
    by_type: tuple[tuple[str, int], ...]
    #: by claimant country, and those of no state by kind (``palette.claimant_key``)
    by_claimant_country: tuple[tuple[str, int], ...]
    by_claimant: tuple[tuple[str, int], ...]


def summarise(incidents: dict, claims: dict, places: dict, n_articles: int) -> Summary:
    inc = [f["properties"] for f in incidents["features"]]
    cl = [f["properties"] for f in claims["features"]]
    dates = sorted(p["date"] for p in inc if p["date"])
    return Summary(
        incidents=len(inc),
        incidents_unlocated=sum(1 for f in incidents["features"] if f["geometry"] is None),
        claims=len(cl), places=len(places["features"]), articles=n_articles,
        first_date=dates[0] if dates else None, last_date=dates[-1] if dates else None,
        by_type=tuple(Counter(p["event_type"] for p in inc).most_common()),
        by_claimant_country=tuple(Counter(claimant_key(p["claimant_country"],
                                                       p.get("claimant_kind"))
                                          for p in cl).most_common()),
        by_claimant=tuple(Counter(p["claimant"] for p in cl if p["claimant"]).most_common()),
    )


def focus_frames(incidents: gpd.GeoDataFrame, claims: gpd.GeoDataFrame,
                 reach: float = 0.5):
    """The incidents (and their claims) the view is fitted to: all but the diplomatic
    events that lie far from the others. Meetings happen in capitals and at summits far
    from the border they are about (a summit in Astana should not zoom a map of the
    Armenia–Azerbaijan border out to Central Asia); one that lies within ``reach`` times
    the extent of the other incidents (at least 2 degrees) from them stays in view."""
    if incidents.empty or "event_type" not in incidents.columns:
        return incidents, claims
    diplomatic = (incidents["event_type"] == "diplomatic").to_numpy()
    core = data_bounds(incidents[~diplomatic])
    if core is None:
        return incidents, claims
    keep = incidents[~diplomatic | _within(incidents, core, reach)]
    if claims.empty or "incident_id" not in claims.columns:
        return keep, claims.iloc[0:0]
    return keep, claims[claims["incident_id"].isin(set(keep["id"]))]


def _within(gdf: gpd.GeoDataFrame, core, reach: float = 0.5) -> np.ndarray:
    """Which rows of ``gdf`` lie within ``reach`` times the extent of ``core`` ([[S, W],
    [N, E]], degrees; at least 2 degrees) from it."""
    (s, w), (n, e) = core
    dy, dx = max((n - s) * reach, 2.0), max((e - w) * reach, 2.0)
    area = shapely.box(w - dx, s - dy, e + dx, n + dy)
    geoms = np.asarray(gdf.geometry.values, dtype=object)
    return np.array([g is not None and not g.is_empty and area.contains(g) for g in geoms],
                    dtype=bool)


def view_bounds(incidents: gpd.GeoDataFrame, claims: gpd.GeoDataFrame,
                places: gpd.GeoDataFrame, overlays: gpd.GeoDataFrame,
                reach: float = 0.5) -> list[list[float]] | None:
    """[[south, west], [north, east]] of what the first view shows: the incidents and
    their claims (``focus_frames``), the places near them (within ``reach`` as there:
    an article about the border also names Moscow, Washington and the countries it
    speaks of, whose points would zoom the view out to the world), and every overlay the
    user gave (``overlays`` of a kind other than border or corridor). None when nothing
    is located."""
    inc, cl = focus_frames(incidents, claims)
    user = overlays
    if not overlays.empty and "kind" in overlays.columns:
        user = overlays[~overlays["kind"].isin(["border", "corridor"])]
    core = data_bounds(inc, cl) or data_bounds(incidents, claims)
    if core is None:
        return data_bounds(places, user) or data_bounds(overlays)
    near = places[_within(places, core, reach)] if not places.empty else places
    return data_bounds(inc, cl, near, user)


def concerns_builtin_overlays(overlays: gpd.GeoDataFrame, incidents: gpd.GeoDataFrame,
                              within: float) -> bool:
    """Whether a build concerns the region of the built-in overlays (the region's borders
    and the corridor: kind border or corridor): a located incident lies within ``within``
    degrees of one of them, or none is located (nothing tells another region)."""
    if overlays.empty or "kind" not in overlays.columns:
        return True

    def drawn(geoms) -> np.ndarray:
        return np.asarray([g for g in geoms if g is not None and not g.is_empty],
                          dtype=object)
    builtin = drawn(overlays.geometry[overlays["kind"].isin(["border", "corridor"])])
    located = drawn(incidents.geometry) if not incidents.empty else builtin[:0]
    if not len(builtin) or not len(located):
        return True
    return bool(shapely.dwithin(located[:, None], builtin[None, :], within).any())


#: the side (degrees) of the square a phone's first view can frame at a readable zoom
#: (at zoom 6, 390 px span some 8.6 degrees of longitude)
DENSE_WINDOW = 8.0


def dense_bounds(incidents: gpd.GeoDataFrame, window: float = DENSE_WINDOW,
                 least_share: float = 0.5) -> list[list[float]] | None:
    """[[south, west], [north, east]] of where most incidents are: those inside the
    square of ``window`` degrees, centred on an incident, that holds the most of them
    (the first one in data order on a tie), when it holds at least ``least_share`` of
    the located incidents; None when they are too few or spread over several regions
    (a third in the Caucasus, the rest over three continents: the view frames them
    all). The first view frames it when the whole extent would show it too small
    (geomap.js ``start``)."""
    if incidents.empty:
        return None
    geoms = np.asarray(incidents.geometry.values, dtype=object)
    located = np.array([g is not None and not g.is_empty for g in geoms], dtype=bool)
    if located.sum() < 2:
        return None
    centres = shapely.centroid(geoms[located])
    xs, ys = shapely.get_x(centres), shapely.get_y(centres)
    half = window / 2
    # candidate centres: one per degree cell, the first incident in it
    _, first = np.unique(np.stack([np.floor(xs), np.floor(ys)], axis=1), axis=0,
                         return_index=True)
    candidates = np.sort(first)
    best, best_count = None, 0
    for start in range(0, len(candidates), 256):
        chunk = candidates[start:start + 256]
        inside = ((np.abs(xs[None, :] - xs[chunk, None]) <= half) &
                  (np.abs(ys[None, :] - ys[chunk, None]) <= half))
        counts = inside.sum(axis=1)
        i = int(np.argmax(counts))
        if counts[i] > best_count:
            best, best_count = chunk[i], int(counts[i])
    if best is None or best_count < max(2, least_share * len(xs)):
        return None
    inside = (np.abs(xs - xs[best]) <= half) & (np.abs(ys - ys[best]) <= half)
    return data_bounds(incidents[located][inside])


def data_bounds(*frames: gpd.GeoDataFrame) -> list[list[float]] | None:
    """[[south, west], [north, east]] of the points and lines of ``frames``; polygons count
    only when nothing else is there (a country-wide incident should not zoom out the map)."""
    def bounds(keep_polygons: bool):
        parts = []
        for gdf in frames:
            if gdf is None or gdf.empty:
                continue
            geoms = gdf.geometry[~(gdf.geometry.isna() | gdf.geometry.is_empty)]
            if not keep_polygons:
                geoms = geoms[~geoms.geom_type.isin(["Polygon", "MultiPolygon"])]
            if len(geoms):
                parts.append(geoms.total_bounds)
        if not parts:
            return None
        b = np.array(parts)
        return [[float(b[:, 1].min()), float(b[:, 0].min())],
                [float(b[:, 3].max()), float(b[:, 2].max())]]
    return bounds(False) or bounds(True)


#: the zoom from which a country's name shows on the base map, by the area of its land
#: drawn there (square degrees): the largest from the world view, the smallest closer in
LABEL_ZOOMS = ((150.0, 3), (25.0, 4), (5.0, 5), (0.0, 6))
#: the world's 1:110m countries need no more than 0.02° (about 2 km)
WORLD_TOLERANCE, WORLD_DECIMALS = 0.02, 2
#: the world's 1:10m land borders a map carries reach this far (degrees) from its
#: incidents and places: at zoom 7, from which the page draws them, a desktop's view
#: spans some 14 x 9 degrees, so one centred on any of them shows no border ending
WORLD_BORDER_REACH = 10.0
#: their coordinates' decimals (about 11 m; the lines are simplified to 220 m)
WORLD_BORDER_DECIMALS = 4


def delta_lines(gdf: gpd.GeoDataFrame, key: str, decimals: int) -> dict:
    """Lines in the compact form the page reads (``geomap.deltaLines``): ``scale``
    (10^decimals) and per feature a row of its (escaped) ``key`` property, then per
    line its coordinates as integers of 1/scale degrees, the first point whole and each
    next as its step from the one before: less than half the size of GeoJSON for long
    borders, whose steps are a few hundredths of a degree."""
    scale = 10 ** decimals
    rows = []
    for value, geometry in zip(gdf[key], gdf.geometry.values):
        if geometry is None or geometry.is_empty:
            continue
        lines = []
        for part in shapely.get_parts(geometry):
            if part.geom_type != "LineString":
                continue                    # a point where a cut only touches a line
            xy = np.round(shapely.get_coordinates(part) * scale).astype(np.int64)
            lines.append(np.vstack([xy[:1], np.diff(xy, axis=0)]).ravel().tolist())
        if lines:
            rows.append([text(value), *lines])
    return {"scale": scale, "rows": rows}


def world_borders(boundaries, countries, near,
                  reach: float = WORLD_BORDER_REACH) -> gpd.GeoDataFrame:
    """The world's 1:10m land borders beyond the region (``Boundaries.world_borders``)
    that a map draws close in, where the 1:110m outlines stray too far: every border of
    the ``countries`` (ISO alpha-2: those of its incidents and claims, so each with its
    neighbours), cut to within ``reach`` degrees of the geometries ``near`` (its
    incidents and places): the few borders beyond the regional box a map of the South
    Caucasus needs, and for a map of many regions those near its incidents."""
    lines = boundaries.world_borders
    codes = {str(c).upper() for c in countries if c}
    near = np.asarray([g for g in near if g is not None and not g.is_empty], dtype=object)
    if lines.empty or not codes or not len(near):
        return lines.iloc[0:0]
    mine = lines[[bool(codes.intersection(k.split("-"))) for k in lines["countries"]]]
    boxes = shapely.bounds(near) + np.array([-reach, -reach, reach, reach])
    area = shapely.union_all(shapely.box(*boxes.T))
    cut = shapely.intersection(mine.geometry.values, area)
    return mine.set_geometry(cut, crs=mine.crs)[~shapely.is_empty(cut)]


def base_collections(boundaries, tolerance: float = 0.002, country_codes=(),
                     near=()) -> dict:
    """The offline base layer's data: land (the region's 1:10m countries over the world's
    1:110m ones), its outlines (without the edges of the regional box, which are no
    borders), the world's 1:10m land borders beyond the region that the map needs
    (``world_borders`` of ``country_codes`` near ``near``, packed by ``delta_lines``),
    lakes, rivers, disputed areas, and country names with the zoom they show from."""
    def features(gdf, cols, tolerance=tolerance, decimals=DECIMALS) -> list[dict]:
        if gdf is None or gdf.empty:
            return []
        present = [c for c in cols if c in gdf.columns]
        records = gdf[present].to_dict("records")
        return [{"type": "Feature", "geometry": g,
                 "properties": {c: text(r.get(c)) for c in present}}
                for g, r in zip(_geometries(gdf, tolerance, decimals), records) if g is not None]

    def land(gdf, cut, world_scale: bool, *rounding) -> list[dict]:
        """Fills; a polygon the box cuts has its outline drawn apart (``cut``: the lines
        to leave out), any other draws its own. ``world_scale`` marks the 1:110m ones,
        whose borders the page hides close in (some 10 km off, they would put a town
        on the wrong side)."""
        gdf = gdf[~(gdf.geometry.isna() | gdf.geometry.is_empty)]
        geoms = gdf.geometry.values
        crossing = shapely.intersects(geoms, box_edge)
        drawn = features(gdf, ("iso_a2", "name"), *rounding)
        for feature, outlined in zip(drawn, ~crossing):
            feature["properties"]["outlined"] = bool(outlined)
            feature["properties"]["world"] = world_scale
        apart = features(gpd.GeoDataFrame(geometry=shapely.difference(
            shapely.boundary(geoms[crossing]), cut), crs=gdf.crs), (), *rounding)
        for feature in apart:
            feature["properties"]["world"] = world_scale
        outlines.extend(apart)
        return drawn

    countries, world = boundaries.countries, boundaries.world
    outlines: list[dict] = []
    filled: list[dict] = []
    if not countries.empty:
        box = shapely.box(*countries.total_bounds)
        box_edge = shapely.buffer(box.exterior, 1e-5)
        filled = land(world, box, True, WORLD_TOLERANCE, WORLD_DECIMALS)
        filled += land(countries, box_edge, False, tolerance)
    # one name per country, on its whole land (the regional slice and the world's rest)
    labels = []
    names: dict[str, tuple[str, object]] = {}
    for frame in (countries, world):
        for code, name, geom in zip(frame["iso_a2"], frame["name"], frame.geometry.values):
            names.setdefault(code or name,
                             (name, boundaries.country_extent(code) if code else geom))
    for name, geom in names.values():
        p = shapely.point_on_surface(geom)
        zoom = next(z for least, z in LABEL_ZOOMS if shapely.area(geom) >= least)
        labels.append({"type": "Feature", "geometry": {
            "type": "Point", "coordinates": [round(p.x, 3), round(p.y, 3)]},
            "properties": {"name": text(name), "zoom": zoom}})
    return {
        "countries": _collection(filled),
        "outlines": _collection(outlines),
        "borders": delta_lines(world_borders(boundaries, country_codes, near), "countries",
                               WORLD_BORDER_DECIMALS),
        "lakes": _collection(features(boundaries.lakes, ("name",))),
        "rivers": _collection(features(boundaries.rivers, ("name",))),
        "disputed": _collection(features(boundaries.disputed, ("name", "kind"))),
        "labels": _collection(labels),
    }

