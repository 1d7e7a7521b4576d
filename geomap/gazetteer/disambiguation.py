"""Choosing among the places a name can mean, in ordered passes (weights: scoring.yaml).

1. **Prior** — population (one logit per factor of ten), feature kind (countries and
   divisions before towns), curation, capital status; a name that is only an alternate
   spelling of an entry costs ``alternate_name_penalty``.
2. **Explicit qualifier** — "Aghdam in Tovuz district", "Martuni in Gegharkunik",
   "Alexandria, La.": candidates inside the named division or country gain ``qualifier``.
3. **Indirect references** — "the Kazakh capital" has one candidate, set by the index.
4. **Article context** (``coherence``) — every other name of the article lends each
   candidate the support of its best-fitting reading: containment (a town in a
   division or country the article names), nearness (within ``near_km``), the same
   division or country; a reading that trails its own name's favourite lends less
   (``support_cost`` per logit). Local support adds up over the names, the country's
   counts once. One sense per discourse: every mention of a name is resolved alike,
   and a qualifier of one mention holds for all.
5. **None of these** — an empty choice with logit ``none_logit`` is always in the
   softmax, so a score is a probability that the chosen place is right among what the
   gazetteer knows.

Each pass is a pure function of options and context; ``decide`` names the pass that made
the difference in the resolution's ``reason``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from .tables import AREA_KINDS, DIVISION_KINDS, data_yaml, scoring, word_list


class Option(NamedTuple):
    """One candidate place for one mention, with its running logit.

    ``ref`` is an entry number of the index, or a ``Place`` for user and online entries.
    """

    ref: object
    logit: float
    name: str
    country: str
    admin1: str
    kind: str
    lat: float
    lon: float
    parent: str


@dataclass(frozen=True)
class Container:
    """What a qualifier names: a division (country + admin1 or a parent name) or country;
    a region without a division code ("Nagorno-Karabakh") also holds what lies within
    ``radius_km`` of its point (WGS 84 degrees)."""

    text: str
    country: str
    admin1: str = ""
    parent: str = ""
    lat: float | None = None
    lon: float | None = None
    radius_km: float = 0.0

    def holds(self, option: Option) -> bool:
        if option.country != self.country:
            return False
        if self.admin1:
            return option.admin1 == self.admin1
        if self.parent:
            return option.parent == self.parent or (
                self.lat is not None and self.radius_km > 0 and haversine_km(
                    self.lat, self.lon, option.lat, option.lon) <= self.radius_km)
        return True


#: a possessive: "Iran's", and "Texas'" with an apostrophe alone after a final "s"
_POSSESSIVE_MARK = r"(?:['’]s|(?<=s)['’])"
_POSSESSOR = re.compile(r"(?<![\w'’-])([A-Z][\w\-]*(?: [A-Z][\w\-]*)?)" + _POSSESSIVE_MARK
                        + r"((?: [a-z][a-z\-]*){0,2}) \Z")
#: a bearing between "in" and a qualifier's name: "in northern Lebanon", "in north-east
#: Texas"
_COMPASS = r"(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|central)\s+"
_COMPASS_WORD = re.compile(_COMPASS.removesuffix(r"\s+"))
_QUALIFIER = re.compile(
    r"(?:\s+(?:village|town|city|settlement|community|valley|gorge|district|region|area))?"
    r"(?:\s*,\s*(?:in\s+(?:the\s+)?)?|\s+(?:in|of|near)\s+(?:the\s+)?|\s*\(\s*)"
    rf"(?:{_COMPASS})?"
    # "in the western state of Apure", "in the province of Ubon Ratchathani"
    r"(?:(?:[a-z]+\s+)?(?:state|province|region|district|department|governorate|oblast"
    r"|county|prefecture)\s+of\s+)?"
    # a name runs on within its line: "Maine\nColumbia" is two
    r"((?:[A-Z][\w'’.\-]*)(?:[ \t]+[A-Z][\w'’.\-]*){0,3}"
    r"(?:[ \t]+(?:and|&)[ \t]+[A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*)?)?"
    r"(?:[ \t]+(?:district|province|region|county|parish|state|oblast|rayon|marz|municipality"
    r"|governorate|prefecture|department|District|Province|Region|County|Parish|State"
    r"|Oblast|Rayon|Marz|Municipality|Governorate|Prefecture|Department))?)")


def qualifier_text(text: str, end: int) -> str:
    """The name right after a mention that may qualify it: ", Illinois", " in Tovuz
    district", " village of Tovuz district", " valley of Tajikistan", ", in
    Nagorno-Karabakh", " (Gegharkunik)", ", Jammu and Kashmir" (which may be a list:
    ``qualifier_heads``), " in the western state of Apure", " in northern Lebanon"; ""
    if none."""
    match = _QUALIFIER.match(text, end, end + 80)
    return match.group(1).rstrip(".,") if match else ""


_JOINED = re.compile(r"\s+(?:and|&)\s+")
#: a qualifier that names a division by its country's possessive: "Venezuela's Apure state"
_OWNED = re.compile(r"([A-Z][\w\-]*(?: [A-Z][\w\-]*)?)" + _POSSESSIVE_MARK + r"\s+(\S.*)")
#: the division word a qualifier may end in ("Boyacá department")
_DIVISION_WORD_AT_END = re.compile(
    r"\s+(?i:district|province|region|county|parish|state|oblast|rayon|marz|municipality"
    r"|governorate|prefecture|department)\Z")


def qualifier_heads(qualifier: str) -> tuple[str, ...]:
    """The names a qualifier may be, the most precise first: "Jammu and Kashmir" itself,
    else its first name (in "Aghdam, Tovuz and Gazakh" a list goes on); in "Colombia's
    Boyacá department" the division as written, then without its word, then the
    country that holds it."""
    owned = _OWNED.fullmatch(qualifier)
    inner = owned.group(2) if owned else qualifier
    bare = _DIVISION_WORD_AT_END.sub("", inner) or inner
    head = _JOINED.split(bare, maxsplit=1)[0]
    names = (qualifier, inner, bare, head, *([owned.group(1)] if owned else ()))
    return tuple(dict.fromkeys(names))


def possessor_text(text: str, start: int) -> str:
    """The name whose possessive comes right before a mention and may qualify it:
    "Iran's Jolfa", "Texas' Athens", "Armenia's southern Syunik province" (at most two
    lower-case words between); "" if none."""
    low = max(0, start - 60)
    if start < 1 or text[start - 1] != " " or (text.find("'", low, start) < 0
                                               and text.find("’", low, start) < 0):
        return ""               # no apostrophe before the blank: most mentions
    match = _POSSESSOR.search(text, low, start)
    return match.group(1) if match and _describes_a_place(match.group(2).split()) else ""


@lru_cache(maxsize=1)
def _possessive_gap_words() -> tuple[frozenset[str], frozenset[str], tuple[str, ...], str]:
    """(kinds, descriptive words, descriptive endings, linking word) of
    data/possessive_gap_words.yaml, the kinds with the generic words of place_words.txt."""
    words = data_yaml("possessive_gap_words.yaml")
    kinds = frozenset(words["kinds"]) | {w.lower() for w in word_list("place_words.txt")}
    return kinds, frozenset(words["descriptive"]), tuple(words["endings"]), \
        words["of_after_kind"]


def _describes_a_place(gap: list[str]) -> bool:
    """Whether the lower-case words between a possessive and a name describe the place
    named ("Armenia's southern Syunik", "Spain's enclave of Melilla"), so the possessor
    holds it; not a thing the possessor owns and a word beyond it ("Canada's ambassador
    in Paris", "Iran's border with Armenia", "Congo's army accused Rwanda")."""
    if not gap:
        return True                         # "Iran's Jolfa": most possessives
    kinds, descriptive, endings, linking = _possessive_gap_words()
    if gap[-1] == linking:
        return len(gap) == 2 and gap[0] in kinds
    for word in gap:
        last = word.rsplit("-", 1)[-1]
        if not (word in kinds or last in descriptive or last.endswith(endings)
                or _COMPASS_WORD.fullmatch(word)):
            return False
    return True


#: a place named before a settlement word and "of": "the Texas town of Athens"
_OWNER_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][\w\-]*(?: [A-Z][\w\-]*)?)\s+"
                           r"(?:village|town|city|settlement|hamlet)\s+of\s+\Z")


