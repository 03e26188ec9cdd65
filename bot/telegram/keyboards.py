"""At most one live question keyboard per chat: the buttons of a question answered are taken away.

A question answered by a tap is edited to show the answer, without its buttons (``handlers``). One answered by
typing, or left behind by a newer question, would keep tappable buttons that no longer apply; on a phone they
pile up. So the chat's latest question message is remembered, and its keyboard removed as soon as another
message is sent after it. Keyboards that keep applying (the plan's card, reminders: ``Outgoing.lasting``) are
left alone. The memory is the process's own: after a restart, a keyboard shown before it may stay (harmless:
a stale button is answered with the current question).
"""

from __future__ import annotations

import logging

from telegram import Bot
from telegram.error import BadRequest, Forbidden

log = logging.getLogger(__name__)


class LiveKeyboards:
    """The message whose buttons answer the question each chat awaits."""

    def __init__(self) -> None:
        self._live: dict[int, int] = {}

    def shown(self, chat_id: int, message_id: int, lasting: bool) -> None:
        """A message with buttons was sent: a question's becomes the chat's live keyboard."""
        if not lasting:
            self._live[chat_id] = message_id

    def answered(self, chat_id: int, message_id: int) -> None:
        """A question's message was edited to show its answer, without buttons."""
        if self._live.get(chat_id) == message_id:
            del self._live[chat_id]

    async def retire(self, bot: Bot, chat_id: int) -> None:
        """Take the buttons off the chat's live question message, before a newer message is sent."""
        message_id = self._live.pop(chat_id, None)
        if message_id is None:
            return
        try:
            await bot.edit_message_reply_markup(chat_id, message_id, reply_markup=None)
        except (BadRequest, Forbidden) as error:  # deleted by the user, too old to edit, bot blocked
            log.info("could not take the buttons off message %s: %s", message_id, error)
