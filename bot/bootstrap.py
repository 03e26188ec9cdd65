"""The composition root: one place builds what ``planbot run``, ``planbot chat`` and the tests use."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from dialogs.conversation import Clock, Conversation, utc_now
from domain.ports import Inbox, ReminderQueue, SessionRepository, owner_id
from domain.storage import Store

OWNER = owner_id()
"""This process's id, under which it claims reminders (``host:pid:random``), made once per process."""


@dataclass(frozen=True)
class Services:
    """Everything a transport needs, built once: the ports, and the adapter behind them for its upkeep."""

    store: Store
    """The SQLite adapter: the ports below, and its own upkeep (``checkpoint``, ``close``)."""
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


def open_store(db: str | Path | None, *, checkpoints_aside: bool = False) -> Store:
    """The storage adapter for ``db`` (``None``: in memory), its reminder claims made as this process."""
    return Store(db, checkpoints_aside=checkpoints_aside, owner=OWNER)


def build(db: str | Path | None, clock: Clock = utc_now, *, checkpoints_aside: bool = False) -> Services:
    """Wire the store and the conversation (``db=None`` keeps everything in memory).

    ``checkpoints_aside``: the caller runs :meth:`Store.checkpoint` in a worker thread (the Telegram bot's job).
    """
    store = open_store(db, checkpoints_aside=checkpoints_aside)
    return Services(store=store, conversation=Conversation(store, clock), clock=clock, owner=store.owner)
