"""Fixtures for the map tests: result objects built from the sample frames, and a headless
Chromium (Debian's /usr/bin/chromium through Playwright) that refuses every request that
is not ``file:`` or ``data:``."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

import pytest

from geomap.model import Article

CHROMIUM = Path(os.environ.get("GEOMAP_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def make_result(frames: dict, articles=()) -> SimpleNamespace:
    """Something shaped like ``geomap.Result`` for ``build_map``: the four frames and the
    articles."""
    return SimpleNamespace(articles=tuple(articles), **frames)


@pytest.fixture
def sample_result(sample_frames):
    article = Article(id="a.txt", text="…", title="Clashes on the border",
                      source="Example News", url="https://example.org/clashes")
    return make_result(sample_frames, [article])


@pytest.fixture
def full_result(sample_frames):
    """The sample frames plus one overlay of every other group: another border, the
    proposed corridor with its analysis figures, and a user's own overlay."""
    import pandas as pd
    from shapely.geometry import LineString

    from geomap.frames import OVERLAY_COLUMNS, frame

    extra = frame([
        dict(id="ov-am-az", name="Armenia–Azerbaijan border", kind="border",
             countries=["AM", "AZ"], length_km=1007.0, status="international border",
             source="Natural Earth", geometry=LineString([(45.0, 41.1), (45.6, 40.6)])),
        dict(id="ov-corridor", name="Zangezur corridor", kind="corridor",
             countries=["AZ", "AM"], length_km=43.2, status="proposed",
             source="geomap corridor definition", length_in_armenia_km=43.2,
             min_distance_to_border_km=0.4, max_distance_to_border_km=21.7,
             connectivity="connects Azerbaijan with Nakhchivan",
             geometry=LineString([(45.9, 39.2), (46.2, 39.1), (46.5, 39.2)])),
        dict(id="ov-user", name="Pipeline route", kind="pipeline", countries=["AM"],
             length_km=12.5, status="planned", source="my_lines.geojson",
             geometry=LineString([(44.9, 40.0), (45.2, 40.1)])),
    ], OVERLAY_COLUMNS)
    frames = dict(sample_frames)
    frames["overlays"] = pd.concat([sample_frames["overlays"], extra], ignore_index=True)
    article = Article(id="a.txt", text="…", title="Clashes on the border",
                      source="Example News", url="https://example.org/clashes")
    return make_result(frames, [article])


@dataclass
class OpenedMap:
    """A map page open in Chromium, with what it tried to fetch and what it logged."""

    page: object
    blocked: list = field(default_factory=list)
    served: list = field(default_factory=list)
    console_errors: list = field(default_factory=list)
    load_seconds: float = 0.0

    def layer_names(self) -> list[str]:
        return self.page.eval_on_selector_all(
            ".leaflet-control-layers-overlays label",
            "els => els.map(e => e.textContent.trim())")

    def click_feature(self, feature_id: str) -> str:
        """Centre the map on a feature, click it as a user would, and return the text of
        the popup that opens."""
        self.page.evaluate("() => { geomap.map.closePopup(); }")
        self.page.wait_for_selector(".leaflet-popup", state="detached", timeout=20_000)
        x, y = self.page.evaluate(CENTRE_ON_FEATURE, feature_id)
        self.page.mouse.click(x, y)
        popup = self.page.wait_for_selector(".leaflet-popup-content", timeout=20_000)
        return popup.inner_text()


