"""Fixtures of the export tests: the shared sample frames plus the cases exports must
handle (an area drawn clockwise, an event type and a claimant without a colour of their
own, a point claim, the corridor), wrapped in a ``Result`` and written once per test."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from shapely.geometry import LineString, Point, Polygon

from geomap.frames import CLAIM_COLUMNS, INCIDENT_COLUMNS, OVERLAY_COLUMNS, frame
from geomap.model import Article
from geomap.pipeline import Result

#: a district-sized square drawn clockwise: the exports must turn it counter-clockwise
CLOCKWISE_AREA = Polygon([(46.40, 39.50), (46.40, 39.70), (46.70, 39.70), (46.70, 39.50)])


@pytest.fixture
def export_frames(sample_frames):
    incidents = pd.concat([sample_frames["incidents"], frame([
        dict(id="inc-3", date=None, date_precision=None, event_type="Protests",
             sub_event_type="Peaceful protest", actors=["AM"], places=["Lachin District"],
             fatalities_min=None, fatalities_max=None, injured_min=3, injured_max=5,
             geo_precision=2, articles=["b.txt", "a.txt"],
             summary="Protest in the \"district\"; 'quotes' & <tags>",
             territory="AZ", near_border=False, claims_count=1,
             claimants=["Trend news agency"], geometry=CLOCKWISE_AREA),
    ], INCIDENT_COLUMNS)], ignore_index=True)
    claims = pd.concat([sample_frames["claims"], frame([
        dict(id="cl-3", incident_id="inc-3", claimant="Ukrainian MFA",
             claimant_country="UA", stance="denies", text="Kyiv denied it.",
             article="b.txt", date=None, places=["Lachin District"], date_precision=None,
             geo_precision=1, location="at", fatalities_min=0, fatalities_max=None,
             injured_min=None, injured_max=None, event_type="Protests",
             article_title="Protest", article_source="Example 2", article_url=None,
             geometry=Point(46.5498, 39.6374)),
    ], CLAIM_COLUMNS)], ignore_index=True)
    overlays = pd.concat([sample_frames["overlays"], frame([
        dict(id="ov-corridor", name="Zangezur corridor (proposed)", kind="corridor",
             countries=["AZ", "AM"], length_km=43.2, status="proposed", source="geomap",
             note="waypoints", length_in_armenia_km=41.0, min_distance_to_border_km=0.4,
             max_distance_to_border_km=4.9, connectivity="links mainland and Nakhchivan",
             geometry=LineString([(45.412, 39.209), (46.023, 38.910), (46.243, 38.901),
                                  (46.660, 39.084)])),
    ], OVERLAY_COLUMNS)], ignore_index=True)
    return dict(places=sample_frames["places"], incidents=incidents, claims=claims,
                overlays=overlays)


def make_result(frames: dict) -> Result:
    articles = (Article(id="a.txt", text="", published=dt.date(2022, 9, 14),
                        source="Example News"),
                Article(id="b.txt", text="", published=dt.date(2022, 9, 15), source=None))
    return Result(articles=articles, findings=(), problems=(), **frames)


@pytest.fixture
def result_of():
    """``result_of(frames)``: a ``Result`` holding the given frames."""
    return make_result


@pytest.fixture
def export_result(export_frames) -> Result:
    return make_result(export_frames)


@pytest.fixture
def exported(export_result, tmp_path):
    """Every export format written once into a fresh folder; returns that folder."""
    from geomap.export import write_exports

    out = tmp_path / "out"
    out.mkdir()
    write_exports(export_result, out, ["geojson", "gpkg", "csv"])
    return out
