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


_QUALIFIER = re.compile(
    r"^(?:\s+(?:village|town|city|settlement|community))?"
    r"(?:\s*,\s*(?:in\s+(?:the\s+)?)?|\s+(?:in|of|near)\s+(?:the\s+)?|\s*\(\s*)"
    r"((?:[A-Z][\w'’.\-]*)(?:\s+[A-Z][\w'’.\-]*){0,3}"
    r"(?:\s+(?:district|province|region|county|parish|state|oblast|rayon|marz|municipality"
    r"|governorate|prefecture|District|Province|Region|County|Parish|State|Oblast|Rayon"
    r"|Marz|Municipality|Governorate|Prefecture))?)")


def qualifier_text(text: str, end: int) -> str:
    """The name right after a mention that may qualify it: ", Illinois", " in Tovuz
    district", " village of Tovuz district", ", in Nagorno-Karabakh", " (Gegharkunik)";
    "" if none."""
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


#: affinities between two readings, local ones first (see ``_affinities``)
LOCAL, NATIONAL = ("near", "in_division", "same_division"), ("in_country", "same_country")


def _affinities(flat: list[Option], weights: dict) -> dict:
    """How strongly option i and option j (of different names) fit together in one
    article, one matrix per kind of fit: ``near`` (within ``near_km``, full weight within
    ``close_km``; places, not areas), ``in_division`` (a place and the first-level
    division it lies in), ``same_division``, ``in_country`` (a place or division and its
    country), ``same_country``."""
    import numpy as np

    lat = np.radians([o.lat for o in flat])
    lon = np.radians([o.lon for o in flat])
    country = np.array([o.country or f"?{i}" for i, o in enumerate(flat)])
    admin1 = np.array([f"{o.country}.{o.admin1}" if o.admin1 and o.country else f"?{i}"
                       for i, o in enumerate(flat)])
    kinds = [o.kind for o in flat]
    is_country = np.array([k == "country" for k in kinds])
    is_division = np.array([k == "province" for k in kinds])
    is_area = np.array([k in ("country", "province", "region") for k in kinds])

    half = (np.sin((lat[:, None] - lat[None, :]) / 2) ** 2 + np.cos(lat)[:, None]
            * np.cos(lat)[None, :] * np.sin((lon[:, None] - lon[None, :]) / 2) ** 2)
    km = 12742.0 * np.arcsin(np.sqrt(np.clip(half, 0.0, 1.0)))
    near, close = weights["near_km"], weights["close_km"]
    nearness = np.clip(np.log(near / np.maximum(km, 1e-3)) / math.log(near / close), 0.0, 1.0)
    points = ~is_area[:, None] & ~is_area[None, :]

    same_country = country[:, None] == country[None, :]
    same_division = admin1[:, None] == admin1[None, :]
    in_country = same_country & (is_country[:, None] != is_country[None, :])
    in_division = same_division & ((is_division[None, :] & ~is_area[:, None])
                                   | (is_division[:, None] & ~is_area[None, :]))
    both_local = ~is_country[:, None] & ~is_country[None, :]
    return {
        "near": np.where(points, weights["nearby"] * nearness, 0.0),
        "in_division": np.where(in_division, weights["in_division"], 0.0),
        "same_division": np.where(same_division & both_local & ~in_division,
                                  weights["same_admin1"], 0.0),
        "in_country": np.where(in_country, weights["in_country"], 0.0),
        "same_country": np.where(same_country & both_local, weights["same_country"], 0.0),
    }


