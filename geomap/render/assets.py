"""Where the page's third-party scripts and stylesheets come from.

folium's map and plugins declare their assets as CDN URLs (``default_js``/``default_css``).
With the default options geomap writes each one's text into ``map.html``, taken from the
installed PyPI package ``folium-offline`` (module ``offlinefolium``), which carries the
files behind folium's CDN URLs; nothing third-party is kept in this repository. With
``cdn=True`` the links stay links. Either way the assets folium adds for features geomap
does not use (jQuery, Bootstrap, Font Awesome, Glyphicons, awesome-markers) are left out:
they are most of the weight and the icon fonts would be fetched from a host.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from functools import lru_cache

from branca.element import CssLink, Element, Figure, JavascriptLink

from ..errors import GeomapError
from ..text.page import GENERATOR

#: names under which folium.Map declares assets that geomap's map never uses
UNUSED_ASSETS = frozenset({
    "jquery", "bootstrap", "awesome_markers", "bootstrap_css", "glyphicons_css",
    "awesome_markers_font_css", "awesome_markers_css", "awesome_rotate_css",
})

_CSS_URL = re.compile(r"url\(\s*(['\"]?)(.*?)\1\s*\)", re.S)
_SOURCE_MAP = re.compile(r"^\s*(//|/\*)\s*[#@]\s*sourceMappingURL=.*$", re.M)
_END_SCRIPT = re.compile(r"</(script)", re.I)
_END_STYLE = re.compile(r"</(style)", re.I)


@lru_cache(maxsize=1)
def _store() -> dict:
    try:
        from offlinefolium import elements
    except ImportError as exc:  # pragma: no cover - a broken install
        raise GeomapError("the offline map needs the package folium-offline "
                          "(pip install folium-offline), or use --cdn") from exc
    return getattr(elements, "_res", {})


def asset_text(url: str) -> str:
    """The text of the asset folium links at ``url``, as folium-offline ships it."""
    try:
        return _store()[url]
    except KeyError:
        raise GeomapError(f"folium-offline has no copy of {url}; the map cannot be written "
                          "for offline use (upgrade folium-offline, or use --cdn)") from None


def offline_css(css: str) -> str:
    """``css`` with every ``url()`` that is not a ``data:`` URI or a fragment emptied, so
    the page never asks for a file next to itself or on a host (a font or an image the
    map does not show, e.g. the minimap's toggle picture)."""
    def keep_or_empty(match: re.Match) -> str:
        target = match.group(2).strip()
        if target.startswith(("data:", "#")):
            return match.group(0)
        return "url(data:,)"
    return _CSS_URL.sub(keep_or_empty, _SOURCE_MAP.sub("", css))


def inline_script(js: str) -> str:
    return "<script>" + _END_SCRIPT.sub(r"<\\/\1", _SOURCE_MAP.sub("", js)) + "</script>"


def inline_style(css: str) -> str:
    return "<style>" + _END_STYLE.sub(r"<\\/\1", offline_css(css)) + "</style>"


class Verbatim(Element):
    """Text that goes into the page as it is (branca's ``Element`` would parse it as a
    Jinja template)."""

    def __init__(self, text: str):
        super().__init__()
        self._name = "Verbatim"
        self.text = text

    def render(self, **kwargs) -> str:
        return self.text


class MapFigure(Figure):
    """The HTML page around the map, which decides how the assets are delivered.

    folium adds its asset links to the page header while the elements render; this figure
    then drops the unused ones and, unless ``cdn``, replaces each link by the asset's text.
    """

    def __init__(self, *, cdn: bool = False, title: str | None = None):
        super().__init__(title=title)
        self.cdn = cdn
        # near the top, where a folder walk looking for articles sees it is no article
        self.header.add_child(Element(f'<meta name="generator" content="{GENERATOR}" />'),
                              name="generator")

    def render(self, **kwargs) -> str:
        for child in self._children.values():
            child.render(**kwargs)
        resolved = OrderedDict()
        for name, child in self.header._children.items():
            if isinstance(child, (JavascriptLink, CssLink)):
                if name in UNUSED_ASSETS:
                    continue
                if not self.cdn:
                    text = asset_text(child.url)
                    child = Verbatim(inline_script(text) if isinstance(child, JavascriptLink)
                                     else inline_style(text))
            resolved[name] = child
        self.header._children = resolved
        return self._template.render(this=self, kwargs=kwargs)
