"""``--gazetteer-extra FILE`` (CSV or YAML): user places add to and correct the
gazetteer; a broken file gets a message naming the file, line and field."""

from __future__ import annotations

import json

import pytest

from geomap.cli.main import cli
from geomap.errors import GeomapError, OverrideError
from geomap.gazetteer import load_gazetteer
from geomap.model import Article

from gazetteer_helpers import distance_km

TEGH_CHECKPOINT = (39.5561, 46.4803)
# a deliberately different point for Jermuk, to see the user's row win
JERMUK_CORRECTED = (39.8500, 45.6800)

CSV = """name,aliases,lat,lon,country,kind
Tegh checkpoint,Tegh border post;Tegh post,39.5561,46.4803,AM,other
Jermuk,,39.8500,45.6800,AM,town
"""

YAML_LIST = """\
- name: Tegh checkpoint
  aliases: [Tegh border post, Tegh post]
  lat: 39.5561
  lon: 46.4803
  country: AM
  kind: other
- name: Jermuk
  lat: 39.85
  lon: 45.68
  country: AM
  kind: town
"""

YAML_MAPPING = "places:\n" + "".join(f"  {line}\n" for line in YAML_LIST.splitlines())


@pytest.fixture(params=[("extra.csv", CSV), ("extra.yaml", YAML_LIST),
                        ("extra.yml", YAML_MAPPING)], ids=["csv", "yaml", "yaml-places"])
def extra_file(request, tmp_path):
    name, text = request.param
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def resolve(runner, name: str, *args: str):
    return runner.invoke(cli, ["resolve", name, "--json", *args])


@pytest.mark.parametrize("name", ["Tegh checkpoint", "Tegh border post", "tegh post"])
def test_a_user_place_is_added_with_its_aliases(runner, extra_file, name):
    result = resolve(runner, name, "--gazetteer-extra", str(extra_file))
    assert result.exit_code == 0, result.output
    found = json.loads(result.output)
    assert found["name"] == "Tegh checkpoint"
    assert distance_km(found["lat"], found["lon"], *TEGH_CHECKPOINT) < 0.1
    assert found["country_code"] == "AM" and found["kind"] == "other"
    assert extra_file.name in found["source"]


def test_a_user_place_corrects_one_of_the_same_name(runner, extra_file):
    before = json.loads(resolve(runner, "Jermuk").output)
    result = resolve(runner, "Jermuk", "--gazetteer-extra", str(extra_file))
    assert result.exit_code == 0, result.output
    after = json.loads(result.output)
    assert distance_km(after["lat"], after["lon"], *JERMUK_CORRECTED) < 0.1
    assert distance_km(before["lat"], before["lon"], *JERMUK_CORRECTED) > 0.5
    assert after["score"] > 0.9


def test_user_places_are_found_in_articles(extra_file):
    gazetteer = load_gazetteer(extra=(str(extra_file),))
    article = Article(id="a.txt", text="Shots were fired at the Tegh checkpoint and near "
                                       "Jermuk on Monday, the ministry said.")
    found = {r.mention.surface: r.place
             for r in gazetteer.resolve_mentions(article, gazetteer.find_mentions(article))}
    assert distance_km(found["Tegh checkpoint"].lat, found["Tegh checkpoint"].lon,
                       *TEGH_CHECKPOINT) < 0.1
    assert distance_km(found["Jermuk"].lat, found["Jermuk"].lon, *JERMUK_CORRECTED) < 0.1


def test_the_default_gazetteer_is_untouched_by_an_extra_file(runner, extra_file):
    assert resolve(runner, "Tegh checkpoint", "--gazetteer-extra",
                   str(extra_file)).exit_code == 0
    assert resolve(runner, "Tegh checkpoint").exit_code == 1


