"""``python -m geomap`` is the ``geomap`` command."""

from .cli.main import cli

if __name__ == "__main__":
    cli(prog_name="geomap")
