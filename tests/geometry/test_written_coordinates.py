"""Coordinates written in an article: a place of their own, and the incident's exact point;
degrees off the Earth (a longitude over 180°, a latitude over 90°) are no coordinates, on
either axis as written (not wrapped), and print no library warning."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import warnings

import pytest

import geomap
from geomap.cli.main import cli
from geomap.geometry.coordinates import find_coordinates, read_point
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


# ----------------------------------------------------------------- degrees off the Earth

@pytest.mark.parametrize("written", ["40.2031, 245.9412", "40.2031, -180.0001",
                                     "95.2031, 45.9412", "91°N 200°E", "39°N 181°E",
                                     "N 91°10′ E 45°00′"])
def test_degrees_off_the_earth_are_no_point(written):
    with warnings.catch_warnings():
        warnings.simplefilter("error")          # geopy's UserWarning would fail here
        assert read_point(written) is None


@pytest.mark.parametrize("written, point", [
    ("40.2031, 45.9412", (40.2031, 45.9412)),
    ("-40.2031, 180.0000", (-40.2031, 180.0)),
    ("39°33′30″N 46°28′49″E", (39.558333, 46.480278)),
    ("39.5585N 46.4804W", (39.5585, -46.4804)),
    ("90°S 0°E", (-90.0, 0.0)),
])
def test_degrees_on_the_earth_are_read_as_before(written, point):
    assert read_point(written) == point


def test_an_article_with_a_longitude_over_180_places_nothing_there(tmp_path, runner):
    article = tmp_path / "a.txt"
    article.write_text("The strike near the border was geolocated to 40.2031, 245.9412 by "
                       "analysts, the Armenian Defence Ministry said on Monday.",
                       encoding="utf-8")
    assert find_coordinates(Article(id="a", text=article.read_text("utf-8"))) == ()
    out = tmp_path / "out"
    result = runner.invoke(cli, ["build", str(article), "--published", "2022-09-14",
                                 "--format", "geojson", "--out", str(out)])
    assert result.exit_code == 0, result.output
    places = json.loads((out / "places.geojson").read_text("utf-8"))["features"]
    assert not [p for p in places if p["properties"]["country_code"] == "US"]
    assert not [p for p in places if p["properties"]["source"] == "coordinates written "
                "in the text"]


@pytest.mark.parametrize("written, axis", [("40.2031, 245.9412", "longitude of 245.9412°"),
                                           ("91°N 200°E", "latitude of 91°")])
def test_resolve_says_the_coordinates_are_off_the_earth_and_no_warning(written, axis):
    done = subprocess.run([sys.executable, "-m", "geomap", "resolve", written],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        f"Error: {written}: no point on Earth: a {axis} is outside "
        + ("-180..180" if "longitude" in axis else "-90..90")]


def test_an_article_holding_91n_200e_builds_without_a_library_warning(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Shelling was reported at 91°N 200°E, near Jermuk, the Armenian "
                       "Defence Ministry said.", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "geomap", "-q", "build", str(article),
                           "--published", "2022-09-14", "--format", "csv", "--out",
                           str(tmp_path / "out")], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    assert "Warning" not in done.stderr and "geopy" not in done.stderr
