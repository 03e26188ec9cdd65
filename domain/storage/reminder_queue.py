"""Scheduled reminders in SQLite: kept in step with the plan, claimed before sending, retried, paused.

Delivery is at least once. A reminder is claimed (in its own transaction) before it is sent and marked sent as
soon as Telegram has accepted it. When the bot is killed between the two, the claim is released at the next
start and the reminder is sent again. So a reminder is never lost, and one is repeated only if it was in flight
(sent, not yet recorded) at the instant of the kill: at most one repeat per reminder and crash, and no more
repeats than sends in flight (the dispatcher keeps four at most).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlite_utils import Database

from domain.reminder_schedule import LATE, Due

PENDING, CLAIMED, SENT, FAILED, PAUSED, EXPIRED = "pending", "claimed", "sent", "failed", "paused", "expired"
OPEN = (PENDING, PAUSED, FAILED)
MAX_ATTEMPTS = 8
FIRST_RETRY = timedelta(seconds=30)
LAST_RETRY = timedelta(hours=1)


def epoch(moment: datetime) -> int:
    """A UTC instant in whole seconds."""
    return int(moment.timestamp())


def instant(seconds: int) -> datetime:
    """Whole seconds back to a UTC instant."""
    return datetime.fromtimestamp(seconds, UTC)


@dataclass(frozen=True)
class Claimed:
    """A reminder taken for sending."""

    id: int
    user_id: int
    action_id: int
    kind: str
    due_at: datetime
    attempts: int


class ReminderStore:
    """The ``reminders`` and ``recipients`` tables."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.table = db.table("reminders")
        self.recipients = db.table("recipients")
        self._paused = {row[0] for row in db.execute("SELECT user_id FROM recipients")}

    def is_paused(self, user_id: int) -> bool:
        """Whether the user's reminders wait for them to write again (they blocked the bot).

        Kept in memory as well (asked on every update); this process is the only one that changes it.
        """
        return user_id in self._paused

    def sync(self, user_id: int, wanted: Sequence[Due]) -> None:
        """Make the user's open reminders match the schedule; what was sent or is being sent is kept."""
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

    def claim(self, now: datetime, limit: int) -> list[Claimed]:
        """Take up to ``limit`` due reminders for sending, at most one per user (one message a second).

        Reminders more than a day late (the bot was down) are dropped as expired instead: news that old is noise.
        """
        with self.db.atomic():
            self.db.execute(
                "UPDATE reminders SET status = ? WHERE status = ? AND next_at <= ? AND due_at < ?",
                [EXPIRED, PENDING, epoch(now), epoch(now - LATE)],
            )
            rows = self.db.execute(
                """
                UPDATE reminders SET status = ?, claimed_at = ?, attempts = attempts + 1
                WHERE id IN (
                    SELECT id FROM (
                        SELECT id, next_at,
                               ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY next_at, id) AS place
                        FROM reminders WHERE status = ? AND next_at <= ?
                    )
                    WHERE place = 1 ORDER BY next_at, id LIMIT ?
                )
                RETURNING id, user_id, action_id, kind, due_at, attempts
                """,
                [CLAIMED, epoch(now), PENDING, epoch(now), limit],
            ).fetchall()
        return [Claimed(r[0], r[1], r[2], r[3], instant(r[4]), r[5]) for r in sorted(rows, key=lambda r: (r[4], r[0]))]

    def release_claims(self) -> int:
        """At start-up: claims left by a process that died are open again (their reminders will be sent)."""
        with self.db.atomic():
            cursor = self.db.execute("UPDATE reminders SET status = ? WHERE status = ?", [PENDING, CLAIMED])
        return cursor.rowcount

    def sent(self, reminder_id: int, now: datetime, message_id: int | None = None) -> None:
        """A reminder Telegram accepted."""
        with self.db.atomic():
            self.table.update(reminder_id, {"status": SENT, "sent_at": epoch(now), "message_id": message_id})

    def skipped(self, reminder_id: int) -> None:
        """A claimed reminder that turned out to have nothing to say (its action was done or dropped)."""
        with self.db.atomic():
            self.table.update(reminder_id, {"status": EXPIRED})

    def retry(self, reminder_id: int, attempts: int, now: datetime, error: str) -> None:
        """A failed send: try again later (30 s, 1 min, 2 min... up to an hour), or give up after 8 tries."""
        delay = min(FIRST_RETRY * 2 ** max(attempts - 1, 0), LAST_RETRY)
        status = FAILED if attempts >= MAX_ATTEMPTS else PENDING
        with self.db.atomic():
            self.table.update(reminder_id, {"status": status, "next_at": epoch(now + delay), "last_error": error[:500]})

    def pause(self, user_id: int, now: datetime, reminder_id: int | None = None) -> None:
        """The user blocked the bot: hold their reminders (the one being sent too) until they write again."""
        with self.db.atomic():
            self.recipients.upsert({"user_id": user_id, "paused_at": now.isoformat()}, pk="user_id")
            self._paused.add(user_id)
            self.db.execute(
                "UPDATE reminders SET status = ? WHERE user_id = ? AND status IN (?, ?)",
                [PAUSED, user_id, PENDING, FAILED],
            )
            if reminder_id is not None:
                self.db.execute(
                    "UPDATE reminders SET status = ?, attempts = attempts - 1 WHERE id = ?",
                    [PAUSED, reminder_id],
                )

    def resume(self, user_id: int, now: datetime) -> None:
        """The user wrote again: their held reminders go out, except those too late to mean anything."""
        with self.db.atomic():
            self.recipients.delete_where("user_id = ?", [user_id])
            self._paused.discard(user_id)
            self.db.execute(
                "UPDATE reminders SET status = CASE WHEN due_at < ? THEN ? ELSE ? END WHERE user_id = ? AND status = ?",
                [epoch(now - LATE), EXPIRED, PENDING, user_id, PAUSED],
            )

    def forget(self, user_id: int) -> None:
        """Drop what is kept in memory about a user whose rows were erased."""
        self._paused.discard(user_id)

    def of(self, user_id: int) -> list[dict[str, Any]]:
        """A user's reminders, soonest first (for tests and exports)."""
        return list(self.table.rows_where("user_id = ?", [user_id], order_by="due_at, id"))
