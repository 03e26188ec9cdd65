"""Several processes on one database: concurrent answers both kept, reminder claims left to their live owner.

The tests of two processes run on a SQLite file and on a PostgreSQL database alike (:data:`SHARED`).
"""

from __future__ import annotations

import ast
import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any, cast

import pytest
from telegram import Bot

from bot.bootstrap import Backend, build
from bot.dispatcher import Dispatcher
from dialogs.conversation import ATTEMPTS, Conversation
from dialogs.core.replies import Command, Question, Reply, Said
from domain.models import Mode
from domain.ports import LEASE, Conflict
from domain.reminder_schedule import Due
from domain.session import Session
from domain.storage import Store
from tests.chat import NOW, Clock

A = "host-a:101:aaaa0000"
SHARED = ["sqlite", "postgres"]
"""The backends several processes share: a SQLite file, a PostgreSQL database."""


@pytest.fixture(params=SHARED)
def shared(request: pytest.FixtureRequest, tmp_path: Path) -> str | Path:
    """Where several processes' stores meet: a SQLite file's path, or a PostgreSQL database's URL."""
    if request.param == "postgres":
        return str(request.getfixturevalue("postgres_url"))
    return tmp_path / "shared.db"


def opened(db: str | Path, owner: str | None = None) -> Backend:
    """A process's own store on the shared database."""
    if isinstance(db, str):
        from domain.storage.postgres import PostgresStore

        return PostgresStore(db, owner=owner)
    return Store(db, owner=owner)


class Counted:
    """A process's store that counts the sessions it reads and the conflicts its saves meet."""

    def __init__(self, store: Backend) -> None:
        self.store = store
        self.loads = 0
        self.conflicts = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.store, name)

    def load(self, user_id: int) -> Session | None:
        self.loads += 1
        return self.store.load(user_id)

    def save(self, session: Session, **options: Any) -> Session:
        try:
            return self.store.save(session, **options)
        except Conflict:
            self.conflicts += 1
            raise


class Crowded(Store):
    """A store where another process always saves first."""

    def __init__(self) -> None:
        super().__init__()
        self.attempts = 0

    def save(self, session: Session, **options: Any) -> Session:
        self.attempts += 1
        raise Conflict(session.user_id, session.revision)


@pytest.fixture
def two(shared: str | Path) -> Iterator[tuple[Counted, Counted]]:
    """Two processes' stores on one database."""
    stores = Counted(opened(shared)), Counted(opened(shared))
    yield stores
    for store in stores:
        store.close()


def asked(replies: list[Reply]) -> str:
    return [r for r in replies if isinstance(r, Question)][-1].key


def test_two_processes_answering_at_once_keep_both_answers(two: tuple[Counted, Counted]) -> None:
    one, other = two
    first, second = Conversation(one, Clock()), Conversation(other, Clock())
    assert asked(first.handle(1, Command("start"))) == "name"
    second.session(1)  # the second process has the session in memory too, as it was after /start
    assert asked(first.handle(1, Said("Café Lumière"))) == "mode"
    assert asked(second.handle(1, Said("2"))) == "sector", "the second answer went to the question after the name"
    assert other.conflicts == 1, "its save met the first one's, and the answer was handled again on top of it"
    stored = other.load(1)
    assert stored is not None
    assert (stored.plan.profile.name, stored.plan.profile.mode, stored.revision) == ("Café Lumière", Mode.COMPLETE, 3)
    assert one.loads == 1, "the first process read the session once: no read per update"


def test_a_process_with_an_older_session_in_memory_answers_on_top_of_the_newer_one(
    two: tuple[Counted, Counted],
) -> None:
    one, other = two
    first, second = Conversation(one, Clock()), Conversation(other, Clock())
    first.handle(1, Command("start"))
    first.handle(1, Said("Café Lumière"))
    second.handle(1, Said("2"))
    assert first.session(1).revision == 2, "the first process still has the session it saved"
    assert asked(first.handle(1, Said("2"))) != "sector"
    assert (one.conflicts, one.loads) == (1, 2), "its save found the newer one, read once more"
    stored = other.load(1)
    assert stored is not None
    assert (stored.plan.profile.name, stored.plan.profile.mode, stored.revision) == ("Café Lumière", Mode.COMPLETE, 4)
    assert stored.plan.profile.model == "cafe", "and its answer went to the question the newer one asked"


def test_a_session_in_memory_is_not_shown_stale_when_an_input_changes_nothing(
    two: tuple[Counted, Counted],
) -> None:
    first, second = Conversation(two[0], Clock()), Conversation(two[1], Clock())
    first.handle(1, Command("start"))
    second.session(1)
    first.handle(1, Said("Café Lumière"))
    assert asked(second.handle(1, Command("nosuchcommand"), update_id=5)) == "mode", "not the name, answered"
    assert two[1].inbox.was_saved(5)


