"""Storage on PostgreSQL, for several replicas sharing one server: the adapter of the ports in ``domain.ports``.

``PostgresStore`` (``store``) over a psycopg connection pool (``pool``), with the SQLite migrations one for one
(``migrations``), the shared update inbox (``inbox``), reminder claims across replicas (``reminder_queue``) and
the dispatcher's leadership as an advisory lock (``leadership``). Documents are upgraded on load by the same
``domain.storage.upgrades`` as SQLite's.
"""

from __future__ import annotations

from domain.storage.postgres.migrations import MIGRATIONS
from domain.storage.postgres.store import PostgresStore

__all__ = ["MIGRATIONS", "PostgresStore"]
