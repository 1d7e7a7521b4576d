"""Property-based tests: arbitrary text never breaks the pipeline or its outputs."""

from __future__ import annotations

import json

import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geomap.model import Article, BuildOptions

PLACES = ["Dashkasan", "Kəlbəcər", "Lachin", "Nakhichevan", "Yerevan", "Baku", "Goris",
          "Armenia", "Azerbaijan", "Iran", "the Kazakh capital", "Sotk"]
CUES = ["said", "denied", "did not open fire", "according to", "shelled", "clashes",
        "killed", "150-200", "hundreds of", "On Sunday", "in July", "along the border with",
        "in the directions of", "Ministry of Defense of Azerbaijan", "Trend reported"]
MARKUP = ["<script>alert(1)</script>", "</script>", "<img src=x onerror=alert(1)>",
          "javascript:alert(1)", "{{ 7*7 }}", "{% raw %}", "\u202e", "\x00", "\ufeff",
          "“", "”", "’", "–", "\r\n", "  ", ".", "!?", "..."]

words = st.one_of(st.sampled_from(PLACES + CUES + MARKUP), st.text(max_size=12))
article_text = st.lists(words, min_size=1, max_size=60).map(" ".join)

SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow,
                                           HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def gazetteer():
    from geomap.gazetteer import load_gazetteer
    return load_gazetteer()


def _check_findings(findings, text):
    for res in findings.resolutions:
        assert 0 <= res.mention.start < res.mention.end <= len(text)
    for sentence in findings.sentences:
        assert text[sentence.start:sentence.end] == sentence.text
    for incident in findings.incidents:
        for claim in incident.claims:
            assert claim.stance in ("asserts", "denies")
            assert claim.text in text


@SETTINGS
@given(text=article_text)
def test_any_text_goes_through_the_article_stages(gazetteer, text):
    import datetime as dt

    from geomap.pipeline import analyse_article
    article = Article(id="fuzz.txt", text=text, published=dt.date(2022, 9, 14))
    _check_findings(analyse_article(article, gazetteer), text)


@SETTINGS
@given(text=st.text(min_size=1, max_size=400))
def test_arbitrary_unicode_goes_through_the_article_stages(gazetteer, text):
    from geomap.pipeline import analyse_article
    _check_findings(analyse_article(Article(id="u.txt", text=text), gazetteer), text)


def test_a_huge_sentence_goes_through(gazetteer):
    from geomap.pipeline import analyse_article
    text = ("Azerbaijan said Armenia shelled Sotk and Jermuk and Goris " * 3000) + "."
    findings = analyse_article(Article(id="huge.txt", text=text), gazetteer)
    _check_findings(findings, text)


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(texts=st.lists(article_text, min_size=1, max_size=3))
def test_outputs_stay_valid_geojson_with_valid_geometries(gazetteer, tmp_path_factory, texts):
    import datetime as dt

    from geomap.export import write_exports
    from geomap.pipeline import analyse_article, assemble
    articles = [Article(id=f"f{i}.txt", text=t, published=dt.date(2022, 10, 17))
                for i, t in enumerate(texts)]
    findings = [analyse_article(a, gazetteer) for a in articles]
    result = assemble(findings, [], gazetteer, BuildOptions())
    for frame in (result.places, result.incidents, result.claims, result.overlays):
        assert shapely.is_valid(frame.geometry.values).all()
    out = tmp_path_factory.mktemp("fuzz")
    write_exports(result, out, ["geojson"])
    for name in ("places", "incidents", "claims", "overlays"):
        data = json.loads((out / f"{name}.geojson").read_text(encoding="utf-8"))
        assert data["type"] == "FeatureCollection"
