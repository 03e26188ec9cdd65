"""The plan of a session as a document, with the answers sector presets filled noted in their sections."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from dialogs.core.flow import Flow
from domain.documents.document import Document
from domain.documents.plan_text import render_plan
from domain.i18n import catalog
from domain.session import Session


def plan_document(session: Session, today: date, flow: Flow, only: Sequence[str] | None = None) -> Document:
    """Render a session's plan in its language."""
    t = catalog(session.lang)
    proposed: dict[str, list[str]] = {}
    for ref in flow.refs(session.plan):
        if ref.key in session.defaults and flow.value(session.plan, ref) is not None:
            items = flow.items_of.get(ref.step.id)
            item = t(f"items-{items[-1]}") if items else ""
            labels = proposed.setdefault(ref.phase.value, [])
            label = t(f"label-{ref.step.id}", item=item)
            if label not in labels:
                labels.append(label)
    return render_plan(session.plan, t, today, only, proposed)
