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
