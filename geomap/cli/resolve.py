"""``geomap resolve``: one place name → coordinates, for checking the gazetteer by hand."""

from __future__ import annotations

import json

import click

from ..errors import GeomapError
from ..model import Place, Resolution
from .options import gazetteer_extra_option, logging_options, online_option


def place_record(place: Place, score: float | None = None) -> dict:
    """The JSON fields of ../shared/OUTPUTS.md for one place."""
    return {"name": place.name, "lat": round(place.lat, 6), "lon": round(place.lon, 6),
            "country_code": place.country_code or "", "kind": place.kind,
            "source": place.source, "score": None if score is None else round(score, 4)}


def resolution_record(query: str, resolution: Resolution) -> dict:
    from ..gazetteer.gazetteer import GUESS
    record = {"query": query, **place_record(resolution.place, resolution.score)}
    record["reason"] = resolution.reason
    # a spelling guess ("Humera" → Umred, 4,400 km away) is no match: a script must be
    # able to tell it from one without reading the reason
    record["guess"] = resolution.reason.startswith(GUESS)
    record["alternatives"] = [place_record(p) for p in resolution.alternatives]
    return record


@click.command(short_help="Resolve one place name to coordinates.")
@click.argument("name")
@click.option("--context", default="", metavar="TEXT",
              help="Text around the name (other places, countries) to choose between "
                   "same-named places.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@gazetteer_extra_option
@online_option
@logging_options
def resolve(name: str, context: str, as_json: bool, gazetteer_extra, online: bool) -> None:
    """Resolve NAME to coordinates, offline unless --online is given.

    NAME may carry a qualifier ("Martuni, Gegharkunik", "Aghdam in Tovuz district",
    "Martuni (Nagorno-Karabakh)"), a possessive or a leading "the", or be an indirect
    reference ("the Kazakh capital"); coordinates ("40.2031, 45.9412", "39°33′N 46°29′E")
    give their point and its country. An unknown name exits with status 1.

    \b
    $ geomap resolve Karvachar --json
    $ geomap resolve "the Kazakh capital"
    $ geomap resolve Julfa --context "Tabriz and Marand in East Azerbaijan"
    """
    from ..gazetteer import load_gazetteer
    from ..gazetteer.gazetteer import GUESS

    from ..geometry.coordinates import find_coordinates, out_of_range
    from ..model import Article

    written = find_coordinates(Article(id="query", text=name.strip()))
    off_the_earth = out_of_range(name)
    if off_the_earth:                   # "40.2031, 245.9412": a typing error, not a place
        raise click.ClickException(f"{name.strip()}: {off_the_earth}")
    try:
        if len(written) == 1 and written[0].mention.surface == name.strip():
            resolution = written[0]         # "40.2031, 45.9412": the point and its country
        else:
            gazetteer = load_gazetteer(extra=tuple(gazetteer_extra), online=online)
            resolution = gazetteer.resolve(name, context=context)
    except GeomapError as error:
        raise click.ClickException(str(error)) from None
    record = resolution_record(name, resolution)
    if as_json:
        # a name that is no UTF-8 (bytes Python keeps as lone surrogates) is escaped
        # ("\udcff"), so that standard output is UTF-8 JSON whatever was typed
        click.echo(json.dumps(record, ensure_ascii=False).encode("utf-8", "backslashreplace")
                   .decode("utf-8"))
        return
    place = resolution.place
    click.echo(f"{place.name} ({place.kind}, {place.country_code or '—'}) "
               f"{place.lat:.5f}, {place.lon:.5f}  score {resolution.score:.2f}  "
               f"[{place.source}]")
    if resolution.reason.startswith(GUESS):
        # a spelling guess must say so where a reader sees the place
        click.echo(f"  a guess: {resolution.reason}; add the place with --gazetteer-extra "
                   "if it is not this one")
    for alt in record["alternatives"][:5]:
        click.echo(f"  not: {alt['name']} ({alt['kind']}, {alt['country_code'] or '—'}) "
                   f"{alt['lat']:.5f}, {alt['lon']:.5f}")
