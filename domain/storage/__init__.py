"""Storage on SQLite: the adapter of the ports in ``domain.ports`` (``Store``), its migrations and upgrades."""

from __future__ import annotations

from domain.storage.migrations import MIGRATIONS
from domain.storage.sqlite import Store

__all__ = ["MIGRATIONS", "Store"]
