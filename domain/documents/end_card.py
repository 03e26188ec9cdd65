"""The plan on a card: its score, its key numbers and the changes that would raise it most, in a dozen lines.

The end of the interview shows this card rather than the whole plan (which stays one tap or ``/plan`` away).
Everything on it comes from the plan through the functions the full plan is rendered with.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from domain.dates import occurrences
from domain.documents.action_table import SEASON
from domain.documents.kpi_table import kpi_label, kpi_target
from domain.i18n import Catalog
from domain.kpis import Kpi, suggest
from domain.models import Action, ActionStatus, KpiId, Objective, Plan
from domain.score import Score, score
from domain.smart import smart_sentence

KEY_KPIS = 3
"""How many KPI targets the card quotes."""
FIRST = (KpiId.CAC, KpiId.ROI, KpiId.CAC_PAYBACK)
"""The KPIs quoted first when the plan has them: what a customer may cost, and what the spending returns.
The others follow in the order the plan lists them (the funnel of the main objective first)."""
TITLE_WIDTH = 80
"""An action's wording is cut past this many characters on the card."""


def main_objective(plan: Plan) -> Objective | None:
    """The objective the card quotes: the first one the user chose (the main goal in express mode)."""
    return plan.objectives[0] if plan.objectives else None


def key_kpis(plan: Plan, today: date) -> tuple[Kpi, ...]:
    """The few KPI targets worth a glance: costs and returns first, none that repeats the main objective."""
    main = main_objective(plan)
    restated = main.metric.value if main is not None and main.metric is not None else None
    seen: set[KpiId] = set()
    found: list[Kpi] = []
    for kpi in suggest(plan, today):
        if kpi.target is not None and kpi.id.value != restated and kpi.id not in seen:
            seen.add(kpi.id)
            found.append(kpi)
    ranked = sorted(found, key=lambda k: FIRST.index(k.id) if k.id in FIRST else len(FIRST))
    return tuple(ranked[:KEY_KPIS])


def next_action(plan: Plan, today: date) -> tuple[date, Action] | None:
    """The planned action that comes next, and the day it is due (a routine's next turn)."""
    upcoming = [
        (day, action)
        for action in plan.actions or ()
        if action.status is ActionStatus.PLANNED
        for day in occurrences(action)
        if day >= today
    ]
    return min(upcoming, key=lambda found: (found[0], found[1].id), default=None)


def _short(title: str) -> str:
    title = title.split(SEASON)[0]
    if len(title) <= TITLE_WIDTH:
        return title
    return title[:TITLE_WIDTH].rsplit(" ", 1)[0].rstrip(" ,:;") + "…"


def numbers(plan: Plan, t: Catalog, today: date) -> list[str]:
    """The key numbers: the main objective with its target and date, the budget, KPI targets, the next action."""
    lines = []
    main = main_objective(plan)
    if main is not None:
        lines.append(t("card-objective", objective=smart_sentence(main, t)))
    if plan.diagnosis.budget is not None:
        lines.append(t("card-budget", budget=t.money(plan.diagnosis.budget)))
    kpis = key_kpis(plan, today)
    if kpis:
        lines.append(t("card-kpis"))
        lines += [t("card-kpi", kpi=kpi_label(kpi, t), target=kpi_target(kpi, t)) for kpi in kpis]
    found = next_action(plan, today)
    if found is not None:
        day, action = found
        lines.append(t("card-next", date=t.day(day), title=_short(action.title)))
    return lines


def fixes(found: Score, t: Catalog) -> list[str]:
    """The changes that would raise the score most, as the score card words them."""
    if not found.top:
        return [t("score-perfect")]
    lines = [t("score-top")]
    lines += [t("score-line", number=i, gain=f.gain, points=f.weight) for i, f in enumerate(found.top, start=1)]
    return lines


def end_card(plan: Plan, t: Catalog, today: date, presets: Collection[str] = ()) -> str:
    """The card's text: the score, the key numbers, then the changes to make, a blank line between them."""
    found = score(plan, t, today, presets)
    parts = ([t("score-title", score=found.value)], numbers(plan, t, today), fixes(found, t))
    return "\n\n".join("\n".join(lines) for lines in parts if lines)
