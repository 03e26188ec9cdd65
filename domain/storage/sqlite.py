"""The SQLite adapter: sessions, archived plans, the inbox and the reminder queue in one file (sqlite-utils).

It implements :class:`domain.ports.Storage`: WAL, migrations, one atomic write per answer that states the
revision it read. Several processes may share the file (each write takes the lock as it begins).
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.db import Table

from domain.models import Plan
from domain.ports import Conflict, owner_id
from domain.reminder_schedule import Due
from domain.session import Session
from domain.storage.inbox import InboxTable
from domain.storage.leadership import FileLeadership
from domain.storage.migrations import MIGRATIONS
from domain.storage.reminder_queue import ReminderStore
from domain.storage.transaction import writing
from domain.storage.upgrades import SCHEMA, read_plan, read_session

LOAD = "SELECT data, schema FROM sessions WHERE user_id = ?"
INSERT = """
INSERT INTO sessions (lang, revision, data, updated_at, schema, user_id) VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (user_id) DO NOTHING
"""
UPDATE = """
UPDATE sessions SET lang = ?, revision = ?, data = ?, updated_at = ?, schema = ? WHERE user_id = ? AND revision = ?
"""
"""The statements run on every update (a load, then an insert for a new user or an update of the revision read),
written out so that they run without sqlite-utils' table introspection (measured: a tenth of a millisecond each,
most of an update's storage time). Either writes no row when another writer saved first: a :class:`Conflict`."""
PRIVATE = 0o600
"""The database and its ``-wal`` and ``-shm`` files are readable by their owner only (SQLite gives the two
side files the mode of the database file)."""
USER_TABLES = ("sessions", "archived_plans", "reminders", "recipients", "inbox")
"""Every table that holds rows about a user, by ``user_id`` (all erased by ``/delete``)."""


