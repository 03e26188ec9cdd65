"""A crowd of users answering the real ``planbot run`` while it is killed (SIGKILL) and restarted.

Shared by the end-to-end test (``tests/test_crash_burst.py``) and the benchmark (``bench/crash.py``). Each user is
a thread that types an interview's answers one by one, each time waiting for the question that should follow;
the bot is killed at evenly spread moments of the burst and started again at once. Afterwards every user's
stored plan is compared with the plan the same answers give in memory.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from dialogs.conversation import Conversation
from domain.models import Language, Plan
from domain.storage import Store
from tests.bot_process import BotProcess, Person, expected_prompts, free_port
from tests.chat import Chat, Clock
from tests.fakebot import FakeTelegram, FakeTelegramServer

START = "Comment s'appelle votre entreprise"
SECRET = "burst-Secret_1"
WAIT = 60.0
"""Seconds a user waits for the next question before counting as left without an answer."""


@dataclass(frozen=True)
class Burst:
    """What a burst left: users who always got their next question, plans stored as answered, and the cost."""

    users: int
    answered: int
    intact: int
    kills: int
    seconds: float
    tracebacks: int
    stuck: tuple[str, ...] = ()
    """For each user left waiting, their last messages (to see where)."""

    @property
    def lost(self) -> int:
        """Users whose stored plan is not the one their acknowledged answers give."""
        return self.users - self.intact


class Sent:
    """How many messages the users sent so far, for the killer to wait on (no sleeping)."""

    def __init__(self) -> None:
        self.count = 0
        self.changed = threading.Condition()

    def add(self) -> None:
        with self.changed:
            self.count += 1
            self.changed.notify_all()

    def reach(self, count: int, done: threading.Event) -> None:
        with self.changed:
            self.changed.wait_for(lambda: self.count >= count or done.is_set(), WAIT)


def script(lines: list[str], user: int) -> list[str]:
    """The interview's answers with the business named after the user (each plan tells whose it is)."""
    return [f"{lines[0]} {user}", *lines[1:]]


def expected(lines: list[str], user: int) -> Plan:
    """The plan the answers give when nothing goes wrong."""
    store = Store()
    chat = Chat(Conversation(store, Clock()), user, Language.FR)
    chat.send("/start")
    for line in lines:
        chat.answer(line)
    session = store.load(user)
    store.close()
    assert session is not None
    return session.plan


@contextmanager
def fake_telegram() -> Iterator[tuple[FakeTelegram, FakeTelegramServer]]:
    """The fake Bot API over HTTP; a webhook that fails is retried for as long as it takes, as Telegram does."""
    core = FakeTelegram()
    with FakeTelegramServer(core, webhook_attempts=1_000_000) as server:
        yield core, server


def run(workdir: Path, lines: list[str], users: int = 40, kills: int = 3, webhook: bool = False) -> Burst:
    """Play ``users`` users through ``lines`` (French), killing the bot ``kills`` times; return what was left."""
    db, log = workdir / "bot.db", workdir / "bot.log"
    env: dict[str, str] = {}
    if webhook:
        port = free_port()
        env = {
            "PLANBOT_WEBHOOK_URL": f"http://127.0.0.1:{port}/telegram",
            "PLANBOT_WEBHOOK_LISTEN": "127.0.0.1",
            "PLANBOT_WEBHOOK_PORT": str(port),
            "PLANBOT_WEBHOOK_SECRET": SECRET,
        }
    prompts = {user: expected_prompts(script(lines, user), Language.FR) for user in range(1, users + 1)}
    sent, done, answered, stuck = Sent(), threading.Event(), [], []
    began = time.perf_counter()
    with fake_telegram() as (core, server):
        people = {user: Person(core, user) for user in prompts}

        def play(user: int) -> None:
            person = people[user]
            try:
                sent.add()
                person.say("/start", START, WAIT)
                for line, prompt in zip(script(lines, user), prompts[user], strict=True):
                    sent.add()
                    person.say(line, prompt, WAIT)
            except TimeoutError:
                texts = [m.get("text", "")[:60] for m in core.messages(user, from_bot=None)[-4:]]
                stuck.append(f"user {user} after {sent.count} messages: {texts}")
                return
            answered.append(user)

        bot = BotProcess(server, core, db, log, **env)
        threads = [threading.Thread(target=play, args=(user,), name=f"user-{user}") for user in prompts]
        for thread in threads:
            thread.start()
        total = users * (len(lines) + 1)
        try:
            for kill in range(1, kills + 1):
                sent.reach(total * kill // (kills + 1), done)
                bot.stop(signal.SIGKILL)
                bot = BotProcess(server, core, db, log, **env)
            for thread in threads:
                thread.join(WAIT * (len(lines) + 2))
        finally:
            done.set()
            bot.stop(signal.SIGTERM)
        seconds = time.perf_counter() - began
    store = Store(db)
    try:
        intact = sum(
            1
            for user in prompts
            if (session := store.load(user)) is not None and session.plan == expected(script(lines, user), user)
        )
    finally:
        store.close()
    return Burst(users, len(answered), intact, kills, seconds, bot.logs().count("Traceback"), tuple(stuck))
