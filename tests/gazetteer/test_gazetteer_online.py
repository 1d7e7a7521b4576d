"""The opt-in online fallback, against a local server on loopback that answers like
Nominatim: asked only with --online, only for names the offline gazetteer lacks, each
name once (cached on disk), no faster than geopy's RateLimiter allows."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pytest

from geomap.cli.main import cli

from gazetteer_helpers import distance_km

#: the places the fake Nominatim knows: query (lower case) → answer
KNOWN = {
    "qxzvorbinsk": {"lat": 39.5412, "lon": 46.3120, "country_code": "am", "type": "village",
                    "osm_id": 4242},
    "zlyrpavank": {"lat": 40.2003, "lon": 45.9010, "country_code": "az", "type": "village",
                   "osm_id": 4343},
}


class FakeNominatim(ThreadingHTTPServer):
    """Answers /search as Nominatim's JSON API does and records when each query came."""

    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.requests: list[tuple[float, str]] = []

    @property
    def domain(self) -> str:
        return f"127.0.0.1:{self.server_address[1]}"

    def queries(self) -> list[str]:
        return [q for _, q in self.requests]


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (http.server's name)
        url = urlparse(self.path)
        query = parse_qs(url.query).get("q", [""])[0]
        self.server.requests.append((time.monotonic(), query))
        known = KNOWN.get(query.lower())
        answer = []
        if url.path.rstrip("/") == "/search" and known:
            answer = [{
                "place_id": 1, "osm_type": "node", "osm_id": known["osm_id"],
                "lat": str(known["lat"]),
                "lon": str(known["lon"]), "display_name": f"{query}, test country",
                "type": known["type"], "addresstype": known["type"],
                "address": {known["type"]: query, "country_code": known["country_code"]}}]
        body = json.dumps(answer).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def nominatim():
    server = FakeNominatim()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def online_env(nominatim, gazetteer, tmp_path, monkeypatch):
    """--online pointed at the fake server, with its answers cached under tmp_path.

    The offline index (and its spelling-variant table) is loaded before the cache folder
    moves, so only the online cache lands in tmp_path."""
    from geomap.gazetteer import load_gazetteer
    gazetteer.candidates("Qxzvorbinskk")      # loads the spelling-variant table
    monkeypatch.setenv("GEOMAP_NOMINATIM_DOMAIN", nominatim.domain)
    monkeypatch.setenv("GEOMAP_NOMINATIM_SCHEME", "http")
    monkeypatch.setenv("GEOMAP_CACHE_DIR", str(tmp_path / "cache"))
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(name, raising=False)
    load_gazetteer.cache_clear()
    yield tmp_path / "cache"
    load_gazetteer.cache_clear()


def resolve(runner, name: str, *args: str):
    return runner.invoke(cli, ["resolve", name, "--json", *args])


def test_resolve_online_finds_what_the_offline_gazetteer_lacks(runner, online_env,
                                                               nominatim):
    assert resolve(runner, "Qxzvorbinsk").exit_code == 1
    assert nominatim.requests == [], "never online unless asked"
    result = resolve(runner, "Qxzvorbinsk", "--online")
    assert result.exit_code == 0, result.output
    found = json.loads(result.output)
    assert distance_km(found["lat"], found["lon"], 39.5412, 46.3120) < 0.1
    assert found["country_code"] == "AM" and found["kind"] == "village"
    assert "Nominatim" in found["source"]
    assert nominatim.queries() == ["Qxzvorbinsk"]


def test_an_answer_is_cached_on_disk(runner, online_env, nominatim):
    from geomap.gazetteer import load_gazetteer
    assert resolve(runner, "Qxzvorbinsk", "--online").exit_code == 0
    assert (online_env / "nominatim-cache.json").is_file()
    load_gazetteer.cache_clear()              # a new run: a new geocoder, the same disk
    nominatim.shutdown()
    again = resolve(runner, "Qxzvorbinsk", "--online")
    assert again.exit_code == 0, again.output
    assert len(nominatim.requests) == 1


def test_not_found_is_cached_too_and_exits_1(runner, online_env, nominatim):
    from geomap.gazetteer import load_gazetteer
    first = resolve(runner, "Nowherezzqx", "--online")
    load_gazetteer.cache_clear()
    second = resolve(runner, "Nowherezzqx", "--online")
    assert first.exit_code == second.exit_code == 1
    assert len(second.output.strip().splitlines()) == 1
    assert nominatim.queries() == ["Nowherezzqx"]


def test_known_names_never_go_online(runner, online_env, nominatim):
    for name in ("Goris", "Kəlbəcər", "Karvachar", "the Kazakh capital"):
        assert resolve(runner, name, "--online").exit_code == 0
    assert nominatim.requests == []


def test_requests_are_rate_limited(online_env, nominatim):
    from geomap.gazetteer.online import OnlineGeocoder
    geocoder = OnlineGeocoder(domain=nominatim.domain, scheme="http",
                              cache_file=online_env / "limited.json",
                              min_delay_seconds=1.0)
    assert geocoder.geocode("Qxzvorbinsk").country_code == "AM"
    assert geocoder.geocode("Zlyrpavank").country_code == "AZ"
    assert geocoder.geocode("Nowherezzqx") is None
    times = [t for t, _ in nominatim.requests]
    assert len(times) == 3
    # arrivals: a second apart, less the difference of two loopback latencies
    assert all(b - a >= 0.75 for a, b in zip(times, times[1:])), times


def test_a_server_that_fails_is_one_line_with_exit_1(runner, online_env, nominatim,
                                                     monkeypatch):
    nominatim.shutdown()
    nominatim.server_close()
    result = resolve(runner, "Qxzvorbinsk", "--online")
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "Qxzvorbinsk" in lines[0]
    assert "Traceback" not in result.output


def test_build_online_places_villages_the_gazetteer_lacks(runner, online_env, nominatim,
                                                          tmp_path):
    article = tmp_path / "shelling.txt"
    article.write_text("Azerbaijan said Armenian forces shelled the village of Qxzvorbinsk "
                       "on Monday; Zlyrpavank village and Goris were calm.",
                       encoding="utf-8")

    def build(out, *extra):
        result = runner.invoke(cli, ["build", str(article), "--out", str(out), "--format",
                                     "geojson", "--published", "2023-03-06", *extra])
        assert result.exit_code == 0, result.output
        features = json.loads((out / "places.geojson").read_text())["features"]
        return {f["properties"]["name"]: f for f in features}

    offline = build(tmp_path / "offline")
    assert "Qxzvorbinsk" not in offline and "Goris" in offline
    assert nominatim.requests == []

    online = build(tmp_path / "online", "--online")
    assert {"Qxzvorbinsk", "Zlyrpavank", "Goris"} <= set(online)
    lon, lat = online["Qxzvorbinsk"]["geometry"]["coordinates"]
    assert distance_km(lat, lon, 39.5412, 46.3120) < 0.1
    assert sorted(nominatim.queries()) == ["Qxzvorbinsk", "Zlyrpavank"]
    first, second = sorted(t for t, _ in nominatim.requests)
    assert second - first >= 0.75, "one request a second (geopy RateLimiter)"


def test_a_build_without_the_online_service_warns_once_and_goes_on(runner, online_env,
                                                                  nominatim, tmp_path,
                                                                  caplog):
    nominatim.shutdown()
    nominatim.server_close()
    article = tmp_path / "shelling.txt"
    article.write_text("Azerbaijan said Armenian forces shelled the village of Qxzvorbinsk "
                       "on Monday; Zlyrpavank village and Goris were calm.", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(cli, ["build", str(article), "--out", str(out), "--online",
                                 "--format", "geojson", "--published", "2023-03-06"])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    warned = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert len(warned) == 1 and "failed for 'Qxzvorbinsk'" in warned[0], warned
    names = {f["properties"]["name"]
             for f in json.loads((out / "places.geojson").read_text())["features"]}
    assert "Goris" in names and "Qxzvorbinsk" not in names
