"""Writing a build's files so that the output folder never holds a half-written set.

Everything is written into a hidden temporary folder beside the output folder (inside
it when the output folder is a mount point of its own, where a rename from beside would
cross devices) and moved in only when complete. Moving in first puts the previous files
aside, so that a move that fails part-way puts them back: the folder holds the old set
or the new one, never a mix. Ctrl-C and SIGTERM wait while the files are moved in (a few
milliseconds). An interrupted build removes its temporary folder and leaves the previous
outputs as they were, or, interrupted as the move ends, the new ones (``moved_in`` says
which); a temporary folder left
by a build that was killed outright (SIGKILL) is removed by the next build. Folders a
failed build created for its outputs are removed again.
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
import signal
import tempfile
from collections.abc import Iterable
from contextlib import contextmanager
from pathlib import Path

from .errors import InputError, OutputError, path_problem, shortened
from .model import BuildOptions

FORMATS = ("html", "geojson", "gpkg", "csv")
TEMP_PREFIX = ".geomap-tmp-"
#: the HTML map's file
MAP_FILE = "map.html"

log = logging.getLogger(__name__)


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
    if not str(out_dir).strip():        # Path("") is the current folder
        raise OutputError("no output folder named (an empty path); name one, '.' for this "
                          "one")
    out = Path(out_dir)
    try:
        out.stat()
    except OSError as exc:      # a name too long, a link loop: no folder can be made there
        if exc.errno in (errno.ENAMETOOLONG, errno.ELOOP):
            raise OutputError(path_problem(exc), path=shortened(str(out))) from None
    if out.exists() and not out.is_dir():
        raise OutputError("the output path exists and is not a folder", path=str(out))
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = tempfile.mkdtemp(prefix=TEMP_PREFIX, dir=_staging_parent(out))
        os.rmdir(probe)
        probe_file = tempfile.NamedTemporaryFile(dir=out, prefix=TEMP_PREFIX, delete=True)
        probe_file.close()
    except OSError as exc:
        raise OutputError(f"cannot write the output folder ({exc.strerror or exc})",
                          path=str(out)) from None
    _remove_stale_temp(out)
    return out


@contextmanager
def output_folder(out_dir: str | os.PathLike):
    """``prepare_out_dir`` for a build: the folders it had to create are removed again
    (while empty) when the build fails, as if it had never run."""
    out = Path(out_dir).absolute()
    missing = [folder for folder in (out, *out.parents) if not _exists(folder)]
    prepared = prepare_out_dir(out_dir)
    try:
        yield prepared
    except BaseException:
        for folder in missing:                    # the deepest first
            try:
                folder.rmdir()
            except OSError:
                break
        raise


def _exists(path: Path) -> bool:
    """``path.exists()``, False for a path that cannot be (a name too long)."""
    try:
        return path.exists()
    except OSError:
        return False


def _staging_parent(out: Path) -> Path:
    """Where a build's staging folder goes: beside ``out``, unless ``out`` is a mount
    point (another device than its parent), where it goes inside."""
    out = out.resolve()
    try:
        if out.stat().st_dev != out.parent.stat().st_dev:
            return out
    except OSError:
        pass
    return out.parent


def _staging_stem(out: Path) -> str:
    """``.geomap-tmp-<folder>.``, which a staging folder's name goes on with its build's
    pid: a build removes only those a dead process left (not a running build's, into
    this folder or into "<folder>-2")."""
    return f"{TEMP_PREFIX}{out.resolve().name}."


def _remove_stale_temp(out: Path) -> None:
    stem = _staging_stem(out)
    for stale in _staging_parent(out).glob(f"{stem}*-*"):
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
def _interrupts_to(on_interrupt):
    """Ctrl-C and SIGTERM go to ``on_interrupt(signum)`` while the block runs (in the main
    thread; elsewhere signals are left alone); yields the list of those caught. Once one
    is caught the command is stopping, and goes on ignoring them."""
    caught: list[int] = []

    def handler(signum, frame):
        caught.append(signum)
        on_interrupt(signum)
    try:
        previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}
    except ValueError:  # not the main thread: leave signals alone
        yield caught
        return
    try:
        yield caught
    finally:
        if caught:
            stop_listening_for_interrupts()
        else:
            for sig, was in previous.items():
                signal.signal(sig, was)


def _raise_interrupt(signum: int) -> None:
    stop_listening_for_interrupts()     # before the clean-up, which a second one would cut
    raise KeyboardInterrupt(f"signal {signum}")


@contextmanager
def terminate_as_interrupt():
    """Turn SIGTERM into KeyboardInterrupt so ``finally`` blocks clean up on ``kill``; the
    first Ctrl-C or SIGTERM stops the build, and those after it are ignored, so that a
    second Ctrl-C cannot cut the clean-up short (a staging folder left, the wrong
    message)."""
    with _interrupts_to(_raise_interrupt):
        yield


def stop_listening_for_interrupts() -> None:
    """Ignore Ctrl-C and SIGTERM from now on: a command that is already stopping says so
    once, without a second interrupt's traceback from the interpreter's shutdown."""
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
    except ValueError:  # not the main thread
        pass


#: the output folders whose new files are all in place (``moved_in``)
_MOVED_IN: set[Path] = set()


def moved_in(out_dir: str | os.PathLike | None = None) -> bool:
    """Whether this process's build has moved all its new files into ``out_dir`` (into
    any folder, with None): what an interrupt that stops the build then leaves there."""
    return bool(_MOVED_IN) if out_dir is None else Path(out_dir).absolute() in _MOVED_IN


@contextmanager
def _signals_held():
    """Ctrl-C and SIGTERM wait, the first raised as KeyboardInterrupt at the end. Python
    runs signal handlers in the main thread whichever thread the signal reaches, so a
    deferring handler holds them where blocking the signal in one thread would not."""
    with _interrupts_to(lambda signum: None) as caught:
        yield
    if caught:
        raise KeyboardInterrupt(f"signal {caught[0]}")


def write_outputs(result, out_dir: str | os.PathLike, options: BuildOptions) -> list[Path]:
    """Write the chosen formats of ``result`` into ``out_dir``; returns the final paths."""
    formats = check_formats(options.formats)
    out = prepare_out_dir(out_dir)
    with terminate_as_interrupt():
        staging = Path(tempfile.mkdtemp(prefix=f"{_staging_stem(out)}{os.getpid()}-",
                                        dir=_staging_parent(out)))
        try:
            new = staging / "new"
            new.mkdir()
            if "html" in formats:
                from .render import write_map
                write_map(result, new / MAP_FILE, options)
            rest = [f for f in formats if f != "html"]
            if rest:
                from .export import write_exports
                write_exports(result, new, rest)
            # the old set or the new, and no staging folder left, whenever Ctrl-C comes:
            # an interrupt during the move is raised when it is over
            with _signals_held():
                try:
                    written = _move_in(sorted(new.iterdir()), out, staging / "previous")
                    _MOVED_IN.add(Path(out_dir).absolute())
                finally:
                    shutil.rmtree(staging, ignore_errors=True)
                _warn_of_older_files(out, written)
            return written
        except OSError as exc:
            raise OutputError(f"cannot write outputs ({exc.strerror or exc})",
                              path=str(out)) from None
        finally:
            shutil.rmtree(staging, ignore_errors=True)


def _warn_of_older_files(out: Path, written: list[Path]) -> None:
    """Say which files of an earlier build (of other formats) stay beside the new ones:
    a map of today beside yesterday's GeoJSON would be read as one set."""
    from .export import file_names
    present = {p.name for p in out.iterdir() if p.is_file()}
    older = sorted((({MAP_FILE} | file_names()) - {p.name for p in written}) & present)
    if older:
        log.warning("%s: files of an earlier build are left as they were (not written "
                    "now): %s", out, ", ".join(older))


def _move_in(files: list[Path], out: Path, aside: Path) -> list[Path]:
    """Move ``files`` into ``out``, each previous file of the same name first put
    ``aside``; when a move fails, what was moved goes back and the error is raised."""
    for path in files:
        if (out / path.name).is_dir():
            raise OutputError(f"{path.name} is a folder there, not a file", path=str(out))
    aside.mkdir()
    done: list[tuple[Path, Path | None]] = []        # (staged file, previous file aside)
    try:
        for path in files:
            target, kept = out / path.name, None
            if target.exists() or target.is_symlink():
                kept = aside / path.name
            done.append((path, kept))       # before the moves: an interrupt between them
            if kept is not None:            # is undone too
                os.replace(target, kept)
            os.replace(path, target)
    except BaseException:
        for path, kept in reversed(done):
            target = out / path.name
            try:
                if not path.exists() and target.exists():
                    os.replace(target, path)
                if kept is not None and (kept.exists() or kept.is_symlink()):
                    os.replace(kept, target)
            except OSError:
                pass
        raise
    return [out / path.name for path in files]
