"""incidents.csv: ACLED column names and conventions, typed for GDAL by incidents.csvt."""

from __future__ import annotations

import csv

import pyogrio
import pytest
import shapely
from shapely.geometry import Point

from geomap.export.acled import ACLED_COLUMNS, CSV_COLUMNS, country_name

ACLED_NAMES = ["event_id_cnty", "event_date", "year", "time_precision", "event_type",
               "sub_event_type", "actor1", "actor2", "country", "admin1", "location",
               "latitude", "longitude", "geo_precision", "source", "notes", "fatalities"]


def rows(out):
    with open(out / "incidents.csv", encoding="utf-8", newline="") as fh:
        return {row["id"]: row for row in csv.DictReader(fh)}


def test_columns_are_acled_then_geomap(exported):
    header = (exported / "incidents.csv").read_text(encoding="utf-8").splitlines()[0]
    names = header.split(",")
    assert names[:len(ACLED_NAMES)] == ACLED_NAMES == [n for n, _ in ACLED_COLUMNS]
    assert {"id", "fatalities_max", "injured_min", "injured_max", "claims_count"} <= set(names)
    assert not (exported / "incidents.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_values_follow_acled_conventions(exported):
    by_id = rows(exported)
    first = by_id["inc-1"]
    assert first["event_date"] == "2022-09-13" and first["year"] == "2022"
    assert first["time_precision"] == "1"
    assert (first["actor1"], first["actor2"]) == ("Armenia", "Azerbaijan")
    assert first["country"] == "Azerbaijan" and first["location"] == "Lachin"
    assert first["fatalities"] == "150" and first["fatalities_max"] == "200"
    assert first["injured_max"] == ""
    assert first["source"] == "Example News"
    assert first["notes"] == "Clashes along the border"
    assert first["claims_count"] == "2"
    second = by_id["inc-2"]
    assert second["fatalities"] == "0"  # none reported: ACLED's conservative 0
    assert second["actor1"] == "Iran"
    third = by_id["inc-3"]
    assert third["event_date"] == "" and third["year"] == "" and third["time_precision"] == ""
    assert third["source"] == "b.txt; Example News"  # outlet, else the article id
    assert third["notes"] == "Protest in the \"district\"; 'quotes' & <tags>"


@pytest.mark.parametrize("incident_id", ["inc-1", "inc-2", "inc-3"])
def test_point_lies_on_the_incident(exported, export_frames, incident_id):
    row = rows(exported)[incident_id]
    point = Point(float(row["longitude"]), float(row["latitude"]))
    geometry = export_frames["incidents"].set_index("id").geometry[incident_id]
    assert shapely.distance(point, geometry) < 1e-6


def test_gdal_reads_types_from_csvt(exported):
    assert (exported / "incidents.csvt").is_file()
    info = pyogrio.read_info(exported / "incidents.csv")
    types = dict(zip(info["fields"], info["ogr_types"]))
    assert info["features"] == 3
    assert types["event_date"] == "OFTDate"
    for column in ("year", "time_precision", "geo_precision", "fatalities",
                   "fatalities_max", "claims_count"):
        assert types[column] == "OFTInteger", column
    assert types["latitude"] == types["longitude"] == "OFTReal"
    assert len(info["fields"]) == len(CSV_COLUMNS)
    read = pyogrio.read_dataframe(exported / "incidents.csv",
                                  X_POSSIBLE_NAMES="longitude", Y_POSSIBLE_NAMES="latitude")
    assert list(read["id"]) == ["inc-1", "inc-2", "inc-3"]
    assert read.geometry.iloc[1].equals_exact(Point(44.5126, 40.1777), 1e-9)


@pytest.mark.parametrize("code, name", [("AM", "Armenia"), ("AZ", "Azerbaijan"),
                                        ("IR", "Iran"), ("RU", "Russia"), ("TR", "Turkey"),
                                        ("", "")])
def test_country_names(code, name):
    assert country_name(code) == name


def test_location_and_coordinates_are_one_place():
    import geopandas as gpd
    from shapely.geometry import MultiPoint

    from geomap.export.acled import acled_rows
    frame = gpd.GeoDataFrame({"id": ["inc-9"], "places": [["Poonch", "Pahalgam"]]},
                             geometry=[MultiPoint([(74.10, 33.77), (75.31, 34.01)])],
                             crs="EPSG:4326")
    (row,) = acled_rows(frame, points={"Poonch": (74.10, 33.77, "IN"),
                                       "Pahalgam": (75.31, 34.01, "IN")},
                        admin1={"Pahalgam": "Kashmir", "Poonch": "Jammu"})
    assert (row["location"], row["longitude"], row["latitude"]) == ("Poonch", 74.10, 33.77)
    # its country and division are the location's own
    assert (row["country"], row["admin1"]) == ("India", "Jammu")


@pytest.mark.parametrize("text, written", [
    ('=HYPERLINK("http://evil.example","x")', '\'=HYPERLINK("http://evil.example","x")'),
    ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"), ("@SUM(1+1)", "'@SUM(1+1)"),
    ("-cmd", "'-cmd"), ("-2+3", "'-2+3"), ("\t=1", "'\t=1"), ("\r=1", "'\n=1"),
    ("-12", "-12"), ("-1.5", "-1.5"), ("a = b + c", "a = b + c"), ("", ""),
    ("one\rtwo\r\nthree", "one\ntwo\nthree")])  # a bare CR would split the row
def test_text_cells_a_spreadsheet_would_run_get_a_quote(tmp_path, text, written):
    from geomap.export.acled import write_csv
    path = write_csv([{"id": text, "notes": text, "source": text, "articles": text,
                       "latitude": -33.5, "fatalities": 0, "injured_min": -1}],
                     tmp_path / "incidents.csv")
    with open(path, encoding="utf-8", newline="") as fh:
        (row,) = csv.DictReader(fh)
    assert row["id"] == row["notes"] == row["source"] == row["articles"] == written
    # numbers are numbers, whatever their sign
    assert (row["latitude"], row["fatalities"], row["injured_min"]) == ("-33.5", "0", "-1")


def test_a_border_incident_named_by_places_of_one_country_has_that_country():
    import geopandas as gpd
    from shapely.geometry import LineString

    from geomap.export.acled import acled_rows
    frame = gpd.GeoDataFrame({"id": ["inc-7", "inc-8"], "places": [["Jermuk"],
                                                                    ["Sotk", "Kalbajar"]],
                              "territory": ["", ""]},
                             geometry=[LineString([(45.9, 40.0), (45.95, 40.1)])] * 2,
                             crs="EPSG:4326")
    points = {"Jermuk": (45.69, 39.84, "AM"), "Sotk": (45.87, 40.20, "AM"),
              "Kalbajar": (46.04, 40.11, "AZ")}
    jermuk, two = acled_rows(frame, points=points)
    assert (jermuk["location"], jermuk["country"]) == ("Jermuk", "Armenia")
    assert two["country"] == ""             # places in two countries: no one country


def test_a_row_says_whose_word_its_casualties_are_and_what_is_disputed(exported):
    import pandas as pd

    from geomap.export.acled import casualty_claimants
    claims = pd.DataFrame({"incident_id": ["inc-1", "inc-1", "inc-2"],
                           "claimant": ["Trend news agency", "Armenian MoD", "Azerbaijani MoD"],
                           "fatalities_min": [150, None, None],
                           "fatalities_max": [200, None, None],
                           "injured_min": [None, 3, None], "injured_max": [None, 3, None]})
    assert casualty_claimants(claims) == {"inc-1": ["Trend news agency", "Armenian MoD"]}
    header = (exported / "incidents.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.endswith(",stances,casualties_per")
    assert {row["stances"] for row in rows(exported).values()} <= {
        "asserts", "asserts and denies", "denies", ""}


def test_an_incident_known_only_by_its_country_names_it_and_leaves_the_toll_unknown():
    """geo_precision 3 over all of Libya: the row says Libya (country and location, as
    ACLED names an event's most precise place); no toll reported is ACLED's 0, with the
    upper bound blank (OUTPUTS.md); along a border, in no one country, both stay blank."""
    import geopandas as gpd
    from shapely.geometry import LineString, box

    from geomap.export.acled import acled_rows
    frame = gpd.GeoDataFrame({"id": ["inc-ly", "inc-border"], "places": [[], []],
                              "territory": ["LY", ""], "geo_precision": [3, 3],
                              "fatalities_min": [None, None], "fatalities_max": [None, None]},
                             geometry=[box(10, 20, 25, 33), LineString([(45.9, 40.0),
                                                                        (45.95, 40.1)])],
                             crs="EPSG:4326")
    libya, border = acled_rows(frame)
    assert (libya["country"], libya["location"]) == ("Libya", "Libya")
    assert (libya["fatalities"], libya["fatalities_max"]) == (0, None)
    assert (border["country"], border["location"]) == ("", "")
