"""Fixtures of the gazetteer tests: the loaded gazetteer, ``geomap resolve --json`` as a
function, and the places of small articles."""

from __future__ import annotations

import json

import pytest

from geomap.cli.main import cli
from geomap.model import Article


@pytest.fixture(scope="session")
def gazetteer():
    """The offline gazetteer as ``geomap build`` loads it (no extra files, no --online)."""
    from geomap.gazetteer import load_gazetteer
    return load_gazetteer()


@pytest.fixture
def resolve_json(runner):
    """``geomap resolve NAME --json [ARGS…]`` → the printed object (exit 0 asserted)."""
    def run(name: str, *args: str) -> dict:
        result = runner.invoke(cli, ["resolve", name, "--json", *args])
        assert result.exit_code == 0, result.output
        return json.loads(result.output)
    return run


@pytest.fixture
def places_in(gazetteer):
    """The resolved places of an article's text, in text order: (as written, Place)."""
    def run(text: str) -> list:
        article = Article(id="test.txt", text=text)
        mentions = gazetteer.find_mentions(article)
        return [(r.mention.surface, r.place)
                for r in gazetteer.resolve_mentions(article, mentions) if r.place]
    return run


@pytest.fixture
def resolution_of(gazetteer):
    """The resolution of the first mention written ``surface`` in ``text``."""
    def run(text: str, surface: str):
        article = Article(id="test.txt", text=text)
        mentions = gazetteer.find_mentions(article)
        for resolution in gazetteer.resolve_mentions(article, mentions):
            if resolution.mention.surface == surface:
                return resolution
        raise AssertionError(f"{surface!r} not found as a place in {text!r}; found "
                             f"{[m.surface for m in mentions]}")
    return run
