"""The benchmarks run: ``python -m bench --quick`` measures every figure at small sizes and prints the table.

Only that they run and what they count is checked here (nothing lost, nothing refused); speed and memory are
read from the full run (``python -m bench``), never from a timed test.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def test_every_benchmark_runs_and_prints_its_figures() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    table, _, raw = result.stdout.rpartition("\n{")
    figures = json.loads("{" + raw)
    assert table.startswith("| figure | target | measured | met |")
    assert table.count("\n|") == 13, "a row per figure of DESIGN.md section 6, and the crash burst"
    assert figures["throughput"]["planbot"]["updates"] == figures["throughput"]["echo"]["updates"] > 50
    assert all(mb > 10 for mb in figures["updates"]["rss"].values())
    assert figures["plans"]["plans"] == 300
    assert figures["lookup"]["reminders"] == 20_000
    for run in (figures["dispatch"], figures["worst"]):
        assert run["lost"] == 0
        assert run["http_429"] == 0
        assert run["tracebacks"] == 0
    assert figures["dispatch"]["repeated"] == 0 or figures["dispatch"]["claims_released_on_restart"] > 0
    assert figures["exports"]["pdf"]["bytes"] > 50_000
    for mode in ("polling", "webhook"):
        assert figures["crash"][mode]["answered"] == figures["crash"][mode]["users"] == 5
        assert figures["crash"][mode]["lost"] == 0
    assert 0 < figures["startup"]["median_s"] < 30
