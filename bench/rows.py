"""The benchmark's table: each figure against its target, and what would show something lost or miscounted."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


def n(value: float, digits: int = 0) -> str:
    """A number with thin thousands separators."""
    return f"{value:,.{digits}f}"


@dataclass(frozen=True)
class Row:
    """A line of the table: what, the target, what was measured, and whether it is met."""

    figure: str
    target: str
    measured: str
    met: bool


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
        *peer_rows(f["peers"]),
        *replica_rows(f.get("replicas")),
        Row(
            "latency of one update in the run against the peers, p50 / p99",
            "p99 ≤ 5 ms",
            f"{f['peers']['planbot']['p50_ms']:.2f} / {f['peers']['planbot']['p99_ms']:.2f} ms "
            f"(p99 of the processor time alone: {f['peers']['planbot']['p99_cpu_ms']:.2f} ms)",
            f["peers"]["planbot"]["p99_ms"] <= 5,
        ),
        Row(
            "the floors: a bare python-telegram-bot echo bot fed the same updates, and a bot that only makes "
            "planbot's own calls; planbot's updates a second, and its cost over each",
            "—",
            f"planbot {n(t['planbot']['per_second'])}/s; {t['ratio']:.1f}× the echo bot "
            f"({n(t['echo']['per_second'])}/s), {t['ratio'] / t['replay_ratio']:.1f}× the replay "
            f"({n(t['replay']['per_second'])}/s)",
            True,
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
        (
            all(peer["updates"] == f["peers"]["planbot"]["updates"] > 50 for peer in f["peers"]["peers"].values()),
            "planbot and every peer handle the same updates",
        ),
        (
            all(r["updates"] == f["peers"]["planbot"]["updates"] for r in f["peers"]["floors"]["replays"].values()),
            "every replay handles the same updates",
        ),
    ]
    for name in ("dispatch", "worst"):
        clean = f[name]["lost"] == f[name]["http_429"] == f[name]["tracebacks"] == 0
        checks.append((clean, f"{name}: none lost, no 429, no crash"))
    for mode in ("polling", "webhook"):
        burst = f["crash"][mode]
        every = burst["answered"] == burst["users"] == int(sizes["crash"][0]) and burst["lost"] == 0
        checks.append((every, f"crash burst ({mode}): every user answered, no answer lost"))
    return [what for met, what in checks if not met]


PEERS = {
    "sqlite": "committing every update to SQLite (WAL), durable",
    "pickle": "with `PicklePersistence` at its default interval (a crash loses up to a minute of answers)",
    "pickle-every-update": "with `PicklePersistence` written on every update",
}


def peer_rows(peers: dict[str, Any]) -> list[Row]:
    """Planbot against the bot a python-telegram-bot developer would write: the same interview, the same updates."""
    me = peers["planbot"]
    found = [
        Row(
            "cost per update against the same interview written as one `ConversationHandler`, "
            f"{what}, fed the same updates in the same run (`bench/peer.py`)",
            "≤ 1.0×" if name == "sqlite" else "—",
            f"{peers['peers'][name]['ratio']:.2f}× (peer {n(peers['peers'][name]['per_second'])}/s, "
            f"p50 {peers['peers'][name]['p50_ms']:.2f} / p99 {peers['peers'][name]['p99_ms']:.2f} ms; "
            f"planbot {n(me['per_second'])}/s)",
            peers["peers"][name]["ratio"] <= 1.0,
        )
        for name, what in PEERS.items()
    ]
    floors = peers["floors"]
    floor, own = floors["replays"]["planbot-replay"], floors["own_ms"]
    found += [
        Row(
            "the floor: a bot that does nothing but make planbot's own Bot API calls again (its messages, and the "
            "keyboard taken off a question answered by typing), against the durable peer (`bench/replay.py`)",
            "—",
            f"{floors['planbot_replay_ratio']:.2f}× the durable peer's cost ({n(floor['per_second'])}/s)",
            True,
        ),
        Row(
            "own work per update: the cost above the bot's own calls replayed, planbot / the durable peer",
            "—",
            f"{own['planbot']:.2f} / {own['sqlite']:.2f} ms",
            True,
        ),
    ]
    return found[:1] + [Row(r.figure, r.target, r.measured, True) for r in found[1:]]


def replica_rows(found: dict[str, Any] | None) -> list[Row]:
    """Updates a second with 1, 2 and 4 replicas on PostgreSQL, against one SQLite process (full runs only)."""
    if found is None:
        return []
    one, two = found["postgres-1"], found["postgres-2"]
    runs = " / ".join(
        f"{label} {n(found[key]['per_second'])}/s (p99 {found[key]['paced_p99_ms']:.0f} ms)"
        for key, label in (
            ("sqlite-1", "SQLite"),
            ("postgres-1", "PG ×1"),
            ("postgres-2", "PG ×2"),
            ("postgres-4", "PG ×4"),
        )
    )
    return [
        Row(
            f"webhook replicas on PostgreSQL, the fake Bot API over HTTP, {found['cores']} cores: updates a second "
            "(and paced p99), against one SQLite process on the same updates",
            "≥ 1.7× with 2 replicas, p99 ≤ 10 ms",
            f"{runs}; 2 replicas {two['scaling']:.2f}× one",
            two["scaling"] >= 1.7 and max(found[k]["paced_p99_ms"] for k in found if k.startswith("postgres-")) <= 10,
        ),
        Row(
            "one PostgreSQL replica against one SQLite process",
            "—",
            f"{one['per_second'] / found['sqlite-1']['per_second']:.2f}×",
            True,
        ),
    ]
