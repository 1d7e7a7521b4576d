"""Full ``geomap build`` speed and memory on 5 MB and 100 MB corpora, at 1 and 2 processes.

Runs the real CLI in a subprocess on a JSONL corpus made from the eval texts, and prints
articles/s, MB/s and the peak memory (PSS) of the whole process tree (sampled every
0.1 s with psutil). Memory must not grow with corpus size. Then the same texts as one long
article of each ``--long`` size (the built-in example's reports, end to end): its time
must grow with its length, not faster.

    $ python3 benchmarks/bench_pipeline.py [--sizes 5 100] [--jobs 1 2] [--long 1 2]
    $ python3 benchmarks/bench_pipeline.py --sizes --long 0.5 1 2 --one-line
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_corpora import EVAL_DIR, write_jsonl_corpus  # noqa: E402


def tree_memory(proc: psutil.Process) -> int:
    """Proportional set size (PSS) of the process tree: pages the worker processes share
    with their parent after fork count once, not once per process (RSS would)."""
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            total += p.memory_full_info().pss
        except (psutil.Error, AttributeError):
            try:
                total += p.memory_info().rss
            except psutil.Error:
                pass
    return total


def run_build(corpus: Path, out: Path, jobs: int, extra: list[str]) -> tuple[float, int, int]:
    """(seconds, peak tree PSS bytes, exit status) of one ``geomap build``."""
    cmd = [sys.executable, "-m", "geomap", "build", str(corpus), "--out", str(out),
           "--jobs", str(jobs), "--no-progress", *extra]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    ps, peak = psutil.Process(proc.pid), 0
    while proc.poll() is None:
        peak = max(peak, tree_memory(ps))
        time.sleep(0.1)
    seconds = time.perf_counter() - started
    if proc.returncode not in (0, 3):
        sys.stderr.write(proc.stderr.read().decode("utf-8", "replace"))
    return seconds, peak, proc.returncode


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="*", default=[5, 100], help="MB")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--long", type=float, nargs="*", default=[1, 2],
                        help="sizes in MB of the one-article runs")
    parser.add_argument("--one-line", action="store_true",
                        help="write the long articles on one line (no line breaks), as a "
                             "careless export or a scraped page may")
    parser.add_argument("--format", default="geojson,csv,gpkg,html")
    args = parser.parse_args(argv)
    if not EVAL_DIR.is_dir():
        print(f"skipped: {EVAL_DIR} not found (../shared/eval is absent)")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        subprocess.run([sys.executable, "-m", "geomap", "resolve", "Baku"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # warm the cache
        print(f"{'corpus':>8} {'articles':>9} {'jobs':>4} {'seconds':>8} {'art/s':>8} "
              f"{'MB/s':>6} {'peak MB':>8}")
        for size in args.sizes:
            corpus = tmp / f"corpus_{size:g}mb.jsonl"
            count = write_jsonl_corpus(corpus, size)
            mb = corpus.stat().st_size / 1e6
            for jobs in args.jobs:
                seconds, peak, status = run_build(corpus, tmp / "out", jobs,
                                                  ["--format", args.format])
                flag = "" if status in (0, 3) else f"  (exit {status})"
                print(f"{mb:7.1f}M {count:9d} {jobs:4d} {seconds:8.1f} {count / seconds:8.0f} "
                      f"{mb / seconds:6.2f} {peak / 1e6:8.0f}{flag}", flush=True)
        for size in args.long:
            article = tmp / f"long_{size:g}mb.txt"
            article.write_text(long_text(size, args.one_line), encoding="utf-8")
            mb = article.stat().st_size / 1e6
            seconds, peak, status = run_build(article, tmp / "out", 1,
                                              ["--format", args.format,
                                               "--published", "2022-09-14"])
            flag = "" if status in (0, 3) else f"  (exit {status})"
            print(f"{mb:7.1f}M {'1 (long)':>9} {1:4d} {seconds:8.1f} {'':>8} "
                  f"{mb / seconds:6.2f} {peak / 1e6:8.0f}{flag}", flush=True)
    return 0


def long_text(size_mb: float, one_line: bool = False) -> str:
    """The built-in example's border reports (dense with events, claims and places) one
    after another, as the paragraphs of one article of ``size_mb`` (or all on one line)."""
    examples = sorted((Path(__file__).resolve().parents[1] / "geomap" / "examples")
                      .glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in examples]
    parts, total = [], 0
    while total < size_mb * 1e6:
        parts.append(texts[len(parts) % len(texts)])
        total += len(parts[-1].encode("utf-8")) + 2
    return " ".join(p.replace("\n", " ") for p in parts) if one_line else "\n\n".join(parts)


if __name__ == "__main__":
    raise SystemExit(main())
