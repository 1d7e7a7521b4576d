"""Spelling variants for ``geomap resolve``: transliteration skeletons, then edit distance.

Used only when a name has no exact match after normalisation. The skeleton table (every
lookup key under ``normalize.skeleton_key``) is built on first use and cached next to
the index; rapidfuzz then ranks the keys that share a skeleton, and as a last resort
compares the name against every key.
"""

from __future__ import annotations

import os
import pickle
import tempfile

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from .index import Index, cache_path
from .normalize import lookup_key, skeleton_key

#: similarity (0–100, rapidfuzz ratio) below which a spelling is not taken for a variant:
#: lower for keys that share the transliteration skeleton than for any other key
MIN_SKELETON_SIMILARITY = 60.0
MIN_SIMILARITY = 85.0
#: the most letters a spelling variant may change, as a share of the name's: a
#: transliteration changes a vowel or two and a doubled letter ("Ceredigion" is
#: "Cardigan", four of ten), a guess that changes half a short name is another place
#: ("Humera" is no misspelt "Umrer", three of six; similarity alone lets that through)
MAX_CHANGED_SHARE = 0.4


#: skeleton tables by ``id`` of their index (an Index is not hashable)
_SKELETON_TABLES: dict[int, dict[str, tuple[str, ...]]] = {}


def _skeletons(index: Index) -> dict[str, tuple[str, ...]]:
    table = _SKELETON_TABLES.get(id(index))
    if table is None:
        table = _SKELETON_TABLES[id(index)] = _load_skeletons(index)
    return table


def _load_skeletons(index: Index) -> dict[str, tuple[str, ...]]:
    path = cache_path().with_suffix(".skeletons.pickle")
    if path.is_file():
        try:
            with open(path, "rb") as handle:
                return pickle.load(handle)
        except (OSError, EOFError, pickle.UnpicklingError):
            pass
    table: dict[str, list[str]] = {}
    for key in index.keys:
        table.setdefault(skeleton_key(key), []).append(key)
    frozen = {k: tuple(v) for k, v in table.items()}
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(frozen, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return frozen


def closest_keys(index: Index, name: str, limit: int = 5) -> list[tuple[str, float]]:
    """Known lookup keys that are likely spellings of ``name``, best first, with their
    similarity (0–100)."""
    key = lookup_key(name)
    if not key or len(key) < 3:
        return []
    shared = _skeletons(index).get(skeleton_key(key), ())
    scored = sorted(((k, fuzz.ratio(key, k)) for k in shared), key=lambda p: -p[1])
    found = [(k, s) for k, s in scored[:limit]
             if s >= MIN_SKELETON_SIMILARITY and few_changes(key, k)]
    if found:
        return found
    matches = process.extract(key, index.keys, scorer=fuzz.ratio, limit=limit,
                              score_cutoff=MIN_SIMILARITY)
    return [(k, s) for k, s, _ in matches if few_changes(key, k)]


def few_changes(key: str, variant: str) -> bool:
    """Whether ``variant`` changes at most ``MAX_CHANGED_SHARE`` of the letters of
    ``key`` (edits: a letter put in, left out or replaced) and, for a name of one word,
    keeps its first sound as the transliteration skeleton writes it ("Kelbajar" and
    "Qəlbəcər" begin alike, "Humera" and "Shumerlya" do not; in a longer name the other
    words carry it: "Dogu Beyazit" is Doğubayazıt)."""
    if " " not in key and skeleton_key(key)[:1] != skeleton_key(variant)[:1]:
        return False
    return Levenshtein.distance(key, variant) <= MAX_CHANGED_SHARE * len(key)
