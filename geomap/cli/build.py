"""``geomap build``: articles in, map and GIS files out."""

from __future__ import annotations

import logging
import os
import sys

import click

from ..errors import GeomapError, OverrideError, shortened
from ..model import BuildOptions
from ..outputs import (FORMATS, check_formats, moved_in, output_folder,
                       stop_listening_for_interrupts, terminate_as_interrupt,
                       write_outputs)
from .options import (FiniteFloatRange, file_problem, gazetteer_extra_option,
                      logging_options, online_option, out_option, published_option,
                      split_formats)

log = logging.getLogger("geomap")

#: exit status when outputs were written but some articles had to be skipped
EXIT_PARTIAL = 3
#: the key of ``click.Context.meta`` (shared by the group's context) naming the output
#: folder of the build under way
OUT_DIR = "geomap.out_dir"
#: what an interrupted build says when its new files were all in place
ALL_WRITTEN = "the new outputs were all written"
#: the countries whose places make the corridor's analysis worth printing after a build
_CORRIDOR_COUNTRIES = frozenset({"AM", "AZ", "IR"})


@click.command(short_help="Build the map and GIS files from articles.")
@click.argument("inputs", nargs=-1, metavar="[INPUT ...]")
@out_option
@published_option
@gazetteer_extra_option
@click.option("--overlay", "overlays", multiple=True, type=click.Path(dir_okay=False),
              metavar="FILE", help="GeoJSON or corridor-style definition to draw as overlay.")
@online_option
@click.option("--tiles", type=click.Choice(["offline", "osm"]), default="offline",
              show_default=True, help="Default base layer of the map.")
@click.option("--cdn", is_flag=True, help="Link map assets from CDNs (smaller, needs network).")
@click.option("--format", "formats", multiple=True, callback=split_formats, metavar="FMT",
              help=f"Files to write: {', '.join(FORMATS)} (repeat or comma-join; default all).")
@click.option("--strict", is_flag=True, help="Fail when any article cannot be read.")
@click.option("--jobs", "-j", type=click.IntRange(1, 256), default=1, show_default=True,
              help="Worker processes for the per-article stages.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local",
              show_default=True, help="Run per-article stages locally or on a Dask bag.")
@click.option("--scheduler", metavar="ADDRESS",
              help="With --engine dask: address of a Dask distributed scheduler.")
@click.option("--sector-radius-km", type=FiniteFloatRange(0.5, 500), default=25.0,
              show_default=True, help="Half-length of a border sector facing a place (km).")
@click.option("--corridor-width-km", type=FiniteFloatRange(0.1, 100), default=5.0,
              show_default=True, help="Corridor strip width for the connectivity analysis (km).")
@click.option("--title", default="geomap", show_default=True, help="Title of the map.")
@logging_options
@click.option("--progress/--no-progress", default=None,
              help="Show a progress bar (default: when standard error is a terminal).")
def build(inputs, out_dir, published, gazetteer_extra, overlays, online, tiles, cdn, formats,
          strict, jobs, engine, scheduler, sector_radius_km, corridor_width_km, title,
          progress):
    """Build the interactive map, GeoJSON, GeoPackage and CSV from articles.

    INPUT is a .txt article or a saved web page (.html), a folder of them, a JSON
    manifest or a JSONL file; with no INPUT the built-in example is built.

    \b
    $ geomap build ../shared/seeds/seeds.json --out outputs
    $ geomap build articles/ --published 2022-09-14 --format geojson,gpkg
    """
    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    # where the outputs go, for the group's word on an interrupt after this function
    click.get_current_context().meta[OUT_DIR] = out_dir
    options = BuildOptions(
        published=published, gazetteer_extra=tuple(gazetteer_extra), overlays=tuple(overlays),
        online=online, tiles=tiles, cdn=cdn, formats=formats or FORMATS, strict=strict,
        jobs=jobs, engine=engine, scheduler=scheduler, sector_radius_km=sector_radius_km,
        corridor_width_km=corridor_width_km, title=title,
        progress=sys.stderr.isatty() if progress is None else progress)
    try:
        check_formats(options.formats)
        for overlay in overlays:
            if problem := file_problem(overlay):
                raise OverrideError(problem, path=shortened(overlay))
        # a SIGTERM while the articles are read is a Ctrl-C too: the folders the build
        # created go, and it says so
        with terminate_as_interrupt(), output_folder(out_dir):
            from .. import pipeline        # geopandas and all: a Ctrl-C here is caught
            result = pipeline.build(inputs, options)
            written = write_outputs(result, out_dir, options)
            # an interrupt while the summary is told still says which set is there
            tell_what_was_built(result, out_dir, written)
    except GeomapError as exc:
        raise click.ClickException(str(exc)) from None
    except KeyboardInterrupt:
        stop_listening_for_interrupts()
        click.echo("geomap: interrupted; " + (
            ALL_WRITTEN if moved_in(out_dir)
            else "previous outputs left as they were"), err=True)
        sys.stdout.flush()
        sys.stderr.flush()
        # everything is cleaned up by now; the interpreter's own exit would wait for a
        # worker pool's manager thread, which a stopped pool can leave waiting for ever
        os._exit(130)

    if result.problems:
        sys.exit(EXIT_PARTIAL)


def tell_what_was_built(result, out_dir, written) -> None:
    """The articles skipped, the summary line and the corridor's figures."""
    for problem in result.problems:
        click.echo(f"geomap: skipped {problem.source}: {problem.message}", err=True)
    click.echo(summary_line(result, out_dir, written))
    if set(result.places.get("country_code", ())) & _CORRIDOR_COUNTRIES:
        for line in result.analysis.get("lines", ()):
            click.echo(f"  {line}")         # not for a corpus about Ladakh or Lebanon
    if result.problems:
        click.echo(f"geomap: {len(result.problems)} article(s) skipped; "
                   "the outputs hold the rest", err=True)


def summary_line(result, out_dir, written) -> str:
    counts = (f"{len(result.articles)} article(s), {len(result.places)} place(s), "
              f"{len(result.incidents)} incident(s), {len(result.claims)} claim(s), "
              f"{len(result.overlays)} overlay(s)")
    files = ", ".join(p.name for p in written)
    return f"geomap: {counts} → {out_dir} ({files})"
