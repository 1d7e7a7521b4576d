"""``build(inputs, options) -> Result``: geomap's stages in order, and nothing else.

text → sentences → place mentions → resolved places (and written coordinates) → actors → incidents & claims →
merged incidents → geometries (+ overlays) → frames. Writing files is ``write_outputs``.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass, field

import geopandas as gpd

from .model import Article, ArticleFindings, ArticleProblem, BuildOptions

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Result:
    """What a build produces: the four frames of ``geomap.frames`` plus its bookkeeping."""

    articles: tuple[Article, ...]
    findings: tuple[ArticleFindings, ...]
    problems: tuple[ArticleProblem, ...]
    places: gpd.GeoDataFrame
    incidents: gpd.GeoDataFrame
    claims: gpd.GeoDataFrame
    overlays: gpd.GeoDataFrame
    #: figures of the spatial analysis (corridor distance, connectivity), for the CLI
    analysis: dict = field(default_factory=dict, hash=False, compare=False)


def analyse_article(article: Article, gazetteer) -> ArticleFindings:
    """Every per-article stage; pure, so it can run in worker processes or on Dask."""
    from .geometry.coordinates import with_coordinates
    from .incidents import extract_incidents, find_actors
    from .text.sentences import split_sentences

    sentences = split_sentences(article)
    resolutions = with_coordinates(article, gazetteer.locate(article))
    actors = find_actors(article, sentences, resolutions)
    incidents = extract_incidents(article, sentences, resolutions, actors, gazetteer)
    return ArticleFindings(article=article, sentences=sentences, resolutions=resolutions,
                           actors=actors, incidents=incidents)


def assemble(findings: Iterable[ArticleFindings], problems: Iterable[ArticleProblem],
             gazetteer, options: BuildOptions, overlays=None) -> Result:
    """Cross-article stages: merge incidents, attach geometries, build the frames.
    ``overlays``: ``build_overlays``' (frame, analysis), when already built."""
    from .geometry import build_overlays, load_boundaries, locate
    from .gazetteer.frames import places_frame
    from .incidents import merge_incidents

    findings = tuple(sorted(findings, key=lambda f: f.article.id))
    articles = tuple(f.article for f in findings)
    incidents = merge_incidents(i for f in findings for i in f.incidents)
    boundaries = load_boundaries()
    capitals = {code: place for code in sorted({a for i in incidents for a in i.actors})
                if (place := gazetteer.capital(code)) is not None}
    incidents_gdf, claims_gdf = locate(incidents, {a.id: a for a in articles}, boundaries,
                                       options, capitals)
    overlays_gdf, analysis = overlays or build_overlays(gazetteer, boundaries, options)
    return Result(articles=articles, findings=findings, problems=tuple(problems),
                  places=places_frame(findings), incidents=incidents_gdf,
                  claims=claims_gdf, overlays=overlays_gdf, analysis=analysis)


def build(inputs: Iterable[str] = (), options: BuildOptions | None = None) -> Result:
    """Read ``inputs`` (paths as ``geomap build`` takes them; none = the built-in example)
    and run every stage. Raises ``InputError`` when no article can be used, or when any
    cannot and ``options.strict`` is set."""
    from .engine import run_articles
    from .gazetteer import load_gazetteer
    from .geometry import build_overlays, load_boundaries
    from .text.reader import read_inputs

    options = options or BuildOptions()
    started = time.perf_counter()
    gazetteer = load_gazetteer(extra=options.gazetteer_extra, online=options.online)
    log.info("gazetteer loaded in %.2f s", time.perf_counter() - started)
    # overlays need no article: a broken --overlay file stops the build before the corpus
    # is read, not after
    overlays = build_overlays(gazetteer, load_boundaries(), options)
    items = read_inputs(tuple(inputs), published=options.published)
    started = time.perf_counter()
    findings, problems = run_articles(items, gazetteer, options)
    if gazetteer.online is not None and gazetteer.online.failure:
        log.warning("%s; the names the offline gazetteer lacks are left unplaced",
                    gazetteer.online.failure)
    seconds = time.perf_counter() - started
    log.info("%d article(s) analysed in %.2f s (%d unreadable)", len(findings), seconds,
             len(problems))
    started = time.perf_counter()
    result = assemble(findings, problems, gazetteer, options, overlays)
    undated = [a.id for a in result.articles if a.published is None]
    if undated:
        log.warning("%d article(s) carry no publication date (%s): days such as 'on Monday' "
                    "are dated only where a dateline gives the day; give --published, or "
                    "'published' in a manifest", len(undated),
                    ", ".join(undated[:3]) + (", …" if len(undated) > 3 else ""))
    log.info("%d incident(s) after merging, %d claim(s), geometries and overlays in %.2f s",
             len(result.incidents), len(result.claims), time.perf_counter() - started)
    return result
