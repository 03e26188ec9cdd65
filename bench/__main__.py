"""Every figure of DESIGN.md section 6, measured in one run, printed as a Markdown table.

``python -m bench`` (a few minutes) or ``python -m bench --quick`` (small sizes, to see that it all runs). Each
measurement runs in a process of its own, so that memory and start-up are measured from scratch; the throughput
run is pinned to one core. With ``--check`` (what ``.ci/run`` does) the run fails when a figure shows something
lost, refused or miscounted; speed and memory are read from the table, never checked.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
from collections.abc import Callable
from typing import Any

from bench.rows import problems, rows, table

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

FULL = {
    "throughput": ["20", "5"],
    "updates": ["100000"],
    "plans": ["100000"],
    "lookup": ["1000000"],
    "dispatch": ["200", "2", "3"],
    "worst": ["60", "1", "3", "1", "1"],
    "startup": ["7"],
    "exports": ["15"],
    "crash": ["40", "3"],
    "peers": ["20", "5"],
    "replicas": ["32", "2", "16"],
}
QUICK = {
    "throughput": ["2", "1"],
    "updates": ["600"],
    "plans": ["300"],
    "lookup": ["20000"],
    "dispatch": ["30", "2", "1"],
    "worst": ["30", "1", "1", "1", "1"],
    "startup": ["1"],
    "exports": ["1"],
    "crash": ["5", "1"],
    "peers": ["2", "1"],
}
MODULES = {
    "throughput": ["bench.throughput"],
    "updates": ["bench.memory", "updates"],
    "plans": ["bench.memory", "plans"],
    "lookup": ["bench.reminders", "lookup"],
    "dispatch": ["bench.reminders", "dispatch"],
    "worst": ["bench.reminders", "dispatch"],
    "startup": ["bench.startup"],
    "exports": ["bench.exports"],
    "crash": ["bench.crash"],
    "peers": ["bench.peers"],
    "replicas": ["bench.replicas"],
}


def measured(name: str, sizes: list[str], core: int | None = None) -> dict[str, Any]:
    """Run one measurement in a fresh process and read the JSON line it prints."""
    pin: Callable[[], None] | None = None
    if core is not None and hasattr(os, "sched_setaffinity"):

        def pin() -> None:
            os.sched_setaffinity(0, {core})

    result = subprocess.run(
        [sys.executable, "-m", *MODULES[name], *sizes],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        preexec_fn=pin,
    )
    figures: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


def machine() -> str:
    """Where the figures were measured."""
    return (
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, SQLite {__import__('sqlite3').sqlite_version}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes: checks that every measurement runs")
    parser.add_argument("--json", action="store_true", help="print the raw figures as JSON too")
    parser.add_argument("--check", action="store_true", help="fail when something is lost, refused or miscounted")
    args = parser.parse_args()
    sizes = QUICK if args.quick else FULL
    figures = {}
    for name in (name for name in MODULES if name in sizes):  # replicas: full runs only (tests/e2e checks them)
        print(f"measuring {name}…", file=sys.stderr, flush=True)
        figures[name] = measured(name, sizes[name], core=0 if name in ("throughput", "peers") else None)
    print(table(rows(figures)))
    print(f"\n{machine()}", flush=True)
    if args.json:
        print(json.dumps(figures))
    failed = problems(figures, sizes) if args.check else []
    for what in failed:
        print(f"bench --check: not so: {what}", file=sys.stderr)
    if failed:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