def owner_text(text: str, start: int) -> str:
    """The name before the settlement word that calls a mention a place of it and may
    qualify it: "the Texas town of Athens", "the Sindh city of Hyderabad"; "" if none
    (a national adjective there is ``nation_text``'s)."""
    if start < 4 or text[start - 4:start] != " of ":
        return ""
    match = _OWNER_BEFORE.search(text, max(0, start - 50), start)
    return match.group(1) if match else ""


_NATION_BEFORE = re.compile(
    r"(?<![\w’'-])(?P<demonym>[A-Z][\w’'-]+)\s+(?:(?:border|frontier|mountain|northern|"
    r"southern|eastern|western|central)\s+)?(?:village|town|city|settlement|hamlet|"
    r"district|province|region|exclave|enclave|capital|port)\s+of\s+\Z")


#: a capitalised word right before a mention, where a national adjective would stand
_WORD_RIGHT_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][a-z]+)[ \t]\Z")


def adjective_text(text: str, start: int) -> str:
    """The capitalised word right before a mention, which may be a national adjective
    naming the country it lies in ("the French Riviera", "Iranian Kurdistan"); "" if
    none."""
    if start < 2 or text[start - 1] not in " \t" or not text[start - 2].isalpha():
        return ""
    space = text.rfind(" ", max(0, start - 30), start - 1)
    if space >= 0 and text[space + 1].islower() and text[space + 1:start - 1].isalpha():
        return ""           # "in Lachin", "near the town of Goris": the common case, fast
    match = _WORD_RIGHT_BEFORE.search(text, max(0, start - 30), start)
    return match.group(1) if match else ""


