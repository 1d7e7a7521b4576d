"""Options shared by geomap's commands.

Every option of ``geomap build``:

--out DIR                 output folder (default ``outputs/``)
--published YYYY-MM-DD    publication date for articles that carry none
--gazetteer-extra FILE    CSV or YAML of places that add to or correct the gazetteer
--overlay FILE            a GeoJSON or corridor-style definition file to draw as an overlay
--online                  ask Nominatim (cached, rate-limited) for names not found offline
--tiles offline|osm       default base layer of the map
--cdn                     link Leaflet and plugins from CDNs instead of inlining them
--format FMT              html, geojson, gpkg, csv (repeat or comma-join; default all)
--strict                  any unreadable article is fatal
--jobs N                  worker processes for the per-article stages
--engine local|dask       run the per-article stages locally or on a Dask bag
--scheduler ADDRESS       with --engine dask: a Dask distributed scheduler
--sector-radius-km KM     half-length of a border sector facing a named place
--corridor-width-km KM    width of the corridor strip in the connectivity analysis
--title TEXT              the map's title
--progress/--no-progress  a progress bar (default: when standard error is a terminal)
-v/-q                     more or less logging on standard error
"""

from __future__ import annotations

import logging
import math
import os

import click

from ..outputs import FORMATS


def parse_published(ctx, param, value):
    if value is None:
        return None
    from ..text.reader import iso_day
    try:
        return iso_day(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date ({exc})") from None


def split_formats(ctx, param, value):
    formats = tuple(f for item in value for f in item.split(",") if f.strip())
    if value and not formats:
        raise click.BadParameter(f"names no format; choose from {', '.join(FORMATS)}")
    unknown = [f.strip() for f in formats if f.strip().lower() not in FORMATS]
    if unknown:                         # bad usage (exit 2), as any other option's value
        raise click.BadParameter(f"unknown format {unknown[0]!r}; choose from "
                                 f"{', '.join(FORMATS)}")
    return formats


class FiniteFloatRange(click.FloatRange):
    """``click.FloatRange`` that also refuses "nan" (which every bound lets through)
    and, when unbounded, "inf"."""

    def convert(self, value, param, ctx):
        number = super().convert(value, param, ctx)
        if not math.isfinite(number):
            self.fail(f"{value!r} is not a finite number", param, ctx)
        return number


def _not_empty(ctx, param, value):
    """An empty ``--out ""`` (an unset shell variable) would write into the current
    folder: bad usage, not "here"."""
    if value is not None and not str(value).strip():
        raise click.BadParameter("must not be empty (name a folder; '.' is this one)")
    return value


out_option = click.option("--out", "-o", "out_dir", default="outputs", show_default=True,
                          type=click.Path(file_okay=False), callback=_not_empty,
                          help="Output folder.")
published_option = click.option("--published", callback=parse_published, metavar="YYYY-MM-DD",
                                help="Publication date for articles that carry none.")
gazetteer_extra_option = click.option(
    "--gazetteer-extra", multiple=True, type=click.Path(dir_okay=False), metavar="FILE",
    help="CSV or YAML places (name, aliases, lat, lon, country, kind) that add or correct.")
online_option = click.option("--online", is_flag=True,
                             help="Ask Nominatim for names not found offline (cached).")



def file_problem(path: str) -> str | None:
    """What keeps ``path`` from being read as a file given by an option, for a message
    ("file name too long", "a link loop", "not a regular file"); None when it is one, or
    is missing (which the reader of that option says in its own words)."""
    import stat

    from ..errors import path_problem
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return None
    except OSError as exc:
        return path_problem(exc)
    return None if stat.S_ISREG(mode) else "not a regular file"


def _shift_logging(ctx, param, steps):
    """-v/-q after the command name ("geomap build -q") shift the level the group set
    from those before it ("geomap -q build"): both places work, and they add up."""
    if steps:
        sign = -1 if param.name == "verbose" else 1
        root = logging.getLogger()
        root.setLevel(max(logging.DEBUG, min(logging.CRITICAL,
                                             root.level + sign * 10 * steps)))


def logging_options(command):
    """-v/--verbose and -q/--quiet on a command as on the ``geomap`` group."""
    for name, short, help_text in (("--quiet", "-q", "Less logging on standard error."),
                                   ("--verbose", "-v", "More logging on standard error.")):
        command = click.option(short, name, count=True, expose_value=False,
                               callback=_shift_logging, help=help_text)(command)
    return command
