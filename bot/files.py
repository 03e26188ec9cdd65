"""Files and pictures made from a user's plan, for ``/export``, ``/mydata`` and the command line."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from dialogs.core.summary import plan_document
from dialogs.phases.interview import FLOW
from domain.documents import charts
from domain.documents.calendar import plan_calendar
from domain.documents.formats import to_markdown
from domain.documents.pdf import plan_pdf
from domain.i18n import catalog
from domain.models import Sector
from domain.ports import SessionRepository
from domain.session import Session


@dataclass(frozen=True)
class File:
    """Something to send or write: a document, or a picture (``photo``)."""

    name: str
    content: bytes
    caption: str
    photo: bool = False


PDF_CHARTS = {"positioning": "positioning", "actions": "timeline", "kpis": "kpis"}
"""The chart shown at the end of each of these sections of the PDF."""


def _stem(session: Session) -> str:
    name = session.plan.profile.name or "plan"
    safe = "".join(c if c.isalnum() else "-" for c in name.lower()).strip("-") or "plan"
    return f"planbot-{safe[:40]}"


def pdf_bytes(session: Session, now: datetime) -> bytes:
    """The whole plan as a PDF, with its charts."""
    t, today = catalog(session.lang), now.date()
    plan = session.plan
    images = {
        section: [charts.pixels(figure)]
        for section, chart in PDF_CHARTS.items()
        if (figure := charts.DRAWINGS[chart](plan, t, today)) is not None
    }
    profile = plan.profile
    subtitle = " · ".join(
        part
        for part in (
            profile.activity or (t.label(profile.sector) if isinstance(profile.sector, Sector) else ""),
            profile.area or "",
        )
        if part
    )
    return plan_pdf(plan_document(session, today, FLOW), t, today, subtitle, images)


def make(kind: str, session: Session, store: SessionRepository, now: datetime) -> File | None:
    """The file of a kind (``pdf``, ``ics``, ``md``, ``json``, ``mydata``, ``chart:<name>``), or ``None``."""
    t, today, stem = catalog(session.lang), now.date(), _stem(session)
    if kind == "pdf":
        return File(f"{stem}.pdf", pdf_bytes(session, now), t("file-pdf"))
    if kind == "ics":
        content = plan_calendar(session.plan, session.reminders, t, session.user_id, session.plan_id, now)
        return File(f"{stem}.ics", content, t("file-ics"))
    if kind == "md":
        text = to_markdown(plan_document(session, today, FLOW), t("colon"), t("section-pending"))
        return File(f"{stem}.md", text.encode(), t("file-md"))
    if kind == "json":
        return File(f"{stem}.json", session.plan.model_dump_json(indent=2).encode(), t("file-json"))
    if kind == "mydata":
        data = json.dumps(store.everything(session.user_id), ensure_ascii=False, indent=2, default=str)
        return File(f"planbot-mydata-{session.user_id}.json", data.encode(), t("file-mydata"))
    chart = kind.removeprefix("chart:")
    if kind.startswith("chart:") and chart in charts.DRAWINGS:
        figure = charts.DRAWINGS[chart](session.plan, t, today)
        if figure is None:
            return None
        return File(f"{stem}-{chart}.png", charts.png(figure), t(f"file-chart-{chart}"), photo=True)
    raise ValueError(f"unknown kind of file: {kind}")
