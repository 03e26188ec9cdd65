"""Updates per second and latency: whole interviews through the real Application, against a bare echo bot.

Both bots run in this process, on one core, fed the same updates over the same in-process fake Bot API; planbot
keeps its SQLite database on disk. Simulated users go through the interview interleaved, half of them complete
and half express.
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.ext import Application, ApplicationBuilder, ContextTypes, MessageHandler, filters

from bench.replay import Replay, replay_app
from bot.bootstrap import Backend, build
from bot.telegram.app import CHECKPOINT, build_application
from bot.telegram.update_queue import InboxQueue
from tests.chat import Clock
from tests.fakebot import FakeRequest, FakeTelegram
from tests.scripts import COMPLETE_FR, EXPRESS_FR

os.environ.setdefault("PTB_TIMEDELTA", "1")


@dataclass(frozen=True)
class Run:
    """What one bot did with the updates: the seconds it took, and each update's latency."""

    updates: int
    seconds: float
    latencies: list[float]
    cpu: list[float] = field(default_factory=list)
    """Each update's processor time (the thread's): its latency without the moments another process had the core."""

    @property
    def per_second(self) -> float:
        """Updates handled per second of wall-clock time."""
        return self.updates / self.seconds

    def percentile(self, share: float, cpu: bool = False) -> float:
        """The latency (or processor time) below which ``share`` of the updates were handled, in seconds."""
        ordered = sorted(self.cpu if cpu else self.latencies)
        return ordered[min(len(ordered) - 1, int(len(ordered) * share))] if ordered else 0.0


def interviews(core: FakeTelegram, users: int, first_user: int) -> list[dict[str, Any]]:
    """Every user's interview as updates, interleaved as if they all chatted at once."""
    scripts = []
    for number in range(users):
        user = first_user + number
        core.add_user(user)
        lines = ["/start", *(COMPLETE_FR if number % 2 else EXPRESS_FR), "2"]
        scripts.append([(user, line) for line in lines])
    longest = max(len(s) for s in scripts)
    return [
        core.send_text(user, line)
        for step in range(longest)
        for s in scripts
        if step < len(s)
        for user, line in [s[step]]
    ]


Receive = Callable[[Update], object]


async def feed(
    app: Application,  # type: ignore[type-arg]
    updates: list[dict[str, Any]],
    replay: Replay | None = None,
    core: FakeTelegram | None = None,
) -> Run:
    """Hand the updates to a bot one after the other, as its update queue would; time each, and the whole.

    planbot's updates go through its inbox first (``received``), inside the time counted. With ``replay``, the
    calls the bot made for each update are recorded, once the run is over.
    """
    receive = received(app)
    latencies, cpu = [], []
    firsts: list[int] = []  # where each update's calls begin among the fake's (for a replay)
    started = time.perf_counter()
    for update in updates:
        if core is not None:
            firsts.append(core.call_count)
        begin, processor = time.perf_counter(), time.thread_time()
        incoming = Update.de_json(update, app.bot)
        if receive is not None:
            receive(incoming)
        await app.process_update(incoming)
        latencies.append(time.perf_counter() - begin)
        cpu.append(time.thread_time() - processor)
    tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    if tasks:  # pictures drawn after their message count in the total time, not in the update's latency
        await asyncio.gather(*tasks)
    elapsed = time.perf_counter() - started
    if replay is not None and core is not None:  # the calls read once the run is over
        calls = core.calls
        for update, first, last in zip(updates, firsts, [*firsts[1:], len(calls)], strict=True):
            replay.record(calls[first:last], update)
    return Run(len(updates), elapsed, latencies, cpu)


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_chat is not None
    assert update.effective_message is not None
    await context.bot.send_message(update.effective_chat.id, update.effective_message.text or "")


@contextmanager
def checkpointing(store: Backend, every: float = CHECKPOINT) -> Iterator[None]:
    """What ``planbot run`` does with its database: the write-ahead log copied back from a worker thread.

    The bot opens the database with ``checkpoints_aside`` and runs ``Backend.checkpoint`` every few seconds, so
    that no commit does it (a commit that did would wait for the disk). The bench does the same, on the same core.
    """
    stop = threading.Event()

    def run() -> None:
        while not stop.wait(every):
            store.checkpoint()

    worker = threading.Thread(target=run, name="checkpoint", daemon=True)
    worker.start()
    try:
        yield
    finally:
        stop.set()
        worker.join()


def received(app: Application) -> Receive | None:  # type: ignore[type-arg]
    """Planbot's own first step with an update: writing it to the inbox (what its update queue does as it is put)."""
    queue = app.update_queue
    return queue.receive if isinstance(queue, InboxQueue) else None


async def measure(users: int = 20, rounds: int = 5) -> tuple[Run, Run, Run]:
    """Run the echo bot, planbot and the replay of planbot's messages on the same updates."""
    core = FakeTelegram()
    request = FakeRequest(core)
    echo_app = ApplicationBuilder().token(core.token).request(request).get_updates_request(FakeRequest(core)).build()
    echo_app.add_handler(MessageHandler(filters.TEXT, echo))
    replay = Replay()
    replaying = replay_app(replay, core.token, FakeRequest(core))
    with tempfile.TemporaryDirectory() as folder:
        services = build(Path(folder) / "bench.db", Clock(), checkpoints_aside=True)
        planbot = build_application(
            services, core.token, request=FakeRequest(core), updates_request=FakeRequest(core), limit_rate=False
        )
        with checkpointing(services.store):
            async with echo_app, planbot, replaying:
                warm = interviews(core, 2, 900_000)
                await feed(echo_app, warm)
                await feed(planbot, warm, replay, core)
                await feed(replaying, warm)
                echo_runs, planbot_runs, replay_runs = [], [], []
                for round_number in range(rounds):
                    updates = interviews(core, users, 1_000_000 * (round_number + 1))
                    echo_runs.append(await feed(echo_app, updates))
                    planbot_runs.append(await feed(planbot, updates, replay, core))
                    replay_runs.append(await feed(replaying, updates))
        services.store.close()
    return merged(echo_runs), merged(planbot_runs), merged(replay_runs)


def merged(runs: list[Run]) -> Run:
    """Several rounds of one bot as one run."""
    return Run(
        sum(r.updates for r in runs),
        sum(r.seconds for r in runs),
        [x for r in runs for x in r.latencies],
        [x for r in runs for x in r.cpu],
    )


def summary(run: Run) -> dict[str, float]:
    """One bot's figures: updates a second, latency percentiles in ms."""
    return {
        "updates": run.updates,
        "per_second": run.per_second,
        "p50_ms": run.percentile(0.5) * 1000,
        "p99_ms": run.percentile(0.99) * 1000,
        "mean_ms": statistics.fmean(run.latencies) * 1000,
        "p99_cpu_ms": run.percentile(0.99, cpu=True) * 1000,
    }


def main() -> None:
    users = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    echo_run, planbot_run, replay_run = asyncio.run(measure(users, rounds))
    print(
        json.dumps(
            {
                "echo": summary(echo_run),
                "planbot": summary(planbot_run),
                "replay": summary(replay_run),
                "ratio": echo_run.per_second / planbot_run.per_second,
                "replay_ratio": echo_run.per_second / replay_run.per_second,
            }
        )
    )


if __name__ == "__main__":
    main()
