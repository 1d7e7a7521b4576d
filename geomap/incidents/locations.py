"""Where a sentence puts its event: ``Location`` references built from the gazetteer's
resolutions and the words around them.

- "in the directions of Dashkasan, Kalbajar and Lachin" → three ``direction`` locations
  (a list inherits the relation of its first member);
- "the Tovuz section of the border" → ``sector``; "near Jermuk" → ``near``;
- a district, province or region → ``district``; a town, city or village → ``at``;
- "along the border with Armenia" (no place named) → ``border`` between the two
  countries, the other side being the side that acts (or else the claimant);
  "the Armenia-Azerbaijan border", "the border between A and B" likewise;
- only a country, where the text puts the event in it ("in Armenia", "against Armenia's
  sovereign territory") → ``country``.

Places beat borders, borders beat countries: a claim keeps its most precise kind only.
Capitals used for governments ("Baku and Yerevan blame each other") are not places.
"""

from __future__ import annotations

import re

from ..model import ActorMention, Location, Resolution
from .spans import Span, inside
from .tables import event_tables

_COUNTRY_KINDS = frozenset({"state", "demonym"})
_AREA_KINDS = frozenset({"district", "province", "region"})
_SETTLEMENT_KINDS = frozenset({"city", "town", "village"})


def _patterns():
    _, _, _, w = event_tables()
    return {
        "near": re.compile(rf"(?i:{w['near']})\s+(?:the\s+)?(?:(?:town|village|city|settlement)\s+of\s+)?$"),
        "direction": re.compile(rf"(?i:{w['direction']})\s+(?:of\s+)?(?:the\s+)?$"),
        "sector": re.compile(rf"(?:['’]s)?\s+(?i:{w['sector']})\s+of\s+the\s+(?:[\w-]+\s+){{0,2}}border"),
        "locative": re.compile(rf"(?<![\w])(?i:{w['locative']})\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}$"),
        "at_actor": re.compile(r"(?<![\w])(?i:in|at|near|outside|inside)\s+$"),
        "list": re.compile(r"^(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)$"),
        "country_in": re.compile(r"(?<![\w])(?i:in|into|inside|within|on the territory of|"
                                 r"territory of|on)\s+(?:the\s+)?$"),
        "territory_after": re.compile(r"(?:['’]s)\s+(?:\w+\s+)?territory"),
        "border_word": re.compile(r"(?i:\bborders?\b)"),
        "pair_gap": re.compile(r"^\s*[-–]\s*$"),
        "after_pair": re.compile(r"(?:\s+[\w-]+){0,2}?\s+borders?\b", re.I),
        "between": re.compile(r"^\s+(?:between|of)\s+(?:the\s+)?$", re.I),
        "and": re.compile(r"^\s+and\s+(?:the\s+)?$", re.I),
        "with": re.compile(r"^\s+with\s+(?:the\s+)?$", re.I),
    }


_PATTERNS = None


def patterns():
    global _PATTERNS
    if _PATTERNS is None:
        _PATTERNS = _patterns()
    return _PATTERNS


def border_phrases(text: str, start: int, end: int, actors: tuple[ActorMention, ...],
                   owner: str = "") -> list[tuple[Span, tuple[str, ...]]]:
    """Border phrases in ``text[start:end]`` as (span, sorted country codes).

    ``owner`` is the country on this side of a "border with X" phrase.
    """
    p = patterns()
    countries = [a for a in actors if start <= a.start < end and a.kind in _COUNTRY_KINDS]
    found = []
    for i, a in enumerate(countries):
        b = countries[i + 1] if i + 1 < len(countries) else None
        if b and p["pair_gap"].match(text[a.end:b.start]):
            m = p["after_pair"].match(text, b.end, end)
            if m and a.country_code != b.country_code:
                found.append(((a.start, m.end()), tuple(sorted({a.country_code, b.country_code}))))
    for bw in p["border_word"].finditer(text, start, end):
        nxt = [a for a in countries if a.start >= bw.end()][:2]
        if not nxt:
            continue
        gap = text[bw.end():nxt[0].start]
        if p["between"].match(gap) and len(nxt) == 2 and \
                p["and"].match(text[nxt[0].end:nxt[1].start]):
            codes = {nxt[0].country_code, nxt[1].country_code}
            if len(codes) == 2:
                found.append(((bw.start(), nxt[1].end), tuple(sorted(codes))))
        elif p["with"].match(gap):
            # without a known near side the phrase still marks X as a place, not an actor
            codes = {owner, nxt[0].country_code} - {""}
            found.append(((bw.start(), nxt[0].end), tuple(sorted(codes))))
    return found


def _relation(text: str, r: Resolution, start: int, previous: tuple[Resolution, str] | None
              ) -> str | None:
    p = patterns()
    s, e = r.mention.start, r.mention.end
    lo = max(start, s - 45)
    kind = r.place.kind
    if previous is not None and p["list"].match(text[previous[0].mention.end:s]) and \
            kind != "country":
        return previous[1]
    if p["sector"].match(text, e):
        return "sector"
    if p["direction"].search(text, lo, s):
        return "direction"
    if p["near"].search(text, lo, s):
        return "near"
    if kind in _AREA_KINDS:
        return "district" if p["locative"].search(text, lo, s) else None
    if kind in _SETTLEMENT_KINDS or kind in ("mountain", "river", "lake", "other"):
        return "at" if p["locative"].search(text, lo, s) or kind in _SETTLEMENT_KINDS else None
    return None


def find_locations(text: str, start: int, end: int, resolutions: tuple[Resolution, ...],
                   actors: tuple[ActorMention, ...], masked: list[Span],
                   owner: str = "") -> tuple[Location, ...]:
    """The locations ``text[start:end]`` gives its event, most precise kind only."""
    p = patterns()
    governments = [(a.start, a.end) for a in actors
                   if start <= a.start < end and a.kind in ("government", "state", "alias")]
    places: list[Location] = []
    countries: list[Location] = []
    previous = None
    for r in resolutions:
        if r.place is None or not (start <= r.mention.start < end):
            continue
        if inside(r.mention.start, masked):
            continue
        is_actor = any(s <= r.mention.start < e for s, e in governments)
        if is_actor and not p["at_actor"].search(text, max(start, r.mention.start - 12),
                                                 r.mention.start):
            continue                      # "Yerevan applied to …", "Moscow's orbit"
        if text[r.mention.end:r.mention.end + 2] in ("’s", "'s"):
            continue
        if r.place.kind == "country":
            continue                      # countries come from the actor mentions below
        relation = _relation(text, r, start, previous)
        if relation is None:
            continue
        previous = (r, relation)
        places.append(Location(relation, place=r.place))
    for a in actors:
        if start <= a.start < end and a.kind == "state" and not inside(a.start, masked):
            if p["country_in"].search(text, max(start, a.start - 25), a.start) or \
                    p["territory_after"].match(text, a.end):
                countries.append(Location("country", countries=(a.country_code,)))
    if places:
        return tuple(dict.fromkeys(places))
    borders = [Location("border", countries=codes)
               for span, codes in border_phrases(text, start, end, actors, owner)
               if len(codes) == 2 and not inside(span[0], masked)]
    if borders:
        return tuple(dict.fromkeys(borders))
    return tuple(dict.fromkeys(countries))
