"""The reminder dispatcher: a periodic job that claims due reminders, then sends them within Telegram's limits.

Each tick (every second, from python-telegram-bot's ``JobQueue``) claims at most ``batch`` reminders, at most
one per user, so that no chat gets more than one message a second and the bot stays under about 30 a second;
``AIORateLimiter`` paces the sends themselves and waits out a 429. A user who blocked the bot (403) has their
reminders paused until they write again; other failures are retried with a growing delay.
"""

from __future__ import annotations

import asyncio
import logging

from telegram import Bot
from telegram.constants import ParseMode
from telegram.error import Forbidden, TelegramError
from telegram.ext import ContextTypes

from bot.bootstrap import Services
from bot.telegram.messages import outgoing
from dialogs.screens.followup import reminder
from domain.i18n import catalog
from domain.reminder_schedule import REVIEW
from domain.storage.reminder_queue import Claimed

log = logging.getLogger(__name__)

BATCH = 30
INTERVAL = 1.0
IN_FLIGHT = 4
"""Sends under way at once: enough for ~30/s at Telegram's latency, few enough that a kill repeats few reminders."""


class Dispatcher:
    """Sends due reminders; ``tick`` is one round, called by the job queue (or by a test with its clock)."""

    def __init__(self, services: Services, bot: Bot, batch: int = BATCH) -> None:
        self.services = services
        self.bot = bot
        self.batch = batch
        self.in_flight = asyncio.Semaphore(IN_FLIGHT)

    def recover(self) -> int:
        """At start-up: reminders claimed by a process that died are sent again (at least once)."""
        released = self.services.store.reminders.release_claims()
        if released:
            log.info("released %d reminder(s) claimed before a restart", released)
        return released

    async def tick(self) -> int:
        """Claim the reminders due now and send them; return how many went out."""
        now = self.services.clock()
        claimed = self.services.store.reminders.claim(now, self.batch)
        if not claimed:
            return 0
        sent = await asyncio.gather(*(self._paced(one) for one in claimed))
        return sum(sent)

    async def _paced(self, claimed: Claimed) -> bool:
        async with self.in_flight:
            return await self.send(claimed)

    async def job(self, context: ContextTypes.DEFAULT_TYPE) -> None:
        """The job queue's entry point."""
        await self.tick()

    async def send(self, claimed: Claimed) -> bool:
        """Send one reminder, and record what became of it."""
        store, now = self.services.store, self.services.clock()
        session = store.load(claimed.user_id)
        replies = reminder(session, claimed.action_id, claimed.kind, now) if session else []
        if session is None or not replies:
            store.reminders.skipped(claimed.id)
            return False
        messages = outgoing(replies, catalog(session.lang), claimed.user_id, session.plan_id)
        message_id = None
        try:
            for message in messages:
                sent = await self.bot.send_message(
                    claimed.user_id, message.text, parse_mode=ParseMode.HTML, reply_markup=message.markup
                )
                message_id = sent.message_id
        except Forbidden as error:
            log.warning("user %s blocked the bot: their reminders are paused (%s)", claimed.user_id, error)
            store.reminders.pause(claimed.user_id, now, claimed.id)
            return False
        except TelegramError as error:
            log.warning("reminder %s to user %s failed, will retry: %s", claimed.id, claimed.user_id, error)
            store.reminders.retry(claimed.id, claimed.attempts, now, str(error))
            return False
        store.reminders.sent(claimed.id, now, message_id)
        if claimed.action_id == REVIEW:
            self.services.conversation.reschedule(claimed.user_id)
        return True
