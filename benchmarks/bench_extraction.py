"""Incident and claim extraction speed: sentences → actors → incidents & claims, one process.

Runs ``split_sentences``, ``find_actors`` and ``extract_incidents`` over a corpus of at
least ``--size`` MB made in memory from the texts of ../shared/eval (or, without them,
the seed articles repeated) — never written into the repository — then ``merge_incidents``
over everything found. Place resolutions are left out (the gazetteer has its own
benchmark), so this measures the incidents stage alone. Prints articles/s, MB/s and the
peak resident memory of the process. Target: ≥ 200 articles/s.

    $ python3 benchmarks/bench_extraction.py [--size 5]
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
