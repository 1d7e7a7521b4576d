"""Coordinates off the Earth (helper E's probe, session 16): a longitude of 245.9412° was
wrapped by geopy to -114.0588° and drawn in Utah as an exact point, while a latitude of
95° was dropped, and geopy's UserWarning reached standard error. Both axes are now
checked as written: out of range is no coordinate, and no library warning is printed."""

from __future__ import annotations

import json
import subprocess
import sys
import warnings

import pytest

from geomap.cli.main import cli
from geomap.geometry.coordinates import find_coordinates, read_point
from geomap.model import Article


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
