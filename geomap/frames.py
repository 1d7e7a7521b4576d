"""The four GeoDataFrames geomap hands to the map and the exports, and their columns.

Every frame is in EPSG:4326 (WGS 84 lon/lat). List-valued columns hold Python lists
(GeoJSON writes them as arrays; GeoPackage and CSV join them with ``"; "``). Dates are
``YYYY-MM-DD`` strings or ``None``. The first columns of each tuple are the public
names of ../shared/OUTPUTS.md; the rest are extras the map and the exports may use.
"""

from __future__ import annotations

import geopandas as gpd

CRS = "EPSG:4326"

PLACE_COLUMNS = (
    "id", "name", "mentions", "country_code", "kind", "source", "articles",
    # extras
    "population", "score", "reason", "alternatives",
)

INCIDENT_COLUMNS = (
    # actors: ISO alpha-2 codes of the states taking part, never "" (a claimant that is
    # no state is not among them)
    "id", "date", "date_precision", "event_type", "sub_event_type", "actors", "places",
    "fatalities_min", "fatalities_max", "injured_min", "injured_max", "geo_precision",
    "articles", "summary",
    # extras
    "territory",          # ISO alpha-2 of the country the incident lies in ("" if unknown)
    "near_border",        # True when within 5 km of an international border
    "claims_count",
    "claimants",          # list of claimant names
    "victims_country",    # ISO alpha-2 of the side whose people the figures count, or ""
    "stances",            # what its claims do: "asserts", "asserts and denies" (disputed),
                          # "denies" (only denied: drawn dashed), "" without claims
)

# claimant_country: ISO alpha-2 of the claimant's state; "" for a claimant that is no
# state: the Nagorno-Karabakh de facto authorities and their Defense Army, South Ossetia's,
# armed movements (``non_state`` in incidents/data/actors.yaml), for whom no code exists
# (none is invented)
CLAIM_COLUMNS = (
    "id", "incident_id", "claimant", "claimant_country", "stance", "text", "article",
    "date", "places",
    # extras
    "date_precision", "geo_precision", "location",  # location: how the text places it
    "fatalities_min", "fatalities_max", "injured_min", "injured_max",
    "victims_country",    # ISO alpha-2 of the side whose people the figures count, or ""
    "event_type", "article_title", "article_source", "article_url",
    # what kind of claimant speaks (model.CLAIMANT_KINDS): "state", "media", and for one
    # of no state (claimant_country "") "armed group", "de facto authority" or "monitor"
    # (a state's peacekeepers are "monitor" too); "" when unknown
    "claimant_kind",
)

OVERLAY_COLUMNS = (
    "id", "name", "kind", "countries", "length_km", "status", "source",
    # extras
    "note", "length_in_armenia_km", "min_distance_to_border_km",
    "max_distance_to_border_km", "connectivity",
)

LIST_COLUMNS = frozenset({"mentions", "articles", "actors", "places", "alternatives",
                          "claimants", "countries"})

INT_COLUMNS = frozenset({"fatalities_min", "fatalities_max", "injured_min", "injured_max",
                         "geo_precision", "population", "claims_count"})


def empty_frame(columns: tuple[str, ...]) -> gpd.GeoDataFrame:
    """A frame with the given columns and no rows, so empty builds still write valid files."""
    return gpd.GeoDataFrame({c: [] for c in columns}, geometry=gpd.GeoSeries([], crs=CRS),
                            crs=CRS)


def frame(rows: list[dict], columns: tuple[str, ...]) -> gpd.GeoDataFrame:
    """A frame from row dicts that each carry ``geometry``; missing columns become None."""
    if not rows:
        return empty_frame(columns)
    data = {c: [r.get(c) for r in rows] for c in columns}
    return gpd.GeoDataFrame(data, geometry=[r["geometry"] for r in rows], crs=CRS)
