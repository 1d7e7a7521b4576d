"""Shared fixtures: a click runner, the seeds folder, and small synthetic frames."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from shapely.geometry import LineString, Point

SEEDS_DIR = Path(__file__).resolve().parents[2] / "shared" / "seeds"


@pytest.fixture
def runner():
    from click.testing import CliRunner
    return CliRunner()


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not (SEEDS_DIR / "seeds.json").is_file():
        pytest.skip(f"seed articles not found at {SEEDS_DIR} (../shared/seeds is absent)")
    return SEEDS_DIR


@pytest.fixture(scope="session")
def expected(seeds_dir) -> dict:
    return json.loads((seeds_dir / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture
def sample_frames():
    """Four tiny frames in the shape of geomap.frames, for map and export tests."""
    from geomap.frames import (CLAIM_COLUMNS, INCIDENT_COLUMNS, OVERLAY_COLUMNS,
                               PLACE_COLUMNS, frame)

    places = frame([
        dict(id="gn:147625", name="Lachin", mentions=["Lachin"], country_code="AZ",
             kind="town", source="GeoNames", articles=["a.txt"], population=2300, score=0.9,
             reason="population prior", alternatives=[], geometry=Point(46.5498, 39.6374)),
        dict(id="gn:616052", name="Yerevan", mentions=["Yerevan"], country_code="AM",
             kind="city", source="GeoNames", articles=["a.txt"], population=1144700,
             score=0.95, reason="population prior", alternatives=[],
             geometry=Point(44.5126, 40.1777)),
    ], PLACE_COLUMNS)
    border = LineString([(45.6, 40.6), (45.9, 40.2), (46.3, 39.7)])
    incidents = frame([
        dict(id="inc-1", date="2022-09-13", date_precision="day", event_type="Battles",
             sub_event_type="Armed clash", actors=["AM", "AZ"], places=["Lachin"],
             fatalities_min=150, fatalities_max=200, injured_min=100, injured_max=None,
             geo_precision=2, articles=["a.txt"], summary="Clashes along the border",
             territory="AZ", near_border=True, claims_count=2,
             claimants=["Armenian premiership", "Ministry of Defense of Azerbaijan"],
             geometry=border),
        dict(id="inc-2", date="2022-10-13", date_precision="day", event_type="diplomatic",
             sub_event_type="meeting", actors=["IR", "AZ"], places=["Yerevan"],
             fatalities_min=None, fatalities_max=None, injured_min=None, injured_max=None,
             geo_precision=1, articles=["a.txt"], summary="Leaders met",
             territory="AM", near_border=False, claims_count=0, claimants=[],
             geometry=Point(44.5126, 40.1777)),
    ], INCIDENT_COLUMNS)
    claims = frame([
        dict(id="cl-1", incident_id="inc-1", claimant="Armenian premiership",
             claimant_country="AM", stance="asserts",
             text="A statement said Azerbaijan launched aggressive actions.",
             article="a.txt", date="2022-09-13", places=[], date_precision="day",
             geo_precision=3, location="border", event_type="Battles",
             article_title="Clashes", article_source="Example", article_url=None,
             geometry=border),
        dict(id="cl-2", incident_id="inc-1", claimant="Ministry of Defense of Azerbaijan",
             claimant_country="AZ", stance="denies",
             text="Baku said Armenia launched provocations in the direction of Lachin.",
             article="a.txt", date="2022-09-13", places=["Lachin"], date_precision="day",
             geo_precision=2, location="direction", event_type="Battles",
             article_title="Clashes", article_source="Example", article_url=None,
             geometry=border),
    ], CLAIM_COLUMNS)
    overlays = frame([
        dict(id="ov-am-ir", name="Iran–Armenia border", kind="border", countries=["AM", "IR"],
             length_km=35.4, status="international border", source="Natural Earth",
             note="1:10m", geometry=LineString([(46.136, 38.864), (46.514, 38.882)])),
    ], OVERLAY_COLUMNS)
    return dict(places=places, incidents=incidents, claims=claims, overlays=overlays)