def coherence(groups: list[list[Option]]) -> list[list[tuple[float, str]]]:
    """Article context: for every option of every name, a bonus for fitting the places the
    article's other names can mean, and the reason that weighed most.

    Each other name lends an option the support of its best-fitting reading: the
    affinity of the pair (``_affinities``) less ``support_cost`` per logit that reading
    trails that name's own favourite, and never below 0. So "Paris" beside "Henry
    County" moves to Paris, Tennessee, 4 km from Henry County, Tennessee, while "Paris"
    beside "London" stays in France: London, Kentucky trails London, England by too much
    to lend anything. Local support (nearness, the division) adds up over the names;
    national support (the country) counts once, however many names share the country,
    so a list of US states does not send "Mexico" to Mexico, Missouri. Names whose
    favourites are one place ("U.S.", "United States") are one witness. A second round
    lets readings that support one another rise together. One sense per discourse: a
    name is one group."""
    import numpy as np

    weights = scoring()["context"]
    kept = []
    for g in groups:
        order = sorted(range(len(g)), key=lambda i: -g[i].logit)[:weights["max_options"]]
        floor = g[order[0]].logit - weights["max_trail"] if order else 0.0
        kept.append([i for i in order if g[i].logit >= floor])
    flat = [groups[g][i] for g, idx in enumerate(kept) for i in idx]
    owner = np.array([g for g, idx in enumerate(kept) for _ in idx], dtype=int)
    out = [[(0.0, "")] * len(g) for g in groups]
    if len(set(owner.tolist())) < 2:
        return out
    sizes = np.bincount(owner, minlength=len(groups))
    rows = np.flatnonzero(sizes[owner] > 1)      # the readings of ambiguous names
    if not len(rows):
        return out
    layers = _affinities(flat, weights)
    local = np.max([layers[k] for k in LOCAL], axis=0)[rows]
    national = np.max([layers[k] for k in NATIONAL], axis=0)[rows]
    same_name = owner[rows][:, None] == owner[None, :]
    logits = np.array([o.logit for o in flat])
    names = len(groups)
    places: dict[tuple, int] = {}
    place_id = np.array([places.setdefault((o.name, round(o.lat, 2), round(o.lon, 2)),
                                           len(places)) for o in flat])
    bonus = np.zeros(len(flat))
    for _ in range(weights["rounds"]):
        current = logits + bonus
        best_of = np.full(names, -np.inf)
        np.maximum.at(best_of, owner, current)
        cost = np.where(same_name, np.inf,
                        weights["support_cost"] * (best_of[owner] - current)[None, :])
        # names whose favourites are one place ("U.S.", "United States", "America")
        # are one witness, not three
        tops = np.flatnonzero(current == best_of[owner])
        names_top, first = np.unique(owner[tops], return_index=True)
        favourite = np.zeros(names, dtype=int)
        favourite[names_top] = place_id[tops[first]]
        witness = favourite[owner]
        order = np.argsort(witness, kind="stable")
        starts = np.flatnonzero(np.concatenate(([True], np.diff(witness[order]) != 0)))
        local_support = np.maximum(np.maximum.reduceat(
            (local - cost)[:, order], starts, axis=1), 0.0)
        national_support = np.maximum(np.maximum.reduceat(
            (national - cost)[:, order], starts, axis=1), 0.0)
        bonus = np.zeros(len(flat))
        bonus[rows] = local_support.sum(axis=1) + national_support.max(axis=1)
    final = logits + bonus
    top_of = np.full(names, -np.inf)
    np.maximum.at(top_of, owner, final)
    slots = [(g, i) for g, idx in enumerate(kept) for i in idx]
    for r, position in enumerate(rows):
        if bonus[position] <= 0:
            continue
        g, i = slots[position]
        reason = ""
        if final[position] >= top_of[g]:
            # the reason is read only for the reading that wins its name
            scores = [(layers[k][position] - cost[r], k) for k in LOCAL + NATIONAL]
            row, kind = max(scores, key=lambda sk: sk[0].max())
            supporters = int(np.count_nonzero((local_support[r] > 0)
                                              | (national_support[r] > 0)))
            reason = _reason(kind, flat[int(np.argmax(row))], supporters)
        out[g][i] = (float(bonus[position]), reason)
    return out


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
    none = scoring()["context"]["none_logit"]
    logits = [o.logit for o in options] + [none]
    top = max(logits)
    weights = [math.exp(v - top) for v in logits]
    total = sum(weights)
    return [w / total for w in weights]


def best(options: list[Option]) -> int:
    return max(range(len(options)), key=lambda i: options[i].logit)