def test_many_processes_saving_one_session_at_once_lose_nothing(shared: str | Path) -> None:
    """Each save that lost to another's reads the session again and makes its change on top of the winner's."""
    first = opened(shared)
    first.save(Session(user_id=1), expected=0)
    names, start, failed = "abcd", threading.Barrier(4), []

    def process(name: str) -> None:
        store = opened(shared)  # a process of its own (a SQLite connection stays in its thread)
        start.wait()
        try:
            for n in range(10):
                while True:
                    read = store.load(1)
                    assert read is not None
                    try:
                        store.save(
                            read.model_copy(update={"draft": (*read.draft, f"{name}{n}")}), expected=read.revision
                        )
                        break
                    except Conflict:
                        continue  # another process saved first: read its session and add this change to it
        except Exception as error:
            failed.append(error)
        finally:
            store.close()

    threads = [threading.Thread(target=process, args=(name,)) for name in names]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    final = first.load(1)
    first.close()
    assert failed == []
    assert final is not None
    assert sorted(final.draft) == sorted(f"{name}{n}" for name in names for n in range(10)), "no change lost"
    assert final.revision == 41, "each change saved once, on top of the one before"


def test_an_input_that_keeps_meeting_conflicts_is_given_up_after_a_few_attempts() -> None:
    crowded = Crowded()
    with pytest.raises(Conflict):
        Conversation(crowded, Clock()).handle(1, Command("start"))
    assert crowded.attempts == ATTEMPTS
    crowded.close()


def test_a_process_starting_leaves_a_live_claim_to_its_owner_and_takes_back_an_expired_one(
    shared: str | Path,
) -> None:
    db, clock = shared, Clock()
    running = opened(db, owner=A)
    running.reminders.sync(7, [Due(1, "day@1", NOW)])
    (held,) = running.reminders.claim(NOW, 30, A)
    starting = build(db, clock)
    assert starting.owner != A
    bot = cast(Bot, None)
    assert Dispatcher(starting, bot).recover() == 0, "the other process is sending it"
    assert starting.reminders.claim(NOW, 30, starting.owner) == []
    clock.advance(seconds=LEASE.total_seconds())
    assert Dispatcher(starting, bot).recover() == 1, "its lease ended: the other process died or stalled"
    (again,) = starting.reminders.claim(clock.now, 30, starting.owner)
    assert (again.id, again.owner) == (held.id, starting.owner)
    assert not running.reminders.sent(held, NOW + timedelta(seconds=1)), "too late for the first owner"
    starting.store.close()
    running.close()


def test_a_process_stopping_cleanly_gives_back_what_it_did_not_send(shared: str | Path) -> None:
    clock = Clock()
    stopping = build(shared, clock)
    stopping.reminders.sync(7, [Due(1, "day@1", NOW)])
    assert len(stopping.reminders.claim(NOW, 30, stopping.owner)) == 1
    assert Dispatcher(stopping, cast(Bot, None)).stop() == 1
    assert [c.user_id for c in stopping.reminders.claim(NOW, 30, A)] == [7], "at once, no lease to wait for"
    stopping.store.close()


PORT_ONLY = ("dialogs", "bot/dispatcher.py", "bot/files.py", "bot/telegram/update_queue.py")
"""What sees storage through ``domain.ports`` only (``bot.bootstrap`` chooses the adapter)."""


def test_the_conversation_and_the_transports_see_the_storage_ports_only() -> None:
    root = Path(__file__).parent.parent.parent
    paths = [p for name in PORT_ONLY for p in ([root / name] if name.endswith(".py") else (root / name).rglob("*.py"))]
    offenders = [
        str(path.relative_to(root))
        for path in paths
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if (isinstance(node, ast.ImportFrom) and (node.module or "").startswith("domain.storage"))
        or (isinstance(node, ast.Import) and any(a.name.startswith("domain.storage") for a in node.names))
    ]
    assert len(paths) > 10
    assert offenders == []


def test_a_dispatcher_renews_its_claims_once_half_their_lease_is_spent(tmp_path: Path) -> None:
    clock = Clock()
    sending = build(tmp_path / "shared.db", clock)
    sending.reminders.sync(7, [Due(1, "day@1", NOW)])
    dispatcher = Dispatcher(sending, cast(Bot, None))
    (held,) = sending.reminders.claim(NOW, 30, sending.owner)
    dispatcher.lease = held.lease
    clock.advance(seconds=LEASE.total_seconds() / 2 - 1)
    dispatcher.renew()
    assert dispatcher.lease == held.lease, "not yet"
    clock.advance(seconds=1)
    dispatcher.renew()
    assert dispatcher.lease == clock.now + LEASE
    assert sending.reminders.release_expired(held.lease) == 0, "still held, a send being slow"
    assert sending.reminders.sent(held, clock.now)
    sending.store.close()
