"""Reminders: due-reminder lookup among 1,000,000 scheduled, and dispatch against a fake that enforces limits.

``python -m bench.reminders lookup [total]`` or ``dispatch [users each kills]`` prints one line of JSON.
"""

from __future__ import annotations

import bisect
import json
import os
import random
import re
import signal
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from datetime import timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

from domain.models import Action, ActionStatus, Plan, Profile, Reminders, Tactic
from domain.ports import LEASE
from domain.reminder_schedule import schedule
from domain.session import Session
from domain.storage import Store
from domain.storage.reminder_queue import PENDING, epoch
from tests.bot_process import BotProcess
from tests.chat import NOW
from tests.fakebot import FakeTelegram, FakeTelegramServer

os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")


def lookup(total: int = 1_000_000, polls: int = 200, due: int = 30) -> dict[str, Any]:
    """Time ``claim`` (one dispatcher poll) in a database of ``total`` scheduled reminders.

    Each poll makes ``due`` reminders due, claims them (timed), polls again at once (timed: nothing left to
    claim), then marks what it claimed sent, as the dispatcher does.

    As in the bot, a thread copies the write-ahead log into the database meanwhile (``Store.checkpoint``), here
    far more often than the bot's every five seconds.
    """
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "bench.db", checkpoints_aside=True)
        stop = threading.Event()
        checkpoints = threading.Thread(target=_checkpoint_until, args=(store, stop))
        later = epoch(NOW + timedelta(days=30))
        rows = (
            (n // 10, n % 10 + 1, f"day@{n}", later + n % 86_400, later + n % 86_400, PENDING, 0) for n in range(total)
        )
        with store.db.conn:
            store.db.conn.executemany(
                "INSERT INTO reminders (user_id, action_id, kind, due_at, next_at, status, attempts) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
        checkpoints.start()
        ids = random.Random(7).sample(range(1, total + 1), polls * due)
        timings, empty = [], []
        now = epoch(NOW)
        for poll in range(polls):
            chosen = ids[poll * due : (poll + 1) * due]
            with store.db.conn:
                store.db.conn.execute(
                    f"UPDATE reminders SET next_at = ?, due_at = ? WHERE id IN ({','.join('?' * len(chosen))})",
                    [now - 1, now - 1, *chosen],
                )
            begin = time.perf_counter()
            claimed = store.reminders.claim(NOW, due)
            timings.append(time.perf_counter() - begin)
            assert len(claimed) == len({c.user_id for c in claimed}) > 0
            begin = time.perf_counter()
            again = store.reminders.claim(NOW, due)
            empty.append(time.perf_counter() - begin)
            for one in (*claimed, *again):  # as the dispatcher does within seconds, leaving no claim held
                store.reminders.sent(one, NOW)
        stop.set()
        checkpoints.join()
        store.close()
    timings.sort()
    return {
        "reminders": total,
        "median_ms": statistics.median(timings) * 1000,
        "p99_ms": timings[int(len(timings) * 0.99)] * 1000,
        "empty_poll_ms": statistics.median(empty) * 1000,
    }


def _checkpoint_until(store: Store, stop: threading.Event) -> None:
    while not stop.wait(0.05):
        store.checkpoint()


def _users(db: Path, core: FakeTelegram, count: int, each: int) -> list[int]:
    """``count`` users, each with ``each`` actions whose reminders are all due now."""
    store = Store(db)
    users = list(range(5000, 5000 + count))
    for user in users:
        core.add_user(user)
        actions = tuple(
            Action(id=n, tactic=Tactic.EVENTS, title=f"Atelier {n}", due=NOW.date(), status=ActionStatus.PLANNED)
            for n in range(1, each + 1)
        )
        plan = Plan(profile=Profile(name=f"B {user}"), actions=actions)
        session = Session(user_id=user, plan=plan, reminders=Reminders(enabled=True))
        store.save(session, reminders=schedule(session.plan, session.reminders, NOW))
    store.close()
    return users


def _calls(core: FakeTelegram) -> list[tuple[int, str, float]]:
    """Reminders the bot asked the fake to send: chat, text, when."""
    return [
        (c.params["chat_id"], str(c.params["text"]), c.at)
        for c in core.calls_to("sendMessage")
        if "⏰" in str(c.params.get("text", ""))
    ]


def _delivered(core: FakeTelegram, users: list[int]) -> list[tuple[int, str]]:
    """Reminders that reached a chat (a refused send leaves no message)."""
    return [(user, m["text"]) for user in users for m in core.messages(user) if "⏰" in m.get("text", "")]


def _start(starts: int) -> dict[str, str]:
    """The clock of the bot's start number ``starts``: the leases of the processes killed before it have ended.

    The bots' clock stands still (``PLANBOT_FROZEN_TIME``): each start is set a lease later than the last, as a
    restart that waits for nothing would find the claims of the killed process still held.
    """
    return {"PLANBOT_FROZEN_TIME": (NOW + starts * LEASE).isoformat()}


def dispatch(users: int = 200, each: int = 2, kills: int = 3, seed: int = 1, worst: int = 0) -> dict[str, Any]:
    """The real bot sends every user's due reminders through a fake enforcing Telegram's limits.

    The bot is killed (SIGKILL) ``kills`` times while it sends, then run to the end: every reminder must arrive, no
    faster than the limits allow. The kill lands at a random moment; with ``worst`` (1), right after the fake took
    a reminder, before the bot could record it: the reminders then in flight are sent again (at least once).
    """
    chance = random.Random(seed)
    core = FakeTelegram(enforce_rate_limits=True)
    with tempfile.TemporaryDirectory() as folder:
        db, log = Path(folder) / "bot.db", Path(folder) / "bot.log"
        everyone = _users(db, core, users, each)
        expected = users * each
        with FakeTelegramServer(core) as server:
            for kill in range(kills):
                before = len(_calls(core))
                bot = BotProcess(server, core, db, log, **_start(kill))
                try:
                    core.wait_for(lambda before=before: len(_calls(core)) >= before + 10, 60)
                    if not worst:
                        time.sleep(chance.uniform(0, 1))  # the kill lands anywhere in the sending
                finally:
                    bot.stop(signal.SIGKILL)
            last_start = len(_calls(core))
            bot = BotProcess(server, core, db, log, **_start(kills))
            try:
                core.wait_for(lambda: len(set(_delivered(core, everyone))) >= expected, 120)
            finally:
                bot.stop()
        logs = log.read_text(errors="replace")
    sent = _calls(core)
    copies = Counter(_delivered(core, everyone))
    final = sorted(at for _, _, at in sent[last_start:]) or sorted(at for _, _, at in sent)  # all sent before
    busiest = max(bisect.bisect_left(final, at + 1.0) - n for n, at in enumerate(final))
    gaps = [
        later - earlier
        for user in everyone
        for earlier, later in pairwise(sorted(at for u, _, at in sent if u == user))
    ]
    return {
        "reminders": expected,
        "kills": kills,
        "worst": bool(worst),
        "rate_per_s": (len(final) - 1) / (final[-1] - final[0]) if final[-1] - final[0] >= 2 else None,
        "most_in_one_second": busiest,
        "lost": expected - len(copies),
        "repeated": sum(n - 1 for n in copies.values()),
        "min_gap_same_chat_s": min(gaps, default=None),
        "http_429": len(sent) - sum(copies.values()),
        "claims_released_on_restart": sum(int(n) for n in re.findall(r"released (\d+) reminder", logs)),
        "tracebacks": logs.count("Traceback"),
    }


def main() -> None:
    which, *sizes = sys.argv[1:] or ["lookup"]
    numbers = [int(size) for size in sizes]
    print(json.dumps(lookup(*numbers) if which == "lookup" else dispatch(*numbers)))


if __name__ == "__main__":
    main()
