"""``Gazetteer``: candidates for a name, place mentions in an article, and resolutions.

A thin object over the cached ``Index`` (world + regional + countries), the user's
``--gazetteer-extra`` places and, when asked for, the online fallback. It holds no
per-article state: ``find_mentions`` and ``resolve_mentions`` are pure functions of the
article, so one gazetteer serves every worker.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import cache, lru_cache, partial

import numpy as np

from ..errors import OnlineGeocoderError, UnknownPlaceError
from ..model import Article, Candidate, Mention, Place, Resolution
from ..text.told_positions import (ROUGHLY, UNITS, azimuth, bearing_degrees, degrees_off,
                                   distance_km, moved)
from . import disambiguation as passes
from .index import REGIONAL, Index
from .mentions import (KeyStrength, common_word, find_mentions, gone_to, is_stopword,
                       opens_sentence, person_or_organisation, told_as_a_place)
from .normalize import fold, lookup_key, match_text, script_of
from .tables import (AREA_KINDS, DIVISION_KINDS, POPULATED_KINDS, data_csv, data_yaml,
                     demonym_forms, division_words, land_neighbours, scoring, word_list)
from .trie import NameTrie

#: at most this many candidates of one name are weighed (the most likely by prior)
MAX_OPTIONS = 40
#: alternatives kept on a resolution
MAX_ALTERNATIVES = 5
#: rapidfuzz ratio from which a spelling variant is taken before anything else
CLOSE_VARIANT = 90.0
#: how a spelling guess's reason begins
GUESS = "closest spelling in the gazetteer"
#: the most a spelling guess scores (times its similarity): the name matched no place,
#: so its closest spelling is a guess however alone it stands among its options
GUESS_SCORE = 0.5
#: how the reason of a place put where the text says it lies from another begins
#: (``_placed_by_the_text``): a guess as a spelling guess is, of its position
TOLD_POSITION = "placed where the text puts it"
#: ``Place.source`` of such a place
TOLD_POSITION_SOURCE = "geomap: where the text puts it from a place it names"
#: words that tell places of one name apart by where they lie: a spelling guess may not
#: add, drop or swap one ("South Waziristan" → North Waziristan, "Upper Dir" → Lower Dir)
_BEARING_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern",
                            "eastern", "western", "upper", "lower", "central", "middle",
                            "new", "old", "greater", "little", "inner", "outer"})
#: the likeliest options of a name whose countries a demonym may witness for
WITNESSED_OPTIONS = 3
#: how a guess too far from the article's other places says so
_TOO_FAR = "; left unplaced: "
#: how ``_how_told`` says a name's own words make it a natural feature's ("Lake Geneva")
_FEATURE_BY_NAME = "a lake, mount or island"
#: how the ids of gazetteer/world.csv's hand-placed world regions begin
_WORLD_REGION_ID = "gm:world-"
#: the reason of a name the gazetteer has no place of
_NOT_IN_GAZETTEER = "not in the gazetteer"
#: the word after a name: "Mobile coverage", "Buffalo police", "Mobile Internet"
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)")
#: a verb after a name makes it the sentence's subject, a place that acts: "Split hosted
#: the talks", "Mobile is a port city"
_VERB_AFTER = re.compile(r"[a-z]+ed|is|was|has|had|will|would|said|says")


#: the population below which a settlement the text puts elsewhere is not the one meant
_SMALL_PLACE = 100_000
#: the words between a name and a qualifier that put it in that division or country:
#: "Gizilhajili village of Gazakh district", "Taftan, in Iran's …", "Tegh (Syunik)"
#: how what ``_PUT_IN`` matches begins, for a check at C speed at every mention
_PUT_IN_OPENINGS = (" in", " of", ", in", ", of", " (", "(", " village", " town", " city",
                    " settlement", " community", " district")
_PUT_IN = re.compile(r"(?:\s+(?:village|town|city|settlement|community|district))?"
                     r"(?:,?\s+(?:in|of)\s|\s*\()")


#: logits by which a name's country must lead its next option to witness for neighbours
_CLEARLY_A_COUNTRY = 2.0
#: a name followed by one of these is a river's: "the Panj river" is not the town of Panj,
#: "the Jordan River" not the kingdom
_RIVER_AFTER = (" river", " River", "\u00a0river", "\u00a0River")
#: ... or by one before it: "the River Jordan", "the river Drina"
_RIVER_BEFORE = re.compile(r"(?<![\w-])[Rr]iver[ \t\u00a0]+\Z")
#: ... or by its own first word, after "the": "the Rio Grande", "the Río Bravo" (a town
#: of the name takes no "the")
_RIVER_OPENING = re.compile(r"(?:Rio|Río)[ \t\u00a0]")
#: a word that calls a name a settlement: "the village of Tavush", "Tavush village", "the
#: town of Kazakh" (not a province or district of that name; but "the Tavush village of
#: Chinari" is a village of the province)
_SETTLEMENT_WORDS = "village|town|city|settlement|hamlet"
_SETTLEMENT_BEFORE = re.compile(rf"(?<![\w])(?i:{_SETTLEMENT_WORDS})\s+of\s+(?:the\s+)?\Z")
_SETTLEMENT_AFTER = re.compile(rf"\s+(?:{_SETTLEMENT_WORDS})(?![\w])(?!\s+of\s)")


@lru_cache(maxsize=1)
def _longer_name_patterns() -> tuple[re.Pattern, re.Pattern]:
    """(before, after) a name that is only a part of a longer one, with the particles of
    data/name_particles.yaml. Before: the settlement word, "of" and the first words of
    the longer name right before the name ("the Guatemalan village of Cruce a la
    Esperanza", "the town of Kafr Nabl"). After: a joining particle and a capitalised
    word right after it ("Santa Rosa de Yavarí", "El Llano del Tigre")."""
    words = data_yaml("name_particles.yaml")
    inside, joining, articles = ("|".join(words[k]) for k in ("inside", "joining", "articles"))
    before = re.compile(rf"(?<![\w])(?i:{_SETTLEMENT_WORDS})\s+of\s+[A-Z][\w’'-]*[ \t]+"
                        rf"(?:(?:[A-Z][\w’'-]*|{inside})[ \t]+){{0,3}}\Z")
    after = re.compile(rf"[ \t]+(?:{joining})[ \t]+(?:(?:{articles})[ \t]+)?[A-Z][\w’'-]*")
    return before, after


#: a capitalised word and a hyphen right before a name, or a hyphen and a capitalised word
#: right after it: the name is one word of a hyphenated one ("Una-Sana")
_HYPHENED_BEFORE = re.compile(r"[A-Z][\w’']*-\Z")
_HYPHENED_AFTER = re.compile(r"-[A-Z][\w’']*")


@lru_cache(maxsize=1)
def _division_word_written_after() -> re.Pattern:
    """A division word of data/division_words.csv after a name, in any case ("Una-Sana
    Canton", "Ida-Viru county")."""
    return re.compile(rf"[ \t]+(?i:{_phrases(division_words())})(?![\w-])")


def _hyphened_division(text: str, start: int, end: int, found_ends: frozenset[int]
                       ) -> tuple[int, int] | None:
    """(start, end) of the hyphenated division name the name at start … end is one word
    of, its division word included ("Una-Sana Canton"), or None; not where a name found
    in the text ends with that word (``found_ends``): "the Greenbrier-Pocahontas County
    boundary" joins two counties the gazetteer has."""
    if text[start - 1:start] != "-" and text[end:end + 1] != "-":
        return None                     # most names: no hyphen joins them to another
    lo, hi = start, end
    while (before := _HYPHENED_BEFORE.search(text, max(0, lo - 30), lo)) is not None:
        lo = before.start()
    while (after := _HYPHENED_AFTER.match(text, hi)) is not None:
        hi = after.end()
    if (lo, hi) == (start, end):
        return None                     # a hyphen, but no capitalised word beyond it
    word = _division_word_written_after().match(text, hi)
    return (lo, word.end()) if word and word.end() not in found_ends else None


def _longer_name(text: str, mention: Mention, found_ends: frozenset[int] = frozenset()
                 ) -> tuple[int, int, str] | None:
    """(start, end, name as written) of the longer name the name at ``mention`` is only a
    part of, where the text shows one the gazetteer lacks (it would have found it whole):
    after a settlement word and "of" ("the village of Cruce a la Esperanza"), before a
    linking particle and a capitalised word ("Santa Rosa de Yavarí"), or joined by a
    hyphen to another word before a division word ("Una-Sana Canton": no Sanaa); else
    None."""
    start, end = mention.start, mention.end
    longer_before, longer_after = _longer_name_patterns()
    after = longer_after.match(text, end)
    if after:
        return start, after.end(), " ".join(text[start:after.end()].split())
    division = _hyphened_division(text, start, end, found_ends)
    if division:
        return division[0], division[1], " ".join(text[division[0]:division[1]].split())
    if start < 3 or not text[start - 2].isalpha():
        return None                     # "of Lachin", "(Tavush": no name before it
    before = longer_before.search(text, max(0, start - 60), start)
    if before:
        words = text[before.start():end].split(maxsplit=2)[2]      # past "village of"
        return end - len(words), end, " ".join(words.split())
    return None


def _parts_of_longer_names(text: str, mentions: list[Mention]) -> dict[int, str]:
    """The longer name (``_longer_name``) each mention is a part of, by the mention's
    start: every name inside it, the first words too ("Ras" of "the town of Ras
    al-Ain", which is no town of Ras in India)."""
    ends = frozenset(m.end for m in mentions)
    spans = [span for m in mentions if (span := _longer_name(text, m, ends)) is not None]
    return {m.start: name for m in mentions for lo, hi, name in spans
            if lo <= m.start and m.end <= hi}


#: the kinds of a place that may be the water "X lake" or "X reservoir" names
_WATER_KINDS = ("lake", "river", "other")
#: "the" right before a name: "across the Dnipro" names a river the text has called so
_THE_BEFORE = re.compile(r"(?<![\w])(?i:the)\s+\Z")


def _phrases(words: Iterable[str]) -> str:
    """Words and phrases of a data list as one regex alternation, longest first, a
    phrase's spaces standing for any run of white space ("border crossing")."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+")
                    for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _feature_after() -> re.Pattern:
    """A word of data/feature_words.txt or a water's of data/natural_feature_words.yaml
    after a name ("… Bolivar international bridge", "Dongzhang area", "Mosul dam"): the
    name is a structure's, a stretch of ground's or a water's."""
    words = _phrases(word_list("feature_words.txt") + _water_words())
    return re.compile(rf"\s+(?:(?i:international|border)\s+)?(?i:{words})(?![\w-])")


@lru_cache(maxsize=1)
def _water_words() -> tuple[str, ...]:
    """The words of data/natural_feature_words.yaml after a name that tell it as a
    water's: "lake", "reservoir", "dam"."""
    return tuple(data_yaml("natural_feature_words.yaml")["water"])


@lru_cache(maxsize=1)
def _water_after() -> re.Pattern:
    """A water's word (``_water_words``) right after a name: " reservoir", " Dam"."""
    words = "|".join(re.escape(w) for w in _water_words())
    return re.compile(rf"[ \t\u00a0]+(?i:{words})(?![\w-])")


@lru_cache(maxsize=1)
def _water_before() -> re.Pattern:
    """"Lake" or a water's word and "of" right before a name, at the end of the text
    searched: "Lake ", "the Strait of ", "Gulf of "."""
    words = _phrases(data_yaml("natural_feature_words.yaml")["water_before_of"])
    return re.compile(rf"(?<![\w-])(?:Lake|(?:{words})[ \t\u00a0]+of)[ \t\u00a0]+\Z")


def _water_named(text: str, mention: Mention) -> str:
    """The water that the text names by the name at ``mention``, as written ("the
    Andijan reservoir", "the Mosul dam", "the Taiwan Strait", "Lake Managua", "the Strait
    of Malacca"), or ""."""
    after = _water_after().match(text, mention.end)
    if after:
        return f"the {mention.surface} {after.group(0).strip()}"
    before = _water_before().search(text, max(0, mention.start - 12), mention.start)
    if before:
        return f"{' '.join(before.group(0).split())} {mention.surface}"
    return ""


@lru_cache(maxsize=1)
def _natural_feature_words() -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
    """(before, after, openings): the words of data/natural_feature_words.yaml around a
    name that tell it as a lake's, an island's or a mountain's ("Lake Victoria", "Migingo
    island"), as the prefixes and suffixes ``str.endswith`` and ``str.startswith`` look
    for, and the first three characters of ``after`` and the last three of ``before``."""
    words = data_yaml("natural_feature_words.yaml")
    after = tuple({f" {case(w)}" for w in words["after"] + words["water"]
                   for case in (str.lower, str.capitalize)})
    before = tuple(f"{w} " for w in words["before"]) + \
        tuple(f"{w} of " for w in words["water_before_of"])
    return before, after, frozenset({w[:3] for w in after} | {w[-3:] for w in before})


def _told_as_natural_feature(text: str, mention: Mention) -> bool:
    """Whether the text names a natural feature by the name at ``mention``: "Lake
    Victoria", "Migingo island", "the Sinjar mountains"."""
    before, after, openings = _natural_feature_words()
    start, end = mention.start, mention.end
    if text[end:end + 3] in openings and text.startswith(after, end):
        word = _NEXT_WORD.match(text, end)      # the whole word: "islands", not "Islam"
        return word is not None and f" {word.group(1)}" in after
    if text[start - 3:start] in openings and text.endswith(before, max(0, start - 12), start):
        return next((start - len(w) == 0 or not text[start - len(w) - 1].isalnum()
                     for w in before if text.endswith(w, 0, start)), False)
    return False


def _named_as_natural_feature(name: str) -> bool:
    """Whether a name's own words make it a natural feature's: "Lake Geneva", "Mount
    Hermon", "Long Island" (data/natural_feature_words.yaml)."""
    before, after, _ = _natural_feature_words()
    return name.startswith(before) or name.endswith(after)


def _hyphen_part(text: str, mention: Mention) -> bool:
    """Whether the name at ``mention`` is joined by a hyphen to a word before or after
    it ("Ida" of "Ida-Viru county")."""
    start, end = mention.start, mention.end
    return (start > 1 and text[start - 1] == "-" and text[start - 2].isalnum()) or \
        (end + 1 < len(text) and text[end] == "-" and text[end + 1].isalnum())


@lru_cache(maxsize=1)
def _border_place_patterns() -> tuple[re.Pattern, re.Pattern]:
    """(before, after): the words of data/border_place_words.yaml that tell the name they
    surround as a place at a border — before it "the border crossing of", "the frontier
    town of"; after it ", near the border", " on the Guatemalan border", ", a border
    village", " border crossing", ", 3 km from the border"; not " on the border
    dispute"."""
    words = data_yaml("border_place_words.yaml")
    line, places, near = (_phrases(words[key]) for key in ("border", "places", "near"))
    the_line = (rf"the\s+(?:[\w’'–-]+\s+){{0,2}}?(?:{line})(?![\w-])"
                rf"(?!\s+(?:{_phrases(words['topics'])})(?![\w-]))")
    before = re.compile(rf"(?<![\w-])(?i:(?:{line})[\s-]+(?:{places})\s+(?:of|at|near)\s+"
                        r"(?:the\s+)?)\Z")
    after = re.compile(rf"(?i:[ \t]+(?:{line})[\s-]+(?:{places})(?![\w-])"
                       rf"|,?\s+(?:(?:right|just|very)\s+)?(?:{near})\s+{the_line}"
                       rf"|,\s+(?:an?|the)\s+(?:[\w’'–-]+\s+)?(?:{line})[\s-]+"
                       rf"(?:{places})(?![\w-])"
                       rf"|,?\s+(?:(?:about|some|just|only|around|barely)\s+)?\d[\d,.]*\s*"
                       rf"(?:km|kilomet(?:re|er)s?|miles?)\s+(?:\w+\s+)?(?:from|of)\s+{the_line})")
    return before, after


def _told_at_a_border(text: str, mention: Mention) -> bool:
    """Whether the text puts the place it names at ``mention`` at a border ("the border
    crossing of Bethel", "Sokh, a border village", "Rafah, on the border")."""
    before, after = _border_place_patterns()
    return after.match(text, mention.end) is not None or \
        before.search(text, max(0, mention.start - 50), mention.start) is not None


class Gazetteer:
    """Offline place names of the world with regional depth; see the package docstring."""

    def __init__(self, index: Index, extra_places: Iterable[tuple[Place, tuple[str, ...]]] = (),
                 online=None, extra: tuple[str, ...] = ()):
        self.index = index
        self.online = online
        self._extra_args = (tuple(extra), online is not None)
        self._extra_places: list[Place] = []
        self._extra_keys: list[str] = []
        self._extra_by_key: dict[str, list[int]] = {}
        key_numbers: dict[str, int] = {}
        forms: dict[str, int] = {}
        for place, aliases in extra_places:
            number = len(self._extra_places)
            self._extra_places.append(place)
            for name in (place.name, *aliases):
                key = lookup_key(name)
                if not key:
                    continue
                if key not in self._extra_by_key:
                    self._extra_by_key[key] = []
                    key_numbers[key] = len(self._extra_keys)
                    self._extra_keys.append(key)
                self._extra_by_key[key].append(number)
                form = " " + match_text(fold(name))
                if form[1:2].isupper():
                    forms[form] = key_numbers[key]
        #: the index's trie, then the user's names (key numbers into ``_extra_keys``)
        self._tries = [index.trie] + ([NameTrie.build(forms)] if forms else [])
        self._options_cache: dict[str, tuple] = {}
        #: lookup key → ``disambiguation.readings`` of its options
        self._readings_cache: dict[str, object] = {}
        self._strength_cache: dict[str, KeyStrength] = {}
        #: entry number → Place, for the entries resolutions have named
        self._places: dict[int, Place] = {}
        #: lookup key → ``_decide`` of its own options without qualifier or context
        self._decisions: dict[str, tuple] = {}
        #: country code → ``_witness``
        self._witnesses: dict[str, tuple] = {}
        #: country code → ``_settlement_points``; "" → every settlement's (country, point)
        self._settlements: dict[str, object] = {}
        #: per lookup key, what a mention of it needs (``mentions.name_verdict``), and
        #: per key position of the index the same as a code for the compiled filter
        self.verdicts: dict[str, object] = {}
        self.name_codes = np.zeros(len(index.keys), dtype=np.int8)

    def __reduce__(self):
        # a gazetteer crossing to a worker process is loaded there, not pickled whole
        from . import load_gazetteer
        return load_gazetteer, self._extra_args

    # ------------------------------------------------------------------ names

    def key_at(self, position: int) -> str:
        if position >= 0:
            return self.index.keys[position]
        return self._extra_keys[-1 - position]

    def key_number(self, key: str) -> int:
        """The position of a known lookup key as the tries give it (``key_at``): the
        index's, else minus one less the number of the user's name; -1 if unknown too."""
        position = self.index.key_position(key)
        if position < 0 and key in self._extra_by_key:
            position = -1 - self._extra_keys.index(key)
        return position

    def tries(self) -> list[NameTrie]:
        """Where names are looked for in text (``mentions.find_mentions``)."""
        return self._tries

    def is_indirect(self, key: str) -> bool:
        return key in self.index.indirect and key not in self._extra_by_key

    def word_strength(self, word: str) -> KeyStrength | None:
        """``key_strength`` of a word the gazetteer knows as a place name, else None (for
        the mention filters)."""
        key = lookup_key(word)
        if key and (self.index.key_position(key) >= 0 or key in self._extra_by_key):
            return self.key_strength(key)
        return None

    def key_strength(self, key: str) -> KeyStrength:
        """How strongly a name stands for a place (see ``mentions.KeyStrength``)."""
        cached = self._strength_cache.get(key)
        if cached is not None:
            return cached
        rules = scoring()["mentions"]
        index = self.index
        encoded = index.entries_for(key)
        primary = [e >> 1 for e in encoded if e & 1]
        population, protected, regional, country = 0, False, False, False
        for entry in primary or [e >> 1 for e in encoded]:
            pop = index.populations[entry] if primary else index.populations[entry] // 100
            population = max(population, pop)
            kind, flags = index.kinds[entry], index.flags[entry]
            country = country or kind == "country"
            if kind in ("country", "province", "region") or index.ids[entry].startswith(
                    "gm:") or pop >= rules["name_neighbour_population"]:
                protected = True
            if flags & REGIONAL:
                regional = True
        if key in self._extra_by_key:
            protected = regional = True
        strength = KeyStrength(
            population=population, country=country,
            major=country or population >= rules["name_neighbour_population"],
            protected=protected,
            regional=protected or regional,
            strong=protected or regional or population >= rules["strong_population"],
            very_strong=protected or population >= rules["very_strong_population"])
        self._strength_cache[key] = strength
        return strength

    # ------------------------------------------------------------------ candidates

    def _option(self, entry: int, logit: float) -> passes.Option:
        ix = self.index
        parent = ix.parents[entry] or ix.division_names.get((ix.countries[entry],
                                                             ix.admin1[entry]), "")
        return passes.Option(entry, logit, ix.names[entry], ix.countries[entry],
                             ix.admin1[entry], ix.kinds[entry], ix.lats[entry],
                             ix.lons[entry], parent)

    def _extra_option(self, number: int) -> passes.Option:
        place = self._extra_places[number]
        return passes.Option(place, scoring()["prior"]["user_bonus"] + 5.0, place.name,
                             place.country_code, place.admin1, place.kind, place.lat,
                             place.lon, place.parent)

    def options(self, key: str) -> tuple[passes.Option, ...]:
        """Candidates of a lookup key with their prior logits, most likely first."""
        cached = self._options_cache.get(key)
        if cached is not None:
            return cached
        index = self.index
        options = []
        if key in index.indirect and key not in self._extra_by_key:
            options.append(self._option(index.indirect[key], 20.0))
        else:
            penalty = scoring()["prior"]["alternate_name_penalty"]
            for encoded in index.entries_for(key):
                entry = encoded >> 1
                logit = index.priors[entry] - (0.0 if encoded & 1 else penalty)
                options.append(self._option(entry, logit))
            options = _without_shadowed_divisions(_areas_of_initials(options, key), key,
                                                  index)
        options += [self._extra_option(n) for n in self._extra_by_key.get(key, ())]
        options.sort(key=lambda o: -o.logit)
        result = tuple(options[:MAX_OPTIONS])
        if len(self._options_cache) > 100_000:
            self._options_cache.clear()
        self._options_cache[key] = result
        return result

    def capital(self, country_code: str) -> Place | None:
        """The capital of a country (GeoNames' country table), or None."""
        entry = self.index.capital_entry.get(country_code.upper())
        return None if entry is None else self._place_at(entry)

    def place_of(self, option: passes.Option) -> Place:
        ref = option.ref
        return ref if isinstance(ref, Place) else self._place_at(ref)

    def _place_at(self, entry: int) -> Place:
        """The Place of an index entry, built once (bounded: a long run meets many)."""
        place = self._places.get(entry)
        if place is None:
            if len(self._places) > 200_000:
                self._places.clear()
            place = self._places[entry] = self.index.place(entry)
        return place

    def candidates(self, name: str) -> list[Candidate]:
        """Every place ``name`` can mean (exact spelling after normalisation, or else
        spelling variants), most likely first, with prior probabilities."""
        key = lookup_key(name)
        options = list(self.options(key))
        matched = name
        if not options:
            options, matched = self._variant_options(name)
        if not options:
            return []
        probs = passes.probabilities(options)
        return [Candidate(place=self.place_of(o), matched_name=matched, prior=round(p, 4))
                for o, p in zip(options, probs)]

    def _variant_options(self, name: str) -> tuple[list[passes.Option], str]:
        """Options of the closest known spelling (transliteration skeleton, then edit
        distance), each a little less likely than an exact match."""
        from .fuzzy import closest_keys
        if all(word in self.index.ordinary_words for word in lookup_key(name).split()):
            return [], name             # English words ("the", "in the") are no misspelt
                                        # places ("Tahe", "Ban Inthi")
        bearings = _bearings(lookup_key(name))
        for key, similarity in closest_keys(self.index, name):
            if _bearings(key) != bearings:
                continue            # "South Waziristan" is not a misspelt North Waziristan
            options = list(self.options(key))
            if options:
                cost = (100.0 - similarity) / 10.0
                return [o._replace(logit=o.logit - cost) for o in options], key
        return [], name

    # ------------------------------------------------------------------ look-ups

    def lookup(self, name: str, country_code: str | None = None,
               kind: str | None = None) -> Place | None:
        """The most likely place of exactly this name, within a country and of a kind
        (city, town and village stand in for one another), or None."""
        options = self.options(lookup_key(name))
        if country_code:
            options = [o for o in options if o.country == country_code.upper()]
        if kind:
            family = POPULATED_KINDS if kind in POPULATED_KINDS else (kind,)
            exact = [o for o in options if o.kind == kind]
            options = exact or [o for o in options if o.kind in family]
        if not options:
            return None
        return self.place_of(max(options, key=lambda o: o.logit))

    def country(self, code: str) -> Place:
        """The country entry of an ISO alpha-2 code (kind "country", area "country:XX")."""
        entry = self.index.country_entry.get((code or "").upper())
        if entry is None:
            raise UnknownPlaceError(f"no country with the code {code!r}")
        return self._place_at(entry)

    def demonym_country(self, word: str) -> str | None:
        """ISO alpha-2 code of a demonym or national adjective: "Armenian" → "AM"."""
        return _demonyms().get(lookup_key(word))

    # ------------------------------------------------------------------ articles

    def find_mentions(self, article: Article) -> list[Mention]:
        return find_mentions(self, article)

    def locate(self, article: Article) -> tuple[Resolution, ...]:
        """The place mentions of an article, resolved: ``find_mentions`` and then
        ``resolve_mentions``, without checking twice that each name is no person's."""
        return self._resolve(article, self.find_mentions(article), checked=True)

    def resolve_mentions(self, article: Article, mentions: Iterable[Mention],
                         trust_spans: bool = False) -> tuple[Resolution, ...]:
        """One resolution per mention, in order, decided with the article as context.

        With ``trust_spans`` the mentions are known to be places (gold spans of a
        benchmark): no person/organisation check, a demonym or place adjective stands
        for its place ("Irish" → Ireland, "European" → Europe), and an unknown name for
        a place named inside it ("Colorado State University" → Colorado)."""
        return self._resolve(article, mentions, trust_spans=trust_spans)

    def _resolve(self, article: Article, mentions: Iterable[Mention],
                 trust_spans: bool = False, checked: bool = False) -> tuple[Resolution, ...]:
        """``resolve_mentions``; ``checked`` mentions come from ``find_mentions``, which has
        already made sure that each is no person's or organisation's name."""
        mentions = list(mentions)
        text = article.text or ""
        keys, option_lists, qualified, notes, sources = [], [], [], [], []
        spellings: list[frozenset[str]] = []
        elsewhere: dict[str, str] = {}      # names the text puts where none of theirs is
        rivers: dict[str, str] = {}         # names of rivers the gazetteer lacks
        features: set[str] = set()          # "X bridge", "X area": a feature's names
        longer_names = {} if trust_spans else _parts_of_longer_names(text, mentions)
        previous_end = -1
        for mention in mentions:
            key = self._key_with_division_word(
                text, mention, lookup_key(mention.name or mention.surface))
            keys.append(key)
            if trust_spans:
                note = ""
            elif checked:
                note = "a demonym, not a place" if self._is_demonym(key) else ""
            else:
                note = self._not_a_place(text, mention, key)
            options = [] if note else self.options(key)
            if trust_spans and key not in self._extra_by_key:
                options = self._adjective_options(key) + list(options)
            source = ""
            if not options and not note:
                options, source = self._fallback_options(mention.surface,
                                                         contained=trust_spans)
                if not options:
                    note, source = source, ""
            qualifier = ""
            nation = passes.nation_text(text, mention.start) if options else ""
            if nation and previous_end > mention.start - len(" of ") - len(nation):
                nation = ""         # "the Kazakh district of Azerbaijan": a place, no nation
            previous_end = mention.end
            if nation:
                options, nation, why = self._in_nation(options, nation)
                note = note or why
            elif options:
                options, why = self._after_adjective(
                    options, passes.adjective_text(text, mention.start))
                note = note or why
            spelling = frozenset()
            if options and not trust_spans and not self.is_indirect(key) and (
                    text.startswith(_PUT_IN_OPENINGS, mention.end)
                    or passes.possessor_text(text, mention.start)):
                where = self._elsewhere(text, mention, options)
                if where:           # "the Gizilhajili village of Gazakh district": not
                    elsewhere[key] = where      # the Gizilhajili of Goranboy
            longer = longer_names.get(mention.start, "") \
                if options and not trust_spans and key not in elsewhere else ""
            if longer:          # "Esperanza" of "the village of Cruce a la Esperanza"
                options, note = [], f"a part of {longer!r}, which the gazetteer lacks"
            if options and not trust_spans and (
                    text.startswith(_RIVER_AFTER, mention.end)
                    or _RIVER_BEFORE.search(text, max(0, mention.start - 7), mention.start)
                    or (_RIVER_OPENING.match(mention.surface) and _THE_BEFORE.search(
                        text, max(0, mention.start - 5), mention.start))) \
                    and all(o.kind != "river" for o in options):
                options, note = [], f"the text names the {mention.surface} river, which " \
                    "the gazetteer lacks"
                rivers[key] = note
            if options and not trust_spans and _feature_after().match(text, mention.end):
                features.add(key)
            water = _water_named(text, mention) if options and not trust_spans else ""
            waters = self._waters_named(mention.surface) if water else ((), "")
            if waters[0]:       # "the Mingachevir reservoir", "Van lake": the gazetteer's
                options, key = list(waters[0]), waters[1]
                keys[-1] = key
            elif water and max(options, key=lambda o: o.logit).kind == "city" \
                    and all(o.kind not in _WATER_KINDS for o in options):
                # "the Andijan reservoir" lies 60 km from the city: no city is the water
                options, note = [], f"the text names {water}, which the gazetteer " \
                    "lacks, and the city of that name is not it"
            if len(options) > 1:
                options, spelling = self._as_spelled(options, mention.surface)
            if len(options) > 1 and not mention.surface.isascii():
                homes = _script_homes().get(script_of(mention.surface))
                if homes:       # "جلفا": Jolfa in Iran before Julfa in Azerbaijan
                    options, _ = passes.with_bonus(options,
                                                   [o.country in homes for o in options])
            if len(options) > 1 and not trust_spans and (
                    _SETTLEMENT_AFTER.match(text, mention.end)
                    or _SETTLEMENT_BEFORE.search(text, max(0, mention.start - 20),
                                                 mention.start)):
                # a kind named, no place: the article's context still weighs ("the city
                # of San Jose" beside Californian places is not Costa Rica's capital)
                options, _ = passes.with_bonus(
                    options, [o.kind in POPULATED_KINDS for o in options])
            if len(options) > 1:
                qualifier = (passes.qualifier_text(text, mention.end)
                             or passes.possessor_text(text, mention.start)
                             or passes.owner_text(text, mention.start))
                if qualifier:
                    options, told_apart = passes.with_qualifier(
                        options, self._container(qualifier))
                    qualifier = qualifier if told_apart else ""
            qualifier = qualifier or nation
            option_lists.append(options)
            qualified.append(qualifier)
            notes.append(note)
            sources.append(source)
            spellings.append(spelling)
        for i, key in enumerate(keys):          # one sense per discourse: at every mention
            if key in elsewhere:
                option_lists[i], notes[i] = [], notes[i] or elsewhere[key]
            elif key in rivers and option_lists[i] and _THE_BEFORE.search(
                    text, max(0, mentions[i].start - 5), mentions[i].start) \
                    and not _SETTLEMENT_AFTER.match(text, mentions[i].end):
                # "Shelling from across the Dnipro": the river the text names, not the city
                option_lists[i], notes[i] = [], notes[i] or rivers[key]
        for i in range(1, len(mentions)):       # "near Khnatsakh in Syunik": the province
            if option_lists[i] and not qualified[i] and passes.holds_the_place_before(
                    text, mentions[i - 1].end, mentions[i].start):
                option_lists[i], held = passes.as_holder(option_lists[i],
                                                         option_lists[i - 1])
                if held:
                    qualified[i] = f"holding {mentions[i - 1].surface}"
        # one sense per discourse: the mentions of a name share its options, and a
        # qualifier found at any of them holds for all
        group_of: dict[str, int] = {}
        groups: list[list[passes.Option]] = []
        group_qualifiers: list[str] = []
        group_keys: list[str] = []
        group_sources: list[str] = []
        group_spellings: list[frozenset[str]] = []
        for key, options, qualifier, source, spelling in zip(keys, option_lists, qualified,
                                                             sources, spellings):
            if not options:
                continue
            g = group_of.get(key)
            if g is None:
                group_of[key] = len(groups)
                group_keys.append(key)
                groups.append(options)
                group_qualifiers.append(qualifier)
                group_sources.append(source)
                group_spellings.append(spelling)
            elif qualifier and not group_qualifiers[g]:
                groups[g], group_qualifiers[g] = options, qualifier
                group_spellings[g] = spelling
        # the countries the article's demonyms name ("Indian soldiers", "Chinese troops")
        # are context too: they witness for the options in them (Tawang in India, not
        # Java), without being places of their own
        sided = _sides_named(text)
        witnesses = self._demonym_witnesses(groups, sided)
        groups = self._world_features_level_with_namesakes(groups, witnesses)
        groups = _foreign_readings_lowered(groups, _article_countries(groups, sided))
        bonuses = passes.coherence(
            groups + [self._witness(code)[0] for code in witnesses],
            lambda g: (self._readings(group_keys[g], groups[g]) if g < len(groups)
                       else self._witness(witnesses[g - len(groups)])[1]))[:len(groups)]
        _lend_neighbours(groups, bonuses, witnesses)
        _lend_to_holding_divisions(groups, bonuses)
        # every mention of a name resolves alike: decide each name once
        decided = [self._decision(group_keys[g], groups[g], group_qualifiers[g], bonuses[g],
                                  group_sources[g], group_spellings[g])
                   for g in range(len(groups))]
        if any(source.startswith(GUESS) for source in group_sources):
            decided = _without_far_guesses(decided, group_sources,
                                           lambda: _countries_of_sides(text))
        if not trust_spans:
            decided = _without_stray_villages(
                decided, group_sources,
                self._words_opening_sentences(text, mentions, keys, group_of),
                lambda g: _named_in_passing(text, mentions, keys, group_of,
                                            group_qualifiers, g))
            if features:
                decided = _without_far_features(
                    decided, group_sources, [key in features for key in group_keys])
            decided = _without_foreign_namesakes(
                decided, group_sources,
                lambda g: _how_told(text, mentions, keys, group_of, g))
            if _has_border_word(text):
                decided = _without_far_border_places(
                    decided,
                    lambda g: any(_told_at_a_border(text, m) for m in
                                  _mentions_of(g, mentions, keys, group_of)),
                    lambda: _countries_of_sides(text), self._km_inland_of_border)
        results = []
        for mention, key, note, own in zip(mentions, keys, notes, option_lists):
            g = group_of.get(key)
            if g is None or (note and not own):     # "the Jordan River" beside "Jordan"
                results.append(Resolution(mention=mention, place=None, score=0.0, reason=note))
            else:
                results.append(Resolution(mention, *decided[g]))
        if not trust_spans:
            results = _placed_by_the_text(text, results)
        return tuple(results)

    def _key_with_division_word(self, text: str, mention: Mention, key: str) -> str:
        """The key of a name with the lower-case division word written after it, where
        that names a division ("Gedaref state", "Kherson oblast": Al Qadarif, not its
        city; the index looks for a division's word forms as written, the span left to
        the name as corpora tag it); else ``key``. A "state" that makes an adjective of
        the name ("Tehran state media", data/state_organ_words.txt) is no division's. Nor
        is a word after a name whose likeliest place is no country and lies in another
        country than every division so named: "the Charlotte region" is the US city's,
        not Saint Vincent's Charlotte parish; "Zaire province" is still Angola's."""
        after = _division_word_after().match(text, mention.end)
        if after is None:
            return key                  # most names: no division word after them
        word = after.group(1)
        if word == "state" and _state_organ_after().match(text, after.end()):
            return key
        named = f"{key} {word}"
        countries = {o.country for o in self.options(named) if o.kind in DIVISION_KINDS}
        if not countries:
            return key
        favourite = self.options(key)
        if favourite and favourite[0].kind != "country" and \
                favourite[0].country not in countries:
            return key
        return named

    def _words_opening_sentences(self, text: str, mentions: list[Mention], keys: list[str],
                                 group_of: dict[str, int]) -> frozenset[int]:
        """The groups whose name is an ordinary English word, and no country's, written
        only where a sentence opens, before an ordinary word that is no verb ("Mobile
        coverage was cut", "Split Families Wait" in a headline): its capital says
        nothing, so it may be the word (``_without_stray_villages``)."""
        threshold = scoring()["mentions"]["common_word"]
        opening: dict[int, bool] = {}
        for mention, key in zip(mentions, keys):
            g = group_of.get(key)
            if g is None or opening.get(g) is False:
                continue
            opening[g] = (self.index.word_zipf.get(key, 0.0) >= threshold
                          and not self.key_strength(key).country
                          and opens_sentence(text, mention.start)
                          and self._ordinary_word_after(text, mention.end))
        return frozenset(g for g, is_opening in opening.items() if is_opening)

    def _ordinary_word_after(self, text: str, end: int) -> bool:
        """Whether the word after a name is in lower case or an ordinary word, and no
        verb."""
        after = _NEXT_WORD.match(text, end)
        if after is None:
            return False
        word = after.group(1)
        return (word[0].islower() or word.lower() in self.index.ordinary_words) and \
            _VERB_AFTER.fullmatch(word.lower()) is None

    def _waters_named(self, name: str) -> tuple[tuple[passes.Option, ...], str]:
        """(options, key) of the lake or reservoir the gazetteer has that the text names
        by ``name`` and a water's word ("the Mingachevir reservoir" is Mingachevir
        Reservoir, "Van lake" Lake Van), or ((), "") where it has none."""
        for word in _water_words():
            for key in (lookup_key(f"{name} {word}"), lookup_key(f"{word} {name}"),
                        lookup_key(f"{word} of {name}")):
                waters = tuple(o for o in self.options(key) if o.kind in _WATER_KINDS)
                if waters:
                    return waters, key
        return (), ""

    def _world_features_level_with_namesakes(self, groups: list[list[passes.Option]],
                                             witnesses: list[str]
                                             ) -> list[list[passes.Option]]:
        """``groups`` with each natural feature of gazetteer/world.csv that its own words
        name so ("Mount Hermon") and that lies in none of the article's countries (those
        of the other names' likeliest places and of its demonyms) brought down to the
        prior of its name's likeliest place in one of them, where there is one: a
        region's prior would otherwise outweigh any context, and the article's places
        decide between the two as between other namesakes (Mount Hermon, Virginia, in a
        story from Massachusetts; the Hermon massif beside Israeli places)."""
        favourites = [max(options, key=lambda o: o.logit) for options in groups]
        levelled = list(groups)
        for g, options in enumerate(groups):
            features = [i for i, o in enumerate(options) if self._is_world_feature(o)]
            if not features:
                continue
            countries = {f.country for h, f in enumerate(favourites) if h != g and f.country}
            countries.update(witnesses)
            namesakes = [o.logit for i, o in enumerate(options)
                         if o.country in countries and i not in features]
            if not namesakes:
                continue
            level = max(namesakes)
            levelled[g] = [o._replace(logit=min(o.logit, level))
                           if i in features and o.country not in countries else o
                           for i, o in enumerate(options)]
        return levelled

    def _is_world_feature(self, option: passes.Option) -> bool:
        """Whether an option is a world region of gazetteer/world.csv whose own words name
        a natural feature ("Mount Hermon", "Lake Chad"), not a sea or a wider region."""
        return (option.kind == "region" and _named_as_natural_feature(option.name)
                and self.place_of(option).id.startswith(_WORLD_REGION_ID))

    def _demonym_witnesses(self, groups: list[list[passes.Option]],
                           sided: Callable[[str], bool]) -> list[str]:
        """The countries the text's demonyms name and no name of it does, each to stand
        as a name of the country alone in ``coherence``; looked for only among the
        countries of the likeliest options of names that have options in two countries
        (a witness lifts only the options in its country)."""
        open_to = set()
        for g in groups:
            if len(g) > 1 and any(o.country != g[0].country for o in g):
                open_to |= {o.country for o in g[:WITNESSED_OPTIONS]}
        if not open_to:
            return []
        open_to -= {g[0].country for g in groups if len(g) == 1 and g[0].kind == "country"}
        return sorted(code for code in open_to if code in self.index.country_entry
                      and sided(code))

    def _witness(self, code: str) -> tuple[list[passes.Option], object]:
        """(the options, their ``readings``) of a country standing alone as a witness."""
        found = self._witnesses.get(code)
        if found is None:
            entry = self.index.country_entry[code]
            options = [self._option(entry, self.index.priors[entry])]
            found = self._witnesses[code] = (options, passes.readings(options))
        return found

    def _km_inland_of_border(self, place: Place, states: frozenset[str]) -> float | None:
        """About how much farther ``place`` lies from its country's land border with one
        of ``states`` than that country's settlements nearest the border, in km: from
        the nearest village, town or city across the border (GeoNames has places of 500
        people, dense enough to stand for the line) it is measured how much nearer the
        country's own nearest settlement lies, so that a border town in a desert, 280 km
        from any settlement across, is 0 km in. None where none of ``states`` is a land
        neighbour of its country (news of one country: "near the New York border" is a
        state line)."""
        across = land_neighbours().get(place.country_code, frozenset()) & states
        home = self._settlement_points(place.country_code)
        found = []
        for code in sorted(across):
            points = self._settlement_points(code)
            if len(points) and len(home):
                km, nearest = _nearest_km(points, place.lat, place.lon)
                frontier, _ = _nearest_km(home, *np.degrees(points[nearest]))
                found.append(km - min(km, frontier))
        return min(found) if found else None

    def _settlement_points(self, code: str) -> "np.ndarray":
        """(lat, lon) in radians of the villages, towns and cities of a country."""
        points = self._settlements.get(code)
        if points is None:
            if not self._settlements:       # once: every settlement's country and point
                index = self.index
                rows = [i for i, kind in enumerate(index.kinds) if kind in POPULATED_KINDS]
                self._settlements[""] = (
                    np.array([index.countries[i] for i in rows]),
                    np.radians(np.column_stack((np.frombuffer(index.lats)[rows],
                                                np.frombuffer(index.lons)[rows]))))
            countries, all_points = self._settlements[""]
            points = self._settlements[code] = all_points[countries == code]
        return points

    def _country_name(self, code: str) -> str:
        return self.index.names[self.index.country_entry.get(code, 0)]

    def _as_spelled(self, options: list[passes.Option], surface: str
                    ) -> tuple[list[passes.Option], frozenset[str]]:
        """(options, countries): the options in the countries whose alphabet the name is
        spelled in take the qualifier bonus ("Şuşa" is Shusha, Azerbaijan, not Susa,
        Italy), when that tells some apart; the countries then, else none."""
        countries = passes.spelling_countries(surface)
        if not countries:
            return options, countries
        bonused, told_apart = passes.with_bonus(options, [o.country in countries
                                                          for o in options])
        return (bonused, countries) if told_apart else (options, frozenset())

    def _in_nation(self, options: list[passes.Option], nation: str
                   ) -> tuple[list[passes.Option], str, str]:
        """(options, qualifier, note) of a mention its text puts in a country ("the
        Azerbaijani village of Alibeyli"): the options in that country take the
        qualifier bonus, and the qualifier is kept when that told them apart; when none
        is in it, no option and a note saying why (a village the gazetteer lacks is
        better unplaced than in another country)."""
        code = _demonyms().get(lookup_key(nation.split()[0]))
        if not code:
            return options, "", ""
        if not any(o.country == code for o in options):
            return [], "", (f"no place of that name in {self._country_name(code)} "
                            f"({nation!r} … of)")
        bonused, told_apart = passes.with_qualifier(options, passes.Container(nation, code))
        return (bonused, nation, "") if told_apart else (options, "", "")

    def _after_adjective(self, options: list[passes.Option], adjective: str
                         ) -> tuple[list[passes.Option], str]:
        """(options, note) of a mention right after a national adjective ("the French
        Riviera", "Iranian Kurdistan"): the options in that country take the qualifier
        bonus; when none is in it and every one is a settlement, no option and a note —
        the adjective names a region of that country the gazetteer lacks, not a town of
        another (Riviera, Switzerland)."""
        code = _demonyms().get(lookup_key(adjective)) if adjective else None
        if not code:
            return options, ""
        if any(o.country == code for o in options):
            bonused, _ = passes.with_qualifier(options, passes.Container(adjective, code))
            return bonused, ""
        if all(o.kind in POPULATED_KINDS for o in options):
            return [], (f"no place of that name in {self._country_name(code)} "
                        f"({adjective!r} before it)")
        return options, ""

    def _readings(self, key: str, options: list[passes.Option]):
        """``disambiguation.readings`` of a name's options, remembered for the name's own
        options (a qualifier changes their logits only)."""
        own = self._options_cache.get(key)
        if options is not own and (own is None or len(own) != len(options) or any(
                a.ref is not b.ref for a, b in zip(own, options))):
            return passes.readings(options)
        found = self._readings_cache.get(key)
        if found is None:
            if len(self._readings_cache) > 100_000:
                self._readings_cache.clear()
            found = self._readings_cache[key] = passes.readings(own)
        if options is not own:
            found = found.copy()
            found[:, passes.LOGIT] = [o.logit for o in options]
        return found

    def _adjective_options(self, key: str) -> list[passes.Option]:
        """The place a place adjective or demonym stands for (data/place_adjectives.csv,
        then data/demonyms.csv: "English" is England before it is the UK), as the first
        options of that name; [] if none."""
        place = _place_adjectives().get(key)
        if place:
            return list(self.options(lookup_key(place)))
        entry = self.index.country_entry.get(_demonyms().get(key, ""))
        return [] if entry is None else [self._option(entry, self.index.priors[entry])]

    def _is_demonym(self, key: str) -> bool:
        """A demonym or national adjective ("Armenian") that is no country's own name
        ("US", "UK" are both, and places)."""
        return (key in _demonyms() and key not in self._extra_by_key
                and not self.key_strength(key).country)

    def _not_a_place(self, text: str, mention: Mention, key: str) -> str:
        if self._is_demonym(key):
            return "a demonym, not a place"
        if not text or self.is_indirect(key):
            return ""
        return person_or_organisation(text, mention.start, mention.end, key,
                                      self.key_strength(key), self.index.first_names,
                                      self.index.ordinary_words, self.word_strength,
                                      self.demonym_country)

    def _fallback_options(self, surface: str, contained: bool = False
                          ) -> tuple[list[passes.Option], str]:
        """(options, where they come from) of a name with no exact match: a close
        spelling variant; else the online answer (when asked for); else, if
        ``contained`` (the span is known to be a place), a place named inside it
        ("University of California", "Dubai World Cup"); else a looser spelling
        variant. ([], "not in the gazetteer") if none: a guess must say it is one."""
        from rapidfuzz import fuzz
        named_after = self._named_after_options(surface)
        if named_after[0]:
            return named_after
        options, matched = self._variant_options(surface)
        variant = f"{GUESS}: {matched!r} (no place is called {surface!r})"
        if options and fuzz.ratio(lookup_key(surface), matched) >= CLOSE_VARIANT:
            return options, variant
        if self.online is not None:
            try:
                place = self.online.geocode(surface)
            except OnlineGeocoderError:
                place = None        # kept in ``online.failure``: the build warns once
            if place is not None:
                return [passes.Option(place, 5.0, place.name, place.country_code,
                                      place.admin1, place.kind, place.lat, place.lon,
                                      place.parent)], "online geocoder (--online)"
        inside = self._contained_options(surface) if contained else []
        if inside:
            return inside, f"named inside {surface!r}"
        if options:
            return options, variant
        return [], _NOT_IN_GAZETTEER

    def _named_after_options(self, surface: str) -> tuple[list[passes.Option], str]:
        """(options, where they come from) of a division the gazetteer lacks, written with
        the word for its kind (data/division_words.csv): the places of the name before
        the word, which such a unit is named after and as a rule has as its seat
        ("Rutshuru territory" is around the town of Rutshuru); ([], "") for any other
        name. Weighed before a spelling guess: the name itself is known."""
        head, _, word = surface.strip().rpartition(" ")
        if not head.strip() or word.capitalize() not in division_words():
            return [], ""
        options = list(self.options(lookup_key(head)))
        if not options:
            return [], ""
        return options, (f"no {word.lower()} called {surface!r} in the gazetteer: the "
                         f"place of that name, which it is named after")

    def _contained_options(self, surface: str) -> list[passes.Option]:
        """Options of the longest place name inside a longer name that is not one
        ("Colorado State University" → Colorado), leftmost first, each
        ``contained_name_penalty`` less likely. Ordinary English words ("University",
        "Center", "West") do not count unless they are countries, divisions or cities
        of a million ("California", "London")."""
        words = lookup_key(surface).split()
        if len(words) < 2:
            return []
        penalty = scoring()["prior"]["contained_name_penalty"]
        for size in range(len(words) - 1, 0, -1):
            for start in range(len(words) - size + 1):
                key = " ".join(words[start:start + size])
                strength = self.key_strength(key)
                if is_stopword(key) or common_word(key, strength, self.index.word_zipf) or (
                        key in self.index.ordinary_words and not strength.very_strong):
                    continue
                options = self.options(key)
                if options:
                    return [o._replace(logit=o.logit - penalty) for o in options]
        return []

    def _elsewhere(self, text: str, mention: Mention, options: list[passes.Option]) -> str:
        """Why none of ``options`` is the place, when the text puts a settlement in a
        division or country (``qualifier_text``, or a possessive before it:
        ``possessor_text``) that holds none of them, whichever of the divisions or
        countries so called it names ("Kvemo Sarali in Georgia": neither Georgia holds
        Sarali, Armenia; "La Victoria in the western state of Apure" is no town of
        Aragua); else "". A small settlement must lie in the division or country; a
        city of note only within ``context.division_reach_km`` of a division's point, in
        its country (a country rules none out)."""
        qualifier = (passes.qualifier_text(text, mention.end)
                     if _PUT_IN.match(text, mention.end) else "")
        # ", Kalbajar and Lachin" is a list; "near X" no holder
        qualifier = qualifier or passes.possessor_text(text, mention.start)
        if not qualifier or any(o.kind not in POPULATED_KINDS for o in options):
            return ""                   # "the Aras river in Syunik"
        # "Devon Stansbury of Rockford in the Miss category": no Mississippi
        containers = [self._container_of(qualifier, holder) for holder
                      in self._holder_options(qualifier, abbreviations=False)
                      if holder.country]
        if not containers:
            return ""
        reach = scoring()["context"]["division_reach_km"]

        def may_lie_in(container: passes.Container, option: passes.Option) -> bool:
            if container.radius_km or container.holds(option):
                return True             # a region without a division code says little
            if self.place_of(option).population < _SMALL_PLACE:
                return False            # "Taftan, in Iran's …": not Pakistan's
            if container.admin1:        # Sevastopol, a division of its own, "in Crimea"
                return option.country == container.country and passes.haversine_km(
                    container.lat, container.lon, option.lat, option.lon) <= reach
            return True                 # a city of note the text puts in another country

        if any(may_lie_in(c, o) for c in containers for o in options):
            return ""
        where = containers[0].text
        return (f"the text puts it in {where}, where the gazetteer has no place of "
                "that name")

    def _container(self, qualifier: str) -> passes.Container | None:
        """The division or country a qualifier names, if it names one; a bare name that
        is a town and a district alike ("Aghdam, Tovuz") stands for the district."""
        if not qualifier:
            return None
        return next((self._container_of(qualifier, option)
                     for option in self._holder_options(qualifier) if option.country), None)

    @staticmethod
    def _container_of(qualifier: str, holder: passes.Option) -> passes.Container:
        """The Container of one country or division a qualifier may name."""
        if holder.kind == "country":
            return passes.Container(qualifier, holder.country)
        if holder.admin1:
            return passes.Container(qualifier, holder.country, admin1=holder.admin1,
                                    lat=holder.lat, lon=holder.lon)
        return passes.Container(
            qualifier, holder.country, parent=holder.name, lat=holder.lat,
            lon=holder.lon, radius_km=scoring()["context"]["region_radius_km"])

    def _holder_options(self, qualifier: str, abbreviations: bool = True
                        ) -> Iterator[passes.Option]:
        """The countries and divisions a qualifier may name ("Tovuz" and "Tovuz district"),
        in the order ``_container`` tries them; without ``abbreviations``, not by a
        division's abbreviation ("La", "Miss": the text's dot is gone by now)."""
        for name in passes.qualifier_heads(qualifier):
            key = lookup_key(name)
            if not abbreviations and key in _abbreviation_keys():
                continue
            found = False
            for division_key in (key, *(f"{key} {word}" for word in DIVISION_KINDS)):
                for option in self.options(division_key):
                    if option.kind == "country" or option.kind in DIVISION_KINDS:
                        found = True
                        yield option
            if found:
                return

    def _decision(self, key: str, options: list[passes.Option], qualifier: str,
                  bonuses: dict[int, tuple[float, str]], source: str = "",
                  spelling: frozenset[str] = frozenset()) -> tuple:
        """``_decide``, remembered for a name that the article leaves as the gazetteer
        has it: its own options, no qualifier, no context bonus (most names)."""
        if qualifier or bonuses or options is not self._options_cache.get(key):
            return self._decide(key, options, qualifier, bonuses, source, spelling)
        decision = self._decisions.get(key)
        if decision is None:
            if len(self._decisions) > 100_000:
                self._decisions.clear()
            decision = self._decisions[key] = self._decide(key, options, qualifier, bonuses)
        return decision

    def _decide(self, key: str, options: list[passes.Option], qualifier: str,
                bonuses: dict[int, tuple[float, str]], source: str = "",
                spelling: frozenset[str] = frozenset()) -> tuple:
        """(place, score, alternatives, reason) of a name's mentions from its options and
        their article-context bonuses (``disambiguation.coherence``), which a qualifier
        overrules; ``source`` says where options other than the name's own come from,
        ``spelling`` the countries whose letters the name is written in."""
        logits = _villages_below_cities(options, key)
        prior_best = logits.index(max(logits))
        reasons: dict[int, str] = {}
        if len(options) > 1 and not qualifier:
            for i, (bonus, reason) in bonuses.items():
                logits[i] += bonus
                if reason:
                    reasons[i] = reason
        order = sorted(range(len(logits)), key=logits.__getitem__, reverse=True)
        chosen = order[0]
        alternatives = tuple(self.place_of(options[i])
                             for i in order[1:1 + MAX_ALTERNATIVES])
        place = self.place_of(options[chosen])
        score = passes.probabilities_of(logits)[chosen]
        if source.startswith(GUESS):        # a spelling guess is no surer than its spelling
            from rapidfuzz import fuzz
            similarity = fuzz.ratio(key, lookup_key(options[chosen].name)) / 100.0
            score *= GUESS_SCORE * similarity
        return (place, round(score, 4), alternatives,
                self._reason(key, place, options, chosen, prior_best, qualifier, reasons,
                             source, spelling))

    def _reason(self, key, place, options, chosen, prior_best, qualifier, reasons,
                source, spelling) -> str:
        if self.is_indirect(key):
            return f"indirect reference: the capital of {self._country_name(place.country_code)}"
        if place.id.startswith("user:"):
            return "user gazetteer (--gazetteer-extra)"
        if qualifier:
            return f"qualified by {qualifier!r}" + (f"; {source}" if source else "")
        if chosen != prior_best and chosen in reasons:
            return reasons[chosen] + (f"; {source}" if source else "")
        if source:
            return source
        if len(options) == 1:
            return "only place of that name"
        if place.kind == "country":
            return "country name"
        if place.country_code in spelling:
            names = [self._country_name(code) for code in sorted(spelling)]
            writers = " and ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1
                                   else names)
            return f"spelled in letters {writers} write{'s' if len(names) == 1 else ''}"
        return "population prior"

    def resolve(self, name: str, context: str = "") -> Resolution:
        """The place one name most likely means, optionally read in ``context`` (text
        around it); spelling variants and "X, Y" / "X in Y" qualifiers are understood.
        Raises ``UnknownPlaceError`` if no place fits."""
        name = (name or "").strip()
        if not name:
            raise UnknownPlaceError("empty place name")
        head, qualifier = _split_qualifier(name)
        text = f"{context}\n{head}"
        if qualifier:
            text += f", {qualifier}"
        mention = Mention(article_id="query", surface=head, start=len(context) + 1,
                          end=len(context) + 1 + len(head))
        mentions = self.find_mentions(Article(id="query", text=context)) if context else []
        resolution = self.resolve_mentions(Article(id="query", text=text),
                                           [*mentions, mention])[-1]
        if resolution.place is None and head != name:
            return self.resolve(name.replace(",", " "), context)
        if resolution.place is None and self.online is not None and self.online.failure:
            raise OnlineGeocoderError(self.online.failure)
        if resolution.place is None:
            reason = resolution.reason
            far = reason.partition(_TOO_FAR)[2] if reason.startswith(GUESS) else ""
            if not far and reason and reason != _NOT_IN_GAZETTEER:
                # the context rules its places out: "La Victoria in … Apure state"
                raise UnknownPlaceError(f"no place for {name!r}: {reason}")
            raise UnknownPlaceError(
                f"no place called {name!r} in the gazetteer"
                + (f", and the closest spelling is too far: {far}" if far else "")
                + ("" if self.online else " (try --online)"))
        return resolution


#: what lies between a place and another the text tells its position by: ", east of",
#: ", 12 km north of the town of", " near", ", a village close to" (groups ``km``,
#: ``unit``, ``bearing``)
_TOLD_FROM = re.compile(
    r",?\s+(?:(?:an?|the)\s+(?:[\w’'-]+\s+){0,3}?(?:village|town|city|settlement|hamlet|"
    r"community|district|area|camp|base|post|outpost|crossing)\s+)?"
    rf"(?:(?:(?:{ROUGHLY})\s+)?"
    rf"(?P<km>\d+(?:\.\d+)?)\s*-?\s*(?P<unit>{UNITS})\.?\s+)?"
    r"(?:(?:to\s+the\s+)?(?P<bearing>(?:north|south)(?:[- ]?(?:east|west))?|east|west)"
    r"(?:ern)?\s+(?:of|from)|near|outside|close\s+to|not\s+far\s+from)\s+"
    r"(?:(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:town|city|village|capital|settlement)\s+"
    r"(?:of\s+)?)?", re.IGNORECASE)
#: a word after a place's name that makes the name an adjective of something else: "near
#: the New York border", "east of the Jordan line"
_NAMES_A_LINE = re.compile(r"[ \t]+(?i:border|frontier|boundary|line|side)(?![\w-])")


def _placed_by_the_text(text: str, results: list[Resolution]) -> list[Resolution]:
    """``results`` with a name the gazetteer has no near place of put where the text says
    it lies from a local place it names right after ("Koya, east of Erbil", "Sabz, 12 km
    north of Herat", "the village of Kfar near Tyre"): at that place's point, moved by
    the distance and compass point when the text gives both. A guess, and said so: kind
    "other" (never an exact settlement), ``TOLD_POSITION`` in its reason, a low score
    (``context.told_position_score``). Taken where the name was left unplaced for its
    namesakes lying far away, or resolved to a town or village, or to one of several
    namesakes, farther than ``context.told_position_reach_km`` (and the distance told)
    from that place and, where the text gives a compass point and no distance, not that
    way from it. A city that is the only place of its name stays: "Mosul, near Baghdad"
    is still Mosul, the text is loose. A name unplaced
    for any other reason (a water, a person) stays so, and so does a natural feature's
    ("Lake Geneva, near Lausanne"), whose extent no point stands for."""
    if not any(_TOO_FAR in r.reason or r.place is not None for r in results):
        return results
    reach = scoring()["context"]["told_position_reach_km"]
    guesses: dict[str, tuple] = {}      # key → (the place it replaces, guess, reason)
    for named, anchor in zip(results, results[1:]):
        told = _TOLD_FROM.fullmatch(text, named.mention.end, anchor.mention.start)
        if told is None or anchor.place is None or \
                anchor.place.kind not in (*POPULATED_KINDS, "other") or \
                _NAMES_A_LINE.match(text, anchor.mention.end) or \
                (named.place is None and _TOO_FAR not in named.reason) or \
                (named.place is not None and named.place.kind not in POPULATED_KINDS) or \
                (named.place is not None and not named.alternatives
                 and named.place.kind == "city") or \
                _named_as_natural_feature(named.mention.surface) or \
                _told_as_natural_feature(text, named.mention):
            continue                    # a lake or a mountain spreads beyond any point
        lat, lon = anchor.place.lat, anchor.place.lon
        told_km = distance_km(float(told.group("km")), told.group("unit")) \
            if told.group("km") else 0.0
        if told_km and told.group("bearing"):
            lat, lon = moved(lat, lon, bearing_degrees(told.group("bearing")), told_km)
        if named.place is not None and (
                passes.haversine_km(lat, lon, named.place.lat, named.place.lon)
                <= reach + told_km or (
                    told.group("bearing") and not told_km
                    and _lies_towards(anchor.place, named.place,
                                      bearing_degrees(told.group("bearing"))))):
            continue                    # the gazetteer's place agrees with the text
        words = " ".join(text[told.start():anchor.mention.end].strip(" ,").split())
        place = Place(id=f"gm:told-{lookup_key(named.mention.surface).replace(' ', '-')}"
                      f"-{anchor.place.id}", name=named.mention.surface,
                      lat=round(lat, 5), lon=round(lon, 5),
                      country_code=anchor.place.country_code, kind="other",
                      source=TOLD_POSITION_SOURCE)
        before = f"; not {named.place.name} ({named.place.country_code})" \
            if named.place is not None else f" ({named.reason})"
        guesses[lookup_key(named.mention.surface)] = (
            named.place, place, f"{TOLD_POSITION}: {words}{before}")
    if not guesses:
        return results
    placed = list(results)
    for i, r in enumerate(results):     # one sense per discourse: every mention alike
        guess = guesses.get(lookup_key(r.mention.surface))
        if guess is not None and r.place == guess[0]:
            placed[i] = Resolution(r.mention, guess[1],
                                   scoring()["context"]["told_position_score"], (), guess[2])
    return placed


def _lies_towards(origin: Place, place: Place, bearing: float) -> bool:
    """Whether ``place`` lies in ``origin``'s country within
    ``context.told_bearing_tolerance_deg`` of ``bearing`` (degrees from north) seen from
    it: "Tripoli, west of Benghazi" agrees with Libya's capital 650 km away, as a compass
    point without a distance may reach (a Tirat in Israel is not "Tirah, west of
    Peshawar")."""
    if place.country_code != origin.country_code:
        return False
    return degrees_off(azimuth(origin.lat, origin.lon, place.lat, place.lon), bearing) \
        <= scoring()["context"]["told_bearing_tolerance_deg"]


def _bearings(key: str) -> frozenset[str]:
    """The words of a lookup key that say where in a pair of namesakes a place lies."""
    return frozenset(word for word in key.split() if word in _BEARING_WORDS)


def _without_far_guesses(decisions: list[tuple], sources: list[str],
                         sides: Callable[[], frozenset[str]] = frozenset) -> list[tuple]:
    """``decisions`` (place, score, alternatives, reason) per name, a spelling guess left
    unresolved where it lies in none of the countries the article's other places (those
    named as written) lie in, and farther than ``context.guess_reach_km`` from each: a
    village the gazetteer lacks ("Ergneti", Georgia) is better unplaced than at its
    closest spelling in another country 1,700 km away (Cerneți, Romania). An article that
    names no other place but names its sides by their people ("Kyrgyz and Tajik border
    guards", ``sides``: their countries) keeps only a guess in those countries or next
    to them (an unknown "Sokh" is no Soho in London). Countries, whose point says little
    of where they are, and an article with neither keep their guesses."""
    sure = [d[0] for d, source in zip(decisions, sources) if d[0] is not None and not source]
    if not sure:
        return _guesses_near_sides(decisions, sources, sides())
    reach = scoring()["context"]["guess_reach_km"]
    countries = {p.country_code for p in sure}
    kept = []
    for decision, source in zip(decisions, sources):
        guess = decision[0]
        if source.startswith(GUESS) and guess is not None and guess.kind != "country" \
                and guess.country_code not in countries:
            nearest = min(sure, key=lambda p: passes.haversine_km(p.lat, p.lon, guess.lat,
                                                                    guess.lon))
            km = passes.haversine_km(nearest.lat, nearest.lon, guess.lat, guess.lon)
            if km > reach:
                decision = (None, 0.0, (), f"{source}{_TOO_FAR}{guess.name} lies "
                            f"{km:,.0f} km from {nearest.name}, the nearest place named "
                            "with it")
        kept.append(decision)
    return kept


def _guesses_near_sides(decisions: list[tuple], sources: list[str],
                        sides: frozenset[str]) -> list[tuple]:
    """``decisions`` with each spelling guess that lies neither in one of the countries
    ``sides`` nor next to one left unresolved (see ``_without_far_guesses``)."""
    if not sides:
        return decisions
    near = sides.union(*(land_neighbours().get(code, ()) for code in sides))
    kept = []
    for decision, source in zip(decisions, sources):
        guess = decision[0]
        if source.startswith(GUESS) and guess is not None and guess.kind != "country" \
                and guess.country_code not in near:
            decision = (None, 0.0, (), f"{source}{_TOO_FAR}{guess.name} "
                        f"({guess.country_code}) lies in none of the countries whose people "
                        f"the text names ({', '.join(sorted(sides))}) nor next to them")
        kept.append(decision)
    return kept


def _names_a_side(text: str, code: str) -> bool:
    """Whether the text writes a demonym of a country as a side's ("Tajik border guards"),
    not as the nationality of people met somewhere ("detained four Iranian citizens near
    Astara" in a report from Lankaran is Azerbaijan's Astara), nor as a word of an
    organisation's name ("the Organisation of American States")."""
    return any(form in text and any(
        not _in_an_organisations_name(text, m.start(), m.end())
        for m in _demonym_of_a_side(form).finditer(text))
        for form in demonym_forms().get(code, ()))


#: a capitalised word and "of" before a demonym, a capitalised word after it: the demonym
#: is a word of a name ("Organisation of American States", "League of Arab States")
_NAME_OF_BEFORE = re.compile(r"[A-Z][\w’'-]+\s+of\s+(?:the\s+)?\Z")
_NAME_GOES_ON = re.compile(r"\s+[A-Z]")


def _in_an_organisations_name(text: str, start: int, end: int) -> bool:
    return bool(_NAME_OF_BEFORE.search(text, max(0, start - 40), start)
                and _NAME_GOES_ON.match(text, end))


def _sides_named(text: str) -> Callable[[str], bool]:
    """``_names_a_side`` for one text, each country asked once."""
    return cache(partial(_names_a_side, text))


def _countries_of_sides(text: str) -> frozenset[str]:
    """The countries whose people the text names as sides (``_names_a_side``)."""
    return frozenset(code for code in demonym_forms() if _names_a_side(text, code))


#: a village or town of fewer people, far from all of an article's other places and in
#: none of their countries, is left unplaced (``_without_stray_villages``)
_STRAY_POPULATION = 10_000


@lru_cache(maxsize=1)
def _division_word_after() -> re.Pattern:
    """A division word of data/division_words.csv in lower case right after a name."""
    words = "|".join(sorted((w.lower() for w in division_words()), key=len, reverse=True))
    return re.compile(rf"[ \t]+({words})(?![\w-])")


@lru_cache(maxsize=1)
def _state_organ_after() -> re.Pattern:
    """A word of data/state_organ_words.txt right after "state"."""
    words = "|".join(re.escape(w) for w in word_list("state_organ_words.txt"))
    return re.compile(rf"[ \t]+(?i:{words})(?![\w-])")


@lru_cache(maxsize=1)
def _abbreviation_keys() -> frozenset[str]:
    """Lookup keys of the divisions' abbreviations (data/us_state_abbreviations.csv,
    data/division_abbreviations.csv): "miss", "la", "ms"."""
    rows = data_csv("us_state_abbreviations.csv") + data_csv("division_abbreviations.csv")
    return frozenset(lookup_key(value) for row in rows
                     for value in (row["abbreviation"], row.get("code") or "") if value)


@lru_cache(maxsize=1)
def _script_homes() -> dict[str, frozenset[str]]:
    """data/script_countries.csv: the countries that write their names in each script."""
    return {row["script"]: frozenset(row["countries"].split())
            for row in data_csv("script_countries.csv")}


def _mentions_of(group: int, mentions: list[Mention], keys: list[str],
                 group_of: dict[str, int]) -> list[Mention]:
    """The mentions whose name is ``group``'s."""
    return [m for m, key in zip(mentions, keys) if group_of.get(key) == group]


def _named_in_passing(text: str, mentions: list[Mention], keys: list[str],
                      group_of: dict[str, int], qualifiers: list[str], group: int) -> bool:
    """Whether the article names ``group`` by a single mention that nothing calls a
    place: no qualifier, no "in" or "near" before it, no place word after it
    (``mentions.told_as_a_place``) nor as where one goes ("the show comes to Clacton",
    ``mentions.gone_to``), not in capitals (a dateline's "KINGSTOWN")."""
    if qualifiers[group]:
        return False
    named = _mentions_of(group, mentions, keys, group_of)
    return len(named) == 1 and not named[0].surface.isupper() \
        and not told_as_a_place(text, named[0].start, named[0].end) \
        and not gone_to(text, named[0].start)


def _about_a_border(countries) -> bool:
    """Whether two of ``countries`` are next to each other."""
    return any(other in land_neighbours().get(code, ()) for code in countries
               for other in countries)


def _without_stray_villages(decisions: list[tuple], sources: list[str],
                            words: frozenset[int] = frozenset(),
                            passing: Callable[[int], bool] = lambda group: False
                            ) -> list[tuple]:
    """``decisions`` with a village or small town left unresolved where it lies in none of the
    countries of the article's other places and farther than ``context.guess_reach_km``
    from each of them: a name shared with a hamlet on another continent is more likely
    a word of a longer name the gazetteer lacks ("Jebel Kala al-Laban", Sudan: Qala,
    Azerbaijan, and Laban, Indonesia) than the hamlet. So is, in an article about a
    border (its places lie in two countries next to each other), a town of any size at
    ``passing``, named once and by nothing as a place (``_named_in_passing``): "Aziz
    described the shooting" in a report from Zabol and Zaranj names a man more likely
    than a town in Algeria ("talks in Davos" keep theirs; other news names far towns in
    passing, "Lourdes", "Stirling", and keeps them). So is a place of any size at
    ``words``, the decisions whose name may be an ordinary word ("Mobile coverage was
    cut" in a report from Syunik is no city in Alabama). An article needs two other
    places for that to be judged."""
    placed = [(i, d[0]) for i, (d, source) in enumerate(zip(decisions, sources))
              if d[0] is not None and not source]

    def small(i: int, place: Place) -> bool:
        return i in words or (place.kind in ("village", "town")
                              and place.population < _STRAY_POPULATION)

    def weighed(i: int, place: Place) -> bool:      # a town of any size, if in passing
        return small(i, place) or place.kind == "town"

    if len(placed) < 3 or not any(weighed(i, p) for i, p in placed):
        return decisions                    # most articles: no hamlet to weigh
    reach = scoring()["context"]["guess_reach_km"]

    def nearest(place, among):
        return min(((passes.haversine_km(p.lat, p.lon, place.lat, place.lon), p.name)
                    for p in among), default=(0.0, ""))

    countries = Counter(p.country_code for _, p in placed)
    strays = {}
    for i, village in placed:
        if not weighed(i, village) or countries[village.country_code] > 1:
            continue                        # a place of the article's countries stays
        if i not in words and any(village.country_code in land_neighbours().get(code, ())
                                  for code in countries):
            continue                        # "Azerbaijan shelled Jermuk": next door
        # a country's or a region's point says nothing of how far its edge lies
        local = [p for j, p in placed if j != i and p.kind not in ("country", "region")]
        if i in words or (local and nearest(village, local)[0] > reach):
            # a word ("Van drivers waited") stays a place only beside another place of its
            # country: that Van lies 330 km from the Georgian crossings says nothing of it
            if small(i, village) or (_about_a_border(countries) and passing(i)):
                strays[i] = village
    kept = list(decisions)
    for i, village in strays.items():
        km, name = nearest(village, [p for j, p in placed if j != i and j not in strays
                                     and p.kind not in ("country", "region")]
                           or [p for j, p in placed if j != i])
        kept[i] = (None, 0.0, (), f"{decisions[i][3]}{_TOO_FAR}the {village.kind} "
                   f"{village.name} ({village.country_code}) lies {km:,.0f} km from {name}, "
                   "the nearest place named with it")
    return kept


def _near_or_held(place: Place, others: list[Place], reach: float) -> bool:
    """Whether ``place`` lies within ``reach`` km of one of ``others``, or in a
    first-level division among them."""
    return any(passes.haversine_km(p.lat, p.lon, place.lat, place.lon) <= reach
               or (p.kind == "province" and p.admin1 and p.admin1 == place.admin1
                   and p.country_code == place.country_code) for p in others)


def _without_far_features(decisions: list[tuple], sources: list[str],
                          features: list[bool]) -> list[tuple]:
    """``decisions`` with the name of a feature the gazetteer lacks (``features``: "the
    Simon Bolivar international bridge", "the Dongzhang area") left unresolved where the
    village or small town of that name lies farther than ``context.guess_reach_km`` from
    each of the article's other places (and in no division it names), or, where those
    are all countries, in none of them: a bridge named after a person is no village of
    his name in Ecuador, and a stretch of a contested frontier no hamlet 2,500 km away.
    An article with no other place keeps it."""
    placed = [(g, d[0]) for g, (d, source) in enumerate(zip(decisions, sources))
              if d[0] is not None and not source]
    reach = scoring()["context"]["guess_reach_km"]
    kept = list(decisions)
    for g, place in placed:
        if not features[g] or place.kind not in ("village", "town") \
                or place.population >= _STRAY_POPULATION:
            continue
        others = [p for h, p in placed if h != g]
        local = [p for p in others if p.kind not in ("country", "region")]
        if local:
            fits = _near_or_held(place, local, reach)
        else:
            fits = not others or place.country_code in {p.country_code for p in others}
        if not fits:
            kept[g] = (None, 0.0, (), f"{decisions[g][3]}{_TOO_FAR}the text names a feature "
                       f"after it, and the {place.kind} {place.name} ({place.country_code}) "
                       "lies far from the article's other places")
    return kept


def _how_told(text: str, mentions: list[Mention], keys: list[str],
              group_of: dict[str, int], group: int) -> str:
    """How the text names ``group`` where that says it may be no town: "a natural
    feature" at any mention ("Lake Victoria", "Migingo island"), ``_FEATURE_BY_NAME``
    where the name's own words make it one ("Lake Geneva", after which a town of
    Wisconsin is named), "a part of a longer name" where every mention is joined to a
    word by a hyphen ("Ida" of "Ida-Viru county"); else ""."""
    named = _mentions_of(group, mentions, keys, group_of)
    if any(_told_as_natural_feature(text, m) for m in named):
        return "a natural feature"
    if named and all(_hyphen_part(text, m) for m in named):
        return "a part of a longer name"        # "a Jordan Valley-style clinic"
    if any(_named_as_natural_feature(m.surface) for m in named):
        return _FEATURE_BY_NAME
    return ""


def _without_foreign_namesakes(decisions: list[tuple], sources: list[str],
                               how_told: Callable[[int], str]) -> list[tuple]:
    """``decisions`` with a town or division left unresolved where the text names a
    natural feature by it or finds it only inside a hyphenated name (``how_told``, see
    ``_how_told``), and it lies in none of the countries of the article's other places
    nor next to one, and farther than ``context.guess_reach_km`` from each of them (and
    in no division they are): the lake is no state of Australia, the Estonian county no
    city of Japan. So is a world region found only inside a hyphenated name ("a Jordan
    Valley-style clinic" in a report from Missouri); a region the text names a feature
    by is that region ("the Caribbean island of St Vincent"). A part of a hyphenated
    name that is a city of ``mentions.very_strong_population`` people stays ("the
    Moscow-Beijing axis"); so does a city or region whose own name is a feature's
    ("Cape Town", "Korean Peninsula"), where a town of it is not (Lake Geneva,
    Wisconsin, in a story from Lausanne); an article with no other place keeps its
    own. Only the places alone in their country are looked at (most articles: none)."""
    placed = [(g, d[0]) for g, (d, source) in enumerate(zip(decisions, sources))
              if d[0] is not None and not source]
    counts = Counter(place.country_code for _, place in placed)
    if len(counts) < 2:
        return decisions                    # most articles: no foreign place to weigh
    kinds = (*POPULATED_KINDS, "province", "district", "region")
    kept = list(decisions)
    for g, place in placed:
        if counts[place.country_code] > 1 or place.kind not in kinds:
            continue
        if not counts.keys().isdisjoint(land_neighbours().get(place.country_code, ())):
            continue                        # "Ohrid lake" beside Pogradec, Albania
        told = how_told(g)
        if not told or (told != "a natural feature" and place.population
                        >= scoring()["mentions"]["very_strong_population"]):
            continue
        if told == _FEATURE_BY_NAME and place.kind not in ("town", "village"):
            continue            # "Cape Town", a city of note; "Korean Peninsula", a region
        if place.kind == "region" and told == "a natural feature":
            continue                        # "the Caribbean island of St Vincent"
        local = [p for h, p in placed if h != g and p.kind not in ("country", "region")]
        if local and _near_or_held(place, local, scoring()["context"]["guess_reach_km"]):
            continue
        kept[g] = (None, 0.0, (), f"{decisions[g][3]}{_TOO_FAR}the text names {told} "
                   f"by it, and the {place.kind} {place.name} ({place.country_code}) lies "
                   "in none of the article's countries, far from its other places")
    return kept


def _nearest_km(points: "np.ndarray", lat: float, lon: float) -> tuple[float, int]:
    """(km, row) of the point of ``points`` ((lat, lon) rows in radians) nearest to the
    point (lat, lon) in WGS 84 degrees, by great circle."""
    lat, lon = np.radians(lat), np.radians(lon)
    a = np.sin((points[:, 0] - lat) / 2) ** 2 + np.cos(lat) * np.cos(points[:, 0]) \
        * np.sin((points[:, 1] - lon) / 2) ** 2
    row = int(np.argmin(a))
    return 12742.0 * float(np.arcsin(min(1.0, np.sqrt(a[row])))), row


def _has_border_word(text: str) -> bool:
    """Whether the text has a border's word anywhere, the cheap test that spares most
    articles ``_without_far_border_places`` (substring search on the lowered text: a
    case-blind regex scan of a whole article costs tens of microseconds)."""
    lowered = text.lower()
    return "border" in lowered or "frontier" in lowered or "boundary" in lowered


def _without_far_border_places(decisions: list[tuple], at_border: Callable[[int], bool],
                               sides: Callable[[], frozenset[str]],
                               km_inland: Callable[[Place, frozenset[str]],
                                                   float | None]) -> list[tuple]:
    """``decisions`` where a village or town that the text puts at a border ("the
    border crossing of Bethel", "Sokh, a border village": ``at_border``) lies
    ``context.border_place_reach_km`` farther from its country's border with one of the
    story's states (the countries of its places and of the sides its demonyms name,
    ``sides``) than the country's frontier settlements do (``km_inland``): then its
    likeliest alternative at that border in one of those states is taken ("the
    border town of Ciudad Cuauhtémoc" in a report from Guatemala is Chiapas' one, not
    Veracruz'), or else it is left unresolved: the border village the gazetteer lacks
    is no namesake 1,000 km inland, and an incident left without it falls back to the
    border itself. A story whose states share no land border with the place's country
    keeps it, and so does a city: "talks in Tashkent on the border" name a venue."""
    placed = [(g, d[0]) for g, d in enumerate(decisions)
              if d[0] is not None and d[0].kind in ("village", "town")]
    if not placed:
        return decisions
    reach = scoring()["context"]["border_place_reach_km"]
    states = frozenset()

    def at_the_border(place: Place) -> bool:
        km = km_inland(place, states) if place.country_code in states else None
        return km is not None and km <= reach

    kept = list(decisions)
    for g, place in placed:
        if not at_border(g):
            continue
        states = states or sides().union(d[0].country_code for d in decisions
                                         if d[0] is not None)
        km = km_inland(place, states)
        if km is None or km <= reach:
            continue
        score, alternatives, reason = decisions[g][1:]
        why = (f"the text puts it at a border, and the {place.kind} {place.name} "
               f"({place.country_code}) lies some {km:,.0f} km inland of the border of the "
               "story's states")
        there = next((a for a in alternatives
                      if a.kind in POPULATED_KINDS and at_the_border(a)), None)
        if there is None:
            kept[g] = (None, 0.0, (), f"{reason}{_TOO_FAR}{why}")
        else:
            kept[g] = (there, score, (place, *(a for a in alternatives if a is not there)),
                       f"{why}; {there.name} lies at it")
    return kept


def _split_qualifier(name: str) -> tuple[str, str]:
    """"Martuni, Gegharkunik" / "Aghdam in Tovuz district" / "Martuni (Nagorno-Karabakh)"
    → (name, qualifier)."""
    if name.endswith(")") and " (" in name:
        head, _, tail = name[:-1].partition(" (")
        if head.strip() and tail.strip():
            return head.strip(), tail.strip()
    for separator in (", ", " in "):
        if separator in name:
            head, _, tail = name.partition(separator)
            if head.strip() and tail.strip():
                return head.strip(), tail.strip()
    return name, ""


def _areas_of_initials(options: list[passes.Option], key: str) -> list[passes.Option]:
    """Two letters that name a country, a division or a region ("US", "U.K.", "EU") name
    nothing else: not "Us" in France nor "Uk" in Siberia."""
    if len(key) > 2:
        return options
    areas = [o for o in options if o.kind in AREA_KINDS]
    return areas or options


def _villages_below_cities(options: list[passes.Option], key: str) -> list[float]:
    """The options' logits, a village's ``prior.village_beside_city_penalty`` lower where
    the name is also a city's own (a city of ``kinds.city_population`` people or more):
    reporting names the city far more often than their numbers of people alone say, so
    being near one other place of the article does not make "Rivne" the hamlet 9 km
    from Dorohusk rather than the city of 245,000; a second place near it, its division
    named or a qualifier still do. Only the choice between them is weighed so: the
    village lends the article's other names what it lent before."""
    logits = [o.logit for o in options]
    if not any(o.kind == "city" and lookup_key(o.name) == key for o in options):
        return logits
    penalty = scoring()["prior"]["village_beside_city_penalty"]
    return [v - penalty if o.kind == "village" else v for o, v in zip(options, logits)]


def _without_shadowed_divisions(options: list[passes.Option], key: str, index: Index
                                ) -> list[passes.Option]:
    """Drop a built first-level division whose bare name is also the name of a town in
    it ("Tehran" the province vs the city), or of its country's capital ("Washington"
    the state vs the capital): news mean the town unless they say "province" or
    "state" (the index has "Tehran Province", "Washington State"). A town that merely
    has the name as an alternate spelling ("Minneota", alias "Minnesota") shadows
    nothing. Hand-checked divisions (gazetteer/supplement.csv) are kept."""
    named = [o for o in options if o.kind in POPULATED_KINDS and lookup_key(o.name) == key]
    towns = {(o.country, o.admin1) for o in named}
    if not towns:
        return options
    capitals = {o.country for o in named if o.ref in _capital_entries(index)}

    def shadowed(o: passes.Option) -> bool:
        if o.kind != "province" or ((o.country, o.admin1) not in towns
                                    and o.country not in capitals):
            return False
        pid = index.ids[o.ref]
        built = pid.startswith("gm:adm1-") or not pid.startswith(("gm:", "cc:"))
        return built and lookup_key(o.name) == key

    return [o for o in options if not shadowed(o)]


def _capital_entries(index: Index) -> frozenset:
    found = _CAPITALS.get(id(index))
    if found is None:
        found = _CAPITALS[id(index)] = frozenset(index.capital_entry.values())
    return found


_CAPITALS: dict[int, frozenset] = {}


def _word_table(filename: str, word: str, value: str) -> dict[str, str]:
    """A data table of words (and their plurals) → a value, keyed by lookup key."""
    table = {}
    for row in data_csv(filename):
        key = lookup_key(row[word])
        table[key] = row[value]
        table.setdefault(key + "s", row[value])
    return table


def _clearly_a_country(options: list[passes.Option]) -> bool:
    """Whether a name is a country by far ("Armenia", whose namesake is a Colombian town),
    not open to doubt itself ("Georgia" beside "Atlanta")."""
    return options[0].kind == "country" and (
        len(options) == 1 or options[1].logit < options[0].logit - _CLEARLY_A_COUNTRY)


def _article_countries(groups: list[list[passes.Option]], sided: Callable[[str], bool]
                       ) -> list[frozenset[str]]:
    """Per name, the countries the rest of the article says it is about: those its other
    names name (a name that is a country by far) and those whose demonyms it writes as a
    side's ("Bolivian police"). A name's own country reading is no witness for it, nor
    is a country's name that has a namesake in the country another name most likely lies
    in ("Lebanon" beside Nashville is Tennessee's town); looked for only where some name
    has options in two countries (most articles: none)."""
    open_to = {o.country for g in groups if len(g) > 1 for o in g if o.country}
    if len(open_to) < 2:
        return [frozenset()] * len(groups)
    likeliest = Counter(g[0].country for g in groups)
    naming = [g[0].country if _clearly_a_country(g) and not any(
        likeliest[o.country] > (o.country == g[0].country) for o in g[1:])
        else "" for g in groups]
    sides = frozenset(code for code in open_to - set(naming) if sided(code))
    return [sides | {c for h, c in enumerate(naming) if c and h != g}
            for g in range(len(groups))]


def _foreign_readings_lowered(groups: list[list[passes.Option]],
                              countries: list[frozenset[str]]
                              ) -> list[list[passes.Option]]:
    """``groups`` with the readings in none of the article's countries (``countries``,
    per name) less likely by ``context.outside_article_countries``, where a name has a
    reading in one of them: a story from Costa Rica means its San José, though two
    Californian namesakes of its places lie near each other. Readings of no country (a
    sea, a world region) and countries themselves ("China" beside Japanese towns) are
    neither; a name with no reading in the article's countries keeps its own order."""
    penalty = scoring()["context"]["outside_article_countries"]
    lowered = []
    for options, inside in zip(groups, countries):
        if inside and len(options) > 1:
            foreign = [bool(o.country) and o.country not in inside and o.kind != "country"
                       for o in options]
            if any(foreign) and any(o.country in inside for o in options):
                options = [o._replace(logit=o.logit - penalty) if away else o
                           for o, away in zip(options, foreign)]
        lowered.append(options)
    return lowered


def _lend_neighbours(groups: list[list[passes.Option]],
                     bonuses: list[dict[int, tuple[float, str]]],
                     witnesses: list[str]) -> None:
    """A country among a name's options is favoured where the article names a country
    next to it, by name or demonym ("to Armenia and, through it, to Georgia" is the
    country, though "Washington" has a namesake in the US state): the coherence pass
    lends nothing between two countries. Adds to ``bonuses`` in place."""
    # names that are a country by far ("Armenia", whose namesake is a Colombian town),
    # not those open to doubt themselves ("Georgia" beside "Atlanta")
    named = {g[0].country for g in groups if _clearly_a_country(g)}
    named.update(witnesses)
    if not named:
        return
    bonus = scoring()["context"]["neighbour_country"]
    for g, options in enumerate(groups):
        if len(options) < 2:
            continue
        for i, option in enumerate(options):
            if option.kind != "country":
                continue
            beside = sorted(named & land_neighbours().get(option.country, frozenset()))
            if beside:
                amount, reason = bonuses[g].get(i, (0.0, ""))
                bonuses[g][i] = (amount + bonus, reason or (
                    f"next to {', '.join(beside)}, named in the article"))


def _lend_to_holding_divisions(groups: list[list[passes.Option]],
                               bonuses: list[dict[int, tuple[float, str]]]) -> None:
    """A first-level division is as near the article's other places as a namesake
    village inside it: whatever lies near the village lies near or in the division that
    holds it. So the village no longer outweighs its province by nearness alone
    ("railway through Syunik … to Meghri, Ordubad and Horadiz" is the province, though
    Syunik village lies closer to the three), and the prior decides between them as it
    does with no context. Adds to ``bonuses`` in place."""
    for g, options in enumerate(groups):
        lent = bonuses[g]
        if len(options) < 2 or not lent:
            continue                    # most names: nothing to lend
        divisions = [(d, division) for d, division in enumerate(options)
                     if division.kind == "province"]
        if not divisions:
            continue                    # most of the rest: no division among the options
        for i, (amount, reason) in list(lent.items()):
            village = options[i]
            if village.kind not in POPULATED_KINDS or not village.admin1:
                continue
            for d, division in divisions:
                if division.admin1 == village.admin1 \
                        and division.country == village.country \
                        and amount > lent.get(d, (0.0, ""))[0] \
                        and lookup_key(division.name) == lookup_key(village.name):
                    lent[d] = (amount, reason)


@lru_cache(maxsize=None)
def _demonym_of_a_side(form: str) -> re.Pattern:
    """A demonym as a word of its own, not the nationality of people met somewhere."""
    return re.compile(rf"(?<![\w-]){re.escape(form)}s?(?![\w-])"
                      r"(?!\s+(?:citizens?|nationals?|passport))")


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    return _word_table("demonyms.csv", "demonym", "country_code")


@lru_cache(maxsize=1)
def _place_adjectives() -> dict[str, str]:
    return _word_table("place_adjectives.csv", "adjective", "place")
