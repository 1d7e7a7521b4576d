"""The committed gazetteer tables are what ``gazetteer/build_gazetteer.py`` makes of the raw
data in ``../shared/data``: a table edited by hand, or a rule changed without a rebuild,
would make the next rebuild silently lose or gain places."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

GAZETTEER_DIR = Path(__file__).resolve().parents[2] / "gazetteer"
SHARED_DATA = GAZETTEER_DIR.parent.parent / "shared" / "data"


def test_rebuilding_from_the_raw_data_gives_the_committed_tables(tmp_path, capsys):
    if not (SHARED_DATA / "geonames-cities500-region").is_dir():
        pytest.skip(f"raw data not found at {SHARED_DATA} (../shared/data is absent)")
    sys.path.insert(0, str(GAZETTEER_DIR))
    try:
        import build_gazetteer
    finally:
        sys.path.remove(str(GAZETTEER_DIR))
    # without --admin-source the build keeps the committed division tables: start from them
    committed = sorted(GAZETTEER_DIR.glob("*.csv"))
    for table in committed:
        shutil.copy(table, tmp_path / table.name)
    assert build_gazetteer.main(["--shared", str(SHARED_DATA), "--out", str(tmp_path)]) == 0
    changed = [table.name for table in committed
               if (tmp_path / table.name).read_bytes() != table.read_bytes()]
    assert changed == [], f"rebuild changes {changed}: run gazetteer/build_gazetteer.py"
