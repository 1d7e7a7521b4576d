"""Run every benchmark of geomap in turn and print their figures.

    $ python3 benchmarks/run_all.py            # everything (about 15–30 minutes)
    $ python3 benchmarks/run_all.py --quick    # smaller corpora, for a first look
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

BENCHMARKS = [
    ("gazetteer: cold load, warm resolve, place finding vs geotext", "bench_gazetteer.py", []),
    ("extraction: incidents and claims throughput", "bench_extraction.py", []),
    ("accuracy on public corpora", "bench_accuracy.py", []),
    ("map: build time, size, time to ready in Chromium", "bench_map.py", []),
    ("full pipeline speed and memory", "bench_pipeline.py", []),
]
QUICK_ARGS = {"bench_pipeline.py": ["--sizes", "5", "--jobs", "1"],
              "bench_map.py": ["--counts", "100", "1000"]}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    import os
    print(f"geomap benchmarks, {dt.date.today()}, {platform.machine()}, "
          f"{os.cpu_count()} cores, Python {platform.python_version()}", flush=True)
    status = 0
    for title, script, extra in BENCHMARKS:
        if not (HERE / script).exists():
            continue
        print(f"\n== {title} ({script})", flush=True)
        extra = extra + (QUICK_ARGS.get(script, []) if args.quick else [])
        done = subprocess.run([sys.executable, str(HERE / script), *extra])
        status = status or done.returncode
    return status


if __name__ == "__main__":
    raise SystemExit(main())
