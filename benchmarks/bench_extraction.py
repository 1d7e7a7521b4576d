"""Incident and claim extraction speed: sentences → actors → incidents & claims, one process.

Runs ``split_sentences``, ``find_actors`` and ``extract_incidents`` over a corpus of at
least ``--size`` MB made in memory from the texts of ../shared/eval (or, without them,
the seed articles repeated) — never written into the repository — then ``merge_incidents``
over everything found. Place resolutions are left out (the gazetteer has its own
benchmark), so this measures the incidents stage alone. Prints articles/s, MB/s and the
peak resident memory of the process. Target: ≥ 200 articles/s.

Then merging alone on many reports of one day (``--merge-reports``: one-sentence wire
reports of shelling at one of Armenia's villages, places resolved, past the number of
villages the same reports again), where every report could be compared with every
other: seconds per size, which should grow about linearly.

    $ python3 benchmarks/bench_extraction.py [--size 5] [--merge-reports 1000 4000 20000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SEEDS_DIR = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def source_texts() -> tuple[str, list[str]]:
    """(description, texts) of the corpus to cycle through."""
    from eval_corpora import EVAL_DIR, corpus_texts
    if EVAL_DIR.is_dir():
        return "../shared/eval corpora", corpus_texts()
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS_DIR.glob("*.txt"))]
    return "../shared/seeds repeated", texts


def corpus(size_mb: float):
    """Articles cycling through the source texts until ``size_mb`` MB of UTF-8 text."""
    from geomap.model import Article
    name, texts = source_texts()
    if not texts:
        raise SystemExit("no corpus: neither ../shared/eval nor ../shared/seeds is present")
    target, total, articles = int(size_mb * 1_000_000), 0, []
    published = dt.date(2022, 9, 14)
    while total < target:
        text = texts[len(articles) % len(texts)]
        articles.append(Article(id=f"doc{len(articles):07d}", text=text, published=published))
        total += len(text.encode("utf-8"))
    return name, articles, total


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=float, default=5.0, help="corpus size in MB (≥ 5)")
    parser.add_argument("--merge-reports", type=int, nargs="*", default=[1000, 4000, 20000],
                        help="sizes of the merge figure (none: skip it)")
    args = parser.parse_args(argv)

    from geomap.incidents import extract_incidents, find_actors, merge_incidents
    from geomap.incidents.tables import actor_tables, cue_patterns, event_tables, number_tables
    from geomap.text.sentences import split_sentences

    name, articles, total_bytes = corpus(args.size)
    # load the tables before timing: a real run loads them once per process too
    actor_tables(), cue_patterns(), event_tables(), number_tables()

    started = time.perf_counter()
    found, n_sentences, n_actors = [], 0, 0
    for article in articles:
        sentences = split_sentences(article)
        actors = find_actors(article, sentences)
        found.extend(extract_incidents(article, sentences, (), actors, None))
        n_sentences += len(sentences)
        n_actors += len(actors)
    extracted = time.perf_counter() - started
    merged = merge_incidents(found)
    seconds = time.perf_counter() - started

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    mb = total_bytes / 1_000_000
    print(f"corpus: {name}, {len(articles)} articles, {mb:.1f} MB, {n_sentences} sentences, "
          f"{n_actors} actor mentions")
    print(f"extraction: {extracted:.2f} s  →  {len(articles) / extracted:.0f} articles/s, "
          f"{mb / extracted:.2f} MB/s")
    print(f"with merge: {seconds:.2f} s  →  {len(articles) / seconds:.0f} articles/s "
          f"({len(found)} incidents, {len(merged)} after merging)")
    print(f"peak memory (RSS): {peak_mb:.0f} MB")
    print("target ≥ 200 articles/s:", "met" if len(articles) / seconds >= 200 else "NOT met")
    if args.merge_reports:
        merge_scale(args.merge_reports)
    return 0


def armenian_villages() -> list[str]:
    """The names of Armenia's villages in the committed regional gazetteer."""
    import csv
    path = Path(__file__).resolve().parents[1] / "gazetteer" / "regional.csv"
    with open(path, encoding="utf-8") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        return [r["name"] for r in rows if r["country_code"] == "AM" and r["kind"] == "village"]


def merge_scale(sizes: list[int]) -> None:
    """Seconds ``merge_incidents`` takes on ``sizes`` one-sentence reports of one day."""
    from geomap.gazetteer import load_gazetteer
    from geomap.incidents import extract_incidents, find_actors, merge_incidents
    from geomap.model import Article
    from geomap.text.sentences import split_sentences

    gazetteer = load_gazetteer()
    published = dt.date(2022, 9, 14)
    villages = armenian_villages()
    kinds: dict[str, list] = {}         # the incidents of each distinct report, found once
    print(f"\nmerging many reports of one day (one sentence each: shelling at one of "
          f"{len(villages)} villages, places resolved):")
    for size in sizes:
        found = []
        for n in range(size):
            text = (f"Azerbaijani forces shelled {villages[n % len(villages)]} on Monday, "
                    "the Armenian Defense Ministry said.")
            if text not in kinds:
                article = Article(id=f"report{len(kinds)}", text=text, published=published)
                sentences = split_sentences(article)
                kinds[text] = list(extract_incidents(
                    article, sentences, gazetteer.locate(article),
                    find_actors(article, sentences), None))
            found.extend(kinds[text])
        started = time.perf_counter()
        merged = merge_incidents(found)
        seconds = time.perf_counter() - started
        print(f"  {size:6d} reports ({len(found)} incidents) → {len(merged)} merged in "
              f"{seconds:.2f} s")


if __name__ == "__main__":
    sys.exit(main())