def nation_text(text: str, start: int) -> str:
    """The national adjective that puts a mention in its country: "the Azerbaijani village
    of Alibeyli", "the Tajik exclave of Vorukh"; "" if none (checked only after " of ")."""
    if start < 4 or text[start - 4:start] != " of ":
        return ""
    match = _NATION_BEFORE.search(text, max(0, start - 50), start)
    return match.group(0).rstrip()[:-3].rstrip() if match else ""


#: what lies between a place and the name of what holds it: "Khnatsakh in Syunik",
#: "Aghdam village of Tovuz", "Jermuk (Vayots Dzor)"
_HOLDER_GAP = re.compile(r"(?:\s+(?:village|town|city|settlement|community))?"
                         r"(?:\s+in\s+(?:the\s+)?|\s+(?:village|town|city|settlement|community)"
                         rf"\s+of\s+(?:the\s+)?|\s*\(\s*)(?:{_COMPASS})?")


def holds_the_place_before(text: str, end: int, start: int) -> bool:
    """True if the name at ``start`` says what holds the place named up to ``end``: a
    division reading of it is meant ("near Khnatsakh in Syunik": the province, not the
    village of Syunik)."""
    return 0 < start - end <= 24 and _HOLDER_GAP.fullmatch(text, end, start) is not None


def as_holder(options: list[Option], held: list[Option]) -> tuple[list[Option], bool]:
    """Options with the qualifier bonus on those that hold a reading of the place named
    before (``held``, its options): "near Sadakhlo in Georgia" is the country that holds
    Sadakhlo, not the US state; where none holds one, on every division and country.
    True if that told some apart (else the options as they were)."""
    holding = [any(_holds(o, h) for h in held) for o in options]
    if not any(holding):
        holding = [o.kind in DIVISION_KINDS or o.kind == "country" for o in options]
    bonused, told_apart = with_bonus(options, holding)
    return (bonused, True) if told_apart else (options, False)


