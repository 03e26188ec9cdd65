"""Updates per second and latency: whole interviews through the real Application, against a bare echo bot.

Both bots run in this process, on one core, fed the same updates over the same in-process fake Bot API; planbot
keeps its SQLite database on disk. Simulated users go through the interview interleaved, half of them complete
and half express.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.ext import Application, ApplicationBuilder, ContextTypes, MessageHandler, filters

from bot.bootstrap import build
from bot.telegram.app import build_application
from tests.chat import Clock
from tests.fakebot import FakeRequest, FakeTelegram
from tests.scripts import COMPLETE_FR, EXPRESS_FR

os.environ.setdefault("PTB_TIMEDELTA", "1")


@dataclass(frozen=True)
class Run:
    """What one bot did with the updates: wall-clock and CPU seconds, and each update's latency."""

    updates: int
    seconds: float
    latencies: list[float]
    cpu: float = 0.0

    @property
    def per_second(self) -> float:
        return self.updates / self.seconds

    @property
    def per_cpu_second(self) -> float:
        return self.updates / self.cpu if self.cpu else 0.0

    def percentile(self, share: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


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


async def feed(app: Application, updates: list[dict[str, Any]]) -> Run:  # type: ignore[type-arg]
    latencies = []
    started, cpu = time.perf_counter(), time.process_time()
    for update in updates:
        begin = time.perf_counter()
        await app.process_update(Update.de_json(update, app.bot))
        latencies.append(time.perf_counter() - begin)
    tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    if tasks:  # pictures drawn after their message count in the total time, not in the update's latency
        await asyncio.gather(*tasks)
    return Run(len(updates), time.perf_counter() - started, latencies, time.process_time() - cpu)


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_chat is not None
    assert update.effective_message is not None
    await context.bot.send_message(update.effective_chat.id, update.effective_message.text or "")


async def measure(users: int = 20, rounds: int = 5) -> tuple[Run, Run]:
    """Run the echo bot and planbot on the same updates; return both runs."""
    core = FakeTelegram()
    request = FakeRequest(core)
    echo_app = ApplicationBuilder().token(core.token).request(request).get_updates_request(FakeRequest(core)).build()
    echo_app.add_handler(MessageHandler(filters.TEXT, echo))
    with tempfile.TemporaryDirectory() as folder:
        services = build(Path(folder) / "bench.db", Clock())
        planbot = build_application(
            services, core.token, request=FakeRequest(core), updates_request=FakeRequest(core), limit_rate=False
        )
        async with echo_app, planbot:
            warm = interviews(core, 2, 900_000)
            await feed(echo_app, warm)
            await feed(planbot, warm)
            echo_runs, planbot_runs = [], []
            for round_number in range(rounds):
                updates = interviews(core, users, 1_000_000 * (round_number + 1))
                echo_runs.append(await feed(echo_app, updates))
                planbot_runs.append(await feed(planbot, updates))
        services.store.close()
    return _merge(echo_runs), _merge(planbot_runs)


def _merge(runs: list[Run]) -> Run:
    return Run(
        sum(r.updates for r in runs),
        sum(r.seconds for r in runs),
        [x for r in runs for x in r.latencies],
        sum(r.cpu for r in runs),
    )


def main() -> None:
    echo_run, planbot_run = asyncio.run(measure())
    print(f"echo    {echo_run.per_second:8.0f} updates/s  p50 {echo_run.percentile(0.5) * 1000:.2f} ms")
    print(
        f"planbot {planbot_run.per_second:8.0f} updates/s  p50 {planbot_run.percentile(0.5) * 1000:.2f} ms"
        f"  p99 {planbot_run.percentile(0.99) * 1000:.2f} ms  mean {statistics.fmean(planbot_run.latencies) * 1000:.2f} ms"
    )
    print(f"cost ratio {echo_run.per_second / planbot_run.per_second:.2f}")


if __name__ == "__main__":
    main()
