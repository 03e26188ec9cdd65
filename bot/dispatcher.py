"""The reminder dispatcher: a periodic job that claims due reminders, then sends them within Telegram's limits.

Each tick (every second, from python-telegram-bot's ``JobQueue``) claims at most ``batch`` reminders, at most
one per user, so that no chat gets more than one message a second and the bot stays under about 30 a second;
``AIORateLimiter`` paces the sends themselves and waits out a 429. A user who blocked the bot (403) has their
reminders paused until they write again; other failures are retried with a growing delay.

Telegram's limit is the bot's, so of several replicas on one database only one dispatches: the one that holds
the store's :class:`domain.ports.Leadership` (asked every tick, and again before every send). The others ask
at each tick and one takes over when the dispatcher dies. Reminders are claimed under the dispatcher's id with
a lease (``domain.ports``); one that takes over from another opens that one's claims again at once (only a
dispatcher claims, and the one before has lost its hold), and one that starts opens only the expired ones.

The dispatcher also takes up the updates a replica received and died before handling (:class:`Orphans`):
Telegram was told they arrived, and would not send them again.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections import deque
from collections.abc import Callable
from datetime import UTC, datetime

from telegram import Bot, Update
from telegram.constants import ParseMode
from telegram.error import Forbidden, TelegramError
from telegram.ext import ContextTypes

from bot.bootstrap import Services
from bot.telegram.messages import outgoing
from dialogs.screens.reminder_message import reminder
from domain.i18n import catalog
from domain.ports import LEASE, Claimed, Inbox, Pending
from domain.reminder_schedule import REVIEW

log = logging.getLogger(__name__)

BATCH = 30
INTERVAL = 1.0
IN_FLIGHT = 4
"""Sends under way at once: enough for ~30/s at Telegram's latency, few enough that a kill repeats few reminders."""
ORPHANED = 5.0
"""Seconds an update stays received and not handled before the dispatcher takes it up: a replica handles one
in milliseconds, so one still waiting after two looks this far apart was left by a replica that died."""
ADOPTED = 4096
"""Updates taken up that are remembered, so that each is taken up once (one that fails is not retried forever)."""


class Orphans:
    """The updates a replica received and did not handle, seen waiting at two looks :data:`ORPHANED` apart."""

    def __init__(self, inbox: Inbox, clock: Callable[[], float] = time.monotonic) -> None:
        self.inbox = inbox
        self.clock = clock
        self.last = clock()
        self.waiting: set[int] = set()
        self._adopted: deque[int] = deque(maxlen=ADOPTED)

    def look(self) -> list[Pending]:
        """The updates still waiting since the previous look (none when it was too recent); once each."""
        now = self.clock()
        if now - self.last < ORPHANED:
            return []
        self.last = now
        pending = self.inbox.pending()
        left = [found for found in pending if found.update_id in self.waiting]
        self._adopted.extend(found.update_id for found in left)
        self.waiting = {found.update_id for found in pending} - set(self._adopted)
        return left


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
        self.leadership = services.leadership
        self.leading = False
        self.followed = False
        """Whether another process dispatched when this one asked: its claims are left behind when it stops."""
        self.sending = 0
        """Claims of this process not settled yet."""
        self.orphans = Orphans(services.inbox)

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
        """On a clean stop: give back the claims not sent, then the leadership, for the next process at once."""
        released = self.queue.release_held(self.owner)
        if released:
            log.info("gave back %d reminder(s) claimed and not sent", released)
        self.leadership.resign()
        return released

    def lead(self) -> bool:
        """Whether this process dispatches; on taking over from another, that one's claims are opened again."""
        leading = self.leadership.lead()
        if leading and not self.leading:
            log.info("this process (%s) now dispatches the reminders", self.owner)
            if self.followed and not self.sending:
                # Only a dispatcher claims, and the one before lost its hold: each of its claims ends now.
                released = self.queue.release_expired(self.services.clock() + 2 * LEASE)
                if released:
                    log.info("released %d reminder(s) claimed by the dispatcher before", released)
        elif not leading:
            if self.leading:
                log.warning("this process no longer dispatches the reminders: another took over")
            self.followed = True
        self.leading = leading
        return leading

    async def tick(self) -> int:
        """Claim the reminders due now and send them, if this process dispatches; return how many went out."""
        if not self.lead():
            return 0
        now = self.services.clock()
        claimed = self.queue.claim(now, self.batch, self.owner)
        if not claimed:
            return 0
        self.lease = claimed[0].lease
        self.sending += len(claimed)
        try:
            sent = await asyncio.gather(*(self._paced(one) for one in claimed))
        finally:
            self.sending -= len(claimed)
        if not self.leading:  # another took over meanwhile: what was not sent goes to it at once
            self.queue.release_held(self.owner)
        return sum(sent)

    async def _paced(self, claimed: Claimed) -> bool:
        async with self.in_flight:
            if not self.lead():
                return False  # no longer the dispatcher: the claim is given back after the batch
            self.renew()
            return await self.send(claimed)

    def renew(self) -> None:
        """Extend this process's claims when half of their lease is spent (sends slowed down by Telegram)."""
        now = self.services.clock()
        if now >= self.lease - LEASE / 2:
            self.queue.renew(self.owner, now)
            self.lease = now + LEASE

    async def job(self, context: ContextTypes.DEFAULT_TYPE) -> None:
        """The job queue's entry point: the reminders due, then (now and then) the updates left by a dead replica."""
        await self.tick()
        if self.leading:
            await self.adopt(context.application.update_queue, context.bot)

    async def adopt(self, queue: asyncio.Queue[object], bot: Bot) -> int:
        """Queue the updates another replica received and died before handling; return how many.

        Each goes through the inbox again (a replica that has it on its way queues it once); one whose effect
        was saved shows its user the current question, as after a restart.
        """
        left = self.orphans.look()
        for found in left:
            await queue.put(Update.de_json(json.loads(found.data), bot))
        if left:
            log.info("took up %d update(s) left unhandled by a replica that stopped", len(left))
        return len(left)

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
