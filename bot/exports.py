"""Exports of a user's plan from the database, as the command line and later the bot offer them."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from dialogs.summary import plan_document
from domain.formats import to_markdown
from domain.i18n import catalog
from domain.storage import Store


def export_plan(db: str | Path, user_id: int, fmt: str, now: datetime | None = None) -> str | None:
    """A user's plan as Markdown (``md``) or JSON (``json``), or ``None`` when they have none."""
    store = Store(db)
    try:
        session = store.load(user_id)
    finally:
        store.close()
    if session is None:
        return None
    if fmt == "json":
        return session.plan.model_dump_json(indent=2) + "\n"
    t = catalog(session.lang)
    today = (now or datetime.now(UTC)).date()
    return to_markdown(plan_document(session, today), t("colon"), t("section-pending"))
