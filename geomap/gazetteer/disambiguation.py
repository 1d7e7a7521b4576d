"""Choosing among the places a name can mean, in ordered passes (weights: scoring.yaml).

1. **Prior** — population (one logit per factor of ten), feature kind (countries and
   divisions before towns), curation, capital status; a name that is only an alternate
   spelling of an entry costs ``alternate_name_penalty``.
2. **Explicit qualifier** — "Aghdam in Tovuz district", "Martuni in Gegharkunik",
   "Alexandria, La.": candidates inside the named division or country gain ``qualifier``.
3. **Indirect references** — "the Kazakh capital" has one candidate, set by the index.
4. **Article context** — candidates in the country, the first-level division or within
   ``near_km`` of the places resolved with confidence elsewhere in the same article gain
   ``same_country``, ``same_admin1`` and ``nearby`` per log2(1 + n).
5. **None of these** — an empty choice with logit ``none_logit`` is always in the
   softmax, so a score is a probability that the chosen place is right among what the
   gazetteer knows.

Each pass is a pure function of options and context; ``decide`` names the pass that made
the difference in the resolution's ``reason``.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple

from .tables import scoring


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
    """What a qualifier names: a division (country + admin1 or a parent name) or country."""

    text: str
    country: str
    admin1: str = ""
    parent: str = ""

    def holds(self, option: Option) -> bool:
        if option.country != self.country:
            return False
        if self.admin1:
            return option.admin1 == self.admin1
        if self.parent:
            return option.parent == self.parent
        return True


@dataclass(frozen=True)
class ArticleContext:
    """Where the confidently resolved places of an article are, counted per name."""

    countries: Counter
    divisions: Counter
    points: tuple[tuple[str, float, float], ...]


_QUALIFIER = re.compile(
    r"^(?:\s*,\s*|\s+(?:in|of|near)\s+(?:the\s+)?|\s*\(\s*)"
    r"((?:[A-Z][\w'’.\-]*)(?:\s+[A-Z][\w'’.\-]*){0,3}"
    r"(?:\s+(?:district|province|region|county|parish|state|oblast|rayon|marz|municipality"
    r"|governorate|prefecture|District|Province|Region|County|Parish|State|Oblast|Rayon"
    r"|Marz|Municipality|Governorate|Prefecture))?)")


def qualifier_text(text: str, end: int) -> str:
    """The name right after a mention that may qualify it: ", Illinois", " in Tovuz
    district", " (Gegharkunik)"; "" if none."""
    match = _QUALIFIER.match(text[end:end + 80])
    return match.group(1).rstrip(".,") if match else ""


def with_qualifier(options: list[Option], container: Container | None) -> tuple[list[Option], bool]:
    """Options with the qualifier bonus; True if it told some candidates apart."""
    if container is None:
        return options, False
    inside = [container.holds(o) for o in options]
    if not any(inside):
        return options, False
    bonus = scoring()["context"]["qualifier"]
    return ([o._replace(logit=o.logit + bonus) if i else o for o, i in zip(options, inside)],
            not all(inside))


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(a)))


def context_of(confident: dict[str, Option]) -> ArticleContext:
    """Context from the confident choice of each distinct name (lookup key)."""
    countries = Counter(o.country for o in confident.values() if o.country)
    divisions = Counter((o.country, o.admin1) for o in confident.values()
                        if o.admin1 and o.kind not in ("country",))
    points = tuple((key, o.lat, o.lon) for key, o in confident.items()
                   if o.kind not in ("country", "region"))
    return ArticleContext(countries, divisions, points)


def with_context(options: list[Option], key: str, own: Option | None,
                 context: ArticleContext) -> tuple[list[Option], dict[int, str]]:
    """Options with the article-context bonuses, leaving out the mention's own name;
    and for each option the context reason that weighed most."""
    weights = scoring()["context"]
    out, reasons = [], {}
    for n, option in enumerate(options):
        same_country = context.countries.get(option.country, 0)
        same_division = context.divisions.get((option.country, option.admin1), 0)
        if own is not None:
            same_country -= own.country == option.country
            same_division -= (own.country, own.admin1) == (option.country, option.admin1)
        bonuses = []
        if option.country and same_country > 0:
            bonuses.append((weights["same_country"] * math.log2(1 + same_country),
                            f"same country as {same_country} other "
                            f"place{'s' if same_country > 1 else ''}"))
        if option.admin1 and same_division > 0 and option.kind != "country":
            bonuses.append((weights["same_admin1"] * math.log2(1 + same_division),
                            f"same division as {same_division} other "
                            f"place{'s' if same_division > 1 else ''}"))
        if option.kind not in ("country", "region") and context.points:
            near = sum(1 for k, lat, lon in context.points if k != key and haversine_km(
                lat, lon, option.lat, option.lon) <= weights["near_km"])
            if near:
                bonuses.append((weights["nearby"] * math.log2(1 + near),
                                f"within {weights['near_km']} km of {near} other "
                                f"place{'s' if near > 1 else ''}"))
        if bonuses:
            reasons[n] = max(bonuses)[1]
        out.append(option._replace(logit=option.logit + sum(b for b, _ in bonuses)))
    return out, reasons


def probabilities(options: list[Option]) -> list[float]:
    """Softmax over the options and the "none of these" choice (last)."""
    none = scoring()["context"]["none_logit"]
    logits = [o.logit for o in options] + [none]
    top = max(logits)
    weights = [math.exp(v - top) for v in logits]
    total = sum(weights)
    return [w / total for w in weights]


def is_confident(options: list[Option]) -> bool:
    """One option, or a lead of ``confident_margin`` logits over the runner-up."""
    if len(options) == 1:
        return True
    ranked = sorted((o.logit for o in options), reverse=True)
    return ranked[0] - ranked[1] >= scoring()["context"]["confident_margin"]


def best(options: list[Option]) -> int:
    return max(range(len(options)), key=lambda i: options[i].logit)
