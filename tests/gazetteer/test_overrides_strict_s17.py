"""``--gazetteer-extra`` files hold places of the right kinds of value (helper E's probe,
session 16): YAML 1.1's booleans, lists and dates in a place's fields were taken silently
("country: NO" dropped Norway, "lat: yes" was 1.0, "name: [a, b]" a place called
"['a', 'b']"). Each is now a ``file:line (field …)`` message and exit 1, as in a CSV file;
Norway's code stays the text "NO" (only true and false are booleans, as in YAML 1.2)."""

from __future__ import annotations

import json

import pytest

from geomap.cli.main import cli


def resolve(runner, name: str, extra, *args: str):
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
    result = resolve(runner, "Zorkovo", extra, "--json")
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
    line_said = one_line_error(resolve(runner, "Zorkovo", extra))
    assert line_said.startswith(f"Error: {extra}:{line} (field '{field}'): {said}")
    assert "WGS 84" not in line_said or field in ("lat", "lon")
    assert len(line_said) < 300


def test_a_number_too_long_in_a_csv_says_so_in_a_short_line(runner, tmp_path):
    extra = tmp_path / "places.csv"
    extra.write_text(f"name,lat,lon,population\nZorkovo,40,45,1{'0' * 5000}\n",
                     encoding="utf-8")
    line = one_line_error(resolve(runner, "Zorkovo", extra))
    assert "places.csv:2 (field 'population')" in line and "not a finite number" in line
    assert "WGS 84" not in line and len(line) < 300


def test_a_tab_separated_file_gets_the_message_of_a_semicolon_one(runner, tmp_path):
    extra = tmp_path / "places.csv"
    extra.write_text("name\tlat\tlon\nZorkovo\t40.1\t45.2\n", encoding="utf-8")
    line = one_line_error(resolve(runner, "Zorkovo", extra))
    assert line.startswith(f"Error: {extra}:1: the columns are separated by tabs")


@pytest.mark.parametrize("content, said", [
    (bytes(range(256)) * 4, "this is a binary file, not a CSV file"),
    (b"PK\x03\x04" + b"\x00" * 200, "a spreadsheet or another zip file, not a CSV file"),
])
def test_a_binary_csv_is_said_to_be_no_csv_file(runner, tmp_path, content, said):
    extra = tmp_path / "places.csv"
    extra.write_bytes(content)
    line = one_line_error(resolve(runner, "Zorkovo", extra))
    assert said in line and "article" not in line


def test_a_utf16_yaml_file_with_a_bom_is_read(runner, tmp_path):
    extra = tmp_path / "places.yaml"
    extra.write_bytes("- name: Zorkovo\n  lat: 40.1\n  lon: 45.2\n".encode("utf-16"))
    result = resolve(runner, "Zorkovo", extra, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["lat"] == 40.1


def test_a_pipe_as_an_extra_file_is_not_a_regular_file_and_is_not_read(runner, tmp_path):
    import os

    pipe = tmp_path / "places.csv"
    os.mkfifo(pipe)                 # reading it would wait for a writer for ever
    line = one_line_error(resolve(runner, "Zorkovo", pipe))
    assert line.startswith(f"Error: {pipe}: not a regular file")
