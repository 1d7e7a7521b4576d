"""Which states share a land border, read from the project's boundary set
(``geomap.geometry.boundaries``: the 1:10m borders of the region and the 1:10m land
borders of the world beyond it), so that a side can be told from a neighbour's word.

Read lazily: only a sentence that needs it loads the set (once per process, shared with
the geometry stage); without a boundary set no two states are neighbours.
"""

from __future__ import annotations

from functools import lru_cache

from ..errors import GeomapError


def shares_land_border(a: str, b: str) -> bool:
    """Whether states ``a`` and ``b`` (ISO alpha-2) share a land border: India and
    Pakistan do, the United States and India do not."""
    if not a or not b or a == b:
        return False
    return _shares(*sorted((a.upper(), b.upper())))


@lru_cache(maxsize=1024)
def _shares(a: str, b: str) -> bool:
    from ..geometry.boundaries import load_boundaries
    try:
        line = load_boundaries().border(a, b)
    except GeomapError:
        return False
    return line is not None and not line.is_empty
