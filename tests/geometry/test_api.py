"""The interface the pipeline, the map and the exports call: names and parameters."""

import inspect

import geomap.geometry as geometry


def test_exported_names():
    assert {"Boundaries", "build_overlays", "load_boundaries", "locate"} <= set(geometry.__all__)
    for name in geometry.__all__:
        assert getattr(geometry, name) is not None


def test_signatures():
    assert list(inspect.signature(geometry.locate).parameters) == [
        "incidents", "articles", "boundaries", "options", "capitals"]
    assert inspect.signature(geometry.locate).parameters["capitals"].default is None
    assert list(inspect.signature(geometry.build_overlays).parameters) == [
        "gazetteer", "boundaries", "options"]
    assert not inspect.signature(geometry.load_boundaries).parameters


def test_boundaries_fields():
    assert [f for f in geometry.Boundaries.__dataclass_fields__] == [
        "countries", "borders", "rivers", "lakes", "disputed", "world"]