# Finds the layer drawing a feature and a spot where a user would click it: a point of
# it, else the middle of a segment of one of its lines, else the centre of one of its
# areas (a multi-part or collection geometry is a group of layers), opening its cluster if
# need be. The map is centred on the spot, and the spot is kept only if the browser's
# hit test finds the feature there (lines of other features may lie over it); returns the
# spot in page coordinates.
CENTRE_ON_FEATURE = """
async (id) => {
  const G = window.geomap, map = G.map;
  const drawn = G.layers[id];
  if (!drawn) { throw new Error("no layer draws feature " + id); }
  const frame = () => new Promise(done => requestAnimationFrame(() => done()));
  const settled = async () => {  // no pan or cluster animation still moving the map
    for (let i = 0; i < 100; i++) {
      const moving = (map._panAnim && map._panAnim._inProgress) || map._animatingZoom ||
        Object.values(G.groups).some(g => g._inZoomAnimation);
      if (!moving) { return; }
      await new Promise(done => setTimeout(done, 30));
    }
  };
  const leaves = (l) => l.getLayers ? l.getLayers().flatMap(leaves) : [l];
  const parts = leaves(drawn);
  const spots = [];
  parts.filter(p => p.getLatLng).forEach(p => spots.push([p, p.getLatLng()]));
  parts.filter(p => p.getLatLngs && !(p instanceof L.Polygon)).forEach(p => {
    const flat = p.getLatLngs().flat(3);
    for (let i = 0; i + 1 < flat.length && i < 40; i++) {
      spots.push([p, L.latLng((flat[i].lat + flat[i + 1].lat) / 2,
                              (flat[i].lng + flat[i + 1].lng) / 2)]);
    }
  });
  parts.filter(p => p instanceof L.Polygon).forEach(p => spots.push([p, p.getCenter()]));
  const box = map.getContainer().getBoundingClientRect();
  const key = parts[0]._gm && parts[0]._gm.key;
  const hits = (x, y) => document.elementsFromPoint(x, y).some(el => {
    const m = /gm-k-(\\d+)/.exec(el.getAttribute && el.getAttribute("class") || "");
    return m && G.feats[+m[1]].key === key;
  });
  let first = null;
  for (const [layer, target] of spots) {
    // zoom in first, then open the feature's cluster: a zoom change after opening it
    // would fold the feature back into its cluster
    map.setView(target, Math.max(map.getZoom(), 9), {animate: false});
    await settled();
    for (const group of Object.values(G.groups)) {
      if (group.zoomToShowLayer && group.hasLayer(layer)) {
        await new Promise(done => group.zoomToShowLayer(layer, done));
        await settled();
      }
    }
    await frame();
    // a spiderfied marker is drawn away from its own point
    const at = layer.getLatLng ? layer.getLatLng() : target;
    const pt = map.latLngToContainerPoint(at);
    const spot = [box.left + pt.x, box.top + pt.y];
    first = first || spot;
    if (hits(spot[0], spot[1])) { return spot; }
  }
  return first;
}
"""


@pytest.fixture(scope="session")
def chromium():
    if not CHROMIUM.exists():
        pytest.skip(f"headless browser tests need Debian's chromium at {CHROMIUM} "
                    "(apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api",
                                   reason="browser tests need the playwright package")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def open_map(chromium):
    """``open_map(path)`` → ``OpenedMap`` once ``window.geomap.ready`` is set."""
    import time

    contexts = []

    def opener(path: Path, viewport=(1280, 800), serve=None) -> OpenedMap:
        """``serve(url)`` may answer a request that is not ``file:``/``data:`` with
        ``(body, content_type)`` (a stand-in for the network); anything else is refused."""
        context = chromium.new_context(viewport={"width": viewport[0], "height": viewport[1]})
        contexts.append(context)
        page = context.new_page()
        opened = OpenedMap(page)

        def gate(route):
            url = route.request.url
            if url.startswith(("file:", "data:")):
                route.continue_()
                return
            answer = serve(url) if serve else None
            if answer is None:
                opened.blocked.append(url)
                route.abort()
            else:
                opened.served.append(url)
                route.fulfill(status=200, body=answer[0], content_type=answer[1])

        page.route("**/*", gate)
        page.on("console", lambda msg: opened.console_errors.append(msg.text)
                if msg.type == "error" else None)
        page.on("pageerror", lambda exc: opened.console_errors.append(f"uncaught: {exc}"))
        start = time.perf_counter()
        page.goto(Path(path).resolve().as_uri())
        page.wait_for_function("window.geomap && window.geomap.ready === true",
                               timeout=30_000)
        opened.load_seconds = time.perf_counter() - start
        return opened

    yield opener
    for context in contexts:
        context.close()


