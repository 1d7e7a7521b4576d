"""The same inputs give the same map.html, byte for byte (issue 7, point 3): element
names come from a counter while the map is built, and branca is left as it was."""

from __future__ import annotations

import threading

from branca.element import Element

from geomap.model import BuildOptions
from geomap.render import build_map, write_map
from geomap.render.ids import stable_ids


def page_of(result, **options) -> str:
    return build_map(result, BuildOptions(**options)).get_root().render()


def test_two_renders_are_byte_identical(full_result, tmp_path):
    first = write_map(full_result, tmp_path / "one.html").read_bytes()
    Element()  # branca's random ids in between change nothing
    second = write_map(full_result, tmp_path / "two.html").read_bytes()
    assert first == second
    assert page_of(full_result) == page_of(full_result)


def test_ids_come_from_a_counter_and_branca_is_restored():
    original = Element.__dict__["_generate_id"]
    with stable_ids():
        assert [Element()._id for _ in range(3)] == ["1", "2", "3"]
        with stable_ids():  # a nested block continues the count: names stay unique
            assert Element()._id == "4"
        assert Element()._id == "5"
    assert Element.__dict__["_generate_id"] is original
    assert len(Element()._id) == 32  # random again


def test_other_threads_keep_random_ids():
    inside, outside = threading.Event(), threading.Event()
    seen = {}

    def other_thread():
        inside.wait(5)
        seen["id"] = Element()._id
        outside.set()

    worker = threading.Thread(target=other_thread)
    worker.start()
    with stable_ids():
        inside.set()
        outside.wait(5)
        assert Element()._id == "1"
    worker.join(5)
    assert len(seen["id"]) == 32


def test_maps_built_in_parallel_threads_are_identical(full_result):
    expected = page_of(full_result)
    pages = [None] * 4

    def build(i):
        pages[i] = page_of(full_result)

    threads = [threading.Thread(target=build, args=(i,)) for i in range(len(pages))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert pages == [expected] * len(pages)
