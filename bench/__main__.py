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
from dataclasses import dataclass
from typing import Any

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


@dataclass(frozen=True)
class Row:
    """A line of the table: what, the target, what was measured, and whether it is met."""

    figure: str
    target: str
    measured: str
    met: bool


def n(value: float, digits: int = 0) -> str:
    """A number with thin thousands separators."""
    return f"{value:,.{digits}f}"


def rows(f: dict[str, dict[str, Any]]) -> list[Row]:
    """The table's rows from every measurement's figures."""
    t, up, plans = f["throughput"], f["updates"], f["plans"]
    lookup, dispatch, startup, exports = f["lookup"], f["dispatch"], f["startup"], f["exports"]
    worst, crash = f["worst"], f["crash"]
    marks = sorted(up["rss"], key=int)
    rss = [up["rss"][key] for key in marks]
    half = len(marks) // 2 - 1
    growth = rss[-1] - rss[half]
    charts = [exports[kind]["median_ms"] for kind in ("chart:positioning", "chart:kpis", "chart:timeline")]
    return [
        Row(
            "updates handled per second: whole interviews, real `Application`, fake transport, SQLite on disk, "
            "one core",
            "≥ 1,500/s",
            f"{n(t['planbot']['per_second'])}/s ({t['planbot']['updates']:,} updates)",
            t["planbot"]["per_second"] >= 1500,
        ),
        Row(
            "cost against a bare python-telegram-bot echo bot fed the same updates in the same run",
            "≤ 1.5×",
            f"{t['ratio']:.1f}× (echo {n(t['echo']['per_second'])}/s; a bot that only sends planbot's own replies: "
            f"{n(t['replay']['per_second'])}/s, {t['replay_ratio']:.1f}×)",
            t["ratio"] <= 1.5,
        ),
        Row(
            "latency of one update in that run, p50 / p99",
            "p99 ≤ 5 ms",
            f"{t['planbot']['p50_ms']:.2f} / {t['planbot']['p99_ms']:.2f} ms",
            t["planbot"]["p99_ms"] <= 5,
        ),
        Row(
            f"memory (RSS) every {n(int(marks[0]))} updates up to {n(int(marks[-1]))}",
            "no growth",
            f"{' / '.join(f'{r:.0f}' for r in rss)} MB ({growth:+.1f} MB over the second half)",
            growth <= 0.02 * rss[half],
        ),
        Row(
            f"memory (RSS) with {n(plans['plans'])} stored plans, after {n(plans['touched'])} of their users came back",
            "≤ 150 MB",
            f"{plans['rss']:.1f} MB (database {n(plans['database_mb'])} MB)",
            plans["rss"] <= 150,
        ),
        Row(
            f"due-reminder lookup (one dispatcher poll) among {n(lookup['reminders'])} scheduled reminders",
            "≤ 10 ms per poll",
            f"median {lookup['median_ms']:.1f} ms, p99 {lookup['p99_ms']:.1f} ms, "
            f"nothing due {lookup['empty_poll_ms']:.2f} ms",
            lookup["p99_ms"] <= 10,
        ),
        Row(
            f"reminder dispatch: {n(dispatch['reminders'])} reminders, bot killed (SIGKILL) {dispatch['kills']} times "
            "while sending, fake enforcing Telegram's limits",
            "≈ 30/s overall, 1/s per chat, no 429, none lost or duplicated",
            f"{_rate(dispatch['rate_per_s'])}, {dispatch['min_gap_same_chat_s'] or 0:.2f} s between two to one chat, "
            f"{dispatch['http_429']} × 429, {dispatch['lost']} lost, {dispatch['repeated']} repeated",
            dispatch["http_429"] == 0
            and dispatch["lost"] == 0
            and dispatch["repeated"] == 0
            and (dispatch["rate_per_s"] or 0) <= 33,
        ),
        Row(
            f"the same, {n(worst['reminders'])} reminders, each kill right after the fake took a reminder and before "
            "the bot recorded it (the worst moment)",
            "none lost or duplicated",
            f"{worst['lost']} lost, {worst['repeated']} repeated (those in flight at the kill: at-least-once)",
            worst["lost"] == 0 and worst["repeated"] == 0,
        ),
        Row(
            f"crash burst: {crash['polling']['users']} users at once through the express interview "
            f"({n(crash['polling']['updates'])} updates), bot killed (SIGKILL) {crash['polling']['kills']} times "
            "and restarted, polling / webhook",
            "every user answered, no answer lost",
            " / ".join(
                f"{b['answered']}/{b['users']} users answered, {b['lost']} answers lost ({b['seconds']:.0f} s)"
                for b in (crash["polling"], crash["webhook"])
            ),
            all(b["answered"] == b["users"] and b["lost"] == 0 for b in (crash["polling"], crash["webhook"])),
        ),
        Row(
            "`planbot chat` to first question",
            "≤ 1.5 s",
            f"{startup['median_s']:.2f} s median, {startup['max_s']:.2f} s slowest",
            startup["max_s"] <= 1.5,
        ),
        Row(
            "PDF of a complete plan with its three charts",
            "≤ 300 ms",
            f"{exports['pdf']['median_ms']:.0f} ms median ({exports['pdf']['first_ms']:.0f} ms the first in a process)",
            exports["pdf"]["median_ms"] <= 300,
        ),
        Row(
            "one chart (positioning / KPIs / timeline)",
            "≤ 300 ms",
            " / ".join(f"{ms:.0f}" for ms in charts) + " ms median",
            max(charts) <= 300,
        ),
    ]


