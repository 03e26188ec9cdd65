"""Updates handled per second by 1, 2 and 4 replicas on PostgreSQL, against one process on SQLite, by webhook.

``python -m bench.replicas [users] [rounds] [paced]`` prints a table, then one line of JSON (:func:`measure`).

Each setup is real ``planbot run`` processes on a fresh database, python-telegram-bot's rate limiter off (it
would hold each replica to Telegram's 30 messages a second, and that is what would be measured). The fake Bot
API runs in this process, over HTTP. Users go through the express interview, each waiting for the question
after each answer, their updates posted to the replicas in turn as a load balancer would. The same updates for
every setup: ``users`` users at once, ``rounds`` times, answering as soon as asked (updates per second; latency
from the POST to the question it brings up, queueing included), then ``paced`` users answering half a second
after each question (the latency without a queue). CPU time per update is read from ``/proc`` for the
replicas, the PostgreSQL server (the tests' throwaway one, no fsync) and this process.
"""

from __future__ import annotations

import asyncio
import functools
import itertools
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

from domain.models import Language
from tests.bot_process import expected_prompts, free_port
from tests.crash_burst import START, script
from tests.fakebot import ApiResponse, FakeTelegram, FakeTelegramServer
from tests.scripts import EXPRESS_FR

SECRET = "bench-Secret_1"
SETUPS = (("sqlite", 1), ("postgres", 1), ("postgres", 2), ("postgres", 4))
THINK = 0.5
"""Seconds a paced user takes to answer."""