class Store:
    """The SQLite adapter: sessions, archived plans, inbox and reminders in one file (or in memory for tests)."""

    def __init__(
        self, path: str | Path | None = None, *, checkpoints_aside: bool = False, owner: str | None = None
    ) -> None:
        """Open (and migrate) the database at ``path``, or one in memory.

        With ``checkpoints_aside`` no commit copies the write-ahead log back into the database file itself; the
        owner calls :meth:`checkpoint` from a worker thread instead (the bot does so every few seconds).
        ``owner`` is the process's id for reminder claims that name none (a new one by default).
        """
        self.path = None if path is None else Path(path)
        if self.path is not None:
            private(self.path)
        self.db = Database(memory=True) if path is None else Database(path, execute_plugins=False)
        # What is deleted is overwritten with zeros, whatever this machine's SQLite was built with.
        self.db.execute("PRAGMA secure_delete = ON")
        if path is not None:
            self.db.enable_wal()
            self.db.execute("PRAGMA synchronous = NORMAL")
            if checkpoints_aside:
                self.db.execute("PRAGMA wal_autocheckpoint = 0")
        self.db.execute("PRAGMA busy_timeout = 5000")
        self.migrate()
        self.owner = owner or owner_id()
        self.reminders = ReminderStore(self.db, self.owner)
        self.inbox = InboxTable(self.db)

    def checkpoint(self) -> None:
        """Copy the write-ahead log into the database file, on a connection of its own (safe in another thread).

        SQLite otherwise does it inside whichever commit crosses a thousand pages of log, and that commit takes
        ten times longer than the others (measured: 14 ms instead of 1 ms for a reminder claim in a million).
        A passive checkpoint waits for nobody: readers and writers carry on meanwhile.
        """
        if self.path is None:
            return
        aside = Database(self.path, execute_plugins=False)
        try:
            aside.execute("PRAGMA busy_timeout = 5000")
            aside.execute("PRAGMA wal_checkpoint(PASSIVE)")
        finally:
            aside.close()

    def migrate(self) -> None:
        """Apply the migrations this database has not had yet (one process at a time)."""
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        for number, migration in enumerate(MIGRATIONS[version:], start=version + 1):
            with writing(self.db):
                if self.db.execute("PRAGMA user_version").fetchone()[0] >= number:
                    continue  # another process applied it meanwhile
                migration(self.db)
                self.db.execute(f"PRAGMA user_version = {number}")

    @property
    def sessions(self) -> Table:
        """The sessions table: one row per user, the session as JSON."""
        return self.db.table("sessions")

    def load(self, user_id: int) -> Session | None:
        """A user's session, if they have one."""
        row = self.db.conn.execute(LOAD, [user_id]).fetchone()
        if row is None:
            return None
        data, schema = row
        return read_session(data, schema)

    def revision(self, user_id: int) -> int:
        """The revision of a user's stored session, 0 if none."""
        row = self.db.conn.execute("SELECT revision FROM sessions WHERE user_id = ?", [user_id]).fetchone()
        return 0 if row is None else int(row[0])

    def save(
        self,
        session: Session,
        *,
        expected: int | None = None,
        archived: Plan | None = None,
        when: datetime | None = None,
        reminders: Sequence[Due] | None = None,
        update_id: int | None = None,
    ) -> Session:
        """Save a session read at revision ``expected`` (by default the one it carries), and what goes with it.

        In one transaction: the plan it replaced, its new reminders, and the update it handled.

        The session's row is written first, on condition that it is still at ``expected`` (no row for 0): when
        another writer saved first, nothing is written and :class:`Conflict` is raised.

        Returns:
            The session with its revision counted (``expected + 1``).
        """
        base = session.revision if expected is None else expected
        saved = session.model_copy(update={"revision": base + 1})
        row = [saved.lang.value, saved.revision, saved.model_dump_json(), datetime.now(UTC).isoformat(), SCHEMA]
        with writing(self.db):
            if base == 0:
                cursor = self.db.conn.execute(INSERT, [*row, saved.user_id])
            else:
                cursor = self.db.conn.execute(UPDATE, [*row, saved.user_id, base])
            if cursor.rowcount != 1:
                raise Conflict(saved.user_id, base)
            if archived is not None:
                self.archive(saved.user_id, archived, when or datetime.now(UTC))
            if reminders is not None:
                self.reminders.sync_within(saved.user_id, reminders)
            if update_id is not None:
                self.inbox.saved_within(update_id, when or datetime.now(UTC))
        return saved

    def sync_reminders(self, user_id: int, reminders: Sequence[Due]) -> None:
        """Bring a user's scheduled reminders in line with their plan (``reminders.sync``, by its older name)."""
        self.reminders.sync(user_id, reminders)

    def erase(self, user_id: int) -> None:
        """Remove every row about a user, from every table, in one transaction, and from the disk.

        ``secure_delete`` zeroes the rows in the pages that held them; the write-ahead log, which still holds
        the pages as they were, is then copied into the database and emptied (truncated to nothing).
        """
        with writing(self.db):
            for name in USER_TABLES:
                self.db.conn.execute(f"DELETE FROM {name} WHERE user_id = ?", [user_id])
        if self.path is not None:
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def everything(self, user_id: int) -> dict[str, object]:
        """Everything stored about a user, as plain data (for ``/mydata``)."""
        session = self.load(user_id)
        return {
            "user_id": user_id,
            "session": session.model_dump(mode="json") if session else None,
            "archived_plans": [plan.model_dump(mode="json") for plan in self.archived(user_id)],
            "reminders": self.reminders.of(user_id),
            "reminders_paused": self.reminders.is_paused(user_id),
        }

    def archive(self, user_id: int, plan: Plan, when: datetime) -> None:
        """Keep a plan the user replaced with a new one."""
        with writing(self.db):
            self.db.table("archived_plans").insert(
                {
                    "user_id": user_id,
                    "data": plan.model_dump_json(),
                    "archived_at": when.isoformat(),
                    "schema": SCHEMA,
                }
            )

    def archived(self, user_id: int) -> Iterator[Plan]:
        """The plans a user archived, oldest first."""
        rows = self.db.table("archived_plans").rows_where("user_id = ?", [user_id], order_by="id")
        for row in rows:
            yield read_plan(row["data"], row["schema"])

    def close(self) -> None:
        """Close the database, giving up the dispatcher's lock if this store held it."""
        if "leadership" in self.__dict__:
            self.leadership.resign()
        self.db.close()

    @cached_property
    def leadership(self) -> FileLeadership:
        """Whether this process dispatches the reminders: a lock on a file beside the database."""
        return FileLeadership(self.path)


def private(path: Path) -> None:
    """Make the database file (created empty if need be) and its side files readable by their owner only."""
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE))
    for found in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if found.exists() and found.stat().st_mode & 0o777 != PRIVATE:
            found.chmod(PRIVATE)
