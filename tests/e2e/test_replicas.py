"""Three ``planbot run`` replicas on one PostgreSQL behind a round-robin forwarder, the dispatcher killed mid-way.

The fake Bot API (enforcing Telegram's limits) posts every update to the forwarder, which stands in for the load
balancer: each request goes to the next replica in turn, and to the one after when a replica does not answer,
so a user's messages land on different replicas. Fifty users go through the express interview at a person's
pace while sixty others have a reminder falling due every half second. Half-way, the replica that dispatches
the reminders is killed (SIGKILL): another takes over the reminders, and the updates the dead one had taken
without handling them.
"""

from __future__ import annotations

import bisect
import http.client
import json
import random
import signal
import socket
import subprocess
import threading
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from itertools import count
from pathlib import Path
from typing import Any

import pytest

from bot.bootstrap import open_store
from bot.dispatcher import IN_FLIGHT
from dialogs.conversation import Conversation
from dialogs.core.replies import Question
from domain.models import Action, ActionStatus, Language, Plan, Profile, Reminders, Tactic
from domain.reminder_schedule import Due
from domain.session import Session
from domain.storage import Store
from tests.bot_process import Person, free_port
from tests.chat import Chat, Clock
from tests.console import command, environment
from tests.crash_burst import START, Sent, script
from tests.fakebot import ApiResponse, FakeTelegram, FakeTelegramServer
from tests.scripts import EXPRESS_FR

USERS = range(1, 51)
REMINDED = range(3000, 3060)
REPLICAS = 3
SECRET = "replicas-Secret_1"
THINK = (1.5, 3.5)
"""Seconds a user takes to answer: fifty of them keep the bot near 21 messages a second, under Telegram's 30."""
WAIT = 40.0
"""Seconds a user waits for the next question (an update the killed replica held waits for the takeover)."""


class Counting(FakeTelegram):
    """The fake Bot API, counting the 429s it answers (Telegram's limits exceeded)."""

    def __init__(self) -> None:
        super().__init__(enforce_rate_limits=True)
        self.refused = 0

    def call(self, method: str, params: Any = None, files: Any = None, *, token: str | None = None) -> ApiResponse:
        response = super().call(method, params, files, token=token)
        if response.status == 429:
            with self._lock:
                self.refused += 1
        return response


class Forwarder:
    """The load balancer: each POST goes to the next replica in turn, or the one after when that one fails."""

    def __init__(self, ports: list[int]) -> None:
        self.ports = ports
        self.turns = count()
        self.routes: dict[int, set[int]] = {}
        """For each user, the replicas that took their updates."""
        self.lock = threading.Lock()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                status, data = owner.forward(self.path, body, dict(self.headers))
                self.send_response(status)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: Any) -> None:
                """Quiet."""

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05})
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/telegram"

    def forward(self, path: str, body: bytes, headers: dict[str, str]) -> tuple[int, bytes]:
        first = next(self.turns)
        for step in range(len(self.ports)):
            replica = (first + step) % len(self.ports)
            connection = http.client.HTTPConnection("127.0.0.1", self.ports[replica], timeout=5)
            try:
                connection.request("POST", path, body, headers)
                response = connection.getresponse()
                data = response.read()
            except (OSError, http.client.HTTPException):
                continue  # down, or died while answering: the next one
            finally:
                connection.close()
            if response.status < 500:
                user = json.loads(body).get("message", {}).get("from", {}).get("id")
                with self.lock:
                    self.routes.setdefault(user, set()).add(replica)
                return response.status, data
        return 502, b""

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()


