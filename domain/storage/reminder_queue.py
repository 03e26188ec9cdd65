"""Scheduled reminders in SQLite: kept in step with the plan, claimed under a lease before sending, retried, paused.

Delivery is at least once. A process claims a reminder (in its own transaction) under its owner id until
``now + LEASE`` (``domain.ports``), sends it, and marks it sent as soon as Telegram has accepted it; only the
owner may mark it. When the owner dies between the two, the claim stays held until its lease passes, then the
next claim of any process (or a process starting) opens it again and the reminder is sent again. A process that
stops cleanly gives its claims back at once. So a reminder is never lost, and one is repeated only if it was in
flight (sent, not yet recorded) when its owner died, or if its owner stalled past the lease: at most one repeat
per reminder and crash, and no more repeats than sends in flight (the dispatcher keeps four at most).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlite_utils import Database

from domain.ports import LEASE, Claimed
from domain.reminder_schedule import LATE, Due
from domain.storage.transaction import writing

PENDING, CLAIMED, SENT, FAILED, PAUSED, EXPIRED = "pending", "claimed", "sent", "failed", "paused", "expired"
OPEN = (PENDING, PAUSED, FAILED)
MAX_ATTEMPTS = 8
FIRST_RETRY = timedelta(seconds=30)
LAST_RETRY = timedelta(hours=1)
COLUMNS = "id, user_id, action_id, kind, due_at, next_at, status, attempts, claimed_at, sent_at, message_id, last_error"
"""A reminder as ``of`` shows it: the claim's owner and lease, which name a server, are the process's business."""
HELD = "id = ? AND status = 'claimed' AND owner = ?"
"""The condition under which a claim's owner records what became of it."""
CLAIM = """
UPDATE reminders
SET status = 'claimed', claimed_at = :now, attempts = attempts + 1, owner = :owner, lease_until = :lease
WHERE id IN (
    SELECT id FROM (
        SELECT id, next_at, ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY next_at, id) AS place
        FROM reminders AS due
        WHERE status = 'pending' AND next_at <= :now
          AND NOT EXISTS (SELECT 1 FROM reminders WHERE user_id = due.user_id AND status = 'claimed')
    )
    WHERE place = 1 ORDER BY next_at, id LIMIT :limit
)
RETURNING id, user_id, action_id, kind, due_at, attempts
"""
"""At most one reminder per user and claim, and none for a user with one claimed already (by any process)."""
RELEASE = "SET status = 'pending', owner = NULL, lease_until = NULL WHERE status = 'claimed'"
EXPIRED_CLAIMS = f"UPDATE reminders INDEXED BY idx_reminders_leases {RELEASE} AND lease_until <= ?"
"""Claims whose lease has passed, found by their own index (else SQLite reads every claimed reminder)."""


def epoch(moment: datetime) -> int:
    """A UTC instant in whole seconds."""
    return int(moment.timestamp())


def instant(seconds: int) -> datetime:
    """Whole seconds back to a UTC instant."""
    return datetime.fromtimestamp(seconds, UTC)


