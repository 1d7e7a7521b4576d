"""Writing a build's files so that the output folder never holds a half-written set.

Everything is written into a hidden temporary folder beside the output folder and moved
in only when complete; an interrupted build (Ctrl-C, SIGTERM) removes its temporary
folder and leaves the previous outputs as they were. A temporary folder left by a build
that was killed outright (SIGKILL) is removed by the next build.
"""

from __future__ import annotations

import os
import shutil
import signal
import tempfile
from collections.abc import Iterable
from contextlib import contextmanager
from pathlib import Path

from .errors import InputError, OutputError
from .model import BuildOptions

FORMATS = ("html", "geojson", "gpkg", "csv")
TEMP_PREFIX = ".geomap-tmp-"


def check_formats(formats: Iterable[str]) -> tuple[str, ...]:
    """The requested formats in canonical order; an unknown one is an ``InputError``."""
    wanted = tuple(dict.fromkeys(f.strip().lower() for f in formats if f.strip()))
    unknown = [f for f in wanted if f not in FORMATS]
    if unknown:
        raise InputError(f"unknown format {unknown[0]!r}; choose from {', '.join(FORMATS)}",
                         field="--format")
    if not wanted:
        raise InputError(f"no format chosen; choose from {', '.join(FORMATS)}",
                         field="--format")
    return tuple(f for f in FORMATS if f in wanted)


def prepare_out_dir(out_dir: str | os.PathLike) -> Path:
    """Create ``out_dir`` if needed and prove it can be written, before any work is done."""
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise OutputError("the output path exists and is not a folder", path=str(out))
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = tempfile.mkdtemp(prefix=TEMP_PREFIX, dir=out.parent.resolve())
        os.rmdir(probe)
        probe_file = tempfile.NamedTemporaryFile(dir=out, prefix=TEMP_PREFIX, delete=True)
        probe_file.close()
    except OSError as exc:
        raise OutputError(f"cannot write the output folder ({exc.strerror or exc})",
                          path=str(out)) from None
    _remove_stale_temp(out)
    return out


def _staging_stem(out: Path) -> str:
    """``.geomap-tmp-<folder>.``, which a staging folder's name goes on with its build's
    pid: a build removes only those a dead process left (not a running build's, into
    this folder or into "<folder>-2")."""
    return f"{TEMP_PREFIX}{out.resolve().name}."


def _remove_stale_temp(out: Path) -> None:
    stem = _staging_stem(out)
    for stale in out.parent.resolve().glob(f"{stem}*-*"):
        pid = stale.name[len(stem):].split("-")[0]
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(stale, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@contextmanager
def _terminate_as_interrupt():
    """Turn SIGTERM into KeyboardInterrupt so ``finally`` blocks clean up on ``kill``."""
    def handler(signum, frame):
        raise KeyboardInterrupt(f"signal {signum}")
    try:
        previous = signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def write_outputs(result, out_dir: str | os.PathLike, options: BuildOptions) -> list[Path]:
    """Write the chosen formats of ``result`` into ``out_dir``; returns the final paths."""
    formats = check_formats(options.formats)
    out = prepare_out_dir(out_dir)
    with _terminate_as_interrupt():
        staging = Path(tempfile.mkdtemp(prefix=f"{_staging_stem(out)}{os.getpid()}-",
                                        dir=out.parent.resolve()))
        try:
            if "html" in formats:
                from .render import write_map
                write_map(result, staging / "map.html", options)
            rest = [f for f in formats if f != "html"]
            if rest:
                from .export import write_exports
                write_exports(result, staging, rest)
            written = []
            for path in sorted(staging.iterdir()):
                target = out / path.name
                os.replace(path, target)
                written.append(target)
            return written
        except OSError as exc:
            raise OutputError(f"cannot write outputs ({exc.strerror or exc})",
                              path=str(out)) from None
        finally:
            shutil.rmtree(staging, ignore_errors=True)
