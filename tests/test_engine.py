"""Every engine finds the same incidents: in-process, across processes, on Dask."""

from __future__ import annotations

import pytest

import geomap
from geomap.model import BuildOptions


def incident_rows(result):
    cols = ["id", "date", "event_type", "actors", "places", "fatalities_min", "geo_precision"]
    return result.incidents[cols].astype(str).values.tolist()


@pytest.fixture(scope="module")
def local_result(seeds_dir):
    return geomap.build([str(seeds_dir / "seeds.json")], BuildOptions())


@pytest.mark.slow
def test_two_processes_find_the_same_incidents(seeds_dir, local_result):
    result = geomap.build([str(seeds_dir / "seeds.json")], BuildOptions(jobs=2))
    assert incident_rows(result) == incident_rows(local_result)


@pytest.mark.slow
def test_dask_local_scheduler_finds_the_same_incidents(seeds_dir, local_result):
    result = geomap.build([str(seeds_dir / "seeds.json")], BuildOptions(engine="dask", jobs=2))
    assert incident_rows(result) == incident_rows(local_result)
    assert len(local_result.incidents) >= 5


@pytest.mark.slow
def test_cli_engine_dask_writes_the_same_incidents_file(runner, seeds_dir, tmp_path):
    from geomap.cli.main import cli

    files = []
    for name, extra in (("local", []), ("dask", ["--engine", "dask", "--jobs", "2"])):
        out = tmp_path / name
        result = runner.invoke(cli, ["build", str(seeds_dir / "seeds.json"), "--out", str(out),
                                     "--format", "geojson", *extra])
        assert result.exit_code == 0, result.output
        files.append((out / "incidents.geojson").read_bytes())
    assert files[0] == files[1]


@pytest.mark.slow
def test_dask_distributed_scheduler_finds_the_same_incidents(seeds_dir, local_result):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        options = BuildOptions(engine="dask", scheduler=cluster.scheduler_address)
        result = geomap.build([str(seeds_dir / "seeds.json")], options)
    assert incident_rows(result) == incident_rows(local_result)