def _holds(holder: Option, place: Option) -> bool:
    """Whether a country or first-level division holds a place (both options)."""
    if holder.kind == "country":
        return place.kind != "country" and place.country == holder.country
    return holder.kind in DIVISION_KINDS and bool(holder.admin1) and \
        place.country == holder.country and place.admin1 == holder.admin1


#: letters only some alphabets write, and the countries that write them: a name spelled
#: "Şuşa" or "Zəngilan" is written as its own country writes it
_SCRIPT_COUNTRIES = {"ə": frozenset({"AZ"}), "ı": frozenset({"AZ", "TR"}),
                     "ğ": frozenset({"AZ", "TR"}), "ş": frozenset({"AZ", "TR", "RO"})}


def spelling_countries(surface: str) -> frozenset[str]:
    """The countries whose alphabet has every such letter of ``surface`` (empty if none)."""
    if surface.isascii():
        return frozenset()                  # most names: no letter to weigh
    found = None
    for letter in {ch for ch in surface.lower() if ch in _SCRIPT_COUNTRIES}:
        found = _SCRIPT_COUNTRIES[letter] if found is None else found & _SCRIPT_COUNTRIES[letter]
    return found or frozenset()


def with_qualifier(options: list[Option], container: Container | None) -> tuple[list[Option], bool]:
    """Options with the qualifier bonus; True if it told some candidates apart."""
    if container is None:
        return options, False
    inside = [container.holds(o) for o in options]
    if not any(inside):
        return options, False
    return with_bonus(options, inside)


def with_bonus(options: list[Option], inside: list[bool]) -> tuple[list[Option], bool]:
    """Options with the qualifier bonus where ``inside`` holds; True if that told some
    candidates apart (some but not all inside)."""
    bonus = scoring()["context"]["qualifier"]
    return ([o._replace(logit=o.logit + bonus) if i else o for o, i in zip(options, inside)],
            any(inside) and not all(inside))


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(a)))


#: kinds of fit between two readings, in ``kernels``' order: local ones, then national
LOCAL, NATIONAL = ("near", "in_division", "same_division"), ("in_country", "same_country")

#: country and "country.admin1" codes → numbers (a few thousand)
_CODES: dict[str, int] = {}

#: columns of a ``reading`` (and of the kernels' ``readings`` rows): the point as a unit
#: vector, country and division numbers (-1 for none), kind flags, place number, logit
X, Y, Z, COUNTRY, DIVISION, FLAGS, PLACE, LOGIT = range(8)
IS_COUNTRY, IS_DIVISION, IS_AREA = 1, 2, 4


def reading(option: Option) -> tuple:
    """What the article-context pass reads of an option (``kernels`` columns): its point
    as a unit vector, country and division numbers (-1 for none), kind flags, the
    number of its place (name and point to 0.01°; a hash, exact in a float), shared by
    readings of one place, and its logit (one array to join per name, not two)."""
    o = option
    division = f"{o.country}.{o.admin1}" if o.admin1 and o.country else ""
    lat, lon = math.radians(o.lat), math.radians(o.lon)
    flags = ((IS_COUNTRY if o.kind == "country" else 0)
             | (IS_DIVISION if o.kind == "province" else 0)
             | (IS_AREA if o.kind in AREA_KINDS else 0))
    return (math.cos(lat) * math.cos(lon), math.cos(lat) * math.sin(lon), math.sin(lat),
            _CODES.setdefault(o.country, len(_CODES)) if o.country else -1,
            _CODES.setdefault(division, len(_CODES)) if division else -1, flags,
            hash((o.name, round(o.lat, 2), round(o.lon, 2))) & _PLACE_BITS, o.logit)


_PLACE_BITS = (1 << 52) - 1


def readings(options) -> "np.ndarray":
    """``reading`` of each option, as rows of a float array."""
    import numpy as np
    return np.array([reading(o) for o in options], dtype=float).reshape(len(options), 8)