class ReminderStore:
    """The ``reminders`` and ``recipients`` tables (the :class:`domain.ports.ReminderQueue` on SQLite)."""

    def __init__(self, db: Database, owner: str) -> None:
        """The queue of ``db``; ``owner`` claims when a caller names none (the process's id)."""
        self.db = db
        self.owner = owner
        self.table = db.table("reminders")
        self.recipients = db.table("recipients")

    def is_paused(self, user_id: int) -> bool:
        """Whether the user's reminders wait for them to write again (they blocked the bot).

        Read from the database on every update (two microseconds): another process may have paused them.
        """
        return self.db.conn.execute("SELECT 1 FROM recipients WHERE user_id = ?", [user_id]).fetchone() is not None

    def sync(self, user_id: int, wanted: Sequence[Due]) -> None:
        """Make the user's open reminders match the schedule, in one transaction."""
        with writing(self.db):
            self.sync_within(user_id, wanted)

    def sync_within(self, user_id: int, wanted: Sequence[Due]) -> None:
        """:meth:`sync` inside the caller's transaction; what was sent or is being sent is kept."""
        existing = {(r["action_id"], r["kind"]): r for r in self.table.rows_where("user_id = ?", [user_id])}
        keys = {(d.action, d.kind) for d in wanted}
        stale = [r["id"] for key, r in existing.items() if key not in keys and r["status"] in OPEN]
        if stale:
            self.db.execute(f"DELETE FROM reminders WHERE id IN ({','.join('?' * len(stale))})", stale)
        status = PAUSED if self.is_paused(user_id) else PENDING
        for due in wanted:
            row = existing.get((due.action, due.kind))
            at = epoch(due.at)
            if row is None:
                self.table.insert(
                    {
                        "user_id": user_id,
                        "action_id": due.action,
                        "kind": due.kind,
                        "due_at": at,
                        "next_at": at,
                        "status": status,
                        "attempts": 0,
                    }
                )
            elif row["status"] in OPEN and row["due_at"] != at:
                self.table.update(row["id"], {"due_at": at, "next_at": at, "status": status, "attempts": 0})

    def claim(self, now: datetime, limit: int, owner: str | None = None) -> list[Claimed]:
        """Take up to ``limit`` due reminders for ``owner`` (this store's by default) until ``now + LEASE``.

        Claims whose lease has passed are due again first. Reminders more than a day late (the bot was down)
        are dropped as expired instead: news that old is noise.
        """
        holder, lease = owner or self.owner, now + LEASE
        with writing(self.db):
            self.db.conn.execute(EXPIRED_CLAIMS, [epoch(now)])
            self.db.conn.execute(
                "UPDATE reminders SET status = ? WHERE status = ? AND next_at <= ? AND due_at < ?",
                [EXPIRED, PENDING, epoch(now), epoch(now - LATE)],
            )
            rows = self.db.conn.execute(
                CLAIM, {"now": epoch(now), "owner": holder, "lease": epoch(lease), "limit": limit}
            ).fetchall()
        found = (Claimed(r[0], r[1], r[2], r[3], instant(r[4]), r[5], holder, lease) for r in rows)
        return sorted(found, key=lambda c: (c.due_at, c.id))

    def renew(self, owner: str, now: datetime) -> int:
        """Extend the lease of every claim ``owner`` still holds to ``now + LEASE``."""
        with writing(self.db):
            cursor = self.db.conn.execute(
                "UPDATE reminders SET lease_until = ? WHERE status = 'claimed' AND owner = ?",
                [epoch(now + LEASE), owner],
            )
        return cursor.rowcount

    def release_expired(self, now: datetime) -> int:
        """Open again the claims whose lease has passed: their owner died or stalled (never a live one's)."""
        with writing(self.db):
            cursor = self.db.conn.execute(EXPIRED_CLAIMS, [epoch(now)])
        return cursor.rowcount

    def release_held(self, owner: str) -> int:
        """Open again every claim ``owner`` holds (it stops cleanly): they go out without waiting for a lease."""
        with writing(self.db):
            cursor = self.db.conn.execute(f"UPDATE reminders {RELEASE} AND owner = ?", [owner])
        return cursor.rowcount

    def _settle(self, claim: Claimed, changes: str, values: Sequence[object]) -> bool:
        """Record what became of a claim, if its owner still holds it."""
        with writing(self.db):
            cursor = self.db.conn.execute(
                f"UPDATE reminders SET {changes}, owner = NULL, lease_until = NULL WHERE {HELD}",
                [*values, claim.id, claim.owner],
            )
        return cursor.rowcount == 1

    def sent(self, claim: Claimed, now: datetime, message_id: int | None = None) -> bool:
        """A reminder Telegram accepted."""
        return self._settle(claim, "status = ?, sent_at = ?, message_id = ?", [SENT, epoch(now), message_id])

    def skipped(self, claim: Claimed) -> bool:
        """A claimed reminder that turned out to have nothing to say (its action was done or dropped)."""
        return self._settle(claim, "status = ?", [EXPIRED])

    def retry(self, claim: Claimed, now: datetime, error: str) -> bool:
        """A failed send: try again later (30 s, 1 min, 2 min... up to an hour), or give up after 8 tries."""
        delay = min(FIRST_RETRY * 2 ** max(claim.attempts - 1, 0), LAST_RETRY)
        status = FAILED if claim.attempts >= MAX_ATTEMPTS else PENDING
        return self._settle(claim, "status = ?, next_at = ?, last_error = ?", [status, epoch(now + delay), error[:500]])

    def pause(self, user_id: int, now: datetime, claim: Claimed | None = None) -> None:
        """The user blocked the bot: hold their reminders (the claimed one too) until they write again."""
        with writing(self.db):
            self.recipients.upsert({"user_id": user_id, "paused_at": now.isoformat()}, pk="user_id")
            self.db.execute(
                "UPDATE reminders SET status = ? WHERE user_id = ? AND status IN (?, ?)",
                [PAUSED, user_id, PENDING, FAILED],
            )
            if claim is not None:
                self._settle(claim, "status = ?, attempts = attempts - 1", [PAUSED])

    def resume(self, user_id: int, now: datetime) -> None:
        """The user wrote again: their held reminders go out, except those too late to mean anything."""
        with writing(self.db):
            self.recipients.delete_where("user_id = ?", [user_id])
            self.db.execute(
                "UPDATE reminders SET status = CASE WHEN due_at < ? THEN ? ELSE ? END WHERE user_id = ? AND status = ?",
                [epoch(now - LATE), EXPIRED, PENDING, user_id, PAUSED],
            )

    def of(self, user_id: int) -> list[dict[str, Any]]:
        """A user's reminders, soonest first (for ``/mydata`` and tests)."""
        return list(self.table.rows_where("user_id = ?", [user_id], select=COLUMNS, order_by="due_at, id"))
