"""Scheduled reminders in PostgreSQL, claimed by several replicas: the rules of ``domain.storage.reminder_queue``.

A claim runs in one transaction: leases that have passed are given back, reminders too late are dropped, then
due ones are taken with ``UPDATE ... WHERE id IN (SELECT ... FOR UPDATE SKIP LOCKED LIMIT n)``, each under its
owner and a lease. ``SKIP LOCKED`` keeps a claim from waiting for the rows a user's save is rewriting (they are
taken at the next tick). Claims take turns under a transaction-scoped advisory lock (a claim lasts milliseconds,
and in steady state only the dispatching replica claims): each sees every claim committed before it, so a user
with a live claim is skipped whichever replica holds it, and no user gets two reminders at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool

from domain.ports import LEASE, Claimed
from domain.reminder_schedule import LATE, Due
from domain.storage.postgres.pool import CLAIM_LOCK, Conn, transaction
from domain.storage.reminder_queue import (
    COLUMNS,
    EXPIRED,
    FAILED,
    FIRST_RETRY,
    LAST_RETRY,
    MAX_ATTEMPTS,
    OPEN,
    PAUSED,
    PENDING,
    SENT,
    epoch,
    instant,
)

RELEASE = "SET status = 'pending', owner = NULL, lease_until = NULL"
EXPIRED_CLAIMS = f"""
UPDATE reminders {RELEASE}
WHERE id IN (SELECT id FROM reminders WHERE status = 'claimed' AND lease_until <= %s FOR UPDATE SKIP LOCKED)
"""
"""Claims whose lease has passed (their owner died or stalled), found by their partial index."""
TOO_LATE = """
UPDATE reminders SET status = 'expired'
WHERE id IN (
    SELECT id FROM reminders WHERE status = 'pending' AND next_at <= %(now)s AND due_at < %(late)s
    FOR UPDATE SKIP LOCKED
)
"""
CLAIM = """
UPDATE reminders
SET status = 'claimed', claimed_at = %(now)s, attempts = attempts + 1, owner = %(owner)s, lease_until = %(lease)s
WHERE status = 'pending' AND id IN (
    SELECT id FROM reminders
    WHERE status = 'pending' AND next_at <= %(now)s AND id IN (
        SELECT DISTINCT ON (user_id) id FROM reminders AS due
        WHERE status = 'pending' AND next_at <= %(now)s
          AND NOT EXISTS (SELECT 1 FROM reminders WHERE user_id = due.user_id AND status = 'claimed')
        ORDER BY user_id, next_at, id
    )
    ORDER BY next_at, id
    LIMIT %(limit)s
    FOR UPDATE SKIP LOCKED
)
RETURNING id, user_id, action_id, kind, due_at, attempts
"""
"""At most one reminder per user (their soonest), none for a user with one claimed already (by any replica)."""
HELD = "id = %s AND status = 'claimed' AND owner = %s"
"""The condition under which a claim's owner records what became of it."""
INSERT = """
INSERT INTO reminders (user_id, action_id, kind, due_at, next_at, status, attempts) VALUES (%s, %s, %s, %s, %s, %s, 0)
ON CONFLICT (user_id, action_id, kind) DO NOTHING
"""


