"""Why geomap's resolution misses on the public corpora: errors sorted into categories.

For every gold toponym with coordinates (resolution given the gold span) the resolution
is compared with the gold point and with the candidates the gazetteer had for that name:

* ``unresolved: …`` — no place at all (the note says why: not in the gazetteer, a demonym…);
* ``absent`` — the name is known but no candidate lies within 161 km of the gold point
  (the place itself, or that sense of the name, is missing from the index);
* ``country chosen`` / ``country missed`` — a country was chosen over the right
  non-country candidate, or the reverse;
* ``same country`` — the right candidate was there, the choice stayed in its country;
* ``other country`` — the right candidate was there, a same-named place abroad won.

Prints the count of each category per corpus and the most frequent surfaces in each,
with what was chosen and what was right:

    $ python3 benchmarks/diagnose_resolution.py [--corpus LGL] [--top 25] [--limit N]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_corpora import CORPORA, EVAL_DIR, haversine_km, resolve_gold  # noqa: E402

CORRECT_KM = 161.0


def _label(place) -> str:
    if place is None:
        return "-"
    where = "/".join(p for p in (place.country_code, place.admin1) if p)
    return f"{place.name} [{place.kind} {where} pop {place.population}]"


def categorise(gazetteer, text: str, gold, resolution) -> tuple[str, str]:
    """(category, detail) of one resolution against its gold toponym."""
    from geomap.gazetteer.normalize import lookup_key

    place = resolution.place
    if place is None:
        return f"unresolved: {resolution.reason or '?'}", "-"
    if haversine_km(gold.lat, gold.lon, place.lat, place.lon) < CORRECT_KM:
        return "correct", ""
    surface = text[gold.start:gold.end]
    options = list(gazetteer.options(lookup_key(surface)))
    if not options:
        options, _ = gazetteer._variant_options(surface)
    right = [o for o in options
             if haversine_km(gold.lat, gold.lon, o.lat, o.lon) < CORRECT_KM]
    if not right:
        return "absent", f"chose {_label(place)}"
    target = gazetteer.place_of(max(right, key=lambda o: o.logit))
    detail = f"chose {_label(place)}; right {_label(target)}"
    if place.kind == "country" and target.kind != "country":
        return "country chosen", detail
    if target.kind == "country" and place.kind != "country":
        return "country missed", detail
    if place.country_code == target.country_code:
        return "same country", detail
    return "other country", detail


def diagnose(corpus: str, gazetteer, limit: int | None) -> tuple[Counter, dict]:
    counts: Counter = Counter()
    examples: dict[str, Counter] = defaultdict(Counter)
    for number, doc in enumerate(CORPORA[corpus]()):
        if limit is not None and number >= limit:
            break
        for gold, res in resolve_gold(gazetteer, corpus, doc)[1]:
            category, detail = categorise(gazetteer, doc.text, gold, res)
            counts[category] += 1
            if category != "correct":
                examples[category][f"{doc.text[gold.start:gold.end]!r}: {detail}"] += 1
    return counts, examples


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", action="append", choices=sorted(CORPORA))
    parser.add_argument("--top", type=int, default=15, help="examples per category")
    parser.add_argument("--limit", type=int, help="at most N documents per corpus")
    args = parser.parse_args(argv)
    if not EVAL_DIR.is_dir():
        print(f"skipped: {EVAL_DIR} not found")
        return 0
    from geomap.gazetteer import load_gazetteer
    gazetteer = load_gazetteer()
    for corpus in args.corpus or list(CORPORA):
        counts, examples = diagnose(corpus, gazetteer, args.limit)
        total = sum(counts.values())
        reachable = total - sum(n for c, n in counts.items()
                                if c == "absent" or c.startswith("unresolved"))
        print(f"\n=== {corpus}: {total} gold toponyms, "
              f"{100 * counts['correct'] / max(total, 1):.1f}% within {CORRECT_KM:.0f} km; "
              f"{100 * reachable / max(total, 1):.1f}% had a candidate within "
              f"{CORRECT_KM:.0f} km (the ceiling of choosing among the gazetteer's places)")
        for category, n in counts.most_common():
            if category == "correct":
                continue
            print(f"\n  {category}: {n} ({100 * n / total:.1f}%)")
            for line, k in examples[category].most_common(args.top):
                print(f"    {k:3d}  {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
