"""The composition root: one place builds what ``planbot run``, ``planbot chat`` and the tests use."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from dialogs.conversation import Clock, Conversation, utc_now
from domain.ports import Inbox, Leadership, ReminderQueue, SessionRepository, Storage, owner_id
from domain.storage import Store, is_postgres_url

OWNER = owner_id()
"""This process's id, under which it claims reminders (``host:pid:random``), made once per process."""

Database = str | Path | None
"""Where the data lives: a PostgreSQL URL (``postgresql://...``), a SQLite file, or ``None`` (SQLite in memory)."""


class Backend(Storage, Protocol):
    """A storage adapter as a process holds it: the ports, and the upkeep both adapters offer."""

    owner: str
    """The id under which this process claims reminders."""

    def checkpoint(self) -> None:
        """Copy SQLite's write-ahead log into the database file (a worker thread's job); nothing on PostgreSQL."""
        ...

    def close(self) -> None:
        """Close the database (every connection of the pool, on PostgreSQL)."""
        ...


@dataclass(frozen=True)
class Services:
    """Everything a transport needs, built once: the ports, and the adapter behind them for its upkeep."""

    store: Backend
    """The storage adapter (SQLite or PostgreSQL): the ports below, and its upkeep (``checkpoint``, ``close``)."""
    conversation: Conversation
    clock: Clock
    owner: str = OWNER

    @property
    def sessions(self) -> SessionRepository:
        """The users' sessions and archived plans."""
        return self.store

    @property
    def inbox(self) -> Inbox:
        """The update inbox."""
        return self.store.inbox

    @property
    def reminders(self) -> ReminderQueue:
        """The reminder queue, whose claims this process makes as :attr:`owner`."""
        return self.store.reminders

    @property
    def leadership(self) -> Leadership:
        """Whether this process dispatches the reminders."""
        return self.store.leadership


def open_store(db: Database, *, checkpoints_aside: bool = False) -> Backend:
    """The storage adapter for ``db``, its reminder claims made as this process.

    A ``postgresql://`` URL opens the PostgreSQL adapter (its driver imported only then); anything else is a
    SQLite file (``sqlite:///path`` or a plain path), ``None`` a SQLite database in memory.
    ``checkpoints_aside`` (SQLite only): the caller runs :meth:`Backend.checkpoint` in a worker thread.
    """
    if is_postgres_url(db):
        from domain.storage.postgres import PostgresStore

        return PostgresStore(str(db), owner=OWNER)
    if isinstance(db, str) and db.startswith("sqlite:///"):
        db = db.removeprefix("sqlite:///")
    return Store(db, checkpoints_aside=checkpoints_aside, owner=OWNER)


def describe(db: Database) -> str:
    """Where the data lives, for the logs: a PostgreSQL URL without its password, a SQLite file's path."""
    if is_postgres_url(db):
        from domain.storage.postgres.pool import describe as without_password

        return without_password(str(db))
    return "memory" if db is None else str(db)


def build(db: Database, clock: Clock = utc_now, *, checkpoints_aside: bool = False) -> Services:
    """Wire the store and the conversation (``db`` as :func:`open_store` reads it; ``None`` keeps all in memory).

    ``checkpoints_aside``: the caller runs :meth:`Backend.checkpoint` in a worker thread (the Telegram bot's job).
    """
    store = open_store(db, checkpoints_aside=checkpoints_aside)
    return Services(store=store, conversation=Conversation(store, clock), clock=clock, owner=store.owner)
