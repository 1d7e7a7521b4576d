"""Fixtures of the gazetteer tests: the loaded gazetteer, ``geomap resolve --json`` as a
function, the places of small articles, and the incidents of short reports."""

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


@pytest.fixture(scope="session")
def incidents_of(tmp_path_factory):
    """Short reports (file name → text) built with the real gazetteer, published on
    10 May 2024: their incidents by the article's file name."""
    import datetime as dt

    import geomap
    from geomap.model import BuildOptions

    def run(texts: dict[str, str]) -> dict:
        folder = tmp_path_factory.mktemp("reports")
        for name, text in texts.items():
            (folder / name).write_text(text, encoding="utf-8")
        result = geomap.build([folder / name for name in texts],
                              BuildOptions(published=dt.date(2024, 5, 10)))
        return {row["articles"][0]: row for _, row in result.incidents.iterrows()}
    return run
