"""Placeholder until the gazetteer's ``geomap resolve`` lands."""

import click


@click.command(short_help="Resolve one place name.")
@click.argument("name")
def resolve(name: str) -> None:
    """Resolve NAME to coordinates."""
    raise click.ClickException("not implemented yet")
