"""planbot against the bot a python-telegram-bot developer would write instead: the same updates, the same run.

planbot and the three variants of :mod:`bench.peer` run in this process, fed the same interviews (half complete,
half express, interleaved) over the same in-process fake Bot API, round after round, as :mod:`bench.throughput`
feeds planbot and the echo bot. Each peer must finish every interview, or the comparison is void.

``python -m bench.peers USERS ROUNDS`` prints a table, then the figures as one JSON line.
"""

from __future__ import annotations

import asyncio
import json
import sys
import tempfile
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any

from bench.peer import Variant, build_peer
from bench.peer_sqlite import SQLitePersistence
from bench.replay import Replay, replay_app
from bench.throughput import Run, checkpointing, feed, interviews, merged, summary
from bot.bootstrap import build
from bot.telegram.app import build_application
from tests.chat import Clock
from tests.fakebot import FakeRequest, FakeTelegram

WARM_USERS = 2
"""Users whose interviews warm every bot up before the measured rounds."""


def users_of(updates: list[dict[str, Any]]) -> set[int]:
    """The users who sent these updates."""
    return {int(update["message"]["from"]["id"]) for update in updates}


def unfinished(app: Any, users: set[int]) -> list[int]:
    """The users whose interview the peer has not brought to its end (the reminders question answered)."""
    return sorted(user for user in users if app.user_data.get(user, {}).get("reminders") is None)


PEERS = tuple(variant.value for variant in Variant)
"""The peer bots, by name."""
FLOORS = {"planbot": "planbot-replay", Variant.SQLITE.value: "sqlite-replay"}
"""The bots whose Bot API calls are replayed by a bot doing nothing else, and the name of each replay."""


async def measure_async(users: int, rounds: int) -> dict[str, Any]:
    """Feed planbot and every peer the same interviews; their figures, and planbot's cost against each peer.

    planbot and the durable peer are each followed by a bot replaying their Bot API calls and doing nothing else:
    the cost of saying what each says, under which neither can go.
    """
    runs = await _rounds(users, rounds, ("planbot", *PEERS))
    found = {name: merged(r) for name, r in runs.items()}
    return figures(users, rounds, found, floors_of(found))


async def _rounds(users: int, rounds: int, names: tuple[str, ...]) -> dict[str, list[Run]]:
    """Rounds of interviews through the bots named, those of :data:`FLOORS` each followed by its replay."""
    core = FakeTelegram()
    replays = {name: Replay() for name in names if name in FLOORS}
    with tempfile.TemporaryDirectory() as folder:
        services = build(Path(folder) / "planbot.db", Clock(), checkpoints_aside=True)
        bots: dict[str, Any] = {}
        for name in names:
            if name == "planbot":
                bots[name] = build_application(
                    services, core.token, request=FakeRequest(core), updates_request=FakeRequest(core), limit_rate=False
                )
            else:
                bots[name] = build_peer(Variant(name), Path(folder), core.token, FakeRequest(core), FakeRequest(core))
            if name in replays:
                bots[FLOORS[name]] = replay_app(replays[name], core.token, FakeRequest(core))
        runs: dict[str, list[Run]] = {name: [] for name in bots}
        try:
            async with AsyncExitStack() as stack:
                stack.enter_context(checkpointing(services.store))
                for app in bots.values():
                    await stack.enter_async_context(app)
                for number in range(rounds + 1):
                    updates = interviews(core, WARM_USERS if number == 0 else users, 1_000_000 * (number + 1))
                    for name, app in bots.items():  # a replay right after the bot it replays
                        replay = replays.get(name)
                        run = await feed(app, updates, replay, core if replay is not None else None)
                        if name in PEERS:
                            missing = unfinished(app, users_of(updates))
                            assert not missing, f"{name} did not finish the interviews of users {missing}"
                        if number:
                            runs[name].append(run)
        finally:
            services.store.close()
            for app in bots.values():
                if isinstance(app.persistence, SQLitePersistence):
                    app.persistence.close()
    return runs


def floors_of(found: dict[str, Run]) -> dict[str, Any]:
    """Each replay's figures, planbot's replay over the durable peer, and each replayed bot's own work."""
    sqlite = found[Variant.SQLITE.value]
    return {
        "replays": {FLOORS[name]: summary(found[FLOORS[name]]) for name in FLOORS},
        "planbot_replay_ratio": sqlite.per_second / found["planbot-replay"].per_second,
        "own_ms": {name: cost_ms(found[name]) - cost_ms(found[floor]) for name, floor in FLOORS.items()},
    }


def figures(users: int, rounds: int, runs: dict[str, Run], floors: dict[str, Any]) -> dict[str, Any]:
    """The figures as plain JSON data: each bot's summary, planbot's cost per update over each peer's, the floors."""
    planbot = runs["planbot"]
    peers = {
        variant.value: {
            **summary(runs[variant.value]),
            "ratio": runs[variant.value].per_second / planbot.per_second,
        }
        for variant in Variant
    }
    return {"users": users, "rounds": rounds, "planbot": summary(planbot), "peers": peers, "floors": floors}


def cost_ms(run: Run) -> float:
    """What one update costs a bot, in milliseconds of the run's time."""
    return 1000 / run.per_second


def measure(users: int, rounds: int) -> dict[str, Any]:
    """Run :func:`measure_async` in a fresh event loop."""
    return asyncio.run(measure_async(users, rounds))


def table(found: dict[str, Any]) -> str:
    """The figures as a small Markdown table."""
    lines = [
        "| bot | updates/s | p50 ms | p99 ms | p99 processor time, ms | planbot's cost per update over it |",
        "|---|---|---|---|---|---|",
    ]
    rows = [("planbot", found["planbot"], None), *((name, f, f["ratio"]) for name, f in found["peers"].items())]
    for name, f, ratio in rows:
        shown = "" if ratio is None else f"{ratio:.2f}×"
        figures = f"{f['per_second']:,.0f} | {f['p50_ms']:.2f} | {f['p99_ms']:.2f} | {f['p99_cpu_ms']:.2f}"
        lines.append(f"| {name} | {figures} | {shown} |")
    floors = found["floors"]
    lines += ["", "Bots replaying another's calls and doing nothing else, in the same run:"]
    lines += [f"- {name}: {f['per_second']:,.0f}/s, p50 {f['p50_ms']:.2f} ms" for name, f in floors["replays"].items()]
    lines.append(f"- planbot's replay costs {floors['planbot_replay_ratio']:.2f}× the durable peer (the floor)")
    own = ", ".join(f"{name} {ms:.2f} ms" for name, ms in floors["own_ms"].items())
    lines.append(f"- own work (cost per update above the bot's replay): {own}")
    return "\n".join(lines)


def main() -> None:
    users = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    found = measure(users, rounds)
    print(table(found))
    print(json.dumps(found))


if __name__ == "__main__":
    main()
