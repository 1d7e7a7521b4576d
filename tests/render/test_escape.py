"""Article text is escaped once, URLs are kept only when they are http(s) links."""

from __future__ import annotations

import math

import pytest
from markupsafe import Markup

from geomap.render.escape import js_literal, safe_url, text, texts


@pytest.mark.parametrize("raw, escaped", [
    ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ('<img src=x onerror="go()">', "&lt;img src=x onerror=&quot;go()&quot;&gt;"),
    ("{{ 7*7 }} {% x %}", "&#123;&#123; 7*7 &#125;&#125; &#123;% x %&#125;"),
    ("Tom & Jerry's", "Tom &amp; Jerry&#x27;s"),
    ("Lachin", "Lachin"),
    ("Ջերմուկ", "Ջերմուկ"),
    (42, "42"),
])
def test_text_escapes_html_and_braces(raw, escaped):
    assert text(raw) == escaped
    assert isinstance(text(raw), Markup)


@pytest.mark.parametrize("raw", [None, float("nan")])
def test_missing_text_stays_none(raw):
    assert text(raw) is None


def test_text_does_not_escape_twice():
    once = text("<b>")
    assert text(once) == once == "&lt;b&gt;"


def test_texts_of_lists_and_scalars():
    assert texts(["<a>", None, "b"]) == ["&lt;a&gt;", "b"]
    assert texts("x") == ["x"]
    assert texts(None) == [] and texts(math.nan) == []


@pytest.mark.parametrize("url, kept", [
    ("https://example.org/a?b=1&c=2", "https://example.org/a?b=1&amp;c=2"),
    ("http://example.org", "http://example.org"),
    ("  https://example.org/x  ", "https://example.org/x"),
    ("javascript:alert(1)", None),
    ("JavaScript:alert(1)", None),
    (" javascript:alert(1)", None),
    ("java\tscript:alert(1)", None),
    ("data:text/html,<script>alert(1)</script>", None),
    ("vbscript:msgbox", None),
    ("//evil.example/x", None),
    ("/relative/path", None),
    ("ftp://example.org/file", None),
    ("https:///no-host", None),
    ('https://example.org/" onmouseover="alert(1)', None),
    ("https://example.org/<script>", None),
    (None, None),
    (123, None),
])
def test_safe_url_keeps_only_http_links(url, kept):
    assert safe_url(url) == kept


def test_js_literal_cannot_close_the_script():
    out = js_literal({"t": "</script><script>x()</script>", "u": "\u2028", "a": "&"})
    assert "</" not in out and "<" not in out and "&" not in out
    assert "\u2028" not in out
