"""Coordinates written in an article: a place of their own, and the incident's exact point."""

from __future__ import annotations

import datetime as dt
import json

import pytest

import geomap
from geomap.cli.main import cli
from geomap.geometry.coordinates import find_coordinates
from geomap.model import Article, BuildOptions


@pytest.mark.parametrize("written, lat, lon, country", [
    ("geolocated to 40.2031, 45.9412 by researchers", 40.2031, 45.9412, "AM"),
    ("the post at 39°33′30″N 46°28′49″E was hit", 39.5583, 46.4803, "AM"),
    ("at 39°33'30\"N, 46°28'49\"E", 39.5583, 46.4803, "AM"),
    ("at N 40°12' E 45°56'", 40.2, 45.9333, "AM"),
    ("near 40.21° N, 45.94° E.", 40.21, 45.94, "AM"),
    ("coordinates 39.8165N 46.7520E", 39.8165, 46.752, "AZ"),
    ("at 33.2773, 35.5520 in south Lebanon", 33.2773, 35.552, "LB"),
    ("a pier at -33.8570, 151.2150", -33.857, 151.215, "AU"),
])
def test_written_coordinates_are_read_with_their_country(written, lat, lon, country):
    (found,) = find_coordinates(Article(id="a", text=written))
    assert found.place.lat == pytest.approx(lat, abs=1e-4)
    assert found.place.lon == pytest.approx(lon, abs=1e-4)
    assert found.place.country_code == country
    assert written[found.mention.start:found.mention.end] == found.mention.surface


@pytest.mark.parametrize("text", [
    "Prices grew 1.5, 2.25 and 3.1 percent.",
    "In 2023, 12.5 km of the road were rebuilt.",
    "Score 95.5, 200.25",
    "He was 39 years old; 46 were hurt.",
])
def test_figures_are_no_coordinates(text):
    assert find_coordinates(Article(id="a", text=text)) == ()


ARTICLE = """Azerbaijani drone strikes Armenian post near Sotk

YEREVAN, May 3 — Azerbaijani forces struck an Armenian army post near Sotk on Thursday, the \
Armenian Defence Ministry said. Footage of the strike, geolocated by researchers to 40.2031, \
45.9412, shows a burning vehicle. One soldier was wounded.
"""


def test_a_geolocated_strike_is_drawn_at_its_written_point(tmp_path):
    article = tmp_path / "sotk.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = geomap.build([str(article)], BuildOptions(published=dt.date(2024, 5, 4)))
    (incident,) = result.incidents.itertuples()
    assert incident.geometry.geom_type == "Point"
    assert (incident.geometry.y, incident.geometry.x) == pytest.approx((40.2031, 45.9412))
    assert incident.geo_precision == 1
    assert "Sotk" in incident.places and "40.2031° N, 45.9412° E" in incident.places
    point = result.places[result.places.kind == "other"].iloc[0]
    assert point["mentions"] == ["40.2031, 45.9412"] and point["country_code"] == "AM"
    assert point["source"] == "coordinates written in the text"


def test_resolve_reads_coordinates(runner):
    done = runner.invoke(cli, ["resolve", "39°33′30″N 46°28′49″E", "--json"])
    assert done.exit_code == 0, done.output
    record = json.loads(done.output)
    assert (record["lat"], record["lon"]) == pytest.approx((39.558333, 46.480278))
    assert record["country_code"] == "AM"
