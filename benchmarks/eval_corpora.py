"""Readers for the public geoparsing corpora in ../shared/eval (never copied into the repo).

Each reader yields ``GoldDocument``s: the text and its gold toponyms (character span,
surface, gold coordinates where the corpus gives them). Metrics follow
../shared/eval/ANCHORS.md (Gritta et al.): error = great-circle km, acc@161, AUC of
ln(1 + error) normalised by ln(20039 km).
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

EVAL_DIR = Path(__file__).resolve().parents[2] / "shared" / "eval"
EARTH_HALF_CIRCUMFERENCE_KM = 20039.0


@dataclass(frozen=True)
class GoldToponym:
    start: int
    end: int
    surface: str
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class GoldDocument:
    """An article with its gold: ``toponyms`` for recognition, ``located`` (toponyms with
    gold coordinates) for resolution given the gold spans."""

    corpus: str
    doc_id: str
    text: str
    toponyms: tuple[GoldToponym, ...]
    located: tuple[GoldToponym, ...]


#: per corpus: gold spans whose offsets were repaired or had to be dropped while reading
ALIGNMENT: dict[str, Counter] = {}

#: how far (characters) a drifted gold offset is searched for its phrase
_ALIGN_WINDOW = 40


def _align(text: str, start: int, end: int, surface: str, corpus: str) -> tuple[int, int] | None:
    """Offsets of ``surface`` at or nearest to [start, end); None if it is not nearby.

    TR-News has articles whose offsets drift by a few characters (characters of the
    original page dropped from the text) and GeoWebNews has four spans with negative
    offsets; a span whose phrase occurs within ``_ALIGN_WINDOW`` characters is moved
    there, anything else is dropped and counted in ``ALIGNMENT``."""
    counts = ALIGNMENT.setdefault(corpus, Counter())
    if 0 <= start < end <= len(text) and text[start:end] == surface:
        counts["exact"] += 1
        return start, end
    if surface and start >= 0:
        lo, hi = max(0, start - _ALIGN_WINDOW), min(len(text), end + _ALIGN_WINDOW)
        window = text[lo:hi]
        found = [lo + i for i in _occurrences(window, surface)]
        if not found:
            found = [lo + i for i in _occurrences(window.lower(), surface.lower())]
        if found:
            at = min(found, key=lambda i: abs(i - start))
            counts["realigned"] += 1
            return at, at + len(surface)
    counts["dropped"] += 1
    return None


def _occurrences(text: str, needle: str) -> list[int]:
    out, at = [], text.find(needle)
    while at >= 0:
        out.append(at)
        at = text.find(needle, at + 1)
    return out


def _float(node, tag):
    value = node.findtext(tag)
    return float(value) if value not in (None, "") else None


def _document(corpus: str, doc_id: str, text: str, raw: list[tuple], located_raw=None
              ) -> GoldDocument:
    """A document from raw (start, end, surface, lat, lon) rows; ``located_raw`` rows
    (default: the raw rows with coordinates) are the resolution gold."""
    def aligned(rows):
        out = []
        for start, end, surface, lat, lon in rows:
            span = _align(text, start, end, surface, corpus)
            if span is not None:
                out.append(GoldToponym(span[0], span[1], surface, lat, lon))
        return tuple(out)

    toponyms = aligned(raw)
    if located_raw is None:
        located = tuple(t for t in toponyms if t.lat is not None and t.lon is not None)
    else:
        located = aligned(located_raw)
    return GoldDocument(corpus, doc_id, text, toponyms, located)


def read_lgl_style(path: Path, corpus: str) -> Iterator[GoldDocument]:
    """LGL and TR-News: <article docid> <text> <toponyms><toponym> start end phrase gaztag.

    Recognition gold is the toponyms with a gaztag (GeoNames id and coordinates), as in
    Gritta et al.'s evaluation: with it their stored CLAVIN output gives exactly the
    published LGL P .81 / R .44 / F .57 (results_lgl.txt); toponyms without a gaztag are
    left out of both recognition and resolution."""
    root = ET.parse(path).getroot()
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        raw = []
        for top in art.iter("toponym"):
            gaz = top.find("gaztag")
            lat = _float(gaz, "lat") if gaz is not None else None
            lon = _float(gaz, "lon") if gaz is not None else None
            if lat is None or lon is None:
                continue
            raw.append((int(top.findtext("start")), int(top.findtext("end")),
                        top.findtext("phrase") or "", lat, lon))
        yield _document(corpus, art.get("docid", ""), text, raw)


#: GeoWebNews types that are toponyms for a literal-location task (see its SOURCE.md)
GWN_TOPONYM_TYPES = frozenset({"Literal", "Literal_Modifier", "Metonymic", "Mixed",
                               "Coercion", "Embedded_Literal", "Non_Literal_Modifier",
                               "Embedded_Non_Lit"})


def read_geowebnews(path: Path) -> Iterator[GoldDocument]:
    """GeoWebNews: recognition gold from GWN.xml (the toponym types above); resolution gold
    from the authors' geocoding file ``gwn_full.txt`` (2,401 toponyms with GeoNames
    coordinates, one line per article in GWN.xml's order) — the file the Edinburgh,
    Yahoo! and EMM outputs of ANCHORS.md are scored against. GWN.xml's other coordinates
    belong to streets and buildings placed by hand."""
    root = ET.parse(path).getroot()
    lines = (path.parent / "gwn_full.txt").read_text(encoding="utf-8").splitlines()
    for art, line in zip(root.iter("article"), lines, strict=True):
        text = art.findtext("text") or ""
        raw = []
        for top in art.iter("toponym"):
            if top.findtext("type") not in GWN_TOPONYM_TYPES:
                continue
            raw.append((int(top.findtext("start")), int(top.findtext("end")),
                        top.findtext("extractedName") or "",
                        _float(top, "latitude"), _float(top, "longitude")))
        located_raw = [(start, end, surface, lat, lon)
                       for surface, lat, lon, start, end in _line_items(line)]
        yield _document("GeoWebNews", art.get("file", ""), text, raw, located_raw)


def read_geovirus(path: Path) -> Iterator[GoldDocument]:
    """GeoVirus: offsets in GeoVirus.xml count from 1 (all 2,170 <name>s sit at
    [start - 1, end - 1) of <text>), so they are shifted to Python's 0-based offsets."""
    root = ET.parse(path).getroot()
    for number, art in enumerate(root.iter("article")):
        text = art.findtext("text") or ""
        raw = [(int(loc.findtext("start")) - 1, int(loc.findtext("end")) - 1,
                loc.findtext("name") or "", _float(loc, "lat"), _float(loc, "lon"))
               for loc in art.iter("location")]
        yield _document("GeoVirus", str(number), text, raw)


