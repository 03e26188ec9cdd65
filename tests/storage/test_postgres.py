"""PostgreSQL's own side of the storage adapter, beyond the contract both backends pass.

Migrations replicas apply once, documents of earlier releases upgraded on load as SQLite upgrades them, saves
and claims that hold across connections, and the URL that chooses the backend (the dispatcher's leadership:
``test_leadership``).
"""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

import psycopg
import pytest
from pydantic import ValidationError

from bot.bootstrap import describe, open_store
from bot.settings import Settings
from domain.models import Plan, Profile
from domain.ports import Claimed, Conflict
from domain.reminder_schedule import Due
from domain.session import Session
from domain.storage import MIGRATIONS, Store
from domain.storage.postgres import MIGRATIONS as PG_MIGRATIONS
from domain.storage.postgres import PostgresStore
from tests import pg
from tests.chat import NOW

DATA = Path(__file__).parent.parent / "data"
RELEASES = ("release-1.db", "release-2.db", "release-3.db")
"""Databases written by earlier releases: their sessions and plans, of every schema, go into PostgreSQL too."""


@pytest.fixture
def store(postgres_url: str) -> Iterator[PostgresStore]:
    found = PostgresStore(postgres_url)
    yield found
    found.close()


@pytest.fixture
def empty(postgres: pg.Server) -> Iterator[str]:
    """A database without a table yet."""
    name, url = postgres.empty()
    yield url
    postgres.drop(name)


def versions(url: str) -> list[int]:
    with psycopg.connect(url) as conn:
        return [row[0] for row in conn.execute("SELECT version FROM schema_migrations ORDER BY version")]


def test_both_backends_have_the_same_migrations_and_the_same_columns(tmp_path: Path, store: PostgresStore) -> None:
    assert len(PG_MIGRATIONS) == len(MIGRATIONS)
    lite = Store(tmp_path / "lite.db")
    with store.pool.connection() as conn:
        for table in ("sessions", "archived_plans", "reminders", "recipients", "inbox"):
            columns = conn.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = %s", [table]
            ).fetchall()
            assert {c for (c,) in columns} == set(lite.db.table(table).columns_dict), table
    lite.close()


def test_replicas_starting_at_once_on_a_new_database_apply_each_migration_once(empty: str) -> None:
    with ThreadPoolExecutor(3) as replicas:
        stores = list(replicas.map(lambda _: PostgresStore(empty), range(3)))
    assert versions(empty) == list(range(1, len(PG_MIGRATIONS) + 1))
    assert [store.migrate() for store in stores] == [0, 0, 0], "opening again applies nothing"
    for store in stores:
        store.close()


def copy_release(lite: Store, store: PostgresStore, offset: int) -> None:
    """The sessions and archived plans of an earlier release as it wrote them, under user ids moved by ``offset``."""
    sessions = lite.db.execute("SELECT user_id, lang, revision, data, schema FROM sessions").fetchall()
    plans = lite.db.execute("SELECT user_id, data, schema FROM archived_plans ORDER BY id").fetchall()
    with store.pool.connection() as conn:
        for user_id, lang, revision, data, schema in sessions:
            moved = data.replace(f'"user_id":{user_id}', f'"user_id":{user_id + offset}')
            conn.execute(
                "INSERT INTO sessions (user_id, lang, revision, data, schema) VALUES (%s, %s, %s, %s, %s)",
                [user_id + offset, lang, revision, moved, schema],
            )
        for user_id, data, schema in plans:
            conn.execute(
                "INSERT INTO archived_plans (user_id, data, schema) VALUES (%s, %s, %s)",
                [user_id + offset, data, schema],
            )


@pytest.mark.parametrize("release", RELEASES)
def test_documents_of_an_earlier_release_are_upgraded_on_load_as_sqlite_upgrades_them(
    release: str, tmp_path: Path, store: PostgresStore
) -> None:
    shutil.copy(DATA / release, tmp_path / "old.db")
    lite = Store(tmp_path / "old.db")  # its schema migrated, its documents as the release wrote them
    copy_release(lite, store, offset=1000)
    users = [row[0] for row in lite.db.execute("SELECT user_id FROM sessions")]
    assert users
    for user in users:
        expected = lite.load(user)
        assert expected is not None
        assert store.load(user + 1000) == expected.model_copy(update={"user_id": user + 1000})
        assert list(store.archived(user + 1000)) == list(lite.archived(user))
    lite.close()


