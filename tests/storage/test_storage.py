"""SQLite storage: migrations, WAL, one atomic row per session, archived plans kept (PostgreSQL: test_postgres)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from domain.models import Plan, Profile
from domain.session import Session
from domain.storage import MIGRATIONS, Store
from tests.chat import NOW


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A SQLite store on a file, whatever backend the chats use."""
    found = Store(tmp_path / "planbot.db")
    yield found
    found.close()


def test_a_new_database_gets_every_migration_and_wal(tmp_path: Path) -> None:
    store = Store(tmp_path / "p.db")
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert set(store.db.table_names()) >= {"sessions", "archived_plans"}
    store.close()


def test_opening_a_database_again_applies_nothing_twice(tmp_path: Path) -> None:
    Store(tmp_path / "p.db").close()
    again = Store(tmp_path / "p.db")
    assert again.db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    again.close()


def test_a_saved_session_reads_back_equal_with_its_revision_counted(store: Store) -> None:
    session = Session(user_id=7, plan=Plan(profile=Profile(name="Café « Lumière » & Co")), skipped=frozenset({"area"}))
    saved = store.save(session)
    assert saved.revision == 1
    assert store.load(7) == saved
    assert store.save(saved).revision == 2
    assert store.sessions.count == 1


def test_an_unknown_user_has_no_session(store: Store) -> None:
    assert store.load(404) is None


def test_archived_plans_are_kept_in_order(store: Store) -> None:
    store.archive(7, Plan(profile=Profile(name="Premier")), NOW)
    store.archive(7, Plan(profile=Profile(name="Second")), NOW)
    store.archive(8, Plan(profile=Profile(name="Autre")), NOW)
    assert [p.profile.name for p in store.archived(7)] == ["Premier", "Second"]


def test_a_save_that_fails_leaves_the_previous_session_intact(store: Store) -> None:
    store.save(Session(user_id=7, plan=Plan(profile=Profile(name="Avant"))))
    store.db.execute("CREATE TRIGGER refuse BEFORE UPDATE ON sessions BEGIN SELECT RAISE(ABORT, 'disk full'); END")
    with pytest.raises(sqlite3.IntegrityError, match="disk full"):
        store.save(Session(user_id=7, plan=Plan(profile=Profile(name="Après"))), expected=1)
    loaded = store.load(7)
    assert loaded is not None
    assert loaded.plan.profile.name == "Avant"


def _in_database_file(path: Path) -> int:
    """Sessions the database file itself holds, ignoring the write-ahead log."""
    with sqlite3.connect(f"file:{path}?immutable=1", uri=True) as raw:
        if raw.execute("SELECT count(*) FROM sqlite_master WHERE name = 'sessions'").fetchone()[0] == 0:
            return 0
        count: int = raw.execute("SELECT count(*) FROM sessions").fetchone()[0]
    return count


def test_with_checkpoints_aside_commits_leave_the_log_to_the_checkpoint(tmp_path: Path) -> None:
    store = Store(tmp_path / "p.db", checkpoints_aside=True)
    assert store.db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
    for user in range(30):
        store.save(Session(user_id=user, plan=Plan(profile=Profile(name=f"Boutique {user}"))))
    assert _in_database_file(tmp_path / "p.db") == 0
    store.checkpoint()
    assert _in_database_file(tmp_path / "p.db") == 30
    assert store.load(29) is not None
    store.close()


def test_by_default_sqlite_checkpoints_on_its_own(tmp_path: Path) -> None:
    store = Store(tmp_path / "p.db")
    assert store.db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000
    store.close()


def test_a_checkpoint_of_a_database_in_memory_does_nothing(store: Store) -> None:
    store.save(Session(user_id=1))
    store.checkpoint()
    assert store.load(1) is not None
