"""The speech verbs of ``data/speech_verbs.yaml``, written once for the sentence splitter,
the gazetteer's name filters and the actor, place, count and date finders: one set,
``speaker``, and the sets named for a finder that takes words more or fewer (the file says
why)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml


@lru_cache(maxsize=1)
def _speech_verb_data() -> dict:
    with resources.files("geomap.text").joinpath("data", "speech_verbs.yaml").open(
            encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@lru_cache(maxsize=None)
def speech_verb_words(name: str) -> tuple[str, ...]:
    """The verb forms of the set ``name``: its words, or those of the set it is ``like``
    with its ``and`` words added and its ``but_not`` words left out."""
    entry = _speech_verb_data()[name]
    if isinstance(entry, list):
        return tuple(entry)
    left_out = set(entry.get("but_not", ()))
    return tuple(w for w in speech_verb_words(entry["like"]) if w not in left_out) \
        + tuple(entry.get("and", ()))


def speech_verbs(name: str) -> str:
    """The set ``name`` as a regex alternation in a non-capturing group, with no
    boundaries (each finder adds its own): "(?:said|says|told)"."""
    return "(?:" + "|".join(speech_verb_words(name)) + ")"
