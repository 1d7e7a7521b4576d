"""Running the per-article stages over a corpus: in-process, across processes, or on Dask.

Every engine runs the same pure function, ``pipeline.analyse_article``, and returns the
same slimmed findings in input order, so ``--jobs`` and ``--engine dask`` only change
how fast a build is, never what it finds. Findings are slimmed as they arrive (article
text, sentences and actor mentions dropped; one resolution per place and spelling kept)
so memory grows with what the outputs hold, not with the size of the corpus.
"""

from __future__ import annotations

import dataclasses
import logging
import signal
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager

from .errors import InputError
from .model import Article, ArticleFindings, ArticleProblem, BuildOptions

log = logging.getLogger("geomap")

#: articles handed to a worker process at once, and batches kept in flight per worker
BATCH_SIZE = 32
BATCHES_IN_FLIGHT = 2
#: batches per worker in one Dask bag (one bag is computed at a time)
DASK_PARTITIONS_PER_WORKER = 8


def slim(findings: ArticleFindings) -> ArticleFindings:
    """Keep only what the cross-article stages read: incidents and distinct places."""
    seen, kept = set(), []
    for res in findings.resolutions:
        if res.place is None:
            continue
        key = (res.place.id, res.mention.surface)
        if key not in seen:
            seen.add(key)
            kept.append(res)
    return ArticleFindings(article=dataclasses.replace(findings.article, text=""),
                           sentences=(), resolutions=tuple(kept), actors=(),
                           incidents=findings.incidents)


def analyse_batch(articles: list[Article], extra: tuple[str, ...], online: bool
                  ) -> list[ArticleFindings]:
    """The unit of work of the parallel engines; ``load_gazetteer`` is cached, so each
    process loads the gazetteer once."""
    from .gazetteer import load_gazetteer
    from .pipeline import analyse_article
    gazetteer = load_gazetteer(extra=extra, online=online)
    return [slim(analyse_article(a, gazetteer)) for a in articles]


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _readable(items: Iterable, problems: list, strict: bool) -> Iterator[Article]:
    """The articles of ``items``; problems are collected (or raised when ``strict``)."""
    for item in items:
        if isinstance(item, ArticleProblem):
            if strict:
                raise InputError(item.message, path=item.source)
            problems.append(item)
            continue
        yield item


def _batches(items: Iterable, problems: list, strict: bool) -> Iterator[list[Article]]:
    return _chunks(_readable(items, problems, strict), BATCH_SIZE)


def _run_local(batches, gazetteer, options) -> Iterator[ArticleFindings]:
    from .pipeline import analyse_article
    for batch in batches:
        for article in batch:
            yield slim(analyse_article(article, gazetteer))


def _ignore_interrupts() -> None:
    """In a worker: Ctrl-C reaches the whole process group, and only the main process
    answers it (a worker's traceback each, otherwise); SIGTERM ends it quietly (the build's
    own handler, inherited, would raise in it)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


class _Pool(ProcessPoolExecutor):
    """A pool that starts its workers (in ``submit``) with Ctrl-C put off: a worker
    forked in that moment would die of it before ``_ignore_interrupts`` runs."""

    def submit(self, *args, **kwargs):
        received = []
        try:
            previous = signal.signal(signal.SIGINT, lambda *_: received.append(True))
        except ValueError:                  # not the main thread: signals are not ours
            return super().submit(*args, **kwargs)
        try:
            return super().submit(*args, **kwargs)
        finally:
            signal.signal(signal.SIGINT, previous)
            if received:
                raise KeyboardInterrupt


@contextmanager
def _worker_pool(jobs: int):
    """A process pool whose workers are stopped at once when the build stops early
    (Ctrl-C, an error): waiting for their batches to finish could hang the exit."""
    pool = _Pool(max_workers=max(1, jobs), initializer=_ignore_interrupts)
    try:
        yield pool
    except BaseException:
        for process in list((getattr(pool, "_processes", None) or {}).values()):
            process.kill()                  # no handler runs: no traceback, no wait
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()


def _run_processes(batches, options) -> Iterator[ArticleFindings]:
    window = max(1, options.jobs) * BATCHES_IN_FLIGHT
    args = (tuple(options.gazetteer_extra), options.online)
    with _worker_pool(options.jobs) as pool:
        pending = []
        for batch in batches:
            pending.append(pool.submit(analyse_batch, batch, *args))
            if len(pending) >= window:
                yield from pending.pop(0).result()
        for future in pending:
            yield from future.result()


def _run_dask(batches, options) -> Iterator[ArticleFindings]:
    """The same batches on Dask bags, a window of them at a time so memory stays bounded:
    local processes by default, a distributed cluster with ``--scheduler``."""
    import dask
    import dask.bag as db

    args = (tuple(options.gazetteer_extra), options.online)
    window = max(1, options.jobs) * DASK_PARTITIONS_PER_WORKER

    def bags():
        for chunk in _chunks(batches, window):
            yield db.from_sequence(chunk, partition_size=1).map(analyse_batch, *args)

    if options.scheduler:
        from distributed import Client
        try:
            client = Client(options.scheduler, timeout="10s")
        except (ValueError, OSError, TimeoutError) as exc:
            raise InputError(f"cannot reach the Dask scheduler {options.scheduler!r} "
                             f"({' '.join(str(exc).split()) or type(exc).__name__})") from None
        with client:
            for bag in bags():
                for findings in client.compute(bag).result():
                    yield from findings
        return
    with _worker_pool(options.jobs) as pool, dask.config.set(scheduler="processes", pool=pool):
        for bag in bags():
            for findings in bag.compute():
                yield from findings


def run_articles(items: Iterable, gazetteer, options: BuildOptions
                 ) -> tuple[list[ArticleFindings], list[ArticleProblem]]:
    """Findings for every readable article (input order) and the problems met on the way."""
    problems: list[ArticleProblem] = []
    batches = _batches(items, problems, options.strict)
    if options.online and (options.engine == "dask" or options.jobs > 1):
        # one process keeps one rate limit and one cache writer for the online geocoder
        log.warning("--online runs the articles in one process (Nominatim allows one "
                    "request a second)")
        options = dataclasses.replace(options, engine="local", jobs=1)
    if options.engine == "dask":
        stream = _run_dask(batches, options)
    elif options.jobs > 1:
        stream = _run_processes(batches, options)
    else:
        stream = _run_local(batches, gazetteer, options)
    if options.progress:
        from tqdm import tqdm
        stream = tqdm(stream, unit=" articles", desc="geomap", leave=False)
    findings = list(stream)
    if not findings:
        detail = f": {problems[0].source}: {problems[0].message}" if problems else ""
        raise InputError(f"no article could be read{detail}")
    return findings, problems