class Watched(FakeTelegram):
    """The fake Bot API, telling the user waiting in each chat when the question they expect arrives."""

    def __init__(self) -> None:
        super().__init__()
        self.waiting: dict[int, tuple[str, asyncio.Future[float], asyncio.AbstractEventLoop]] = {}
        self.guard = threading.Lock()

    def expect(self, chat: int, text: str) -> asyncio.Future[float]:
        """A future set to the moment a message of the bot in ``chat`` contains ``text``."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[float] = loop.create_future()
        with self.guard:
            self.waiting[chat] = (text, future, loop)
        return future

    def call(self, method: str, params: Any = None, files: Any = None, *, token: str | None = None) -> ApiResponse:
        """Answer as the fake does; a message that brings up the question a user waits for settles their wait."""
        response = super().call(method, params, files, token=token)
        if method == "sendMessage" and response.status == 200:
            at, result = time.perf_counter(), response.result
            with self.guard:
                found = self.waiting.get(result["chat"]["id"])
                if found is not None and found[0] in result.get("text", ""):
                    del self.waiting[result["chat"]["id"]]
                    found[2].call_soon_threadsafe(_settle, found[1], at)
        return response


def _settle(future: asyncio.Future[float], at: float) -> None:
    if not future.done():
        future.set_result(at)


def update(number: int, user: int, text: str) -> dict[str, Any]:
    """A private message from ``user``, as Telegram posts it (a leading ``/command`` marked as one)."""
    chat, person = {"id": user, "type": "private"}, {"id": user, "is_bot": False, "first_name": "Ana"}
    message = {"message_id": number, "date": int(time.time()), "chat": chat, "from": person, "text": text}
    if text.startswith("/"):
        message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
    return {"update_id": number, "message": message}


class Load:
    """Users posting their interviews to the replicas in turn, each waiting for the question after each answer."""

    def __init__(self, core: Watched, ports: list[int]) -> None:
        self.core = core
        self.urls = [f"http://127.0.0.1:{port}/telegram" for port in ports]
        self.turns = itertools.count()
        self.numbers = itertools.count(1)

    def prepare(self, users: range) -> dict[int, tuple[list[str], list[str]]]:
        """Each user's messages and the question each brings up (worked out by the engine, before timing)."""
        scripts = {}
        for user in users:
            self.core.add_user(user)
            lines = script(EXPRESS_FR, user)
            scripts[user] = (["/start", *lines], [START, *expected_prompts(lines, Language.FR)])
        return scripts

    async def run(self, scripts: dict[int, tuple[list[str], list[str]]], think: float) -> tuple[float, list[float]]:
        """Play every user at once; return the seconds it took and each update's latency."""
        limits = httpx.Limits(max_connections=40)
        async with httpx.AsyncClient(trust_env=False, timeout=30, limits=limits) as client:
            began = time.perf_counter()
            played = await asyncio.gather(*(self._play(client, user, *lines, think) for user, lines in scripts.items()))
            return time.perf_counter() - began, [latency for one in played for latency in one]

    async def _play(
        self, client: httpx.AsyncClient, user: int, lines: list[str], prompts: list[str], think: float
    ) -> list[float]:
        latencies = []
        for line, prompt in zip(lines, prompts, strict=True):
            arrived = self.core.expect(user, prompt)
            body = json.dumps(update(next(self.numbers), user, line))
            begin = time.perf_counter()
            response = await client.post(
                self.urls[next(self.turns) % len(self.urls)],
                content=body,
                headers={"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET},
            )
            response.raise_for_status()
            latencies.append(await asyncio.wait_for(arrived, 30) - begin)
            if think:
                await asyncio.sleep(think)
        return latencies


@contextmanager
def replicas(
    server: FakeTelegramServer, core: FakeTelegram, database: str, count: int
) -> Iterator[tuple[list[int], list[int]]]:
    """``count`` replica processes on ``database``, listening: their ports and pids; stopped (SIGTERM) after."""
    ports = [free_port() for _ in range(count)]
    key = "PLANBOT_DATABASE_URL" if database.startswith("postgresql://") else "PLANBOT_DB"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PLANBOT_", "TELEGRAM_"))}
    env["PLANBOT_WEBHOOK_LISTEN"] = "127.0.0.1"
    env |= {"TELEGRAM_BOT_TOKEN": core.token, "TELEGRAM_API_BASE_URL": server.base_url, key: database}
    env |= {"PLANBOT_WEBHOOK_SECRET": SECRET, "PLANBOT_LOG_LEVEL": "WARNING", "NO_PROXY": "127.0.0.1,localhost"}
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "bench.replicas", "serve"],
            env={**env, "PLANBOT_WEBHOOK_URL": f"http://127.0.0.1:{port}/telegram", "PLANBOT_WEBHOOK_PORT": str(port)},
            stderr=subprocess.DEVNULL,
        )
        for port in ports
    ]
    try:
        for port, process in zip(ports, processes, strict=True):
            _listening(port, process)
        yield ports, [process.pid for process in processes]
    finally:
        for process in processes:
            process.send_signal(signal.SIGTERM)
        for process in processes:
            process.wait(30)


def _listening(port: int, process: subprocess.Popen[bytes]) -> None:
    while process.poll() is None:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"a replica exited with {process.returncode}")


