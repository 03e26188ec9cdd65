"""Which replica dispatches the reminders on PostgreSQL: the one holding a session-level advisory lock.

The lock (:data:`~domain.storage.postgres.pool.LEADER_LOCK`) is taken with ``pg_try_advisory_lock`` on a
connection of its own, outside the pool, and held for as long as that connection lives. The server releases
it when the connection ends, however the replica ends: a clean stop (it resigns), a kill (its socket closes),
a machine lost (TCP keepalives tell the server within about half a minute). The next replica to ask takes it.

While it leads, a replica checks its connection at every ask (one ``SELECT 1``, asked at every tick and before
every send): a connection lost, and with it the lock, ends its leadership before its next send. The connection
is named after the process (``application_name``), so that ``pg_stat_activity`` shows who dispatches.
"""

from __future__ import annotations

import contextlib
import logging
from typing import Any

import psycopg

from domain.storage.postgres.pool import LEADER_LOCK, Conn

log = logging.getLogger(__name__)

CONNECTION: dict[str, Any] = {
    "autocommit": True,
    "connect_timeout": 3,
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 5,
    "keepalives_count": 3,
}
"""The leader's connection: in autocommit (a session's lock, no transaction), quick to give up on a server that
does not answer (the replica asks again at its next tick), probed by TCP keepalives on both sides."""
HOLDER = """
SELECT a.application_name FROM pg_locks AS l JOIN pg_stat_activity AS a ON a.pid = l.pid
WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
  AND ((l.classid::bigint << 32) | l.objid::bigint) = %s
"""
"""The name of the process holding a lock (a ``bigint`` key shows as its two halves, ``classid`` and ``objid``)."""


class AdvisoryLeadership:
    """The :class:`domain.ports.Leadership` of a PostgreSQL database: an advisory lock on a connection of its own."""

    def __init__(self, url: str, name: str = "planbot", key: int = LEADER_LOCK) -> None:
        """The leadership of the database at ``url``, asked for by the process called ``name`` (its owner id).

        ``key`` names the lock (one per kind of leadership).
        """
        self.url = url
        self.name = name
        self.key = key
        self._conn: Conn | None = None
        self._held = False

    def lead(self) -> bool:
        """Whether this process holds the lock: held and its connection alive, or taken now (one round trip)."""
        try:
            conn = self._connection()
            if self._held:
                conn.execute("SELECT 1")  # the connection lives, so does the lock it holds
            else:
                row = conn.execute("SELECT pg_try_advisory_lock(%s)", [self.key]).fetchone()
                self._held = bool(row and row[0])
        except psycopg.Error as error:
            if self._held:
                log.warning("lost the connection that held the dispatcher's lock: %s", error)
            self._drop()
        return self._held

    def holder(self) -> str | None:
        """The name of the process that dispatches now, if any (``application_name``: its owner id)."""
        row = self._connection().execute(HOLDER, [self.key]).fetchone()
        return None if row is None else str(row[0])

    def resign(self) -> None:
        """Release the lock and close its connection: the next replica to ask takes it."""
        conn = self._conn
        if conn is not None and self._held:
            with contextlib.suppress(psycopg.Error):
                conn.execute("SELECT pg_advisory_unlock(%s)", [self.key])
        self._drop()

    def _connection(self) -> Conn:
        if self._conn is None or self._conn.closed:
            self._held = False
            self._conn = psycopg.connect(self.url, application_name=self.name[:63], **CONNECTION)
        return self._conn

    def _drop(self) -> None:
        conn, self._conn, self._held = self._conn, None, False
        if conn is not None:
            with contextlib.suppress(psycopg.Error):
                conn.close()
