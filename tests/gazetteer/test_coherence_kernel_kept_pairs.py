"""The article-context kernel keeps the loans of pairs of readings between its rounds
while they fit in ``kernels.KEPT_PAIRS`` and computes them again each round past it:
both ways must lend the same bonuses for the same reasons."""

from __future__ import annotations

import numpy as np
import pytest

from geomap.gazetteer import disambiguation as passes
from geomap.gazetteer import kernels
from geomap.gazetteer.tables import scoring


def _inputs(names: int, options: int, seed: int) -> tuple:
    """``coherence_kernel``'s arguments for made-up names in and around the Caucasus,
    some sharing countries and divisions, some near one another."""
    rng = np.random.default_rng(seed)
    groups = []
    for g in range(names):
        size = int(rng.integers(1, options + 1))
        groups.append([passes.Option(
            ref=g * 100 + k, logit=float(rng.uniform(-3.0, 3.0)), name=f"Place {g}.{k}",
            country=str(rng.choice(["AM", "AZ", "GE", "IR"])),
            admin1=str(rng.choice(["", "01", "02", "03"])),
            kind=str(rng.choice(["city", "town", "village", "province", "country"])),
            lat=float(rng.uniform(38.0, 42.0)), lon=float(rng.uniform(43.0, 48.0)),
            parent="") for k in range(size)])
    context = scoring()["context"]
    return (np.array([len(g) for g in groups]),
            np.concatenate([passes.readings(g) for g in groups]),
            passes._kernel_weights(), context["max_options"], context["max_readings"],
            context["rounds"])


@pytest.mark.parametrize("names, options, seed", [(12, 6, 1), (25, 4, 2), (110, 9, 3)])
def test_kept_and_recomputed_loans_agree(monkeypatch, names, options, seed):
    args = _inputs(names, options, seed)
    compiled = kernels.coherence_kernel(*args)
    readings = sum(min(int(size), args[3]) for size in args[0])
    # the Python original of the kernel, the other way round: kept where the compiled
    # one recomputes (more readings than KEPT_PAIRS allows), recomputed where it keeps
    monkeypatch.setattr(kernels, "KEPT_PAIRS",
                        0 if readings ** 2 <= kernels.KEPT_PAIRS else readings ** 2)
    interpreted = kernels.coherence_kernel.py_func(*args)
    assert len(compiled[0]) > 0
    np.testing.assert_array_equal(compiled[0], interpreted[0])
    np.testing.assert_array_equal(compiled[1], interpreted[1])