def test_build_places_include_user_places(runner, extra_file, tmp_path):
    article = tmp_path / "tegh.txt"
    article.write_text("Armenia said Azerbaijani forces fired at the Tegh checkpoint on "
                       "Monday.", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(cli, ["build", str(article), "--out", str(out), "--format",
                                 "geojson", "--published", "2023-03-06",
                                 "--gazetteer-extra", str(extra_file)])
    assert result.exit_code == 0, result.output
    features = json.loads((out / "places.geojson").read_text())["features"]
    names = {f["properties"]["name"] for f in features}
    assert "Tegh checkpoint" in names


# ---------------------------------------------------------------- broken files

BROKEN = [
    ("bad-lat.csv", "name,lat,lon\nKut,40.19,45.80\nSotk,forty,45.87\n", 3, "lat"),
    ("far-lon.csv", "name,lat,lon\nSotk,40.2,245.87\n", 2, "lon"),
    ("no-name.csv", "name,lat,lon\n,40.2,45.87\n", 2, "name"),
    ("bad-kind.csv", "name,lat,lon,kind\nSotk,40.2,45.87,hamlet-ish\n", 2, "kind"),
    ("bad-country.csv", "name,lat,lon,country\nSotk,40.2,45.87,Armenia\n", 2, "country"),
    ("unknown-field.csv", "name,lat,lon,colour\nSotk,40.2,45.87,red\n", 2, "colour"),
    ("bad-lat.yaml", "- name: Sotk\n  lat: 40.2\n  lon: 45.87\n- name: Kut\n"
                     "  lat: north\n  lon: 45.8\n", 5, "lat"),
    ("no-lon.yaml", "places:\n  - name: Sotk\n    lat: 40.2\n", 2, "lon"),
    ("bad-aliases.yaml", "- name: Sotk\n  lat: 40.2\n  lon: 45.87\n  aliases: {a: 1}\n",
     4, "aliases"),
]


@pytest.mark.parametrize("name, text, line, field", BROKEN, ids=[b[0] for b in BROKEN])
def test_a_broken_file_names_its_line_and_field(tmp_path, name, text, line, field):
    from geomap.gazetteer.overrides import read_extra
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(OverrideError) as caught:
        read_extra(str(path))
    error = caught.value
    assert (error.line, error.field) == (line, field)
    assert f"{name}:{line}" in str(error) and repr(field) in str(error)
    assert isinstance(error, GeomapError) and isinstance(error, ValueError)


@pytest.mark.parametrize("name, text, line", [
    ("syntax.yaml", "- name: Sotk\n  lat: [40.2\n  lon: 45.87\n", None),
    ("scalar.yaml", "just a sentence\n", 1),
    ("empty.csv", "name,lat,lon\n", None),
])
def test_a_file_that_is_no_table_of_places_is_refused(tmp_path, name, text, line):
    from geomap.gazetteer.overrides import read_extra
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(OverrideError) as caught:
        read_extra(str(path))
    assert name in str(caught.value)
    if line is not None:
        assert caught.value.line == line


@pytest.mark.parametrize("command", [["resolve", "Sotk"], ["build", "{article}"]])
def test_the_cli_reports_a_broken_file_in_one_line_with_exit_1(runner, tmp_path, command):
    broken = tmp_path / "places.csv"
    broken.write_text("name,lat,lon\nKut,40.19,45.80\nSotk,forty,45.87\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Shots near Sotk.", encoding="utf-8")
    args = [a.replace("{article}", str(article)) for a in command]
    result = runner.invoke(cli, [*args, "--gazetteer-extra", str(broken),
                                 *(["--out", str(tmp_path / "out")] if "build" in args
                                   else [])])
    assert result.exit_code == 1, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, lines
    assert "places.csv:3" in lines[0] and "'lat'" in lines[0]
    assert "Traceback" not in result.output


def test_a_missing_extra_file_exits_1_or_2_naming_it(runner, tmp_path):
    result = runner.invoke(cli, ["resolve", "Sotk", "--gazetteer-extra",
                                 str(tmp_path / "nowhere.csv")])
    assert result.exit_code in (1, 2)
    assert "nowhere.csv" in result.output


def test_an_extra_csv_saved_by_excel_in_windows_1252_is_read(runner, tmp_path):
    extra = tmp_path / "extra.csv"
    extra.write_bytes("name,aliases,lat,lon,country,kind\n"
                      "Tegh checkpoint,Tegh post;Tégh post,39.56,46.49,AM,other\n"
                      .encode("cp1252"))
    result = runner.invoke(cli, ["resolve", "Tégh post", "--json", "--gazetteer-extra",
                                 str(extra)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["name"] == "Tegh checkpoint"


def test_an_extra_csv_with_semicolons_between_columns_says_so(runner, tmp_path):
    extra = tmp_path / "extra.csv"
    extra.write_text("name;lat;lon\nTegh checkpoint;39.56;46.49\n", encoding="utf-8")
    result = runner.invoke(cli, ["resolve", "Tegh checkpoint", "--gazetteer-extra",
                                 str(extra)])
    assert result.exit_code == 1
    assert "separated by ';'" in result.output and len(result.output.strip().splitlines()) == 1


# -------------------------------------------------------------- values of the wrong kind

# A YAML 1.1 boolean, list or date in a place's field is a ``file:line (field …)``
# message and exit 1, as in a CSV file; Norway's code "NO" stays text (only true and
# false are booleans, as in YAML 1.2).

def resolve_with_extra(runner, name: str, extra, *args: str):
    """``geomap resolve NAME --gazetteer-extra EXTRA [ARGS…]`` (exit status not checked)."""
    return runner.invoke(cli, ["resolve", name, "--gazetteer-extra", str(extra), *args])


def one_line_error(result) -> str:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output and "internal error" not in result.output
    (line,) = result.output.strip().splitlines()
    return line


def test_norway_written_no_stays_norway(runner, tmp_path):
    extra = tmp_path / "norway.yaml"
    extra.write_text("- name: Zorkovo\n  lat: 59.9\n  lon: 10.7\n  country: NO\n"
                     "  kind: town\n", encoding="utf-8")
    result = resolve_with_extra(runner, "Zorkovo", extra, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["country_code"] == "NO"


@pytest.mark.parametrize("field, value, line, said", [
    ("lat", "yes", 2, "'yes' is not a number"),
    ("lat", "true", 2, "must be a number, not true/false"),
    ("lon", "[45, 46]", 3, "must be a number, not a list"),
    ("name", "[a, b]", 1, "must be text, not a list"),
    ("name", "2022-09-14", 1, "must be text, not a date"),
    ("name", "123", 1, "must be text, not a number"),
    ("country", "false", 4, "must be text, not true/false"),
    ("population", f"1{'0' * 5000}", 4, "a number of 5001 digits is too large"),
    ("population", "-5", 4, "-5 is outside 0..10,000,000,000"),
])
def test_a_value_of_the_wrong_kind_names_its_line_and_field(runner, tmp_path, field, value,
                                                             line, said):
    place = {"name": "Zorkovo", "lat": "40.1", "lon": "45.2"}
    place[field] = value
    extra = tmp_path / "places.yaml"
    extra.write_text("- " + "\n  ".join(f"{k}: {v}" for k, v in place.items()) + "\n",
                     encoding="utf-8")
    line_said = one_line_error(resolve_with_extra(runner, "Zorkovo", extra))
    assert line_said.startswith(f"Error: {extra}:{line} (field '{field}'): {said}")
    assert "WGS 84" not in line_said or field in ("lat", "lon")
    assert len(line_said) < 300


def test_a_number_too_long_in_a_csv_says_so_in_a_short_line(runner, tmp_path):
    extra = tmp_path / "places.csv"
    extra.write_text(f"name,lat,lon,population\nZorkovo,40,45,1{'0' * 5000}\n",
                     encoding="utf-8")
    line = one_line_error(resolve_with_extra(runner, "Zorkovo", extra))
    assert "places.csv:2 (field 'population')" in line and "not a finite number" in line
    assert "WGS 84" not in line and len(line) < 300


def test_a_tab_separated_file_gets_the_message_of_a_semicolon_one(runner, tmp_path):
    extra = tmp_path / "places.csv"
    extra.write_text("name\tlat\tlon\nZorkovo\t40.1\t45.2\n", encoding="utf-8")
    line = one_line_error(resolve_with_extra(runner, "Zorkovo", extra))
    assert line.startswith(f"Error: {extra}:1: the columns are separated by tabs")


@pytest.mark.parametrize("content, said", [
    (bytes(range(256)) * 4, "this is a binary file, not a CSV file"),
    (b"PK\x03\x04" + b"\x00" * 200, "a spreadsheet or another zip file, not a CSV file"),
])
def test_a_binary_csv_is_said_to_be_no_csv_file(runner, tmp_path, content, said):
    extra = tmp_path / "places.csv"
    extra.write_bytes(content)
    line = one_line_error(resolve_with_extra(runner, "Zorkovo", extra))
    assert said in line and "article" not in line


def test_a_utf16_yaml_file_with_a_bom_is_read(runner, tmp_path):
    extra = tmp_path / "places.yaml"
    extra.write_bytes("- name: Zorkovo\n  lat: 40.1\n  lon: 45.2\n".encode("utf-16"))
    result = resolve_with_extra(runner, "Zorkovo", extra, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["lat"] == 40.1


def test_a_pipe_as_an_extra_file_is_not_a_regular_file_and_is_not_read(runner, tmp_path):
    import os

    pipe = tmp_path / "places.csv"
    os.mkfifo(pipe)                 # reading it would wait for a writer for ever
    line = one_line_error(resolve_with_extra(runner, "Zorkovo", pipe))
    assert line.startswith(f"Error: {pipe}: not a regular file")
