"""The ``geomap`` command group: ``geomap build`` and ``geomap resolve``.

Library errors (``GeomapError``) become one line on standard error and exit status 1;
usage errors exit 2 (click's convention); nothing else is caught here.
"""

from __future__ import annotations

import logging

import click

from .. import __version__
from .build import build
from .resolve import resolve


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="geomap")
@click.option("-v", "--verbose", count=True, help="More logging on standard error.")
@click.option("-q", "--quiet", count=True, help="Less logging on standard error.")
def cli(verbose: int, quiet: int) -> None:
    """Turn news reporting about border incidents into an offline map and GIS data."""
    level = logging.WARNING - 10 * (verbose - quiet)
    logging.basicConfig(level=max(logging.DEBUG, min(logging.CRITICAL, level)),
                        format="geomap: %(levelname)s: %(message)s")


cli.add_command(build)
cli.add_command(resolve)


def main() -> None:  # pragma: no cover - console entry point
    cli()