class Replica:
    """``planbot run`` in webhook mode on the shared database, listening on a port of its own, its log apart."""

    def __init__(
        self, server: FakeTelegramServer, core: FakeTelegram, url: str, hook: str, port: int, log: Path
    ) -> None:
        self.port, self.log = port, log
        settings = {
            "TELEGRAM_BOT_TOKEN": core.token,
            "TELEGRAM_API_BASE_URL": server.base_url,
            "PLANBOT_DATABASE_URL": url,
            "PLANBOT_WEBHOOK_URL": hook,
            "PLANBOT_WEBHOOK_LISTEN": "127.0.0.1",
            "PLANBOT_WEBHOOK_PORT": str(self.port),
            "PLANBOT_WEBHOOK_SECRET": SECRET,
            "PLANBOT_LOG_LEVEL": "INFO",
        }
        real_clock = {k: v for k, v in environment().items() if k != "PLANBOT_FROZEN_TIME"}
        with log.open("a") as sink:
            self.process = subprocess.Popen(
                command("run"), env={**real_clock, **settings}, stdout=sink, stderr=subprocess.STDOUT
            )

    def listening(self, timeout: float = 30) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            assert self.process.poll() is None, self.logs()
            time.sleep(0.1)
        raise TimeoutError(f"replica on port {self.port} never listened:\n{self.logs()}")

    def dispatches(self) -> bool:
        return "now dispatches the reminders" in self.logs()

    def logs(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


def interview(lines: list[str], now: datetime) -> tuple[list[str], Plan]:
    """The question after each answer, and the plan at the end, as the engine gives them at ``now``."""
    store = Store()
    chat = Chat(Conversation(store, Clock(now)), 1, Language.FR)
    chat.send("/start")
    asked = []
    for line in lines:
        chat.answer(line)
        asked.append([r for r in chat.replies if isinstance(r, Question)][-1].text)
    session = store.load(1)
    store.close()
    assert session is not None
    return asked, session.plan


def remind(url: str, core: FakeTelegram, first: datetime) -> None:
    """Each of the reminded users has one reminder, due one after the other every half second from ``first``."""
    store = open_store(url)
    today = first.date()
    for number, user in enumerate(REMINDED):
        core.add_user(user)
        action = Action(id=1, tactic=Tactic.EVENTS, title=f"Atelier {user}", due=today, status=ActionStatus.PLANNED)
        plan = Plan(profile=Profile(name=f"Boutique {user}"), actions=(action,))
        session = Session(user_id=user, plan=plan, reminders=Reminders(enabled=True))
        store.save(session, expected=0, reminders=[Due(1, f"day@{today}", first + timedelta(seconds=number / 2))])
    store.close()


def reminders(core: FakeTelegram) -> Counter[int]:
    return Counter(c.params["chat_id"] for c in core.calls_to("sendMessage") if "⏰" in str(c.params.get("text")))


@pytest.fixture
def fake() -> Iterator[tuple[Counting, FakeTelegramServer]]:
    core = Counting()
    with FakeTelegramServer(core, webhook_attempts=1_000_000) as server:
        yield core, server


def test_three_replicas_lose_no_answer_and_no_reminder_when_the_dispatcher_is_killed(
    postgres_url: str, tmp_path: Path, fake: tuple[Counting, FakeTelegramServer]
) -> None:
    core, server = fake
    began = datetime.now(UTC)
    remind(postgres_url, core, began + timedelta(seconds=6))
    expected = {user: interview(script(EXPRESS_FR, user), began) for user in USERS}
    forwarder = Forwarder([free_port() for _ in range(REPLICAS)])
    replicas = [
        Replica(server, core, postgres_url, forwarder.url, port, tmp_path / f"replica-{number}.log")
        for number, port in enumerate(forwarder.ports)
    ]
    sent, answered, stuck = Sent(), [], []
    people = {user: Person(core, user) for user in USERS}

    def play(user: int) -> None:
        person, pace = people[user], random.Random(user)
        time.sleep(user * 0.1)  # everyone arrives within five seconds
        try:
            sent.add()
            person.say("/start", START, WAIT)
            for line, prompt in zip(script(EXPRESS_FR, user), expected[user][0], strict=True):
                time.sleep(pace.uniform(*THINK))
                sent.add()
                person.say(line, prompt, WAIT)
        except TimeoutError:
            stuck.append(f"user {user}: {[m.get('text', '')[:50] for m in core.messages(user)[-3:]]}")
            return
        answered.append(user)

    threads = [threading.Thread(target=play, args=(user,)) for user in USERS]
    try:
        for replica in replicas:
            replica.listening()
        for thread in threads:
            thread.start()
        sent.reach(len(USERS) * (len(EXPRESS_FR) + 1) // 2, threading.Event())
        (leader,) = [replica for replica in replicas if replica.dispatches()]
        leader.process.send_signal(signal.SIGKILL)
        leader.process.wait(10)
        for thread in threads:
            thread.join(WAIT * 3)
        core.wait_for(lambda: set(reminders(core)) == set(REMINDED), 20)
    finally:
        for replica in replicas:
            if replica.process.poll() is None:
                replica.process.send_signal(signal.SIGTERM)
        exits = [replica.process.wait(20) for replica in replicas]
        forwarder.close()
    seconds = (datetime.now(UTC) - began).total_seconds()
    logs = "".join(replica.logs() for replica in replicas)

    assert stuck == [], "every user got the question after each of their messages"
    assert sorted(answered) == list(USERS)
    assert all(len(forwarder.routes[user]) > 1 for user in USERS), "each user was served by several replicas"
    store = open_store(postgres_url)
    try:
        kept = [user for user in USERS if (s := store.load(user)) is not None and s.plan == expected[user][1]]
        assert kept == list(USERS), "every answer stored once: each plan is the one its answers give"
        assert store.inbox.pending() == [], "every update handled, those the killed replica held too"
        statuses = Counter(row["status"] for user in REMINDED for row in store.reminders.of(user))
    finally:
        store.close()
    delivered = reminders(core)
    assert statuses == Counter({"sent": len(REMINDED)})
    assert set(delivered) == set(REMINDED), "no reminder lost"
    assert max(delivered.values()) <= 2, "at least once: a reminder in flight at the kill may come twice"
    assert sum(n - 1 for n in delivered.values()) <= IN_FLIGHT, "and only those in flight"
    assert sum(replica.dispatches() for replica in replicas) == 2, "one dispatcher, then one that took over"
    assert core.refused == 0, "never above Telegram's limits: the fake answered no 429"
    assert "Rate limit hit" not in logs
    assert sorted(exits) == [-signal.SIGKILL] + [0] * (REPLICAS - 1), "the others stopped cleanly"
    # PTB's job queue cancels a job that starts as it stops (a checkpoint, a tick): apscheduler logs it.
    assert logs.count("Traceback") == logs.count("asyncio.exceptions.CancelledError")
    print(f"{seconds:.1f} s; busiest second: {max_per_second(core)} messages")


def max_per_second(core: FakeTelegram) -> int:
    """The most messages the fake took in one second (a sliding window)."""
    times = sorted(c.at for c in core.calls_to("sendMessage"))
    return max((bisect.bisect_right(times, at + 1.0) - n for n, at in enumerate(times)), default=0)
