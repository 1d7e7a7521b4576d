"""Colours and symbols shared by the HTML map and the QGIS styles (``data/palette.yaml``,
``data/symbols.yaml``): one definition, so QGIS draws what the map's legend shows."""

from __future__ import annotations

import colorsys
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import yaml

from .paths import PACKAGE_DIR


@lru_cache(maxsize=1)
def palette() -> dict:
    with open(PACKAGE_DIR / "data" / "palette.yaml", encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@lru_cache(maxsize=1)
def symbols() -> dict:
    """Sizes, dashes and opacities of the symbols of every layer."""
    with open(PACKAGE_DIR / "data" / "symbols.yaml", encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@dataclass(frozen=True)
class Standing:
    """What an incident's claims make of it (``symbols.yaml`` ``standings``): the legend
    row's filter ``key`` and ``label``, the filter note's ``hidden`` words, the popup's
    ``claims`` row (None: no row), the incident look it is ``drawn`` with (None: the
    plain one) and the QGIS category label's ending."""

    key: str
    stances: str
    label: str
    hidden: str
    claims: str | None
    drawn: str | None
    category: str


@lru_cache(maxsize=1)
def standings() -> tuple[Standing, ...]:
    """The incidents' standings in the legend's order (one table for map and QGIS)."""
    return tuple(Standing(**{**row, "stances": row["stances"] or ""})
                 for row in symbols()["standings"])


@lru_cache(maxsize=1)
def _standings_by_stances() -> dict[str, Standing]:
    return {s.stances: s for s in standings()}


def standing_of(stances: str | None) -> Standing:
    """The standing of an incident whose claims' ``stances`` are these; one without
    claims (``""`` or missing) has the standing of no claim."""
    table = _standings_by_stances()
    return table.get(stances or "", table[""])


def event_colour(event_type: str | None) -> str:
    table = palette()["event_type"]
    return table.get(event_type or "", table["other"])


def claimant_colour(country_code: str | None) -> str:
    table = _country_table()
    return table.get(country_code or "", table["other"])


@lru_cache(maxsize=1)
def _country_table() -> dict[str, str]:
    """The palette's own countries' colours over every other country's fixed one
    (``data/claimant_colours.yaml``): a country is drawn in one colour in every build."""
    with open(PACKAGE_DIR / "data" / "claimant_colours.yaml", encoding="utf-8") as fh:
        fixed = yaml.safe_load(fh)["colours"]
    return {**fixed, **palette()["claimant_country"]}


def colour_countries(neighbours: dict[str, Iterable[str]], colours: list[str],
                     fixed: dict[str, str]) -> dict[str, str]:
    """A colour for every country of ``neighbours`` (code → codes sharing a land border),
    none like (``_alike``) a neighbour's or, where the ``colours`` allow, a neighbour's
    neighbour's: countries that fight or speak about one clash are mostly within two
    borders of each other. ``fixed`` countries keep theirs. Greedy, most-bordered first,
    then by code: the same borders give the same table (``data/claimant_colours.yaml``)."""
    graph = {c: set(n) for c, n in neighbours.items()}
    for code, near in list(graph.items()):
        for other in near:
            graph.setdefault(other, set()).add(code)
    table = dict(fixed)
    for code in sorted(graph, key=lambda c: (-len(graph[c]), c)):
        if code in table:
            continue
        near = graph[code]
        around = near | {x for n in near for x in graph.get(n, ())} - {code}
        for ring in (around, near, set()):
            taken = [_hls(table[c]) for c in ring if c in table]
            free = [c for c in colours if not any(_alike(_hls(c), t) for t in taken)]
            if free:
                # the least used colour first, so the table spreads over all of them
                table[code] = min(free, key=lambda c: (list(table.values()).count(c),
                                                       colours.index(c)))
                break
    return {c: table[c] for c in sorted(table) if c not in fixed}


@dataclass(frozen=True)
class ClaimantKind:
    """A kind of claimant that is no state (``symbols.yaml`` ``claimant_kinds``): the
    ``key`` its claims carry as ``claimant_kind``, its legend row's ``label`` and the
    ``colour`` its claims are drawn in."""

    key: str
    label: str
    colour: str


@lru_cache(maxsize=1)
def claimant_kinds() -> tuple[ClaimantKind, ...]:
    """The kinds of claimant that are no state, in the legend's order."""
    return tuple(ClaimantKind(**row) for row in symbols()["claimant_kinds"])


@lru_cache(maxsize=1)
def _claimant_kind_keys() -> frozenset[str]:
    return frozenset(k.key for k in claimant_kinds())


def claimant_key(country: str | None, kind: str | None) -> str:
    """The legend row (filter and colour) and QGIS category a claim is counted in: its
    claimant's country; for a claimant that is no state, its kind ("armed group",
    "monitor" …), so that unticking armed groups leaves the monitors' claims; "other"
    when neither is known."""
    if isinstance(country, str) and country:
        return country
    return kind if kind in _claimant_kind_keys() else "other"


def claimant_palette(codes: Iterable = ()) -> dict[str, str]:
    """Colour by claimant key (``claimant_key``): the palette's own countries, and for the
    other ``codes`` (the claimant countries of one build, a frame's column as it is:
    empty and missing values are skipped) each one's fixed colour
    (``data/claimant_colours.yaml``: India is one colour in every map, and neighbours
    differ), or for a code that table lacks the ``claimant_extra`` colours in code order;
    then the kinds of claimant that are no state; "other" stays for claims of no state
    whose kind is unknown."""
    built = {c for c in codes if isinstance(c, str) and c}
    own = dict(palette()["claimant_country"])
    every = _country_table()
    table = {**own, **{c: every[c] for c in sorted(built) if c in every}}
    kinds = {k.key: k.colour for k in claimant_kinds()}
    new = sorted(c for c in built if c not in table)
    table.update(zip(new, _extra_colours(len(new), {*table.values(), *kinds.values()})))
    table.update(kinds)
    return table


def _extra_colours(count: int, taken: set[str]) -> list[str]:
    """``count`` colours: the palette's ``claimant_extra`` first, then hues a golden
    angle apart in three lightnesses, each skipped when the eye would take it for a colour
    already used (Georgia's #a6761d and a generated #a5771d side by side in one legend);
    a build of 30 claimant countries repeats none."""
    colours = [c for c in palette()["claimant_extra"] if c not in taken][:count]
    used = [_hls(c) for c in (*taken, *colours)]
    n = 0
    while len(colours) < count:
        hls = ((0.11 + n * 0.381966) % 1.0, (0.3, 0.46, 0.62)[n % 3], 0.7)
        n += 1
        # past a few hundred tries every hue is near one used: take it, as before
        if n < 400 and any(_alike(hls, other) for other in used):
            continue
        r, g, b = colorsys.hls_to_rgb(*hls)
        colour = f"#{round(r * 255):02x}{round(g * 255):02x}{round(b * 255):02x}"
        if colour not in taken and colour not in colours:
            colours.append(colour)
            used.append(hls)
    return colours


def _hls(colour: str) -> tuple[float, float, float]:
    return colorsys.rgb_to_hls(*(int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)))


def _alike(a: tuple[float, float, float], b: tuple[float, float, float]) -> bool:
    """Whether two colours (hue, lightness, saturation) read as one on a map: greys of
    near lightness, or near hues of near lightness."""
    if abs(a[1] - b[1]) >= 0.12:
        return False
    a_grey, b_grey = a[2] < 0.15, b[2] < 0.15
    if a_grey or b_grey:
        return a_grey and b_grey
    return min(abs(a[0] - b[0]), 1 - abs(a[0] - b[0])) < 0.045