def test_a_save_waiting_for_another_replicas_transaction_then_conflicts(
    store: PostgresStore, postgres_url: str
) -> None:
    first = store.save(Session(user_id=7, plan=Plan(profile=Profile(name="Un"))), expected=0)
    mine = first.model_copy(update={"plan": Plan(profile=Profile(name="Mienne"))})
    with psycopg.connect(postgres_url) as other, ThreadPoolExecutor(1) as worker:
        other.execute("UPDATE sessions SET revision = 2 WHERE user_id = 7")  # another replica's save, not committed
        waiting = worker.submit(store.save, mine, expected=1)
        time.sleep(0.2)
        assert not waiting.done(), "the save waits for the other transaction to end"
        other.commit()
        with pytest.raises(Conflict):
            waiting.result(timeout=10)
    assert store.revision(7) == 2, "the other replica's save stands"


def test_replicas_claiming_at_once_never_take_one_reminder_twice_nor_two_of_one_user(store: PostgresStore) -> None:
    users = range(1, 121)
    for user in users:
        store.reminders.sync(user, [Due(action, f"day@{action}", NOW - timedelta(minutes=action)) for action in (1, 2)])
    start = threading.Barrier(4)

    def replica(owner: str) -> list[Claimed]:
        start.wait()
        taken: list[Claimed] = []
        while batch := store.reminders.claim(NOW, 7, owner):
            taken.extend(batch)
        return taken

    with ThreadPoolExecutor(4) as replicas:
        claims = [claim for batch in replicas.map(replica, ["a", "b", "c", "d"]) for claim in batch]
    assert len({claim.id for claim in claims}) == len(claims), "no reminder claimed twice"
    assert sorted(claim.user_id for claim in claims) == list(users), "one per user while it is held"
    assert {claim.action_id for claim in claims} == {2}, "each user's soonest first"


def test_a_postgresql_url_opens_the_postgresql_adapter_and_is_logged_without_its_password(postgres_url: str) -> None:
    opened = open_store(postgres_url)
    assert isinstance(opened, PostgresStore)
    opened.close()
    assert (
        describe("postgresql://planbot:s3cret@db.example:5433/planbot")
        == "postgresql://planbot@db.example:5433/planbot"
    )
    assert "s3cret" not in describe("postgresql://db.example/planbot?password=s3cret")


def test_a_sqlite_url_or_path_opens_sqlite(tmp_path: Path) -> None:
    for db in (f"sqlite:///{tmp_path / 'a.db'}", tmp_path / "b.db", str(tmp_path / "c.db")):
        opened = open_store(db)
        assert isinstance(opened, Store)
        opened.close()
    assert {p.name for p in tmp_path.iterdir()} >= {"a.db", "b.db", "c.db"}


def test_the_database_url_chooses_the_backend_and_planbot_db_stays_the_default(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PLANBOT_DB", "here.db")
    monkeypatch.delenv("PLANBOT_DATABASE_URL", raising=False)
    assert Settings(_env_file=None).database() == Path("here.db")  # type: ignore[call-arg]
    for url in ("postgresql://planbot:secret@db:5432/planbot", "sqlite:///data/planbot.db", "elsewhere.db"):
        monkeypatch.setenv("PLANBOT_DATABASE_URL", url)
        assert Settings(_env_file=None).database() == url  # type: ignore[call-arg]
    monkeypatch.setenv("PLANBOT_DATABASE_URL", " ")
    assert Settings(_env_file=None).database() == Path("here.db"), "empty is unset"  # type: ignore[call-arg]
    monkeypatch.setenv("PLANBOT_DATABASE_URL", "mysql://planbot@db/planbot")
    with pytest.raises(ValidationError, match="postgresql://"):
        Settings(_env_file=None)  # type: ignore[call-arg]
