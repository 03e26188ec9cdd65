"""Write transactions that take SQLite's write lock as they begin, so that several processes can share a file."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlite_utils import Database


@contextmanager
def writing(db: Database) -> Iterator[None]:
    """A write transaction (``BEGIN IMMEDIATE``), or a savepoint inside one already open.

    ``db.atomic()`` begins a deferred transaction: its first read takes a snapshot, and if another process
    commits before its first write, that write fails at once ("database is locked") instead of waiting.
    Taking the lock first makes it wait (``busy_timeout``), then read what the other process wrote.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.conn.rollback()
        raise
    db.conn.commit()
