"""The composition root: one place builds what ``planbot run``, ``planbot chat`` and the tests use."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from dialogs.conversation import Clock, Conversation, utc_now
from domain.storage import Store


@dataclass(frozen=True)
class Services:
    """Everything a transport needs, built once."""

    store: Store
    conversation: Conversation
    clock: Clock


def build(db: str | Path | None, clock: Clock = utc_now, *, checkpoints_aside: bool = False) -> Services:
    """Wire the store and the conversation (``db=None`` keeps everything in memory).

    ``checkpoints_aside``: the caller runs :meth:`Store.checkpoint` in a worker thread (the Telegram bot's job).
    """
    store = Store(db, checkpoints_aside=checkpoints_aside)
    return Services(store=store, conversation=Conversation(store, clock), clock=clock)
