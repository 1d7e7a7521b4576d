"""The speech verbs of ``data/speech_verbs.yaml``, written once for the sentence splitter,
the gazetteer's name filters and the actor, place, count and date finders, each of which
reads a named set (the file says why the sets differ)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml


@lru_cache(maxsize=1)
def _speech_verb_sets() -> dict[str, tuple[str, ...]]:
    with resources.files("geomap.text").joinpath("data", "speech_verbs.yaml").open(
            encoding="utf-8") as fh:
        return {name: tuple(words) for name, words in yaml.safe_load(fh).items()}


def speech_verb_words(name: str) -> tuple[str, ...]:
    """The verb forms of the set ``name``, in the file's order."""
    return _speech_verb_sets()[name]


def speech_verbs(name: str) -> str:
    """The set ``name`` as a regex alternation in a non-capturing group, with no
    boundaries (each finder adds its own): "(?:said|says|told)"."""
    return "(?:" + "|".join(speech_verb_words(name)) + ")"
