"""Storage of sessions in embedded SQLite (sqlite-utils): migrations, WAL, one atomic write per answer."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.db import Table

from domain.models import Plan
from domain.reminder_schedule import Due
from domain.session import Session
from domain.storage.inbox import Inbox
from domain.storage.migrations import MIGRATIONS
from domain.storage.reminder_queue import ReminderStore
from domain.storage.upgrades import SCHEMA, upgrade_plan, upgrade_session

LOAD = "SELECT data, schema FROM sessions WHERE user_id = ?"
SAVE = """
INSERT INTO sessions (user_id, lang, revision, data, updated_at, schema) VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (user_id) DO UPDATE SET
    lang = excluded.lang, revision = excluded.revision, data = excluded.data, updated_at = excluded.updated_at,
    schema = excluded.schema
"""
"""The two statements run on every update, written out so that they run without sqlite-utils' table
introspection (measured: a tenth of a millisecond each, most of an update's storage time)."""
PRIVATE = 0o600
"""The database and its ``-wal`` and ``-shm`` files are readable by their owner only (SQLite gives the two
side files the mode of the database file)."""
USER_TABLES = ("sessions", "archived_plans", "reminders", "recipients", "inbox")
"""Every table that holds rows about a user, by ``user_id`` (all erased by ``/delete``)."""


class Store:
    """Sessions and archived plans, in one SQLite file (or in memory for tests)."""

    def __init__(self, path: str | Path | None = None, *, checkpoints_aside: bool = False) -> None:
        """Open (and migrate) the database at ``path``, or one in memory.

        With ``checkpoints_aside`` no commit copies the write-ahead log back into the database file itself; the
        owner calls :meth:`checkpoint` from a worker thread instead (the bot does so every few seconds).
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
        self.reminders = ReminderStore(self.db)
        self.inbox = Inbox(self.db)

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
        """Apply the migrations this database has not had yet."""
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        for number, migration in enumerate(MIGRATIONS[version:], start=version + 1):
            with self.db.atomic():
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
        if schema == SCHEMA:
            return Session.model_validate_json(data)
        return Session.model_validate(upgrade_session(json.loads(data), schema))

    def save(
        self,
        session: Session,
        archived: Plan | None = None,
        when: datetime | None = None,
        reminders: Sequence[Due] | None = None,
        update_id: int | None = None,
    ) -> Session:
        """Save a session atomically, with the plan it replaced, its new reminders, and the update it handled.

        Returns:
            The session with its revision counted.
        """
        saved = session.model_copy(update={"revision": session.revision + 1})
        with self.db.atomic():
            if archived is not None:
                self.archive(session.user_id, archived, when or datetime.now(UTC))
            if reminders is not None:
                self.reminders.sync(session.user_id, reminders)
            if update_id is not None:
                self.inbox.saved(update_id, when or datetime.now(UTC))
            self.db.conn.execute(
                SAVE,
                [
                    saved.user_id,
                    saved.lang.value,
                    saved.revision,
                    saved.model_dump_json(),
                    datetime.now(UTC).isoformat(),
                    SCHEMA,
                ],
            )
        return saved

    def saved(self, update_id: int, when: datetime) -> None:
        """Mark an update whose effect is saved: one that changed nothing (see ``domain.storage.inbox``)."""
        with self.db.atomic():
            self.inbox.saved(update_id, when)

    def handled(self, update_id: int, when: datetime) -> None:
        """Mark an update handled: its replies went out (see ``domain.storage.inbox``)."""
        with self.db.atomic():
            self.inbox.handled(update_id, when)

    def sync_reminders(self, user_id: int, reminders: Sequence[Due]) -> None:
        """Bring a user's scheduled reminders in line with their plan, in one transaction."""
        with self.db.atomic():
            self.reminders.sync(user_id, reminders)

    def erase(self, user_id: int) -> None:
        """Remove every row about a user, from every table, in one transaction, and from the disk.

        ``secure_delete`` zeroes the rows in the pages that held them; the write-ahead log, which still holds
        the pages as they were, is then copied into the database and emptied (truncated to nothing).
        """
        with self.db.atomic():
            for name in USER_TABLES:
                self.db.conn.execute(f"DELETE FROM {name} WHERE user_id = ?", [user_id])
            self.reminders.forget(user_id)
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
        with self.db.atomic():
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
            if row["schema"] == SCHEMA:
                yield Plan.model_validate_json(row["data"])
            else:
                yield Plan.model_validate(upgrade_plan(json.loads(row["data"]), row["schema"]))

    def close(self) -> None:
        """Close the database."""
        self.db.close()


def private(path: Path) -> None:
    """Make the database file (created empty if need be) and its side files readable by their owner only."""
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE))
    for found in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if found.exists() and found.stat().st_mode & 0o777 != PRIVATE:
            found.chmod(PRIVATE)
