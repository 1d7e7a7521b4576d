"""Saved web pages (``.html``, ``.htm``): the article in them and what the page says of it.

A news page is mostly menus, links to other stories, cookie notices and footers, whose
words would be read as places and claims ("World", "Europe", "Moscow Times"). trafilatura
finds the article's own text, offline, and reads the page's metadata: its title, the
publication date (htmldate, from the page's markup only, never guessed from its text),
the site's name and the page's address.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from ..errors import InputError

#: the file name endings read as web pages
PAGE_SUFFIXES = (".html", ".htm")
#: the generator a map geomap writes names in its head (``render.assets.MapFigure``)
GENERATOR = "geomap"
_GENERATOR_MARK = f'<meta name="generator" content="{GENERATOR}"'.encode()


def is_geomap_map(path) -> bool:
    """True if the page at ``path`` is a map geomap wrote (its head says so early)."""
    try:
        with open(path, "rb") as page:
            return _GENERATOR_MARK in page.read(4096)
    except OSError:
        return False


@dataclass(frozen=True)
class Page:
    """The article a web page holds."""

    text: str
    title: str | None = None
    published: dt.date | None = None
    source: str | None = None
    url: str | None = None


def read_page(markup: bytes | str, *, path: str) -> Page:
    """The article in ``markup`` (bytes are decoded as the page declares); an
    ``InputError`` if the page holds none."""
    import trafilatura

    # trafilatura logs its own complaints ("parsed tree length: 0"); geomap says one line
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    found = trafilatura.bare_extraction(
        markup, with_metadata=True, favor_precision=True, include_comments=False,
        include_tables=False, date_extraction_params={"extensive_search": False,
                                                      "original_date": True})
    text = (found.text or "").strip() if found is not None else ""
    if not text:
        raise InputError("no article text found in this web page", path=path)
    return Page(text=text, title=found.title or None, published=_day(found.date),
                source=found.sitename or None, url=found.url or None)


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
