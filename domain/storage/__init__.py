"""Storage: the adapters of the ports in ``domain.ports``, their migrations and the upgrades they share.

``Store`` (SQLite, the default: one file, one machine, ``planbot chat``) is imported here; the PostgreSQL adapter
(``domain.storage.postgres``, several replicas on one server) is imported only by a process that uses it, so that
SQLite users never load its driver. :func:`is_postgres_url` tells which a database setting names.
"""

from __future__ import annotations

from domain.storage.migrations import MIGRATIONS
from domain.storage.sqlite import Store

__all__ = ["MIGRATIONS", "Store", "is_postgres_url"]


def is_postgres_url(database: object) -> bool:
    """Whether a database setting names a PostgreSQL server (``postgresql://...`` or ``postgres://...``)."""
    return isinstance(database, str) and database.startswith(("postgresql://", "postgres://"))