def _rate(per_second: float | None) -> str:
    return "too few to time" if per_second is None else f"{per_second:.1f}/s"


def table(found: list[Row]) -> str:
    """The rows as Markdown."""
    lines = ["| figure | target | measured | met |", "|---|---|---|---|"]
    lines += [f"| {r.figure} | {r.target} | {r.measured} | {'✅' if r.met else '❌'} |" for r in found]
    return "\n".join(lines)


def machine() -> str:
    """Where the figures were measured."""
    return (
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, SQLite {__import__('sqlite3').sqlite_version}"
    )


def problems(f: dict[str, dict[str, Any]], sizes: dict[str, list[str]]) -> list[str]:
    """What the figures say went wrong, whatever the speed: something lost, refused or miscounted."""
    t, dispatch = f["throughput"], f["dispatch"]
    checks = [
        (t["planbot"]["updates"] == t["echo"]["updates"] > 50, "planbot and the echo bot handle the same updates"),
        (all(mb > 10 for mb in f["updates"]["rss"].values()), "the memory is measured at every mark"),
        (f["plans"]["plans"] == int(sizes["plans"][0]), "every plan is stored"),
        (f["lookup"]["reminders"] == int(sizes["lookup"][0]), "every reminder is scheduled"),
        (dispatch["repeated"] == 0 or dispatch["claims_released_on_restart"] > 0, "a repeat comes from a restart"),
        (f["exports"]["pdf"]["bytes"] > 50_000, "the PDF has its charts"),
        (f["startup"]["median_s"] > 0, "the start-up is timed"),
    ]
    for name in ("dispatch", "worst"):
        clean = f[name]["lost"] == f[name]["http_429"] == f[name]["tracebacks"] == 0
        checks.append((clean, f"{name}: none lost, no 429, no crash"))
    for mode in ("polling", "webhook"):
        burst = f["crash"][mode]
        every = burst["answered"] == burst["users"] == int(sizes["crash"][0]) and burst["lost"] == 0
        checks.append((every, f"crash burst ({mode}): every user answered, no answer lost"))
    return [what for met, what in checks if not met]


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes: checks that every measurement runs")
    parser.add_argument("--json", action="store_true", help="print the raw figures as JSON too")
    parser.add_argument("--check", action="store_true", help="fail when something is lost, refused or miscounted")
    args = parser.parse_args()
    sizes = QUICK if args.quick else FULL
    figures = {}
    for name in MODULES:
        print(f"measuring {name}…", file=sys.stderr, flush=True)
        figures[name] = measured(name, sizes[name], core=0 if name == "throughput" else None)
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
