"""Connections to PostgreSQL: one pool per process, its connections in autocommit, their clock in UTC.

A statement alone commits by itself; what must be atomic runs in :func:`transaction`. Advisory locks taken by
planbot are numbered here, so that no two uses share a key.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from psycopg import Connection
from psycopg.conninfo import conninfo_to_dict
from psycopg_pool import ConnectionPool

POOL_SIZE = 4
"""Connections a process keeps at most: the event loop's, and the worker threads' (files, checkpoints)."""
CONNECT_TIMEOUT = 30.0
"""Seconds to wait for the server when the pool opens (a replica may start before the database is up)."""

LOCK_BASE = 0x706C616E626F7400
"""``planbot`` in ASCII, shifted: the advisory lock keys below add a small number to it."""
MIGRATION_LOCK = LOCK_BASE + 1
"""Held (for a transaction) by the process applying migrations: replicas starting at once take turns."""
CLAIM_LOCK = LOCK_BASE + 2
"""Held (for a transaction) by a reminder claim: claims take turns, so each sees the ones before it."""
LEADER_LOCK = LOCK_BASE + 3
"""Reserved for the dispatcher's leadership (one replica sends reminders at a time)."""

Conn = Connection[tuple[Any, ...]]
"""A connection whose rows are tuples."""


def _configure(conn: Conn) -> None:
    """Every new connection reads and writes timestamps in UTC."""
    conn.execute("SET TIME ZONE 'UTC'")


def open_pool(url: str, size: int = POOL_SIZE, timeout: float = CONNECT_TIMEOUT) -> ConnectionPool[Conn]:
    """A pool of connections to ``url``, open and with one connection made (or ``PoolTimeout`` after ``timeout``)."""
    pool: ConnectionPool[Conn] = ConnectionPool(
        url,
        min_size=1,
        max_size=size,
        kwargs={"autocommit": True},
        configure=_configure,
        name="planbot",
        num_workers=1,
        open=False,
    )
    pool.open(wait=True, timeout=timeout)
    return pool


@contextmanager
def transaction(pool: ConnectionPool[Conn]) -> Iterator[Conn]:
    """A connection of the pool inside a transaction: committed at the end, rolled back on an exception."""
    with pool.connection() as conn, conn.transaction():
        yield conn


def describe(url: str) -> str:
    """A PostgreSQL URL without its password, for the logs: ``user@host:port/dbname``."""
    parts = conninfo_to_dict(url)
    where = parts.get("host") or "localhost"
    port = f":{parts['port']}" if parts.get("port") else ""
    user = f"{parts['user']}@" if parts.get("user") else ""
    return f"postgresql://{user}{where}{port}/{parts.get('dbname') or ''}"
