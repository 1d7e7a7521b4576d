"""Time geomap.geometry: loading the boundary set, locating incidents, building overlays.

    $ python3 benchmarks/bench_geometry.py [--incidents 500]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "geometry")]


def timed(label, fn, repeat=1):
    start = time.perf_counter()
    for _ in range(repeat):
        out = fn()
    print(f"{label}: {(time.perf_counter() - start) / repeat * 1000:.1f} ms", file=sys.stderr)
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--incidents", type=int, default=500)
    args = parser.parse_args()

    from geo_helpers import StubGazetteer, make_claim, make_incident, make_place  # noqa: I001
    from geomap.geometry import build_overlays, load_boundaries, locate
    from geomap.model import BuildOptions, Location

    boundaries = timed("load_boundaries (first)", load_boundaries)
    timed("load_boundaries (cached)", load_boundaries, repeat=100)
    names = ("Dashkasan", "Kalbajar", "Lachin", "Meghri", "Ordubad", "Jermuk")
    relations = ("direction", "at", "near", "sector")
    incidents = []
    for i in range(args.incidents):
        place = make_place(names[i % len(names)])
        loc = Location(relations[i % len(relations)], place)
        claim = make_claim(f"c{i}", f"i{i}", "AZ", locations=[loc])
        incidents.append(make_incident(f"i{i}", ("AM", "AZ"), claims=(claim,)))
    timed(f"locate ({args.incidents} incidents)",
          lambda: locate(tuple(incidents), {}, boundaries, BuildOptions()))
    timed("build_overlays", lambda: build_overlays(StubGazetteer(), boundaries, BuildOptions()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
