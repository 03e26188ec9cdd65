"""Exports of a user's plan from the database, for the command line."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from bot.bootstrap import open_store
from bot.files import make

FORMATS = ("md", "json", "pdf", "ics")


def export_plan(db: str | Path, user_id: int, fmt: str, now: datetime) -> bytes | None:
    """A user's plan as Markdown, JSON, PDF or iCalendar bytes, or ``None`` when they have no plan."""
    store = open_store(db)
    try:
        session = store.load(user_id)
        if session is None:
            return None
        made = make(fmt, session, store, now)
        return made.content if made else None
    finally:
        store.close()
