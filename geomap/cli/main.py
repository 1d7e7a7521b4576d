"""The ``geomap`` command group: ``geomap build`` and ``geomap resolve``.

Library errors (``GeomapError``) become one line on standard error and exit status 1;
usage errors are one line too and exit 2 (click's convention). Anything else is a bug in geomap: it too gets one
line and exit status 1, with the traceback in the log at ``-v``.
"""

from __future__ import annotations

import logging
import os
import signal
import sys

import click

from .. import __version__
from ..errors import MESSAGE_SHOWN, path_problem, shortened
from ..outputs import moved_in, stop_listening_for_interrupts, terminate_as_interrupt
from .build import ALL_WRITTEN, OUT_DIR, build
from .resolve import resolve


log = logging.getLogger("geomap")


class OneLineUsageError(click.UsageError):
    """A usage error told in one line, with where to find the usage, not click's usage
    lines and a blank line before it."""

    def show(self, file=None) -> None:
        where = f" (see '{self.ctx.command_path} --help')" if self.ctx is not None else ""
        click.echo(f"Error: {self.format_message()}{where}", err=True, file=file)


#: ``geomap`` alone shows the help (click 8.2 raises it as a usage error)
_KEPT_AS_IS = tuple(c for c in (OneLineUsageError,
                                getattr(click.exceptions, "NoArgsIsHelpError", None)) if c)


def _one_line(error: click.UsageError) -> click.UsageError:
    if isinstance(error, _KEPT_AS_IS):
        return error
    return OneLineUsageError(error.format_message(), error.ctx)


class GeomapGroup(click.Group):
    """The command group; turns an unexpected exception into one line, not a traceback."""

    def make_context(self, *args, **kwargs):
        try:
            return super().make_context(*args, **kwargs)
        except click.UsageError as error:
            raise _one_line(error) from None

    def invoke(self, ctx):
        try:
            # SIGTERM is a Ctrl-C until the command has returned: a build's frames are
            # freed after its last word (milliseconds), and a kill then said nothing
            with terminate_as_interrupt():
                return super().invoke(ctx)
        except click.UsageError as error:
            raise _one_line(error) from None
        except (click.exceptions.ClickException, click.exceptions.Exit,
                click.exceptions.Abort, SystemExit):
            raise
        except KeyboardInterrupt:
            # after a build's last word, as its frames are freed: its files are in place
            stop_listening_for_interrupts()
            out_dir = ctx.meta.get(OUT_DIR)
            click.echo("geomap: interrupted" + ("; " + ALL_WRITTEN if out_dir is not None
                                                and moved_in(out_dir) else ""), err=True)
            raise SystemExit(130) from None
        except BrokenPipeError:
            # "geomap build | head -1": the reader has gone; say nothing more, as a
            # command killed by SIGPIPE would (the outputs are written by then)
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise SystemExit(128 + getattr(signal, "SIGPIPE", 13)) from None
        except OSError as error:
            log.info("a file the system refused", exc_info=True)
            raise click.ClickException(_refused(error)) from None
        except Exception as error:  # noqa: BLE001 - the last line of defence
            log.info("internal error", exc_info=True)
            raise click.ClickException(_internal(error)) from None


def _internal(error: Exception) -> str:
    return (f"internal error: {type(error).__name__}: {shortened(str(error), MESSAGE_SHOWN)} "
            "(please report it; rerun with -v for the traceback)")


def _refused(error: OSError) -> str:
    """A file or folder the system would not give (a name too long, a link loop, no
    permission), told as bad input where the error names it; a bug otherwise."""
    if error.filename is None:
        return _internal(error)
    return f"{shortened(os.fsdecode(error.filename))}: {path_problem(error)}"


@click.group(cls=GeomapGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="geomap")
@click.option("-v", "--verbose", count=True, help="More logging on standard error.")
@click.option("-q", "--quiet", count=True, help="Less logging on standard error.")
def cli(verbose: int, quiet: int) -> None:
    """Turn news reporting about border incidents into an offline map and GIS data."""
    level = logging.WARNING - 10 * (verbose - quiet)
    logging.basicConfig(level=max(logging.DEBUG, min(logging.CRITICAL, level)),
                        format="geomap: %(levelname)s: %(message)s")
    # the online fallback's libraries retry and warn with tracebacks: geomap says once
    # what failed (-v shows theirs)
    for name in ("geopy", "urllib3"):
        logging.getLogger(name).setLevel(logging.ERROR if verbose < 1 else logging.NOTSET)


cli.add_command(build)
cli.add_command(resolve)


def main() -> None:  # pragma: no cover - console entry point
    cli()
