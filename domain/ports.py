"""The storage the application depends on, as ports: sessions, the update inbox and the reminder queue.

``dialogs`` and ``bot`` see these protocols only; ``domain.storage`` implements them on SQLite, and another
backend (PostgreSQL, several replicas) implements the same contract (``tests/storage/test_contract.py``).

Two rules make several processes safe on one store:

- **A save states the revision it read.** :meth:`SessionRepository.save` writes only if the stored session is
  still at ``expected``; otherwise it raises :class:`Conflict` and writes nothing (the caller reloads and tries
  its input again on the fresh session).
- **A reminder claim carries its owner and a lease.** A process claims due reminders under its own id
  (:func:`owner_id`) until ``now + LEASE``; only the owner marks them sent or failed, and another process takes
  them back only once the lease has passed (:meth:`ReminderQueue.release_expired`), never from a live owner.
  Delivery is at least once: a reminder is repeated only if its owner died (or stalled past its lease) after
  Telegram accepted it and before recording it.
- **One process sends reminders at a time.** Telegram's limit of about 30 messages a second is the bot's, not
  a process's: only the process that holds the :class:`Leadership` claims reminders; another takes over when
  it dies.
"""

from __future__ import annotations

import os
import secrets
import socket
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any, Protocol

from domain.models import Plan
from domain.reminder_schedule import Due
from domain.session import Session

LEASE = timedelta(minutes=5)
"""How long a reminder claim is held for its owner: far longer than a batch takes to send (seconds), short
enough that the reminders of a process that died go out a few minutes later. The dispatcher renews its
claims when half of it is spent."""


class Conflict(Exception):
    """A save that stated a revision the stored session no longer has: another writer saved first."""

    def __init__(self, user_id: int, expected: int) -> None:
        super().__init__(f"the session of user {user_id} is no longer at revision {expected}")
        self.user_id = user_id
        self.expected = expected


def owner_id() -> str:
    """A new id for a process that claims reminders: its host, its pid and a random part (``host:pid:abcd1234``).

    Made once per process (``bot.bootstrap``); the random part tells apart two processes that reuse a pid.
    """
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"


class Receipt(StrEnum):
    """What the inbox made of an update it was given."""

    NEW = "new"
    PENDING = "pending"
    """Received or saved, not yet handled: on its way, or left by a stopped process."""
    HANDLED = "handled"


@dataclass(frozen=True)
class Pending:
    """An update received and not yet handled: its id and its JSON as Telegram sent it."""

    update_id: int
    data: str


@dataclass(frozen=True)
class Claimed:
    """A reminder taken for sending, by ``owner`` until ``lease``."""

    id: int
    user_id: int
    action_id: int
    kind: str
    due_at: datetime
    attempts: int
    owner: str
    lease: datetime


class SessionRepository(Protocol):
    """Users' sessions and the plans they archived."""

    def load(self, user_id: int) -> Session | None:
        """A user's session, if they have one (its ``revision`` is the stored one)."""
        ...

    def revision(self, user_id: int) -> int:
        """The revision of a user's stored session, 0 if none: a cheap check of a session kept in memory."""
        ...

    def save(
        self,
        session: Session,
        *,
        expected: int,
        archived: Plan | None = None,
        when: datetime | None = None,
        reminders: Sequence[Due] | None = None,
        update_id: int | None = None,
    ) -> Session:
        """Save a session read at revision ``expected`` (0: none stored yet), stating what else goes with it.

        In the same transaction: the plan it replaced archived, its reminders brought in line with
        ``reminders``, and ``update_id`` marked saved in the inbox.

        Returns:
            The session as saved, at revision ``expected + 1``.

        Raises:
            Conflict: the stored session is not at ``expected``; nothing was written.
        """
        ...

    def erase(self, user_id: int) -> None:
        """Remove everything stored about a user (session, archive, reminders, inbox), beyond recovery."""
        ...

    def archived(self, user_id: int) -> Iterable[Plan]:
        """The plans a user archived, oldest first."""
        ...

    def everything(self, user_id: int) -> dict[str, object]:
        """Everything stored about a user, as plain data (for ``/mydata``)."""
        ...


