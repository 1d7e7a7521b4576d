"""Making article text safe for the page before it reaches any folium element.

folium embeds popup HTML unescaped, Leaflet writes tooltips, popups and layer names with
``innerHTML``, and branca re-parses rendered macros as Jinja templates. So every string
that came from an article (or a user's file) is HTML-escaped here, once, and carried as
``markupsafe.Markup`` so that an autoescaping template does not escape it twice. Braces are
written as character references: ``{{ … }}`` can then never be read as Jinja, and the
reader still sees the braces.
"""

from __future__ import annotations

import html
import json
import math
import re
from urllib.parse import urlsplit

from markupsafe import Markup

_BRACES = str.maketrans({"{": "&#123;", "}": "&#125;"})
_URL_FORBIDDEN = re.compile(r"[\s\x00-\x1f\x7f<>\"'`\\]")


def text(value) -> Markup | None:
    """``value`` as HTML-escaped markup (``None`` and NaN stay ``None``)."""
    value = plain(value)
    if value is None:
        return None
    if isinstance(value, Markup):
        return value
    return Markup(html.escape(str(value), quote=True).translate(_BRACES))


def texts(values) -> list[Markup]:
    """Each item of a list-like column escaped; a scalar becomes a one-item list."""
    if values is None or isinstance(values, float) and math.isnan(values):
        return []
    if isinstance(values, str):
        values = [values]
    return [t for t in (text(v) for v in values) if t is not None]


def safe_url(value) -> Markup | None:
    """An escaped ``http``/``https`` URL with a host, or ``None`` for anything else
    (``javascript:``, ``data:``, relative paths, URLs hiding quotes or control characters)."""
    value = plain(value)
    if not isinstance(value, str):
        return None
    url = value.strip()
    if not url or _URL_FORBIDDEN.search(url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return text(url)


def plain(value):
    """A pandas/numpy cell as a plain Python value: NaN → None, numpy scalars unboxed."""
    if value is None:
        return None
    if hasattr(value, "item") and not isinstance(value, (list, tuple, str)):
        try:
            value = value.item()
        except (ValueError, AttributeError):
            pass
    if isinstance(value, float):
        if math.isnan(value):
            return None
        if value.is_integer():
            return int(value)
    return value


def number(value) -> int | float | None:
    """A numeric cell as int/float, or ``None``."""
    value = plain(value)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return value


def js_literal(obj) -> Markup:
    """``obj`` as compact JSON that is safe inside a ``<script>`` element."""
    out = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    out = (out.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
              .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))
    return Markup(out)