#: text an attacker could put in an article, a manifest or an overlay file; each would set
#: window.__geomap_pwned if the page ever ran it
PAYLOADS = {
    "title": '</script><script>window.__geomap_pwned="title"</script>',
    "url": 'javascript:window.__geomap_pwned="url"',
    "source": '</style><style>body{display:none}</style><b>Example</b>',
    "claim_text": '<img src=x onerror="window.__geomap_pwned=\'claim\'"> said so',
    "claimant": '<svg onload="window.__geomap_pwned=\'claimant\'"></svg>Ministry',
    "summary": '<script>window.__geomap_pwned="summary"</script> {{ 7*7 }} {% if 1 %}x{% endif %}',
    "place": '<img src=x onerror=window.__geomap_pwned="place">',
    "sub_event_type": '<iframe src="javascript:window.parent.__geomap_pwned=1">',
    "overlay": '<img src=x onerror=window.__geomap_pwned="overlay">',
    "article_id": 'a"><img src=x onerror=window.__geomap_pwned="id">.txt',
    "option_title": '</title><script>window.__geomap_pwned="option"</script>',
}


@pytest.fixture
def payloads() -> dict:
    return dict(PAYLOADS)


@pytest.fixture
def hostile_result(sample_frames):
    """The sample frames with every text field an article or a user file can fill
    replaced by a payload."""
    from shapely.geometry import LineString

    from geomap.frames import OVERLAY_COLUMNS, frame

    p = PAYLOADS
    frames = {k: v.copy() for k, v in sample_frames.items()}
    inc = frames["incidents"]
    inc.loc[0, "summary"] = p["summary"]
    inc.loc[0, "sub_event_type"] = p["sub_event_type"]
    inc["articles"] = [[p["article_id"]], [p["article_id"]]]
    inc["places"] = [[p["place"]], ["Yerevan"]]
    cl = frames["claims"]
    cl["text"] = [p["claim_text"], cl.loc[1, "text"]]
    cl["claimant"] = [p["claimant"], cl.loc[1, "claimant"]]
    cl["article"] = p["article_id"]
    cl["article_title"] = p["title"]
    cl["article_url"] = p["url"]
    pl = frames["places"]
    pl.loc[0, "name"] = p["place"]
    pl["mentions"] = [[p["place"]], ["Yerevan"]]
    user = frame([dict(id="ov-user", name=p["overlay"], kind="pipeline",
                       countries=["AM"], length_km=12.0, status=p["overlay"],
                       source=p["source"], note=p["summary"],
                       geometry=LineString([(44.9, 40.0), (45.2, 40.1)]))], OVERLAY_COLUMNS)
    import pandas as pd
    frames["overlays"] = pd.concat([frames["overlays"], user], ignore_index=True)
    article = Article(id=p["article_id"], text="…", title=p["title"], source=p["source"],
                      url=p["url"])
    return make_result(frames, [article])


PHONE, DESKTOP = (390, 844), (1280, 800)
#: run a browser test on a phone and on a desktop
VIEWPORTS = pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])


def squash(s: str) -> str:
    """``s`` with each run of white space one space, as a reader sees it."""
    return re.sub(r"\s+", " ", s).strip()


def incidents_like(sample_frames, rows) -> pd.DataFrame:
    """Copies of the sample's first incident, each with (id, geo_precision, stances,
    geometry) of ``rows``."""
    import pandas as pd

    first = sample_frames["incidents"].iloc[[0]]
    return pd.concat([first.assign(id=i, geo_precision=g, stances=s, geometry=[geom])
                      for i, g, s, geom in rows], ignore_index=True).set_geometry("geometry")
