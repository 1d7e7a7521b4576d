"""Stable element ids, so that the same inputs give a byte-identical ``map.html``.

branca names every element ``<name>_<id>`` with a random id (``Element._generate_id``:
16 random bytes), and those names become the page's JavaScript variables and element ids.
Inside ``stable_ids()`` an element created *by this thread* gets the next number of a
counter instead (``map_1``, ``feature_layer_7``, …): the order in which the map is built
is fixed by the data, so the numbers are too.

The hook is installed on branca's class only while at least one ``stable_ids()`` block is
open (a lock and a count guard it) and asks a thread-local counter, so another thread that
builds folium maps at the same moment keeps branca's random ids, and branca is left as it
was once the last block closes. A nested block continues its parent's counter, so ids stay
unique within one page. (folium's own ``deep_copy``, used only by ``DualMap``, still draws
uuids; geomap does not use it.)
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from itertools import count

from branca.element import Element

_local = threading.local()
_lock = threading.Lock()
_installed = {"users": 0, "original": None}


def _stable_or_random(cls) -> str:
    counter = getattr(_local, "counter", None)
    if counter is None:
        return _installed["original"].__func__(cls)
    return str(next(counter))


@contextmanager
def stable_ids():
    """Give every branca/folium element created in this thread, inside the block, an id
    taken from a counter that starts at 1 (or continues an enclosing block's counter)."""
    outer = getattr(_local, "counter", None)
    with _lock:
        if _installed["users"] == 0:
            _installed["original"] = Element.__dict__["_generate_id"]
            Element._generate_id = classmethod(_stable_or_random)
        _installed["users"] += 1
    if outer is None:
        _local.counter = count(1)
    try:
        yield
    finally:
        if outer is None:
            _local.counter = None
        with _lock:
            _installed["users"] -= 1
            if _installed["users"] == 0:
                # "original" stays set: a thread that read the hook just before this
                # line may still be about to call it
                Element._generate_id = _installed["original"]
