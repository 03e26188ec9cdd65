"""The reminder dispatcher: a periodic job that claims due reminders, then sends them within Telegram's limits.

Each tick (every second, from python-telegram-bot's ``JobQueue``) claims at most ``batch`` reminders, at most
one per user, so that no chat gets more than one message a second and the bot stays under about 30 a second;
``AIORateLimiter`` paces the sends themselves and waits out a 429. A user who blocked the bot (403) has their
reminders paused until they write again; other failures are retried with a growing delay.

Reminders are claimed under this process's id with a lease (``domain.ports``): several replicas may run, each
sends only what it claimed, and one that dies leaves its claims to the others once their lease has passed.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime

from telegram import Bot
from telegram.constants import ParseMode
from telegram.error import Forbidden, TelegramError
from telegram.ext import ContextTypes

from bot.bootstrap import Services
from bot.telegram.messages import outgoing
from dialogs.screens.reminder_message import reminder
from domain.i18n import catalog
from domain.ports import LEASE, Claimed
from domain.reminder_schedule import REVIEW

log = logging.getLogger(__name__)

BATCH = 30
INTERVAL = 1.0
IN_FLIGHT = 4
"""Sends under way at once: enough for ~30/s at Telegram's latency, few enough that a kill repeats few reminders."""


class Dispatcher:
    """Sends due reminders; ``tick`` is one round, called by the job queue (or by a test with its clock)."""

    def __init__(self, services: Services, bot: Bot, batch: int = BATCH) -> None:
        self.services = services
        self.queue = services.reminders
        self.owner = services.owner
        self.bot = bot
        self.batch = batch
        self.in_flight = asyncio.Semaphore(IN_FLIGHT)
        self.lease = datetime.min.replace(tzinfo=UTC)
        """Until when this process's claims are held (renewed when half of it is spent)."""

    def recover(self) -> int:
        """At start-up: reminders whose claim's lease has passed (their process died) are sent again.

        Claims a live process holds are left to it, whether it is another replica or one that is still stopping;
        the reminders of one that died go out once its lease ends (at most ``LEASE`` after it died).
        """
        released = self.queue.release_expired(self.services.clock())
        if released:
            log.info("released %d reminder(s) claimed by a process whose lease ended", released)
        return released

    def stop(self) -> int:
        """On a clean stop: give back the claims not sent, for the next process to send at once."""
        released = self.queue.release_held(self.owner)
        if released:
            log.info("gave back %d reminder(s) claimed and not sent", released)
        return released

    async def tick(self) -> int:
        """Claim the reminders due now and send them; return how many went out."""
        now = self.services.clock()
        claimed = self.queue.claim(now, self.batch, self.owner)
        if not claimed:
            return 0
        self.lease = claimed[0].lease
        sent = await asyncio.gather(*(self._paced(one) for one in claimed))
        return sum(sent)

    async def _paced(self, claimed: Claimed) -> bool:
        async with self.in_flight:
            self.renew()
            return await self.send(claimed)

    def renew(self) -> None:
        """Extend this process's claims when half of their lease is spent (sends slowed down by Telegram)."""
        now = self.services.clock()
        if now >= self.lease - LEASE / 2:
            self.queue.renew(self.owner, now)
            self.lease = now + LEASE

    async def job(self, context: ContextTypes.DEFAULT_TYPE) -> None:
        """The job queue's entry point."""
        await self.tick()

    async def send(self, claimed: Claimed) -> bool:
        """Send one reminder, and record what became of it."""
        queue, now = self.queue, self.services.clock()
        session = self.services.sessions.load(claimed.user_id)
        replies = reminder(session, claimed.action_id, claimed.kind, now) if session else []
        if session is None or not replies:
            queue.skipped(claimed)
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
            queue.pause(claimed.user_id, now, claimed)
            return False
        except TelegramError as error:
            log.warning("reminder %s to user %s failed, will retry: %s", claimed.id, claimed.user_id, error)
            queue.retry(claimed, now, str(error))
            return False
        if not queue.sent(claimed, now, message_id):
            log.warning("reminder %s was sent after its claim's lease ended: it may be sent twice", claimed.id)
        if claimed.action_id == REVIEW:
            self.services.conversation.reschedule(claimed.user_id)
        return True
