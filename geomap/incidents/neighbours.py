"""Which states share a land border, so that a side can be told from a neighbour's word:
the gazetteer's table of neighbours (``geomap.gazetteer.tables.land_neighbours``:
GeoNames' country table with the few pairs it lists under a territory's code), the
one the gazetteer weighs places with."""

from __future__ import annotations

from ..gazetteer.tables import land_neighbours


def shares_land_border(a: str, b: str) -> bool:
    """Whether states ``a`` and ``b`` (ISO alpha-2) share a land border: India and
    Pakistan do, the United States and India do not."""
    if not a or not b or a == b:
        return False
    return b.upper() in land_neighbours().get(a.upper(), ())
