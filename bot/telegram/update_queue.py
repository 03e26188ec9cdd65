"""Updates go through the store's inbox: written down before Telegram is told they arrived, handled from there.

python-telegram-bot hands every update it receives to the application's ``update_queue``: the polling loop puts
a batch there before its next ``getUpdates`` confirms it (by moving the offset past it), and planbot's webhook
puts each one there before answering ``200``. :class:`InboxQueue` writes each update to the inbox as it is put,
so an update Telegram considers delivered is always on disk. It is marked saved with the answer it carries
(see :class:`dialogs.conversation.Conversation`), and handled by :func:`inbox_handler` once its replies went out.
At start, :meth:`InboxQueue.replay` queues what a stopped process left unhandled, before any new update.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections import deque
from collections.abc import Callable, Coroutine
from datetime import datetime
from typing import Any

from telegram import Bot, Update
from telegram.ext import ContextTypes

from domain.ports import Receipt, Storage

log = logging.getLogger(__name__)

RECENT = 4096
"""Update ids queued by this process that are remembered, so one delivered twice is queued once."""


class InboxQueue(asyncio.Queue[object]):
    """The application's update queue, writing every update to the inbox before it is queued."""

    def __init__(self, store: Storage, clock: Callable[[], datetime]) -> None:
        """The queue over ``store``'s inbox, its entries stamped by ``clock``."""
        super().__init__()
        self.inbox = store.inbox
        self.clock = clock
        self._queued: deque[int] = deque(maxlen=RECENT)
        self._seen: set[int] = set()

    async def put(self, item: object) -> None:
        """Queue an update once it is written down (anything else, such as the stop signal, as it is)."""
        if isinstance(item, Update) and not self.receive(item):
            return
        await super().put(item)

    def receive(self, update: Update) -> bool:
        """Write an update to the inbox; whether to queue it (not when it is already on its way here)."""
        user = update.effective_user
        data = json.dumps(update.to_dict(), ensure_ascii=False, separators=(",", ":"))
        receipt = self.inbox.receive(update.update_id, user.id if user else None, data, self.clock())
        if receipt is Receipt.PENDING and update.update_id in self._seen:
            return False
        self._remember(update.update_id)
        return True

    def _remember(self, update_id: int) -> None:
        if len(self._queued) == self._queued.maxlen:
            self._seen.discard(self._queued[0])
        self._queued.append(update_id)
        self._seen.add(update_id)

    def replay(self, bot: Bot) -> int:
        """Queue the updates a stopped process left unhandled (already in the inbox); return how many."""
        pending = self.inbox.pending()
        for found in pending:
            update = Update.de_json(json.loads(found.data), bot)
            self._remember(found.update_id)
            self.put_nowait(update)
        if pending:
            log.info("handling %d update(s) left unhandled by the previous run", len(pending))
        return len(pending)


def inbox_handler(
    store: Storage, clock: Callable[[], datetime]
) -> Callable[[Update, ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, None]]:
    """The callback run after an update's handlers (in a later group): the update is marked handled."""
    inbox = store.inbox

    async def handled(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        inbox.handled(update.update_id, clock())

    return handled
