"""One dispatcher at a time: the leadership of each backend, a takeover, and the updates a dead replica left.

Two stores on one database stand for two processes (two replicas); a store's leadership is released by resigning
or, on PostgreSQL, by its connection ending, as when a process dies.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import psycopg
import pytest
from telegram import Bot, Update

from bot.bootstrap import Services, build
from bot.dispatcher import ORPHANED, Dispatcher, Orphans
from domain.reminder_schedule import Due
from domain.storage import Store
from domain.storage.leadership import lock_path
from tests.chat import NOW, Clock

Pair = tuple[Services, Services]


@pytest.fixture(params=["sqlite", "postgres"])
def two(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Pair]:
    """Two processes on one database (their own stores, each with its own leadership)."""
    database = request.getfixturevalue("postgres_url") if request.param == "postgres" else tmp_path / "shared.db"
    pair = build(database, Clock()), build(database, Clock())
    yield pair
    for services in pair:
        services.store.close()


class Telegram:
    """A Bot that accepts every message (only ``send_message`` is used by the dispatcher)."""

    def __init__(self) -> None:
        self.sent: list[int] = []

    async def send_message(self, chat_id: int, text: str, **options: Any) -> SimpleNamespace:
        self.sent.append(chat_id)
        return SimpleNamespace(message_id=len(self.sent))


def dispatcher(services: Services, telegram: Telegram | None = None) -> Dispatcher:
    return Dispatcher(services, cast(Bot, telegram or Telegram()))


def test_one_process_leads_and_another_takes_over_when_it_resigns(two: Pair) -> None:
    first, second = (services.leadership for services in two)
    assert first.lead()
    assert first.lead(), "asked again, it still leads"
    assert not second.lead(), "one at a time"
    first.resign()
    assert second.lead()
    assert not first.lead()


def test_a_database_in_memory_is_always_led_by_its_process() -> None:
    store = Store()
    assert store.leadership.lead()
    store.close()


def test_the_lock_of_a_process_killed_is_released_by_the_system(tmp_path: Path) -> None:
    database = tmp_path / "planbot.db"
    with subprocess.Popen(
        [sys.executable, "-c", LEAD_AND_WAIT, str(database)], stdout=subprocess.PIPE, stdin=subprocess.PIPE
    ) as holder:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == b"leading"
        store = Store(database)
        assert not store.leadership.lead(), "the other process leads"
        holder.kill()
        holder.wait(10)
    assert store.leadership.lead(), "its lock went with it"
    assert lock_path(database).stat().st_mode & 0o777 == 0o600
    store.close()


LEAD_AND_WAIT = """
import sys
from pathlib import Path
from domain.storage.leadership import FileLeadership
assert FileLeadership(Path(sys.argv[1])).lead()
print("leading", flush=True)
sys.stdin.read()
"""


def test_a_replica_whose_connection_the_server_ends_loses_the_lead(postgres_url: str) -> None:
    from domain.storage.postgres.leadership import AdvisoryLeadership

    first, second = AdvisoryLeadership(postgres_url, "replica-a"), AdvisoryLeadership(postgres_url, "replica-b")
    assert first.lead()
    assert second.holder() == "replica-a"
    with psycopg.connect(postgres_url, autocommit=True) as admin:
        admin.execute(
            "SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity WHERE application_name = 'replica-a'"
        )
    assert second.lead(), "the server released the lock with the connection"
    assert not first.lead(), "the first finds out at its next ask, and does not lead"
    assert first.holder() == "replica-b"
    first.resign()
    second.resign()


async def test_only_the_dispatcher_claims_and_one_taking_over_sends_the_dead_ones_claims_at_once(two: Pair) -> None:
    running, standby = two
    running.reminders.sync(7, [Due(1, "day@1", NOW)])
    running.reminders.sync(8, [Due(1, "day@1", NOW)])
    dead, waiting = dispatcher(running), dispatcher(standby)
    assert dead.lead()
    assert await waiting.tick() == 0, "not the dispatcher: claims nothing"
    assert len(running.reminders.claim(NOW, 30, running.owner)) == 2, "claimed, then the process died"
    running.leadership.resign()  # what its death does to the lock
    assert waiting.lead()
    assert {len(standby.reminders.claim(NOW, 30, standby.owner))} == {2}, "its claims were opened at once"


async def test_a_process_that_leads_from_its_start_leaves_claims_to_their_lease(two: Pair) -> None:
    earlier, starting = two
    earlier.reminders.sync(7, [Due(1, "day@1", NOW)])
    assert len(earlier.reminders.claim(NOW, 30, earlier.owner)) == 1
    assert await dispatcher(starting).tick() == 0, "no other dispatcher was seen: the claim may be live"


class Lost:
    """A leadership lost after the first ask: another process took over in the middle of a batch."""

    def __init__(self) -> None:
        self.asked = 0

    def lead(self) -> bool:
        self.asked += 1
        return self.asked == 1

    def resign(self) -> None:
        """Nothing held."""


async def test_a_dispatcher_deposed_in_a_batch_sends_nothing_more_and_gives_the_rest_back(two: Pair) -> None:
    one, other = two
    for user in (7, 8, 9):
        one.reminders.sync(user, [Due(1, "day@1", NOW)])
    telegram = Telegram()
    deposed = dispatcher(one, telegram)
    deposed.leadership = Lost()
    assert await deposed.tick() == 0
    assert telegram.sent == []
    assert len(other.reminders.claim(NOW, 30, other.owner)) == 3, "the new dispatcher has them at once"


def test_an_update_left_unhandled_is_taken_up_after_two_looks_and_once(tmp_path: Path) -> None:
    services = build(tmp_path / "planbot.db", Clock())
    now = [0.0]
    orphans = Orphans(services.inbox, lambda: now[0])
    inbox = services.inbox
    inbox.receive(1, 7, json.dumps({"update_id": 1}), NOW)
    now[0] += ORPHANED
    assert orphans.look() == [], "seen once: it may be on its way"
    inbox.receive(2, 8, json.dumps({"update_id": 2}), NOW)
    inbox.handled(2, NOW)
    now[0] += ORPHANED / 2
    assert orphans.look() == [], "too soon to look again"
    now[0] += ORPHANED / 2
    assert [found.update_id for found in orphans.look()] == [1]
    now[0] += ORPHANED
    assert orphans.look() == [], "taken up once"
    services.store.close()


async def test_the_dispatcher_queues_the_updates_a_dead_replica_left(tmp_path: Path) -> None:
    services = build(tmp_path / "planbot.db", Clock())
    update = {"update_id": 5, "message": {"message_id": 1, "date": 0, "chat": {"id": 7, "type": "private"}}}
    services.inbox.receive(5, 7, json.dumps(update), NOW)
    found = dispatcher(services)
    found.orphans = Orphans(services.inbox, iter([ORPHANED, 2 * ORPHANED, 3 * ORPHANED]).__next__)
    queue: asyncio.Queue[object] = asyncio.Queue()
    bot = cast(Bot, None)
    assert await found.adopt(queue, bot) == 0
    assert await found.adopt(queue, bot) == 1
    taken = queue.get_nowait()
    assert isinstance(taken, Update)
    assert taken.update_id == 5
    services.store.close()