CORPORA = {
    "LGL": lambda: read_lgl_style(EVAL_DIR / "lgl" / "lgl.xml", "LGL"),
    "TR-News": lambda: read_lgl_style(EVAL_DIR / "tr_news" / "TR-News.xml", "TR-News"),
    "GeoWebNews": lambda: read_geowebnews(EVAL_DIR / "geowebnews" / "GWN.xml"),
    "GeoVirus": lambda: read_geovirus(EVAL_DIR / "geovirus" / "GeoVirus.xml"),
}


def resolve_gold(gazetteer, corpus: str, doc: GoldDocument):
    """(article, [(gold toponym, resolution)]): the located gold spans of a document
    resolved by geomap, told that they are places (``trust_spans`` skips the checks that
    keep people, organisations and demonyms out of recognition)."""
    from geomap.model import Article, Mention

    article = Article(id=f"{corpus}:{doc.doc_id}", text=doc.text)
    mentions = [Mention(article.id, doc.text[t.start:t.end], t.start, t.end)
                for t in doc.located]
    resolutions = gazetteer.resolve_mentions(article, mentions, trust_spans=True)
    return article, list(zip(doc.located, resolutions))


def haversine_km(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def resolution_metrics(errors_km: list[float]) -> dict:
    """acc@161, AUC (lower is better), mean and median error of a list of errors in km."""
    if not errors_km:
        return {"n": 0}
    errors = sorted(errors_km)
    n = len(errors)
    logs = [math.log(1 + e) for e in errors]
    if n > 1:
        area = sum((logs[i] + logs[i + 1]) / 2 for i in range(n - 1))
        auc = area / (math.log(EARTH_HALF_CIRCUMFERENCE_KM) * (n - 1))
    else:
        auc = logs[0] / math.log(EARTH_HALF_CIRCUMFERENCE_KM)
    median = errors[n // 2] if n % 2 else (errors[n // 2 - 1] + errors[n // 2]) / 2
    return {"n": n, "acc161": sum(e < 161 for e in errors) / n, "auc": auc,
            "mean_km": sum(errors) / n, "median_km": median}


def recognition_metrics(gold: set, predicted: set) -> dict:
    """Precision, recall and F1 of exact (start, end) span matches."""
    hits = len(gold & predicted)
    p = hits / len(predicted) if predicted else 0.0
    r = hits / len(gold) if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "gold": len(gold), "predicted": len(predicted)}


def _line_items(line: str) -> list[tuple]:
    """(surface, lat, lon, start, end) of one article line of the Gritta line format."""
    items = []
    for chunk in line.split("||"):
        parts = chunk.split(",,")
        if len(parts) >= 6:
            items.append((parts[1], float(parts[2]), float(parts[3]), int(parts[4]),
                          int(parts[5])))
    return items


def read_line_format(path: Path) -> list[list[tuple]]:
    """The Gritta line format: one article a line, ``name,,surface,,lat,,lon,,start,,end||``."""
    return [_line_items(line) for line in path.read_text(encoding="utf-8").splitlines()]


def corpus_texts() -> list[str]:
    """Every article text of the four corpora (about 9 MB), in a fixed order."""
    return [doc.text for name in sorted(CORPORA) for doc in CORPORA[name]() if doc.text.strip()]


def write_jsonl_corpus(path: Path, size_mb: float, published: str = "2022-09-14") -> int:
    """A JSONL corpus of at least ``size_mb`` MB cycling through the eval texts; returns
    the number of articles. Written to a temporary place by the benchmarks, never kept."""
    import json
    texts = corpus_texts()
    target = int(size_mb * 1_000_000)
    written = count = 0
    with path.open("w", encoding="utf-8") as fh:
        while written < target:
            text = texts[count % len(texts)]
            fh.write(json.dumps({"id": f"doc{count:07d}", "text": text,
                                 "published": published}) + "\n")
            written += len(text.encode("utf-8"))
            count += 1
    return count
