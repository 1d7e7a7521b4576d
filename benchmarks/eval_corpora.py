"""Readers for the public geoparsing corpora in ../shared/eval (never copied into the repo).

Each reader yields ``GoldDocument``s: the text and its gold toponyms (character span,
surface, gold coordinates where the corpus gives them). Metrics follow
../shared/eval/ANCHORS.md (Gritta et al.): error = great-circle km, acc@161, AUC of
ln(1 + error) normalised by ln(20039 km).
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
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
    corpus: str
    doc_id: str
    text: str
    toponyms: tuple[GoldToponym, ...]


def _float(node, tag):
    value = node.findtext(tag)
    return float(value) if value not in (None, "") else None


def read_lgl_style(path: Path, corpus: str) -> Iterator[GoldDocument]:
    """LGL and TR-News: <article docid> <text> <toponyms><toponym> start end phrase gaztag."""
    root = ET.parse(path).getroot()
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        tops = []
        for top in art.iter("toponym"):
            gaz = top.find("gaztag")
            lat = _float(gaz, "lat") if gaz is not None else None
            lon = _float(gaz, "lon") if gaz is not None else None
            tops.append(GoldToponym(int(top.findtext("start")), int(top.findtext("end")),
                                    top.findtext("phrase") or "", lat, lon))
        yield GoldDocument(corpus, art.get("docid", ""), text, tuple(tops))


#: GeoWebNews types that are toponyms for a literal-location task (see its SOURCE.md)
GWN_TOPONYM_TYPES = frozenset({"Literal", "Literal_Modifier", "Metonymic", "Mixed",
                               "Coercion", "Embedded_Literal", "Non_Literal_Modifier",
                               "Embedded_Non_Lit"})


def read_geowebnews(path: Path) -> Iterator[GoldDocument]:
    root = ET.parse(path).getroot()
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        tops = []
        for top in art.iter("toponym"):
            if top.findtext("type") not in GWN_TOPONYM_TYPES:
                continue
            tops.append(GoldToponym(int(top.findtext("start")), int(top.findtext("end")),
                                    top.findtext("extractedName") or "",
                                    _float(top, "latitude"), _float(top, "longitude")))
        yield GoldDocument("GeoWebNews", art.get("file", ""), text, tuple(tops))


def read_geovirus(path: Path) -> Iterator[GoldDocument]:
    root = ET.parse(path).getroot()
    for number, art in enumerate(root.iter("article")):
        text = art.findtext("text") or ""
        tops = tuple(GoldToponym(int(loc.findtext("start")), int(loc.findtext("end")),
                                 loc.findtext("name") or "", _float(loc, "lat"),
                                 _float(loc, "lon"))
                     for loc in art.iter("location"))
        yield GoldDocument("GeoVirus", str(number), text, tops)


CORPORA = {
    "LGL": lambda: read_lgl_style(EVAL_DIR / "lgl" / "lgl.xml", "LGL"),
    "TR-News": lambda: read_lgl_style(EVAL_DIR / "tr_news" / "TR-News.xml", "TR-News"),
    "GeoWebNews": lambda: read_geowebnews(EVAL_DIR / "geowebnews" / "GWN.xml"),
    "GeoVirus": lambda: read_geovirus(EVAL_DIR / "geovirus" / "GeoVirus.xml"),
}


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


def read_line_format(path: Path) -> list[list[tuple]]:
    """The Gritta line format: one article a line, ``name,,surface,,lat,,lon,,start,,end||``."""
    docs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        items = []
        for chunk in line.split("||"):
            parts = chunk.split(",,")
            if len(parts) >= 6:
                items.append((parts[1], float(parts[2]), float(parts[3]), int(parts[4]),
                              int(parts[5])))
        docs.append(items)
    return docs


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