class PostgresReminders:
    """The ``reminders`` and ``recipients`` tables (the :class:`domain.ports.ReminderQueue` on PostgreSQL)."""

    def __init__(self, pool: ConnectionPool[Conn], owner: str) -> None:
        """The queue on ``pool``'s database; ``owner`` claims when a caller names none (the process's id)."""
        self.pool = pool
        self.owner = owner

    def is_paused(self, user_id: int) -> bool:
        """Whether the user's reminders wait for them to write again (read every time: any replica may pause)."""
        with self.pool.connection() as conn:
            return self._paused(conn, user_id)

    @staticmethod
    def _paused(conn: Conn, user_id: int) -> bool:
        return conn.execute("SELECT 1 FROM recipients WHERE user_id = %s", [user_id]).fetchone() is not None

    def sync(self, user_id: int, wanted: Sequence[Due]) -> None:
        """Make the user's open reminders match the schedule, in one transaction."""
        with transaction(self.pool) as conn:
            self.sync_within(conn, user_id, wanted)

    def sync_within(self, conn: Conn, user_id: int, wanted: Sequence[Due]) -> None:
        """:meth:`sync` inside the caller's transaction; what was sent or is being sent is kept.

        The user's rows are locked as they are read, so that a claim skips them until this transaction ends.
        """
        rows = conn.execute(
            "SELECT id, action_id, kind, status, due_at FROM reminders WHERE user_id = %s ORDER BY id FOR UPDATE",
            [user_id],
        ).fetchall()
        existing = {(action, kind): (id_, status, due_at) for id_, action, kind, status, due_at in rows}
        keys = {(d.action, d.kind) for d in wanted}
        stale = [id_ for key, (id_, status, _) in existing.items() if key not in keys and status in OPEN]
        if stale:
            conn.execute("DELETE FROM reminders WHERE id = ANY(%s)", [stale])
        status = PAUSED if self._paused(conn, user_id) else PENDING
        new, changed = [], []
        for due in wanted:
            at, row = epoch(due.at), existing.get((due.action, due.kind))
            if row is None:
                new.append((user_id, due.action, due.kind, at, at, status))
            elif row[1] in OPEN and row[2] != at:
                changed.append((at, at, status, row[0]))
        with conn.cursor() as cursor:
            if new:
                cursor.executemany(INSERT, new)
            if changed:
                cursor.executemany(
                    "UPDATE reminders SET due_at = %s, next_at = %s, status = %s, attempts = 0 WHERE id = %s", changed
                )

    def claim(self, now: datetime, limit: int, owner: str | None = None) -> list[Claimed]:
        """Take up to ``limit`` due reminders for ``owner`` (this store's by default) until ``now + LEASE``.

        Claims whose lease has passed are due again first; reminders more than a day late are dropped as
        expired instead.
        """
        holder, lease = owner or self.owner, now + LEASE
        with transaction(self.pool) as conn:
            conn.execute("SELECT pg_advisory_xact_lock(%s)", [CLAIM_LOCK])
            conn.execute(EXPIRED_CLAIMS, [epoch(now)])
            conn.execute(TOO_LATE, {"now": epoch(now), "late": epoch(now - LATE)})
            rows = conn.execute(
                CLAIM, {"now": epoch(now), "owner": holder, "lease": epoch(lease), "limit": limit}
            ).fetchall()
        found = (Claimed(r[0], r[1], r[2], r[3], instant(r[4]), r[5], holder, lease) for r in rows)
        return sorted(found, key=lambda c: (c.due_at, c.id))

    def _count(self, sql: Any, values: Sequence[object]) -> int:
        """Run one statement (its own transaction) and return how many rows it changed."""
        with self.pool.connection() as conn:
            return conn.execute(sql, values).rowcount

    def renew(self, owner: str, now: datetime) -> int:
        """Extend the lease of every claim ``owner`` still holds to ``now + LEASE``."""
        sql = "UPDATE reminders SET lease_until = %s WHERE status = 'claimed' AND owner = %s"
        return self._count(sql, [epoch(now + LEASE), owner])

    def release_expired(self, now: datetime) -> int:
        """Open again the claims whose lease has passed: their owner died or stalled (never a live one's)."""
        return self._count(EXPIRED_CLAIMS, [epoch(now)])

    def release_held(self, owner: str) -> int:
        """Open again every claim ``owner`` holds (it stops cleanly): they go out without waiting for a lease."""
        return self._count(f"UPDATE reminders {RELEASE} WHERE status = 'claimed' AND owner = %s", [owner])

    @staticmethod
    def _settle(conn: Conn, claim: Claimed, changes: str, values: Sequence[object]) -> bool:
        """Record what became of a claim, if its owner still holds it."""
        sql = f"UPDATE reminders SET {changes}, owner = NULL, lease_until = NULL WHERE {HELD}"
        return conn.execute(sql, [*values, claim.id, claim.owner]).rowcount == 1

    def _settled(self, claim: Claimed, changes: str, values: Sequence[object]) -> bool:
        with self.pool.connection() as conn:
            return self._settle(conn, claim, changes, values)

    def sent(self, claim: Claimed, now: datetime, message_id: int | None = None) -> bool:
        """A reminder Telegram accepted."""
        return self._settled(claim, "status = %s, sent_at = %s, message_id = %s", [SENT, epoch(now), message_id])

    def skipped(self, claim: Claimed) -> bool:
        """A claimed reminder that turned out to have nothing to say (its action was done or dropped)."""
        return self._settled(claim, "status = %s", [EXPIRED])

    def retry(self, claim: Claimed, now: datetime, error: str) -> bool:
        """A failed send: try again later (30 s, 1 min, 2 min... up to an hour), or give up after 8 tries."""
        delay = min(FIRST_RETRY * 2 ** max(claim.attempts - 1, 0), LAST_RETRY)
        status = FAILED if claim.attempts >= MAX_ATTEMPTS else PENDING
        changes = "status = %s, next_at = %s, last_error = %s"
        return self._settled(claim, changes, [status, epoch(now + delay), error[:500]])

    def pause(self, user_id: int, now: datetime, claim: Claimed | None = None) -> None:
        """The user blocked the bot: hold their reminders (the claimed one too) until they write again."""
        with transaction(self.pool) as conn:
            conn.execute(
                "INSERT INTO recipients (user_id, paused_at) VALUES (%s, %s) "
                "ON CONFLICT (user_id) DO UPDATE SET paused_at = excluded.paused_at",
                [user_id, now],
            )
            conn.execute(
                "UPDATE reminders SET status = %s WHERE user_id = %s AND status IN (%s, %s)",
                [PAUSED, user_id, PENDING, FAILED],
            )
            if claim is not None:
                self._settle(conn, claim, "status = %s, attempts = attempts - 1", [PAUSED])

    def resume(self, user_id: int, now: datetime) -> None:
        """The user wrote again: their held reminders go out, except those too late to mean anything."""
        with transaction(self.pool) as conn:
            conn.execute("DELETE FROM recipients WHERE user_id = %s", [user_id])
            conn.execute(
                "UPDATE reminders SET status = CASE WHEN due_at < %s THEN %s ELSE %s END "
                "WHERE user_id = %s AND status = %s",
                [epoch(now - LATE), EXPIRED, PENDING, user_id, PAUSED],
            )

    def of(self, user_id: int) -> list[dict[str, Any]]:
        """A user's reminders, soonest first (for ``/mydata`` and tests): the same rows as SQLite's."""
        with self.pool.connection() as conn, conn.cursor(row_factory=dict_row) as cursor:
            return cursor.execute(
                f"SELECT {COLUMNS} FROM reminders WHERE user_id = %s ORDER BY due_at, id",
                [user_id],
            ).fetchall()
