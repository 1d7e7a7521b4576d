"""Geoparsing accuracy on the public corpora of ../shared/eval, beside published figures.

Prints, per corpus: toponym recognition precision/recall/F1 (exact spans), and resolution
given the gold spans — acc@161, AUC of log error (lower is better), mean and median
error km — computed as ../shared/eval/ANCHORS.md defines them. A gold span geomap does
not resolve counts as the worst error (20,039 km). The gold (eval_corpora.py): for LGL and
TR-News the toponyms with GeoNames coordinates, for GeoWebNews the literal and associative
toponym types (recognition) and the authors' geocoding file gwn_full.txt (resolution),
for GeoVirus every location; drifted TR-News offsets are realigned and counted.
Resolution is given the gold spans as places (``trust_spans``): no person/organisation
filter, and a demonym stands for its country. Why resolutions miss, by kind of error:
benchmarks/diagnose_resolution.py.

    $ python3 benchmarks/bench_accuracy.py [--corpus LGL ...] [--limit N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_corpora import (ALIGNMENT, CORPORA, EARTH_HALF_CIRCUMFERENCE_KM, EVAL_DIR,  # noqa: E402
                          haversine_km, recognition_metrics, resolution_metrics,
                          resolve_gold)

#: published acc@161 (%) to beat, from ../shared/eval/ANCHORS.md
PUBLISHED_ACC161 = {
    "LGL": [("Mordecai 3 (README)", 82.7), ("CamCoder", 76), ("Edinburgh", 76), ("CLAVIN", 71)],
    "TR-News": [("Mordecai 3 (README)", 87.3)],
    "GeoWebNews": [("Mordecai 3 (README)", 94.1), ("Edinburgh (matched subset)", 94.3)],
    "GeoVirus": [("CamCoder", 82), ("Edinburgh", 78), ("CLAVIN", 79)],
}
PUBLISHED_RECOGNITION_F1 = {"LGL": [("Topocluster", 0.71), ("GeoTxt", 0.68),
                                    ("Edinburgh", 0.62), ("CLAVIN", 0.57)]}


def evaluate(corpus: str, gazetteer, limit: int | None = None) -> dict:
    gold_spans, predicted_spans, errors = set(), set(), []
    docs = 0
    started = time.perf_counter()
    for doc in CORPORA[corpus]():
        if limit is not None and docs >= limit:
            break
        docs += 1
        article, resolved = resolve_gold(gazetteer, corpus, doc)
        gold_spans |= {(doc.doc_id, t.start, t.end) for t in doc.toponyms}
        predicted_spans |= {(doc.doc_id, m.start, m.end)
                            for m in gazetteer.find_mentions(article)}
        for gold, res in resolved:
            if res.place is None:
                errors.append(EARTH_HALF_CIRCUMFERENCE_KM)
            else:
                errors.append(haversine_km(gold.lat, gold.lon, res.place.lat, res.place.lon))
    return {"corpus": corpus, "docs": docs, "seconds": time.perf_counter() - started,
            "recognition": recognition_metrics(gold_spans, predicted_spans),
            "resolution": resolution_metrics(errors)}


def report(row: dict) -> str:
    rec, res = row["recognition"], row["resolution"]
    aligned = ALIGNMENT.get(row["corpus"], {})
    repairs = ", ".join(f"{aligned[k]} {k}" for k in ("realigned", "dropped") if aligned.get(k))
    lines = [f"{row['corpus']}: {row['docs']} docs, {rec['gold']} gold toponyms, {res['n']} "
             f"with coordinates, {row['seconds']:.1f} s"
             + (f" (gold offsets: {repairs})" if repairs else ""),
             f"  recognition (exact spans): P {rec['precision']:.3f}  R {rec['recall']:.3f}  "
             f"F1 {rec['f1']:.3f}"]
    for name, f1 in PUBLISHED_RECOGNITION_F1.get(row["corpus"], []):
        lines.append(f"      published F1 {name}: {f1:.2f}")
    lines.append(f"  resolution given gold spans: acc@161 {100 * res['acc161']:.1f}  "
                 f"AUC {res['auc']:.3f}  mean {res['mean_km']:.0f} km  "
                 f"median {res['median_km']:.1f} km")
    for name, acc in PUBLISHED_ACC161.get(row["corpus"], []):
        verdict = "above" if 100 * res["acc161"] > acc else "below"
        lines.append(f"      published acc@161 {name}: {acc:.1f}  (geomap {verdict})")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", action="append", choices=sorted(CORPORA))
    parser.add_argument("--limit", type=int, help="at most N documents per corpus")
    args = parser.parse_args(argv)
    if not EVAL_DIR.is_dir():
        print(f"skipped: {EVAL_DIR} not found (../shared/eval is absent)")
        return 0
    from geomap.gazetteer import load_gazetteer
    gazetteer = load_gazetteer()
    for corpus in args.corpus or list(CORPORA):
        print(report(evaluate(corpus, gazetteer, args.limit)), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
