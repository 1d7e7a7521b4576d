"""``incidents.csv``: one row per incident under ACLED's column names, so geomap rows
can be stacked under an ACLED export, followed by geomap's own columns.

ACLED conventions followed: ``time_precision`` 1 day, 2 week, 3 month or coarser;
``geo_precision`` 1–3 as geomap already counts it; ``fatalities`` one conservative number
(geomap's lower bound, 0 when none was reported, as ACLED codes an unknown toll; the
geomap columns ``fatalities_max`` … stay blank then); ``country`` the country holding the
incident (also for one known only by its country: ``territory``), ``location`` its place,
else that country; ``latitude``/``longitude`` of the
incident's point (the representative point of a line or an area, which lies on it);
``source`` the outlets, ``notes`` the summary. Lists are ``"; "``-joined, the file is
UTF-8 without BOM with ``\\n`` line ends; a text cell a spreadsheet would take for a
formula (``=…``, ``+…``, ``@…``, ``-cmd``) starts with ``'``. A ``incidents.csvt`` beside
it gives GDAL and QGIS the column types (dates as Date, counts as Integer).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path

import geopandas as gpd
import pycountry
import shapely
import yaml

from ..paths import PACKAGE_DIR
from .fields import LIST_SEPARATOR, field_kinds, iso_date, is_null, plain_value
from .geojson import COORDINATE_DECIMALS

#: ACLED's columns as geomap fills them, then geomap's own (name, csvt type)
ACLED_COLUMNS = (
    ("event_id_cnty", "String"), ("event_date", "Date"), ("year", "Integer"),
    ("time_precision", "Integer"), ("event_type", "String"), ("sub_event_type", "String"),
    ("actor1", "String"), ("actor2", "String"), ("country", "String"),
    ("admin1", "String"), ("location", "String"), ("latitude", "Real"),
    ("longitude", "Real"), ("geo_precision", "Integer"), ("source", "String"),
    ("notes", "String"), ("fatalities", "Integer"),
)
GEOMAP_COLUMNS = (
    ("id", "String"), ("fatalities_max", "Integer"), ("injured_min", "Integer"),
    ("injured_max", "Integer"), ("claims_count", "Integer"), ("actors", "String"),
    ("articles", "String"),
    # what the claims make of it (asserts / asserts and denies / denies), and whose word
    # its casualty figures are (one side's agency's 150–200 dead is no plain fact)
    ("stances", "String"), ("casualties_per", "String"),
)
CSV_COLUMNS = ACLED_COLUMNS + GEOMAP_COLUMNS

#: geomap date_precision → ACLED time_precision
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}


@lru_cache(maxsize=1)
def _acled_names() -> dict[str, str]:
    with open(PACKAGE_DIR / "export" / "data" / "acled_countries.yaml", encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def country_name(code: str | None) -> str:
    """``AZ`` → ``Azerbaijan``, in ACLED's short form (``IR`` → ``Iran``, ``RU`` →
    ``Russia``); "" for none, the code itself for an unknown one."""
    if not code:
        return ""
    code = str(code).upper()
    if code in _acled_names():
        return _acled_names()[code]
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


def representative_lon_lat(geometry) -> tuple[float | None, float | None]:
    """A point on the geometry, rounded like the GeoJSON (None for no geometry)."""
    if geometry is None or geometry.is_empty:
        return None, None
    point = geometry if geometry.geom_type == "Point" else \
        shapely.point_on_surface(geometry)
    return (round(point.x, COORDINATE_DECIMALS) + 0.0,
            round(point.y, COORDINATE_DECIMALS) + 0.0)


def _located(places: list, geometry, points: Mapping[str, tuple]
             ) -> tuple[str, float | None, float | None, str]:
    """(location, lon, lat, its country code or "") of an incident row: the first of its
    places that lies on its geometry, with that place's own point and country (an
    incident at two towns is a MultiPoint: its row names one and must give that one's
    coordinates); else the first place and a point on the geometry (a border sector, a
    district), with no country of its own."""
    if geometry is not None and not geometry.is_empty:
        for name in places:
            found = points.get(name)
            point = shapely.Point(found[:2]) if found is not None else None
            if point is not None and shapely.distance(point, geometry) < 1e-6:
                return (str(name), *representative_lon_lat(point),
                        found[2] if len(found) > 2 else "")
    return (str(places[0]) if places else "", *representative_lon_lat(geometry), "")


def _one_country(places: list, points: Mapping[str, tuple]) -> str:
    """The country every place of an incident known to ``points`` lies in, or "": a
    shelling "in the direction of Jermuk" on the border line is Armenia's to a reader of
    the CSV, as ACLED codes one country per event; places in two countries say none."""
    codes = {points[p][2] for p in places if len(points.get(p, ())) > 2 and points[p][2]}
    return codes.pop() if len(codes) == 1 else ""


def casualty_claimants(claims) -> dict[str, list[str]]:
    """Incident id → the claimants whose claims give casualty figures, in claim order."""
    found: dict[str, list[str]] = {}
    counted = ("fatalities_min", "fatalities_max", "injured_min", "injured_max")
    for record in claims[["incident_id", "claimant", *counted]].to_dict("records"):
        if any(not is_null(record[c]) for c in counted) and not is_null(record["claimant"]):
            names = found.setdefault(str(record["incident_id"]), [])
            if record["claimant"] not in names:
                names.append(str(record["claimant"]))
    return found


def acled_rows(incidents: gpd.GeoDataFrame, *, sources: Mapping[str, str] | None = None,
               admin1: Mapping[str, str] | None = None,
               points: Mapping[str, tuple] | None = None,
               casualties_per: Mapping[str, list[str]] | None = None) -> list[dict]:
    """The CSV rows of ``incidents``. ``sources`` maps an article id to its outlet
    (``Article.source``), ``admin1`` a place name to its first-order division and
    ``points`` a place name to its (lon, lat[, country code]), ``casualties_per`` an
    incident id to the claimants its figures come from; all optional (the article
    id, "", and a point on the incident's geometry are used instead). A row's country
    and admin1 are its location's when that is a place on the incident, else the
    incident's territory (else the one country of all its places) and the first division
    known."""
    sources, admin1, points = sources or {}, admin1 or {}, points or {}
    casualties_per = casualties_per or {}
    kinds = field_kinds(incidents)
    rows = []
    for record, geometry in zip(incidents.to_dict("records"), incidents.geometry):
        value = {c: plain_value(record.get(c), kinds.get(c, "string"), c) for c in record
                 if c != incidents.geometry.name}
        date = iso_date(value.get("date"))
        actors = value.get("actors") or []
        places = value.get("places") or []
        articles = value.get("articles") or []
        outlets = list(dict.fromkeys(sources.get(a) or a for a in articles))
        location, lon, lat, location_country = _located(places, geometry, points)
        country = country_name(location_country or value.get("territory")
                               or _one_country(places, points))
        fatalities_min = value.get("fatalities_min")
        rows.append({
            "event_id_cnty": value.get("id"),
            "event_date": date,
            "year": int(date[:4]) if date else None,
            "time_precision": (TIME_PRECISION.get(value.get("date_precision") or "", 3)
                               if date else None),
            "event_type": value.get("event_type"),
            "sub_event_type": value.get("sub_event_type"),
            "actor1": country_name(actors[0]) if len(actors) > 0 else "",
            "actor2": country_name(actors[1]) if len(actors) > 1 else "",
            "country": country,
            "admin1": admin1.get(location) or (
                "" if location_country else next((admin1[p] for p in places
                                                  if admin1.get(p)), "")),
            # an incident known only by its country (geo_precision 3, no place named):
            # the country, as ACLED names an event's most precise location
            "location": location or country,
            "latitude": lat,
            "longitude": lon,
            "geo_precision": value.get("geo_precision"),
            "source": LIST_SEPARATOR.join(outlets),
            "notes": value.get("summary"),
            "fatalities": fatalities_min if fatalities_min is not None else 0,
            "id": value.get("id"),
            "fatalities_max": value.get("fatalities_max"),
            "injured_min": value.get("injured_min"),
            "injured_max": value.get("injured_max"),
            "claims_count": value.get("claims_count"),
            "actors": LIST_SEPARATOR.join(map(str, actors)),
            "articles": LIST_SEPARATOR.join(map(str, articles)),
            "stances": value.get("stances") or "",
            "casualties_per": LIST_SEPARATOR.join(casualties_per.get(str(value.get("id")), ())),
        })
    return rows


#: how a text cell a spreadsheet would take for a formula starts ("=HYPERLINK(…)",
#: "+cmd|…", "@SUM(…)", "-2+cmd|…", a tab or carriage return before any of them)
_FORMULA_START = re.compile(r"[=+@\t\r]|-(?![0-9]+(?:\.[0-9]+)?$)")


def _cell(value) -> str:
    if is_null(value):
        return ""
    return repr(value) if isinstance(value, float) else str(value)


def _text_cell(value) -> str:
    """A text cell that Excel or LibreOffice would run as a formula, with a ``'`` before
    it (OWASP's "CSV injection" advice): an article's id, outlet or summary is shown,
    never evaluated. A plain negative number stays as it is. A carriage return becomes a
    line break (Python 3.11's writer leaves a cell holding a bare one unquoted, which
    splits the row)."""
    cell = _cell(value)
    if _FORMULA_START.match(cell):
        cell = "'" + cell
    return cell.replace("\r\n", "\n").replace("\r", "\n")


def write_csv(rows: Iterable[dict], path: Path) -> Path:
    """Write ``rows`` under :data:`CSV_COLUMNS` and the ``.csvt`` type file beside it.
    Text cells that would start a spreadsheet formula get a leading ``'``; numbers and
    dates are written as they are."""
    cells = [(name, _text_cell if kind == "String" else _cell) for name, kind in CSV_COLUMNS]
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow([name for name, _ in CSV_COLUMNS])
        for row in rows:
            writer.writerow([cell(row.get(name)) for name, cell in cells])
    path.with_suffix(".csvt").write_text(
        ",".join(f'"{kind}"' for _, kind in CSV_COLUMNS) + "\n", encoding="utf-8",
        newline="\n")
    return path
