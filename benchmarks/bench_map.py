"""How the map scales: build time, file size and time until the page is ready in headless
Chromium, for 100, 1,000 and 10,000 synthetic incidents (two claims each).

    $ python benchmarks/bench_map.py             # 100 1000 10000
    $ python benchmarks/bench_map.py 50000 --keep out/

Targets at 10,000 incidents (issue 5): build < 10 s, file < 15 MB, ready < 5 s.
"Ready" is from navigation start until the page sets ``window.geomap.ready`` (layers
built, clusters formed, view fitted), plus one animation frame; "pan" is a pan and a
zoom step after that, until the next frame; "claims" is switching on the claims layer,
which starts switched off once its markers are clustered (from about 150 claims), until
the next frame ("-" when it starts switched on). The browser is Debian's chromium,
headless, with every request that is not file: or data: refused.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

import numpy as np
from shapely.geometry import LineString, Point

from geomap.frames import (CLAIM_COLUMNS, INCIDENT_COLUMNS, OVERLAY_COLUMNS, PLACE_COLUMNS,
                           frame)
from geomap.model import Article, BuildOptions

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
TYPES = ["Battles", "Explosions/Remote violence", "Violence against civilians",
         "Strategic developments", "diplomatic"]
SENTENCES = [
    "The Ministry of Defense said units of the armed forces of the other side opened fire "
    "from large-calibre weapons at positions near the village late on Monday.",
    "The statement denied the reports, calling them disinformation, and said no shots were "
    "fired from its side of the border during the night.",
]


def synthetic_result(n: int, seed: int = 5) -> SimpleNamespace:
    """``n`` incidents scattered over the Armenia–Azerbaijan border region (85 % points,
    10 % border stretches, 5 % diplomatic), each with an Armenian claim placed where the
    incident is and an Azerbaijani denial, half of them placed a few km away."""
    rng = np.random.default_rng(seed)
    lon = rng.uniform(44.8, 46.8, n)
    lat = rng.uniform(38.9, 41.2, n)
    days = rng.integers(0, 3 * 365, n)
    kinds = rng.choice(3, n, p=[0.85, 0.10, 0.05])
    n_articles = max(1, n // 5)
    incidents, claims = [], []
    for i in range(n):
        point = Point(round(lon[i], 4), round(lat[i], 4))
        geometry = point if kinds[i] != 1 else LineString(
            [(lon[i], lat[i]), (lon[i] + 0.1, lat[i] + 0.05), (lon[i] + 0.2, lat[i] + 0.03)])
        event_type = "diplomatic" if kinds[i] == 2 else TYPES[i % 4]
        date = str(np.datetime64("2021-01-01") + np.timedelta64(int(days[i]), "D"))
        article = f"{i % n_articles:05d}_synthetic.txt"
        incidents.append(dict(
            id=f"inc-{i}", date=date, date_precision="day", event_type=event_type,
            sub_event_type="Armed clash", actors=["AM", "AZ"], places=[f"Village {i % 500}"],
            fatalities_min=int(i % 7), fatalities_max=int(i % 7) + 2, injured_min=None,
            injured_max=None, geo_precision=2, articles=[article],
            summary=f"Exchange of fire reported near Village {i % 500}.", territory="AM",
            near_border=True, claims_count=2, claimants=["MoD Armenia", "MoD Azerbaijan"],
            geometry=geometry))
        for j, (claimant, country, stance) in enumerate(
                [("Ministry of Defense of Armenia", "AM", "asserts"),
                 ("Ministry of Defense of Azerbaijan", "AZ", "denies")]):
            # half the denials name a place of their own, a few km away
            where = (Point(round(lon[i] + 0.04, 4), round(lat[i] - 0.03, 4))
                     if j == 1 and i % 2 == 0 else geometry)
            claims.append(dict(
                id=f"cl-{i}-{j}", incident_id=f"inc-{i}", claimant=claimant,
                claimant_country=country, stance=stance, text=SENTENCES[j], article=article,
                date=date, places=[f"Village {i % 500}"], date_precision="day",
                geo_precision=2, location="near", geometry=where))
    places = [dict(id=f"gm:v{k}", name=f"Village {k}", mentions=[f"Village {k}"],
                   country_code="AM", kind="village", source="synthetic",
                   articles=["00000_synthetic.txt"],
                   geometry=Point(44.8 + (k % 25) * 0.08, 38.9 + (k // 25) * 0.1))
              for k in range(min(500, n))]
    overlays = [dict(id="ov-am-ir", name="Iran–Armenia border", kind="border",
                     countries=["AM", "IR"], length_km=35.4, status="international border",
                     source="synthetic",
                     geometry=LineString([(46.136, 38.864), (46.514, 38.882)]))]
    articles = tuple(Article(id=f"{k:05d}_synthetic.txt", text="", title=f"Report {k}",
                             source="Synthetic wire", url=f"https://example.org/{k}")
                     for k in range(n_articles))
    return SimpleNamespace(
        articles=articles, places=frame(places, PLACE_COLUMNS),
        incidents=frame(incidents, INCIDENT_COLUMNS), claims=frame(claims, CLAIM_COLUMNS),
        overlays=frame(overlays, OVERLAY_COLUMNS))


def time_in_browser(path: Path) -> tuple[float, float, float]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        page.route("**/*", lambda route: route.continue_()
                   if route.request.url.startswith(("file:", "data:")) else route.abort())
        start = time.perf_counter()
        page.goto(path.resolve().as_uri(), timeout=120_000)
        page.wait_for_function("window.geomap && window.geomap.ready === true",
                               timeout=120_000)
        page.evaluate("() => new Promise(r => requestAnimationFrame(() => r()))")
        ready = time.perf_counter() - start
        start = time.perf_counter()
        page.evaluate("""() => new Promise(r => {
            const m = geomap.map;
            m.panBy([300, 200], {animate: false});
            m.setZoom(m.getZoom() + 1, {animate: false});
            requestAnimationFrame(() => r());
        })""")
        pan = time.perf_counter() - start
        claims = float("nan")
        if not page.evaluate("geomap.map.hasLayer(geomap.groups.claims)"):
            start = time.perf_counter()
            page.evaluate("""() => new Promise(r => {
                geomap.map.addLayer(geomap.groups.claims);
                requestAnimationFrame(() => r());
            })""")
            claims = time.perf_counter() - start
        browser.close()
    return ready, pan, claims


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[100, 1_000, 10_000])
    parser.add_argument("--keep", type=Path, help="keep the maps in this folder")
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args(argv)

    from geomap.geometry import load_boundaries
    from geomap.render import write_map

    boundaries = load_boundaries()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="geomap-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"{'incidents':>9}  {'build s':>8}  {'size MB':>8}  {'ready s':>8}  {'pan s':>6}"
          f"  {'claims s':>8}")
    for n in args.sizes:
        result = synthetic_result(n)
        path = folder / f"map-{n}.html"
        start = time.perf_counter()
        write_map(result, path, BuildOptions(title=f"{n} synthetic incidents"),
                  boundaries=boundaries)
        build = time.perf_counter() - start
        size = path.stat().st_size / 1e6
        ready = pan = claims = float("nan")
        if not args.no_browser and Path(CHROMIUM).exists():
            ready, pan, claims = time_in_browser(path)
        shown = "-" if claims != claims else f"{claims:.2f}"
        print(f"{n:>9}  {build:>8.2f}  {size:>8.2f}  {ready:>8.2f}  {pan:>6.2f}  {shown:>8}",
              flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
