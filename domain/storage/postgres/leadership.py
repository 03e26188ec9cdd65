"""Which replica dispatches the reminders of a PostgreSQL database: the one holding a session advisory lock.

The lock belongs to a connection of its own, outside the pool: the server releases it when that connection ends,
however the replica ends (a clean stop, a kill, a lost machine once the server sees the connection gone), and the
next replica to ask takes it. While it leads, the replica checks its connection is still there at most once a
:data:`CHECK` (one ``SELECT 1``): a connection lost, and with it the lock, ends the leadership at once.
"""

from __future__ import annotations

import contextlib
import time

import psycopg

from domain.storage.postgres.pool import LEADER_LOCK

CHECK = 1.0
"""Seconds between two checks that the leader's connection, and so its lock, is still held."""
CONNECT_TIMEOUT = 5
"""Seconds a replica waits for the server when it asks to lead (it asks again at its next tick)."""


class AdvisoryLeadership:
    """The :class:`domain.ports.Leadership` of a PostgreSQL database: ``pg_try_advisory_lock`` on one connection."""

    def __init__(self, url: str, key: int = LEADER_LOCK) -> None:
        """The leadership of the database at ``url``; ``key`` names the lock (one per kind of leadership)."""
        self.url = url
        self.key = key
        self._conn: psycopg.Connection[tuple[bool]] | None = None
        self._held = False
        self._checked = 0.0

    def lead(self) -> bool:
        """Whether this replica holds the lock: held and checked recently, or taken now because nobody held it."""
        now = time.monotonic()
        if self._held and now - self._checked < CHECK:
            return True
        try:
            if self._conn is None or self._conn.closed:
                self._conn = psycopg.connect(self.url, autocommit=True, connect_timeout=CONNECT_TIMEOUT)
            if self._held:
                self._conn.execute("SELECT true")  # the connection lives, so does the lock it holds
            else:
                row = self._conn.execute("SELECT pg_try_advisory_lock(%s)", [self.key]).fetchone()
                self._held = bool(row and row[0])
        except psycopg.Error:
            self._drop()
            return False
        self._checked = now
        return self._held

    def resign(self) -> None:
        """Stop leading (a clean stop): the lock is released with the connection, for another replica to take."""
        self._drop()

    def _drop(self) -> None:
        conn, self._conn, self._held = self._conn, None, False
        if conn is not None:
            with contextlib.suppress(psycopg.Error):
                conn.close()