def percentile(values: list[float], share: float) -> float:
    """The value below which ``share`` of them lie, in milliseconds."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))] * 1000


def measure(users: int = 32, rounds: int = 2, paced: int = 16) -> dict[str, Any]:
    """Each setup's updates per second, latencies (ms) saturated and paced, CPU per update (ms), and the cores."""
    from tests import pg

    found = pg.find()
    if isinstance(found, str):
        raise RuntimeError(found)
    postmaster = int((found.cluster.data / "postmaster.pid").read_text().split()[0]) if found.cluster else None
    figures: dict[str, Any] = {"cores": len(os.sched_getaffinity(0)), "users": users, "rounds": rounds}
    core, first = Watched(), itertools.count(100_000, 100_000)
    try:
        with FakeTelegramServer(core) as server, tempfile.TemporaryDirectory() as folder:
            for backend, count in SETUPS:
                name, database = found.create() if backend == "postgres" else ("", f"{folder}/bench-{count}.db")
                with replicas(server, core, database, count) as (ports, pids):
                    load = Load(core, ports)
                    asyncio.run(load.run(load.prepare(_block(first, 4)), 0))  # imports, caches, connections
                    blocks = [load.prepare(_block(first, users)) for _ in range(rounds)]
                    calm = load.prepare(_block(first, paced))
                    groups = {"replicas": pids, "postgres": _children(postmaster), "bench": [os.getpid()]}
                    before = {group: cpu(pids) for group, pids in groups.items()}
                    saturated = [asyncio.run(load.run(block, 0)) for block in blocks]
                    spent = {group: cpu(pids) - before[group] for group, pids in groups.items()}
                    _, latencies = asyncio.run(load.run(calm, THINK))
                if name:
                    found.drop(name)
                core.forget()
                figures[f"{backend}-{count}"] = summary(saturated, latencies, spent)
    finally:
        found.close()
    for count in (2, 4):
        figures[f"postgres-{count}"]["scaling"] = (
            figures[f"postgres-{count}"]["per_second"] / figures["postgres-1"]["per_second"]
        )
    return figures


def summary(saturated: list[tuple[float, list[float]]], paced: list[float], spent: dict[str, float]) -> dict[str, Any]:
    """One setup's figures: saturated throughput and latency, paced latency, CPU milliseconds per update."""
    latencies = [x for _, one in saturated for x in one]
    return {
        "per_second": len(latencies) / sum(seconds for seconds, _ in saturated),
        "p50_ms": percentile(latencies, 0.5),
        "p99_ms": percentile(latencies, 0.99),
        "paced_p50_ms": percentile(paced, 0.5),
        "paced_p99_ms": percentile(paced, 0.99),
        "updates": len(latencies),
        "cpu_ms": {group: 1000 * seconds / len(latencies) for group, seconds in spent.items()},
    }


def cpu(pids: list[int]) -> float:
    """CPU seconds the processes used so far, all their threads (``/proc``; 0 for one that has gone)."""
    ticks = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ticks += int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")


def _children(parent: int | None) -> list[int]:
    """The processes ``parent`` started (the PostgreSQL server's backends), none without one."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat") if parent else ():
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == parent:
                found.append(int(stat.parent.name))
        except (OSError, ValueError):
            continue
    return found


def _block(numbers: Iterator[int], size: int) -> range:
    start = next(numbers)
    return range(start, start + size)


def table(figures: dict[str, Any]) -> str:
    """The figures as a Markdown table."""
    lines = [
        "| setup | updates/s | × 1 replica | p50 / p99 ms | paced p50 / p99 ms | CPU ms per update "
        "(replicas / PostgreSQL / fake and load) |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for backend, count in SETUPS:
        f = figures[f"{backend}-{count}"]
        label = "SQLite, 1 process" if backend == "sqlite" else f"PostgreSQL, {count} replica{'s' * (count > 1)}"
        scaling = f"{f['scaling']:.2f}" if "scaling" in f else ""
        cost = " / ".join(f"{f['cpu_ms'][group]:.1f}" for group in ("replicas", "postgres", "bench"))
        lines.append(
            f"| {label} | {f['per_second']:.0f} | {scaling} | {f['p50_ms']:.0f} / {f['p99_ms']:.0f} | "
            f"{f['paced_p50_ms']:.1f} / {f['paced_p99_ms']:.1f} | {cost} |"
        )
    return "\n".join(lines)


def serve() -> int:
    """One replica: ``planbot run`` itself, configured from the environment, with its rate limiter off."""
    from bot import run
    from bot.telegram import app

    app.build_application = functools.partial(app.build_application, limit_rate=False)  # read by run() when called
    return run.run()


def main() -> None:
    if sys.argv[1:2] == ["serve"]:
        sys.exit(serve())
    sizes = [int(size) for size in sys.argv[1:]]
    figures = measure(*sizes)
    print(f"{figures['cores']} cores\n{table(figures)}")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
