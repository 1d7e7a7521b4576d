"""An incident is drawn where it is reported to have happened, not where its denier says
its own forces were (probe U: a shooting at Verin Shorzha, Armenia, was a MultiPoint with
Kalbajar, Azerbaijan, and no territory)."""

from __future__ import annotations

import datetime as dt

import geomap
from geomap.model import BuildOptions

ARTICLE = """Armenian soldier killed near Verin Shorzha

YEREVAN, July 28 — Azerbaijani forces opened fire on Armenian positions near the village \
of Verin Shorzha in Gegharkunik province on Wednesday morning, killing one Armenian \
soldier, the Armenian Defence Ministry said. Azerbaijan's Defence Ministry denied the \
report, saying its positions in the Kalbajar district had not opened fire.
"""


def _built(tmp_path, text):
    article = tmp_path / "shorzha.txt"
    article.write_text(text, encoding="utf-8")
    return geomap.build([str(article)], BuildOptions(published=dt.date(2021, 7, 28)))


def test_a_denials_own_positions_do_not_draw_the_incident(tmp_path):
    result = _built(tmp_path, ARTICLE)
    (incident,) = result.incidents.itertuples()
    assert incident.geometry.geom_type == "Point"
    (village,) = result.places[result.places.name == "Verin Shorzha"].geometry
    assert incident.geometry.distance(village) < 0.05          # degrees: a few km at most
    assert incident.territory == "AM"
    stances = dict(zip(result.claims.claimant_country, result.claims.stance))
    assert stances == {"AM": "asserts", "AZ": "denies"}


def test_the_denial_keeps_its_own_geometry(tmp_path):
    claims = _built(tmp_path, ARTICLE).claims
    (denial,) = claims[claims.stance == "denies"].itertuples()
    assert denial.places == ["Kalbajar District"]
