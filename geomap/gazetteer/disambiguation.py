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


_AREA_KINDS = ("country", "province", "region")

#: what coherence reads of a reading, by the reading less its logit (``Option[2:]``):
#: (country number, division number — -1 for none —, is country, is division, is area,
#: place key); the numbers stand for the country and "country.admin1" codes
_READINGS: dict[tuple, tuple] = {}
_CODES: dict[str, int] = {}


def _reading(option: Option) -> tuple:
    fields = option[2:]
    found = _READINGS.get(fields)
    if found is None:
        if len(_READINGS) > 200_000:
            _READINGS.clear()
        o = option
        division = f"{o.country}.{o.admin1}" if o.admin1 and o.country else ""
        found = _READINGS[fields] = (
            _CODES.setdefault(o.country, len(_CODES)) if o.country else -1,
            _CODES.setdefault(division, len(_CODES)) if division else -1,
            o.kind == "country", o.kind == "province", o.kind in _AREA_KINDS,
            (o.name, round(o.lat, 2), round(o.lon, 2)), o.lat, o.lon)
    return found


def _features(options: list[Option]):
    """Per option, as arrays: latitude and longitude (radians), country and division as
    integers (an option without one gets a number of its own, so it matches nothing),
    whether it is a country, a first-level division, an area; and per option a number
    of its place (name and point to 0.01°, numbered in order of appearance), shared by
    readings of one place."""
    import numpy as np

    readings = [_reading(o) for o in options]
    country, admin1, is_country, is_division, is_area, keys, lats, lons = zip(*readings)
    places: dict[tuple, int] = {}
    place = [places.setdefault(key, len(places)) for key in keys]
    own = -1 - np.arange(len(options))
    country, admin1 = np.array(country), np.array(admin1)
    return (np.radians(lats), np.radians(lons), np.where(country < 0, own, country),
            np.where(admin1 < 0, own, admin1), np.array(is_country),
            np.array(is_division), np.array(is_area), np.array(place))


