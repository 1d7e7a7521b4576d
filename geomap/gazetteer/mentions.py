"""Finding place names in an article: one automaton pass, then filters that keep words,
people and organisations out.

The automaton runs over ``" " + match_text(text)`` (see ``normalize``) and holds every
name worth looking for with a leading space, so a match can only start at a word
boundary; ``iter_long`` yields leftmost-longest, non-overlapping matches, so "Zangezur
corridor" wins over "Zangezur" and "South Caucasus" over "Caucasus". Names in capitals
("TEHRAN –") are looked up again in title case when they open a line or run over several
words. Each match then passes these filters, whose words live in ``data/``:

* a word of English whose Zipf frequency reaches ``mentions.common_word`` is a place
  only when strongly supported ("Summit", "Trend", "Of" are not; "Turkey", "Moscow" are);
* a name right after a title ("President Raisi"), after a first name ("Mahsa Amini"),
  or that is a first name followed by a capitalised word ("Alen Simonyan", "Vladimir
  Putin") belongs to a person; one followed by an organisation word ("Mehr News
  Agency") to an organisation; one between other capitalised words that are no places
  and no ordinary words is part of some other name. Countries, divisions, hand-checked
  regional places and cities of a million are exempt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import Article, Mention
from .normalize import lookup_key, match_text
from .tables import scoring, word_list

#: an all-capitals run ("TEHRAN", "NAGORNO KARABAKH") in match text
_CAPITALS_RUN = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Z']{2,}(?: [A-Z][A-Z']+)*(?![A-Za-z0-9])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z'.\-]*)[ \t]$")
_WORD_AFTER = re.compile(r"^[ \t]([A-Za-z][A-Za-z'\-]*)")


@dataclass(frozen=True)
class KeyStrength:
    """What the gazetteer knows about everything a name can mean, for the filters."""

    population: int
    #: a country, province, region, hand-checked or user entry, or a city of a million
    protected: bool
    #: protected, or a place of the regional table (the region geomap is about)
    regional: bool
    #: mentions.strong_population people, or regional
    strong: bool
    #: mentions.very_strong_population people, or a country or division
    very_strong: bool


@lru_cache(maxsize=None)
def _lists() -> tuple[frozenset, frozenset, frozenset, frozenset]:
    titles = frozenset(word_list("person_titles.txt"))
    organisations = frozenset(w.lower() for w in word_list("organisation_words.txt"))
    places = frozenset(w.lower() for w in word_list("place_words.txt"))
    stop = frozenset(lookup_key(w) for w in word_list("stoplist.txt"))
    return titles, organisations, places, stop


def automaton_hits(automaton, text: str) -> list[tuple[int, int, int]]:
    """(start, end, key position) of leftmost-longest matches in ``text`` (offsets of
    ``text``); automaton values are ``key_position * 256 + form length``."""
    matchable = " " + match_text(text)
    size = len(matchable)
    hits = []
    for end, value in automaton.iter_long(matchable):
        after = end + 1
        if after < size and matchable[after].isalnum():
            continue
        length = value & 0xFF
        hits.append((end - length + 1, end, value >> 8))
    for run in _CAPITALS_RUN.finditer(matchable):
        line_start = matchable.rfind("\n", 0, run.start()) + 1
        opens_line = not text[max(0, line_start - 1):run.start() - 1].strip()
        if not (opens_line or " " in run.group()):
            continue
        titled = " " + run.group().title()
        for end, value in automaton.iter_long(titled):
            after = end + 1
            if after < len(titled) and titled[after].isalnum():
                continue
            length = value & 0xFF
            hits.append((run.start() - 1 + end - length + 1, run.start() - 1 + end,
                         value >> 8))
    return hits


def longest_first(hits: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Non-overlapping hits, the longer one winning an overlap, in text order."""
    kept: list[tuple[int, int, int]] = []
    taken: list[tuple[int, int]] = []
    for start, end, key in sorted(hits, key=lambda h: (h[0] - h[1], h[0])):
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        kept.append((start, end, key))
    return sorted(kept)


def word_before(text: str, start: int) -> str:
    match = _WORD_BEFORE.search(text[max(0, start - 40):start])
    return match.group(1) if match else ""


def word_after(text: str, end: int) -> str:
    match = _WORD_AFTER.match(text[end:end + 40])
    return match.group(1) if match else ""


def person_or_organisation(text: str, start: int, end: int, key: str, strength: KeyStrength,
                           first_names: frozenset, ordinary_words: frozenset,
                           is_place_word) -> str:
    """Why the name at [start, end) belongs to a person or an organisation, or ""."""
    if strength.protected:
        return ""
    titles, organisations, places, _ = _lists()
    before, after = word_before(text, start), word_after(text, end)
    before_plain = before.rstrip(".")
    if before_plain in titles:
        return f"a person's name (after {before!r})"
    if before[:1].isupper() and before.lower() in first_names and \
            before.lower() not in ordinary_words:
        return f"a person's surname (after the first name {before!r})"
    if after.lower() in organisations:
        return f"part of an organisation's name ({after!r} follows)"
    after_is_name = (after[:1].isupper() and after.lower() not in places
                     and after.lower() not in ordinary_words and not is_place_word(after))
    if " " not in key and key in first_names and after_is_name:
        return f"a person's first name ({after!r} follows)"
    if strength.regional:
        return ""
    before_is_name = (before[:1].isupper() and not before.endswith(".")
                      and before.lower() not in ordinary_words and not is_place_word(before))
    if before_is_name or after_is_name:
        return "part of a longer name"
    return ""


def common_word(key: str, strength: KeyStrength, word_zipf: dict) -> str:
    """Why a single-word name is an ordinary English word here, or ""."""
    if " " in key:
        return ""
    rules = scoring()["mentions"]
    zipf = word_zipf.get(key, 0.0)
    if zipf >= rules["very_common_word"] and not strength.very_strong:
        return f"a common English word (Zipf {zipf})"
    if zipf >= rules["common_word"] and not strength.strong:
        return f"a common English word (Zipf {zipf})"
    return ""


def is_stopword(key: str) -> bool:
    return key in _lists()[3]


def find_mentions(gazetteer, article: Article) -> list[Mention]:
    """Place-name mentions of ``article``: sorted, non-overlapping, filtered."""
    text = article.text
    if not text:
        return []
    index = gazetteer.index
    hits = automaton_hits(index.automaton, text)
    for number, automaton in enumerate(gazetteer.extra_automata()):
        hits += [(s, e, -1 - k) for s, e, k in automaton_hits(automaton, text)]
    mentions = []
    for start, end, position in longest_first(hits):
        key = gazetteer.key_at(position)
        if not gazetteer.is_indirect(key):
            strength = gazetteer.key_strength(key)
            if is_stopword(key) and not strength.protected:
                continue
            if common_word(key, strength, index.word_zipf):
                continue
            if person_or_organisation(text, start, end, key, strength, index.first_names,
                                      index.ordinary_words, gazetteer.is_name):
                continue
        mentions.append(Mention(article_id=article.id, surface=text[start:end],
                                start=start, end=end))
    return mentions
