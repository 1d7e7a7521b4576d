"""Bad and hostile input (control characters, names too long, numbers of thousands of
digits, link loops, other encodings, interrupts): one clear line naming the file or field,
a non-zero exit, no traceback, no "internal error", nothing left in ``--out`` — and text
with control characters read the same way by every output."""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from geomap.cli.main import cli

GOOD = ("Azerbaijan's defense ministry said its forces along the border with Armenia came "
        "under fire on Sunday. Armenia's defense ministry denied it.")
#: a name no file system takes (most allow 255 bytes a name)
LONG = "n" * 300


def one_line_error(result) -> str:
    """The one line a failed command said; no traceback, no internal error."""
    assert result.exit_code != 0, result.output
    assert "Traceback" not in result.output and "internal error" not in result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, lines
    return lines[0]


def nothing_in(folder: Path) -> bool:
    return not folder.exists() or not any(folder.iterdir())


# -------------------------------------------------------------------- control characters

def test_nul_characters_in_jsonl_text_are_dropped_alike_in_every_output(runner, tmp_path):
    """A NUL cut the GeoPackage's summary at "late night," while the GeoJSON kept it and
    the CSV held raw NUL bytes: now it is gone from the text before any output."""
    corpus = tmp_path / "feed.jsonl"
    text = ("On Monday at late night,\u0000\u0000 heavy clashes broke out along the "
            "Armenia-Azerbaijan border near Jermuk, the Armenian Defence Ministry said.")
    corpus.write_text(json.dumps({"id": "a\u0001b", "title": "Clashes\u0000 at night",
                                  "text": text}) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(cli, ["build", str(corpus), "--published", "2022-09-14",
                                 "--format", "geojson,gpkg,csv", "--out", str(out)])
    assert result.exit_code == 0, result.output
    features = json.loads((out / "incidents.geojson").read_text("utf-8"))["features"]
    geojson = sorted(f["properties"]["summary"] for f in features)
    with sqlite3.connect(out / "geomap.gpkg") as db:
        gpkg = sorted(row[0] for row in db.execute("select summary from incidents"))
    with (out / "incidents.csv").open(encoding="utf-8", newline="") as fh:
        table = sorted(row["notes"] for row in csv.DictReader(fh))
    assert geojson and geojson == gpkg == table
    assert any("late night, heavy clashes" in s for s in geojson)
    raw = b"".join(p.read_bytes() for p in out.iterdir() if p.suffix in (".csv", ".geojson"))
    assert b"\x00" not in raw and b"\\u0000" not in raw and b"\\u0001" not in raw


def test_form_feeds_end_a_line_and_do_not_join_words(tmp_path):
    from geomap.text.reader import as_field, as_read
    assert as_read("Jermuk\x0cwas shelled\x00.") == "Jermuk\nwas shelled."
    assert as_field("Border\x0bnews\x1b") == "Border news"


# --------------------------------------------------------------- names too long, numbers

def test_an_article_pasted_as_the_input_name_is_a_file_name_too_long(runner, tmp_path):
    pasted = (GOOD + " ") * 20
    out = tmp_path / "out"
    line = one_line_error(runner.invoke(cli, ["build", pasted, "--out", str(out)]))
    assert line.endswith(": file name too long")
    assert line.startswith("Error: Azerbaijan's defense") and len(line) < 120
    assert nothing_in(out)


@pytest.mark.parametrize("option", ["--out", "--gazetteer-extra", "--overlay"])
def test_a_path_option_of_a_name_too_long_says_so(runner, tmp_path, option):
    article = tmp_path / "a.txt"
    article.write_text(GOOD, encoding="utf-8")
    value = str(tmp_path / f"{LONG}.csv")
    out = value if option == "--out" else str(tmp_path / "out")
    args = ["build", str(article), "--out", out]
    if option != "--out":
        args += [option, value]
    line = one_line_error(runner.invoke(cli, args))
    assert line.endswith(": file name too long") and len(line) < 120
    assert nothing_in(tmp_path / "out")


def test_resolve_with_an_extra_file_name_too_long_says_so(runner, tmp_path):
    line = one_line_error(runner.invoke(cli, ["resolve", "Jermuk", "--gazetteer-extra",
                                              f"{LONG}.csv"]))
    assert line.endswith(".csv: file name too long")


@pytest.mark.parametrize("field, said", [("published", "is not a date"),
                                         ("title", "must be a string, not a number")])
def test_an_integer_of_thousands_of_digits_in_a_manifest_names_entry_and_field(
        runner, tmp_path, field, said):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    manifest = tmp_path / "manifest.json"
    manifest.write_text(f'[{{"file": "a.txt", "{field}": 1{"0" * 5000}}}]', encoding="utf-8")
    out = tmp_path / "out"
    line = one_line_error(runner.invoke(cli, ["build", str(manifest), "--out", str(out)]))
    assert f"manifest.json entry 1 (field '{field}')" in line and said in line
    assert len(line) < 200
    assert nothing_in(out)


def test_an_integer_of_thousands_of_digits_in_a_jsonl_line_skips_that_line(runner, tmp_path):
    corpus = tmp_path / "feed.jsonl"
    corpus.write_text(json.dumps({"id": "1", "text": GOOD}) + "\n"
                      + f'{{"id": 2, "text": "x", "published": 1{"0" * 5000}}}\n',
                      encoding="utf-8")
    result = runner.invoke(cli, ["build", str(corpus), "--out", str(tmp_path / "out"),
                                 "--format", "csv"])
    assert result.exit_code == 3, result.output
    assert f"skipped {corpus}:2: a number of 5001 digits is not a date" in result.output
    assert "internal error" not in result.output


# ------------------------------------------------------------------------------ messages

def test_a_file_listed_200_times_is_warned_of_once_with_a_count(runner, tmp_path, caplog):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    manifest = tmp_path / "manifest.json"
    manifest.write_text(json.dumps([{"file": "a.txt"}] * 200), encoding="utf-8")
    result = runner.invoke(cli, ["build", str(manifest), "--out", str(tmp_path / "out"),
                                 "--format", "csv"])
    assert result.exit_code == 0, result.output
    warned = [r.getMessage() for r in caplog.records if "read once" in r.getMessage()]
    assert warned == [f"{manifest}: a.txt: given more than once, read once (and 198 more "
                      "file(s) listed again, each read once)"]


def test_resolve_cuts_a_70_kb_name_in_its_message(runner):
    line = one_line_error(runner.invoke(cli, ["resolve", "Qzxwv " * 12000]))
    assert "Qzxwv" in line and len(line) < 400


def test_resolve_json_is_utf8_whatever_bytes_the_name_holds(tmp_path):
    done = subprocess.run([sys.executable, "-m", "geomap", "resolve", b"\xff\xfeJermuk",
                           "--json"], capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout.decode("utf-8"))     # strict: raises if not UTF-8
    assert record["query"] == "\udcff\udcfeJermuk" and record["name"] == "Jermuk"


def test_dev_null_as_an_extra_file_is_not_a_regular_file(runner):
    line = one_line_error(runner.invoke(cli, ["resolve", "Jermuk", "--gazetteer-extra",
                                              os.devnull]))
    assert line.startswith(f"Error: {os.devnull}: not a regular file")


def test_an_input_that_is_a_link_loop_says_so(runner, tmp_path):
    (tmp_path / "loop").symlink_to("loop")
    line = one_line_error(runner.invoke(cli, ["build", str(tmp_path / "loop"),
                                              "--out", str(tmp_path / "out")]))
    assert line == f"Error: {tmp_path / 'loop'}: a link loop"


@pytest.mark.parametrize("listed", ["other.json", "feed.jsonl", "manifest.json"])
def test_a_manifest_entry_naming_a_list_of_articles_is_refused(runner, tmp_path, listed):
    manifest = tmp_path / "manifest.json"
    manifest.write_text(json.dumps([{"file": listed}]), encoding="utf-8")
    (tmp_path / "other.json").write_text("[]", encoding="utf-8")
    line = one_line_error(runner.invoke(cli, ["build", str(manifest),
                                              "--out", str(tmp_path / "out")]))
    assert "manifest.json entry 1 (field 'file')" in line
    assert "names an article (.txt, .html)" in line


def test_a_manifest_date_and_time_is_read_as_its_day(runner, tmp_path):
    import datetime as dt

    from geomap.text.reader import read_inputs

    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    manifest = tmp_path / "manifest.json"
    manifest.write_text(json.dumps([{"file": "a.txt",
                                     "published": "2022-09-14T23:30:00-04:00"}]),
                        encoding="utf-8")
    (article,) = read_inputs((str(manifest),))
    assert article.published == dt.date(2022, 9, 14)      # the day as written
    result = runner.invoke(cli, ["build", str(manifest), "--out", str(tmp_path / "out"),
                                 "--format", "csv"])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("kind", ["manifest.json", "feed.jsonl"])
def test_utf16_manifests_and_jsonl_with_a_bom_are_read(runner, tmp_path, kind):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    text = (json.dumps([{"file": "a.txt"}]) if kind.endswith(".json")
            else json.dumps({"id": "1", "text": GOOD}) + "\r\n"
            + json.dumps({"id": "2", "text": GOOD.replace("Sunday", "Monday")}) + "\r\n")
    (tmp_path / kind).write_bytes(text.encode("utf-16"))
    out = tmp_path / "out"
    result = runner.invoke(cli, ["build", str(tmp_path / kind), "--out", str(out),
                                 "--published", "2022-10-17", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert f"{1 if kind.endswith('.json') else 2} article(s)" in result.output


@pytest.mark.parametrize("encoding, said", [("utf-16-le", "UTF-16 text without a byte-order "
                                             "mark"), ("utf-32", "UTF-32 text")])
def test_utf16_without_a_bom_and_utf32_are_named(runner, tmp_path, encoding, said):
    article = tmp_path / "a.txt"
    article.write_bytes(GOOD.encode(encoding))
    line = one_line_error(runner.invoke(cli, ["build", str(article), "--out",
                                              str(tmp_path / "out")]))
    assert said in line and "save it as UTF-8" in line


# ---------------------------------------------------------------------------- interrupts

def test_the_summary_is_told_inside_the_interrupt_guard(runner, tmp_path, monkeypatch):
    """An interrupt while the summary is printed (the new files all in place) says the
    new outputs were written, not just "interrupted"."""
    import geomap.cli.build as build_command

    def interrupted(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(build_command, "tell_what_was_built", interrupted)
    monkeypatch.setattr(build_command.os, "_exit", lambda status: sys.exit(status))
    monkeypatch.setattr(build_command, "stop_listening_for_interrupts", lambda: None)
    article = tmp_path / "a.txt"
    article.write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(cli, ["build", str(article), "--out", str(out), "--format",
                                 "csv"])
    assert result.exit_code == 130
    assert result.output.strip() == "geomap: interrupted; the new outputs were all written"
    assert (out / "incidents.csv").is_file()