def _affinities(flat: list[Option], weights: dict, features=None) -> dict:
    """How strongly option i and option j (of different names) fit together in one
    article, one matrix per kind of fit: ``near`` (within ``near_km``, full weight within
    ``close_km``; places, not areas), ``in_division`` (a place and the first-level
    division it lies in), ``same_division``, ``in_country`` (a place or division and its
    country), ``same_country``."""
    import numpy as np

    lat, lon, country, admin1, is_country, is_division, is_area, _ = (
        features or _features(flat))
    cos_lat = np.cos(lat)
    half = (np.sin((lat[:, None] - lat[None, :]) / 2) ** 2 + cos_lat[:, None]
            * cos_lat[None, :] * np.sin((lon[:, None] - lon[None, :]) / 2) ** 2)
    km = 12742.0 * np.arcsin(np.sqrt(np.clip(half, 0.0, 1.0)))
    near, close = weights["near_km"], weights["close_km"]
    nearness = np.clip(np.log(near / np.maximum(km, 1e-3)) / math.log(near / close), 0.0, 1.0)
    point = ~is_area
    points = point[:, None] & point[None, :]

    same_country = country[:, None] == country[None, :]
    same_division = admin1[:, None] == admin1[None, :]
    in_country = same_country & (is_country[:, None] != is_country[None, :])
    in_division = same_division & ((is_division[None, :] & point[:, None])
                                   | (is_division[:, None] & point[None, :]))
    local_kind = ~is_country
    both_local = local_kind[:, None] & local_kind[None, :]
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
    name is one group.

    The readings are laid out flat, name after name, so each name's readings are one
    run and per-name maxima are ``reduceat`` over the runs' starts."""
    import numpy as np

    weights = scoring()["context"]
    max_options, max_trail = weights["max_options"], weights["max_trail"]
    kept = []
    for g in groups:
        if len(g) == 1:
            kept.append([0])
            continue
        order = sorted(range(len(g)), key=lambda i: -g[i].logit)[:max_options]
        floor = g[order[0]].logit - max_trail if order else 0.0
        kept.append([i for i in order if g[i].logit >= floor])
    out = [[(0.0, "")] * len(g) for g in groups]
    present = [g for g, idx in enumerate(kept) if idx]
    if len(present) < 2 or all(len(kept[g]) < 2 for g in present):
        return out              # no other name to lend support, or nothing to choose
    flat, slots, owner_list, run_starts, run_sizes = [], [], [], [], []
    for g in present:
        run_starts.append(len(flat))
        run_sizes.append(len(kept[g]))
        for i in kept[g]:
            flat.append(groups[g][i])
            slots.append((g, i))
            owner_list.append(g)
    owner = np.array(owner_list)
    counts = np.array(run_sizes)
    run_starts = np.array(run_starts)
    rows = np.flatnonzero(np.repeat(counts > 1, counts))   # readings of ambiguous names
    features = _features(flat)
    place_id = features[-1]
    layers = _affinities(flat, weights, features)
    local = np.maximum(np.maximum(layers["near"], layers["in_division"]),
                       layers["same_division"])[rows]
    national = np.maximum(layers["in_country"], layers["same_country"])[rows]
    same_name = owner[rows][:, None] == owner[None, :]
    logits = np.array([o.logit for o in flat])
    support_cost = weights["support_cost"]
    bonus = np.zeros(len(flat))
    for _ in range(weights["rounds"]):
        current = logits + bonus
        best_here = np.repeat(np.maximum.reduceat(current, run_starts), counts)
        cost = np.where(same_name, np.inf, support_cost * (best_here - current)[None, :])
        # names whose favourites are one place ("U.S.", "United States", "America")
        # are one witness, not three: a name's favourite is its first top reading
        tops = np.flatnonzero(current == best_here)
        top_owner = owner[tops]
        first = tops[np.concatenate(([True], top_owner[1:] != top_owner[:-1]))]
        witness = np.repeat(place_id[first], counts)
        local_loans, national_loans = local - cost, national - cost
        if (witness[1:] < witness[:-1]).any():
            # the usual order (names numbered as they come) needs no sorting
            order = np.argsort(witness, kind="stable")
            witness = witness[order]
            local_loans, national_loans = local_loans[:, order], national_loans[:, order]
        starts = np.flatnonzero(np.concatenate(([True], witness[1:] != witness[:-1])))
        local_support = np.maximum(np.maximum.reduceat(local_loans, starts, axis=1), 0.0)
        national_support = np.maximum(np.maximum.reduceat(national_loans, starts, axis=1),
                                      0.0)
        bonus = np.zeros(len(flat))
        bonus[rows] = local_support.sum(axis=1) + national_support.max(axis=1)
    final = logits + bonus
    top_here = np.repeat(np.maximum.reduceat(final, run_starts), counts)
    # the reason is read only for the readings that win their name with some support:
    # the kind of fit that lends most (the first of LOCAL + NATIONAL on a tie) and the
    # reading that lends it
    reasoned = np.flatnonzero((bonus[rows] > 0) & (final[rows] >= top_here[rows]))
    if len(reasoned):
        positions = rows[reasoned]
        fits = np.stack([layers[k][positions] - cost[reasoned] for k in LOCAL + NATIONAL])
        kinds = np.argmax(fits.max(axis=2), axis=0)
        partners = np.argmax(fits[kinds, np.arange(len(reasoned))], axis=1)
        supporters = np.count_nonzero((local_support[reasoned] > 0)
                                      | (national_support[reasoned] > 0), axis=1)
        for position, kind, partner, count in zip(positions.tolist(), kinds.tolist(),
                                                  partners.tolist(), supporters.tolist()):
            g, i = slots[position]
            out[g][i] = (0.0, _reason((LOCAL + NATIONAL)[kind], flat[partner], count))
    for r in np.flatnonzero(bonus[rows] > 0).tolist():
        position = int(rows[r])
        g, i = slots[position]
        out[g][i] = (float(bonus[position]), out[g][i][1])
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
