"""The default pipeline never opens a network connection."""

from __future__ import annotations

import socket

import pytest

import geomap


@pytest.fixture
def no_network(monkeypatch):
    attempts = []

    def refuse(self, address, *args, **kwargs):
        attempts.append(address)
        raise OSError(f"geomap test: network access to {address!r} refused")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection",
                        lambda address, *a, **k: refuse(None, address))
    monkeypatch.setattr(socket, "getaddrinfo",
                        lambda host, *a, **k: refuse(None, (host,)))
    return attempts


def test_default_build_and_outputs_open_no_connection(no_network, seeds_dir, tmp_path):
    result = geomap.build([str(seeds_dir / "seeds.json")])
    geomap.write_outputs(result, tmp_path / "out")
    assert len(result.incidents) > 0
    assert no_network == []


def test_resolve_opens_no_connection(no_network):
    assert geomap.resolve("Goris").place.country_code == "AM"
    assert no_network == []