class Inbox(Protocol):
    """Incoming updates, each *received*, then *saved* (its effect stored), then *handled* (its replies sent)."""

    def receive(self, update_id: int, user_id: int | None, data: str, now: datetime) -> Receipt:
        """Write an update down unless it is already there; say which it was."""
        ...

    def was_saved(self, update_id: int) -> bool:
        """Whether an update's effect is already saved (it is being delivered, or taken up, again)."""
        ...

    def saved(self, update_id: int, now: datetime) -> None:
        """Mark saved an update that changed nothing (one that changed a session is marked by its save)."""
        ...

    def handled(self, update_id: int, now: datetime) -> None:
        """Mark an update handled: its replies went out."""
        ...

    def pending(self) -> list[Pending]:
        """The updates received and not handled, oldest first (left by a process that stopped)."""
        ...

    def prune(self, now: datetime) -> int:
        """Forget handled updates older than the window in which Telegram may deliver them again."""
        ...


class ReminderQueue(Protocol):
    """Scheduled reminders: kept in line with the plans, claimed by a process for sending, retried, paused."""

    def sync(self, user_id: int, wanted: Sequence[Due]) -> None:
        """Make a user's open reminders match the schedule; what was sent or is being sent is kept."""
        ...

    def claim(self, now: datetime, limit: int, owner: str) -> list[Claimed]:
        """Take up to ``limit`` due reminders for ``owner`` until ``now + LEASE``.

        At most one per user, none for a user who has one claimed already; reminders whose previous claim's
        lease has passed are due again.
        """
        ...

    def renew(self, owner: str, now: datetime) -> int:
        """Extend the lease of every claim ``owner`` still holds to ``now + LEASE``; return how many."""
        ...

    def sent(self, claim: Claimed, now: datetime, message_id: int | None = None) -> bool:
        """Record a reminder Telegram accepted; ``False`` when ``claim.owner`` no longer holds it."""
        ...

    def skipped(self, claim: Claimed) -> bool:
        """Drop a claimed reminder that has nothing to say any more; ``False`` when no longer held."""
        ...

    def retry(self, claim: Claimed, now: datetime, error: str) -> bool:
        """Record a failed send, to be tried again later (or given up); ``False`` when no longer held."""
        ...

    def pause(self, user_id: int, now: datetime, claim: Claimed | None = None) -> None:
        """Hold a user's reminders (they blocked the bot), the claimed one they refused too."""
        ...

    def resume(self, user_id: int, now: datetime) -> None:
        """Let a paused user's reminders go out again (they wrote), except those too late to mean anything."""
        ...

    def is_paused(self, user_id: int) -> bool:
        """Whether a user's reminders are held."""
        ...

    def release_expired(self, now: datetime) -> int:
        """Open again the claims whose lease has passed (their owner died or stalled); return how many."""
        ...

    def release_held(self, owner: str) -> int:
        """Open again every claim ``owner`` holds (it stops cleanly, its sends done or cancelled)."""
        ...

    def of(self, user_id: int) -> list[dict[str, Any]]:
        """A user's reminders, soonest first, as plain rows (for ``/mydata`` and tests)."""
        ...


class Leadership(Protocol):
    """Which process dispatches the reminders: one at a time per database, another taking over when it dies.

    What is held is released by the system when its holder dies (a lock the kernel or the database server holds
    for the process's connection), so a killed process leaves nothing behind but the claims it held.
    """

    def lead(self) -> bool:
        """Whether this process is the dispatcher: it was and still is, or it has just become it.

        Cheap enough to ask before every send; ``False`` as soon as the hold is known to be lost.
        """
        ...

    def resign(self) -> None:
        """Stop being the dispatcher (a clean stop), for another process to take over at its next try."""
        ...


class Storage(SessionRepository, Protocol):
    """A backend as the conversation and the transports use it: sessions, inbox and reminders together.

    They share its transactions: a save marks its update and syncs its reminders atomically.
    """

    @property
    def inbox(self) -> Inbox:
        """The update inbox."""
        ...

    @property
    def reminders(self) -> ReminderQueue:
        """The reminder queue."""
        ...

    @property
    def leadership(self) -> Leadership:
        """Whether this process dispatches the reminders."""
        ...
