"""``build_map(result, options) -> folium.Map`` and ``write_map(result, path, options)``.

The map holds one layer per kind of feature (incidents, claims, places, each group of
overlays), an offline base layer drawn from the gazetteer's boundary set (OpenStreetMap
tiles only as an optional base layer), a legend whose rows filter the incidents and
claims, a summary panel, a time slider, a search box, a minimap, fullscreen and measure
controls, fitted to the data. See ``assets`` for how the
page works with no network and ``escape`` for how article text is kept inert.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import folium
import folium.plugins

from ..errors import OutputError
from ..export.acled import country_name
from ..model import BuildOptions
from ..palette import claimant_key, claimant_kinds, claimant_palette, palette, symbols
from . import features
from .assets import MapFigure
from .elements import (BaseLayer, BaseMiniMap, FeatureLayer, Legend, Runtime, SearchBox,
                       Startup, SummaryPanel, TimeSlider)
from .escape import text
from .ids import stable_ids

#: the region the map shows when a build locates nothing (S, W, N, E in degrees)
DEFAULT_BOUNDS = [[38.3, 43.4], [41.9, 50.4]]
OSM_NAME = "OpenStreetMap (online tiles)"
BASE_NAME = "Boundaries (offline)"
#: layer names; each contains the word the issue's test looks for. The Armenia–Iran
#: border is named as in overlays.geojson and the build's summary, in every place
LAYER_NAMES = {
    "incidents": "Incidents", "claims": "Claims", "places": "Places",
    "iran_armenia_border": "Armenia–Iran border", "border": "Other Borders",
    "corridor": "Proposed Corridor",
}
LEGEND_OVERLAYS = {
    "iran_armenia_border": "Armenia–Iran border", "border": "other international border",
    "corridor": "proposed corridor (dashed)", "user": "your overlays",
}
#: what the layer control says beside a Places layer that starts switched off
PLACES_OFF_NOTE = "off at first: so many would hide the incidents; tick to show"
DAY_MS = 86_400_000
MAX_ZOOM = 18
#: the farthest zoom: the whole world about 1024 px wide
MIN_ZOOM = 2


def build_map(result, options: BuildOptions | None = None, *, boundaries=None) -> folium.Map:
    """The interactive map of ``result`` (a ``geomap.Result``, or anything with the frames
    ``places``, ``incidents``, ``claims``, ``overlays`` and ``articles``).

    ``boundaries`` defaults to ``geomap.geometry.load_boundaries()``. Render the page with
    ``build_map(...).get_root().render()``; ``write_map`` writes it to a file. The same
    inputs give the same page, byte for byte (element names come from ``ids.stable_ids``).
    """
    with stable_ids():
        return _build_map(result, options, boundaries)


def _build_map(result, options, boundaries) -> folium.Map:
    options = options or BuildOptions()
    if options.tiles not in ("offline", "osm"):
        from ..errors import InputError
        raise InputError(f"unknown tiles {options.tiles!r}; choose offline or osm",
                         field="--tiles")
    if boundaries is None:
        from ..geometry import load_boundaries
        boundaries = load_boundaries()
    # every claimant country of the build gets its colour, as in the QGIS styles
    pal = {**palette(),
           "claimant_country": claimant_palette(result.claims.get("claimant_country", ()))}
    sym = symbols()

    incidents = features.incident_collection(result.incidents)
    claims = features.claim_collection(result.claims)
    places = features.place_collection(
        result.places, features.places_drawn_as_overlays(result.places, result.overlays))
    overlays = features.overlay_collections(result.overlays)
    articles = features.article_table(getattr(result, "articles", ()), result.claims)
    names = _country_names(boundaries, incidents, claims, places, overlays)

    times = [f["properties"]["t"] for f in incidents["features"] + claims["features"]
             if f["properties"]["t"] is not None]
    time_range = {"min": min(times), "max": max(times)} if times else {"min": 0, "max": 0}

    bounds = features.view_bounds(result.incidents, result.claims, result.places,
                                  result.overlays) or DEFAULT_BOUNDS
    title = text(options.title or "geomap")

    fmap = folium.Map(location=_centre(bounds), zoom_start=7, tiles=None,
                      control_scale=True, prefer_canvas=False)
    # no tile layer sets the zoom range when the base is offline; clustering needs it.
    # Zoom 2 (the world 1024 px wide) lets incidents from Colombia to Korea fit between
    # the panels of a 1400 px window, where zoom 3 put Korea under the legend (U1)
    fmap.options.update(max_zoom=MAX_ZOOM, min_zoom=MIN_ZOOM)
    MapFigure(cdn=options.cdn, title=title).add_child(fmap)

    def many_points(collection) -> bool:
        points = sum(1 for f in collection["features"]
                     if f["geometry"] and f["geometry"]["type"] == "Point")
        return points > sym["cluster_above"]

    clustered = {kind: many_points(data) for kind, data in
                 (("incidents", incidents), ("claims", claims), ("places", places))}
    # Thousands of places (every town a corpus of general news names) cluster into
    # numbered rings that look like the incidents' own and bury them (U1): with
    # incidents to show, such a Places layer starts switched off, and the layer control
    # says why
    places_off = clustered["places"] and bool(incidents["features"])
    layer_notes = {LAYER_NAMES["places"]: PLACES_OFF_NOTE} if places_off else {}

    fmap.add_child(Runtime({
        "palette": pal, "symbols": sym, "countries": names, "articles": articles,
        "time": time_range,
        "geo_precision": {str(k): v for k, v in sym["geo_precision"].items()},
        "layer_notes": layer_notes,
    }))
    # the world's 1:10m borders of the countries the incidents and claims concern
    base_data = features.base_collections(
        boundaries, country_codes=_country_codes(incidents, claims),
        near=[*result.incidents.geometry.values, *result.places.geometry.values])
    base = BaseLayer(base_data, BASE_NAME, show=options.tiles != "osm")
    fmap.add_child(base)
    fmap.add_child(folium.TileLayer("OpenStreetMap", name=OSM_NAME, overlay=False,
                                    control=True, show=options.tiles == "osm",
                                    max_zoom=MAX_ZOOM))

    def layer(kind, data, label, **kw):
        n = len(data["features"])
        fmap.add_child(FeatureLayer(kind, data, text(f"{label} ({n})"), **kw))

    timed = bool(times)
    layer("incidents", incidents, LAYER_NAMES["incidents"], timed=timed,
          cluster=clustered["incidents"])
    # Many claims lie where their incidents are, whose popups list them all: once they
    # are clustered, their clusters would sit on the incidents' ones, so the layer starts
    # switched off (one click in the layer control shows it).
    layer("claims", claims, LAYER_NAMES["claims"], timed=timed, cluster=clustered["claims"],
          show=not clustered["claims"], shared=features.geometries_by_id(incidents))
    layer("places", places, LAYER_NAMES["places"], cluster=clustered["places"],
          show=not places_off)
    roles_present = []
    # the region's borders and the corridor lead the overlays, shown, when the build
    # concerns their region; else they come last, unticked, and the legend leaves them out
    concerned = features.concerns_builtin_overlays(
        result.overlays, result.incidents, sym["builtin_overlays"]["concern_degrees"])
    builtin = [(role, data) for role, data in (
        ("iran_armenia_border", overlays.iran_armenia), ("border", overlays.other_borders),
        ("corridor", overlays.corridors)) if data["features"]]
    for role, data in builtin if concerned else ():
        roles_present.append(role)
        layer("overlays", data, LAYER_NAMES[role])
    for name, data in overlays.user:
        roles_present.append("user")
        fmap.add_child(FeatureLayer("overlays", data, text("Overlay: ") + name))
    for role, data in () if concerned else builtin:
        layer("overlays", data, LAYER_NAMES[role], show=False)

    folium.LayerControl(collapsed=False, position="topright").add_to(fmap)
    folium.plugins.Fullscreen(position="topleft", title="Full screen",
                              title_cancel="Leave full screen").add_to(fmap)
    folium.plugins.MeasureControl(position="topleft", primary_length_unit="kilometers",
                                  secondary_length_unit="miles",
                                  primary_area_unit="sqkilometers",
                                  secondary_area_unit="hectares").add_to(fmap)

    summary = features.summarise(incidents, claims, places, len(articles))
    present_types = {label for label, _ in summary.by_type}
    event_types = [(k, text(k)) for k in pal["event_type"] if k in present_types]
    event_types += [(k, k) for k in sorted(present_types - set(pal["event_type"]))]
    stateless = _stateless_claimants(claims)
    labels = {key: _label(names, key, stateless.get(key, ()))
              for key, _ in summary.by_claimant_country}
    fmap.add_child(BaseMiniMap(base))
    fmap.add_child(Legend(
        pal, sym, event_types,
        [(key, labels[key]) for key, _ in summary.by_claimant_country],
        [(role, LEGEND_OVERLAYS[role]) for role in dict.fromkeys(roles_present)],
        clustered=any(clustered.values())))
    fmap.add_child(SummaryPanel(
        title, summary, [(key, labels[key], n) for key, n in summary.by_claimant_country],
        pal))

    slider = None
    if timed:
        days = (time_range["max"] - time_range["min"]) // DAY_MS
        slider = TimeSlider(time_range["min"], time_range["max"], steps=min(max(days, 1), 2000))
        fmap.add_child(slider)
    fmap.add_child(SearchBox())
    focus, _ = features.focus_frames(result.incidents, result.claims)
    view = dict(sym["view"])
    dense = features.dense_bounds(focus, least_share=view.pop("dense_share"))
    fmap.add_child(Startup(slider, bounds, dense, **view))
    return fmap


def write_map(result, path, options: BuildOptions | None = None, *, boundaries=None) -> Path:
    """Write the map of ``result`` to ``path`` as one HTML file (self-contained unless
    ``options.cdn``); returns the path."""
    with stable_ids():
        page = build_map(result, options, boundaries=boundaries).get_root().render()
    path = Path(path)
    try:
        path.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise OutputError(f"cannot write the map ({exc.strerror or exc})", path=str(path)) from None
    return path


def _centre(bounds) -> list[float]:
    (s, w), (n, e) = bounds
    return [(s + n) / 2, (w + e) / 2]


#: how many claimants that are no state the legend names before "…"
STATELESS_NAMED = 3


def _label(names: dict, key: str, stateless: list | tuple = ()):
    """The legend's label of a row of claims (``palette.claimant_key``): a claimant
    country's name; for claimants that are no state, their kind with their names
    ("armed groups: Taliban, Hezbollah, M23"), or "no state: …" when their kind is
    unknown (a claims frame written before ``claimant_kind``)."""
    kinds = {k.key: k.label for k in claimant_kinds()}
    if key in kinds or not key or key == "other":
        head = kinds.get(key, "no state")
        if not stateless:
            return text(head) if key in kinds else text("unknown country")
        more = text(" …") if len(stateless) > STATELESS_NAMED else text("")
        return text(head + ": ") + text(", ").join(stateless[:STATELESS_NAMED]) + more
    return names.get(key) or key


def _stateless_claimants(claims: dict) -> dict:
    """The (escaped) names of the claimants whose claims carry no country, most cited
    first, by the legend row they are in (their kind, or "other")."""
    counts = Counter((claimant_key("", f["properties"].get("claimant_kind")),
                      f["properties"]["claimant"]) for f in claims["features"]
                     if not f["properties"]["claimant_country"] and f["properties"]["claimant"])
    rows: dict = {}
    for (key, name), _ in counts.most_common():
        rows.setdefault(key, []).append(name)
    return rows


def _country_codes(*collections) -> set:
    """Every country code the features of ``collections`` (feature collections or
    ``OverlayGroups``) name: actors, countries, claimant's, territory, place's, victims'."""
    codes = set()
    for coll in collections:
        if isinstance(coll, features.OverlayGroups):
            colls = [coll.iran_armenia, coll.other_borders, coll.corridors,
                     *[c for _, c in coll.user]]
        else:
            colls = [coll]
        for c in colls:
            for f in c["features"]:
                p = f["properties"]
                for key in ("actors", "countries"):
                    codes.update(p.get(key) or ())
                for key in ("claimant_country", "territory", "country_code",
                            "victims_country"):
                    if p.get(key):
                        codes.add(p[key])
    return codes


def _country_names(boundaries, *collections) -> dict:
    """ISO alpha-2 → short country name for every code the data uses (escaped): the
    boundary set's, else ACLED's short form ("Kosovo" for XK, which pycountry lacks)."""
    codes = _country_codes(*collections)
    known = {}
    if boundaries is not None and not boundaries.countries.empty:
        known = dict(zip(boundaries.countries["iso_a2"], boundaries.countries["name"]))
    names = {}
    for code in sorted(codes):
        name = known.get(str(code)) or (country_name(code) if len(str(code)) == 2 else None)
        if name:
            names[code] = text(name)
    return names
