"""The update inbox in PostgreSQL, shared by every replica: see ``domain.storage.inbox`` for its three states.

An update id is the table's primary key, so an update delivered to two replicas at once (Telegram retrying a
webhook that a load balancer sent elsewhere) is written down once: the second ``INSERT`` waits for the first to
commit, then finds the row and says so.
"""

from __future__ import annotations

from datetime import datetime

from psycopg_pool import ConnectionPool

from domain.ports import Pending, Receipt
from domain.storage.inbox import KEPT
from domain.storage.postgres.pool import Conn, transaction

RECEIVE = """
INSERT INTO inbox (update_id, user_id, data, received_at) VALUES (%s, %s, %s, %s)
ON CONFLICT (update_id) DO NOTHING
"""
SAVED = """
INSERT INTO inbox (update_id, user_id, data, received_at, saved_at) VALUES (%(id)s, NULL, NULL, %(now)s, %(now)s)
ON CONFLICT (update_id) DO UPDATE SET saved_at = excluded.saved_at WHERE inbox.saved_at IS NULL
"""
HANDLED = """
UPDATE inbox SET user_id = NULL, data = NULL, saved_at = coalesce(saved_at, %(now)s), handled_at = %(now)s
WHERE update_id = %(id)s AND handled_at IS NULL
"""


class PostgresInbox:
    """The ``inbox`` table (the :class:`domain.ports.Inbox` on PostgreSQL)."""

    def __init__(self, pool: ConnectionPool[Conn]) -> None:
        self.pool = pool

    def receive(self, update_id: int, user_id: int | None, data: str, now: datetime) -> Receipt:
        """Write an update down unless it is already there (by any replica); say which it was."""
        with self.pool.connection() as conn:
            if conn.execute(RECEIVE, [update_id, user_id, data, now]).rowcount:
                return Receipt.NEW
            row = conn.execute("SELECT handled_at FROM inbox WHERE update_id = %s", [update_id]).fetchone()
        return Receipt.PENDING if row is None or row[0] is None else Receipt.HANDLED

    def saved(self, update_id: int, now: datetime) -> None:
        """Mark saved an update that changed nothing, in a transaction of its own."""
        with transaction(self.pool) as conn:
            self.saved_within(conn, update_id, now)

    @staticmethod
    def saved_within(conn: Conn, update_id: int, now: datetime) -> None:
        """Mark an update's effect saved, inside the transaction that saves it (recorded if never received)."""
        conn.execute(SAVED, {"id": update_id, "now": now})

    def handled(self, update_id: int, now: datetime) -> None:
        """Mark an update handled (its replies went out), keeping only its id."""
        with self.pool.connection() as conn:
            conn.execute(HANDLED, {"id": update_id, "now": now})

    def was_saved(self, update_id: int) -> bool:
        """Whether an update's effect is already saved (it is being delivered, or taken up, again)."""
        with self.pool.connection() as conn:
            row = conn.execute("SELECT saved_at FROM inbox WHERE update_id = %s", [update_id]).fetchone()
        return row is not None and row[0] is not None

    def pending(self) -> list[Pending]:
        """The updates received and not handled, oldest first (left by a replica that stopped or died)."""
        with self.pool.connection() as conn:
            rows = conn.execute(
                "SELECT update_id, data::text FROM inbox WHERE handled_at IS NULL AND data IS NOT NULL "
                "ORDER BY received_at, update_id"
            ).fetchall()
        return [Pending(update_id, data) for update_id, data in rows]

    def prune(self, now: datetime) -> int:
        """Forget handled updates older than :data:`KEPT`; return how many."""
        with self.pool.connection() as conn:
            cursor = conn.execute("DELETE FROM inbox WHERE handled_at IS NOT NULL AND handled_at < %s", [now - KEPT])
        return cursor.rowcount