def coherence(groups: list[list[Option]],
              readings_of: Callable[[int], "np.ndarray"] | None = None
              ) -> list[dict[int, tuple[float, str]]]:
    """Article context: per name, {option number: (bonus, reason)} for the options that
    fit the places the article's other names can mean, with the reason that weighed most
    (options without a bonus are left out).

    Each other name lends an option the support of its best-fitting reading: the
    affinity of the pair (``kernels._fits``) less ``support_cost`` per logit that reading
    trails that name's own favourite, and never below 0. So "Paris" beside "Henry
    County" moves to Paris, Tennessee, 4 km from Henry County, Tennessee, while "Paris"
    beside "London" stays in France: London, Kentucky trails London, England by too much
    to lend anything. Local support (nearness, the division) adds up over the names,
    to at most ``max_local`` (else a village among a dozen named places outweighs the
    province of the same name that holds them all);
    national support (the country) counts once, however many names share the country,
    so a list of US states does not send "Mexico" to Mexico, Missouri. Names whose
    favourites are one place ("U.S.", "United States") are one witness. A second round
    lets readings that support one another rise together. One sense per discourse: a
    name is one group.

    ``readings_of(g)`` gives the ``readings`` of name g's options (by default computed
    here), asked only when there is something to weigh; the arithmetic runs compiled, in
    ``kernels.coherence_kernel`` (numba is imported only then)."""
    out: list[dict[int, tuple[float, str]]] = [{} for _ in groups]
    if len(groups) < 2 or all(len(g) < 2 for g in groups):
        return out              # no other name to lend support, or nothing to choose
    import numpy as np

    from .kernels import coherence_kernel

    readings_of = readings_of or (lambda g: readings(groups[g]))
    context = scoring()["context"]
    rows, amounts = coherence_kernel(
        np.array([len(g) for g in groups]),
        np.concatenate([readings_of(g) for g in range(len(groups))]),
        _kernel_weights(), context["max_options"], context["max_readings"], context["rounds"])
    for (g, i, fit, lender, option, count), amount in zip(rows.tolist(), amounts.tolist()):
        reason = ""
        if fit >= 0:
            reason = _reason((LOCAL + NATIONAL)[fit], groups[lender][option], count)
        out[g][i] = (amount, reason)
    return out


@lru_cache(maxsize=1)
def _kernel_weights() -> "np.ndarray":
    """scoring.yaml's context weights in ``kernels``' ``W_*`` order."""
    import numpy as np
    context = scoring()["context"]
    return np.array([context[name] for name in (
        "near_km", "close_km", "nearby", "in_division", "same_admin1", "in_country",
        "same_country", "support_cost", "max_trail", "max_local")], dtype=float)


def _reason(kind: str, partner: Option, supporters: int) -> str:
    """"in Texas and 2 other places, named in the article" and the like."""
    others = f" and {supporters - 1} other place{'s' if supporters > 2 else ''}" \
        if supporters > 1 else ""
    if kind in ("in_division", "in_country"):
        where = (f"in {partner.name}" if partner.kind in ("country", "province")
                 else f"holding {partner.name}")
    else:
        where = {"near": f"near {partner.name}",
                 "same_division": f"in the same division as {partner.name}",
                 "same_country": f"in the same country as {partner.name}"}[kind]
    return f"{where}{others}, named in the article"


def probabilities(options: list[Option]) -> list[float]:
    """Softmax over the options and the "none of these" choice (last)."""
    return probabilities_of([o.logit for o in options])


def probabilities_of(logits: list[float]) -> list[float]:
    """Softmax over logits and the "none of these" choice (last)."""
    logits = [*logits, scoring()["context"]["none_logit"]]
    top = max(logits)
    weights = [math.exp(v - top) for v in logits]
    total = sum(weights)
    return [w / total for w in weights]


def best(options: list[Option]) -> int:
    return max(range(len(options)), key=lambda i: options[i].logit)
