"""Three one-line reports, one per kind of claimant (an armed group, a monitor, a state's
ministry), built with the real gazetteer and written to every output: the input of the
map's and the QGIS styles' claimant-kind tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from geomap.model import BuildOptions

ARTICLES = {
    "taliban.txt": "A Taliban spokesman said Iranian border guards fired on Taliban positions "
                   "near Zaranj in Nimroz province on Saturday.",
    "euma.txt": "The European Union Mission in Armenia (EUMA) said its patrols had observed "
                "gunfire near Sotk on Sunday.",
    "mod.txt": "Armenia's defence ministry said Azerbaijani forces shelled Jermuk on Tuesday.",
}


def build_kinds(folder: Path):
    """(result, output folder) of the three reports written into ``folder``."""
    import geomap

    for name, body in ARTICLES.items():
        (folder / name).write_text(body, encoding="utf-8")
    result = geomap.build([folder / name for name in ARTICLES],
                          BuildOptions(published=dt.date(2024, 5, 15)))
    out = folder / "out"
    geomap.write_outputs(result, out)
    return result, out
