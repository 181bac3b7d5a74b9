"""bench/hub.py runs end to end on a small load (the real figures come from a full run)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from hub import main


@pytest.mark.slow
def test_the_bench_measures_both_figures_on_a_small_load() -> None:
    out = main(["--games", "3000", "--kiosks", "2", "--per-kiosk", "20", "--repeat", "20",
                "--backend", "sqlite"])
    result = out["sqlite"]
    assert result["pushed_games"] == 40 and result["all_acknowledged"]
    assert result["summary_after"] == {"games": 3040, "visits": 0, "devices": 2}
    assert result["board_ms_median"] > 0 and result["games_per_s"] > 0
