"""A funnel that needs a large part of the whole target to hear from the business: said, with what to do.

An agency aiming at 8 new clients at its cold rates must reach 640 qualified contacts; its target counts 1,500
companies. Contacting 43 % of a market in a year is not a plan a small team carries out: warmer channels
(referrals, partners) convert better, or the target must be wider.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from domain.advice import Finding, Fix
from domain.i18n import Catalog
from domain.kpis import suggest
from domain.models import KpiId, ObjectiveKind, Plan
from domain.vocabulary import StepId

SHARE = 0.25
"""The part of the target a year's contacts may reach before the funnel is questioned."""


def reach_beyond_target(plan: Plan, t: Catalog, today: date) -> Iterator[Finding]:
    """The leads the conquest funnel needs, against the size of the target segment the user gave."""
    target = plan.segment(plan.target)
    if target is None or not target.size:
        return
    leads = next(
        (
            k
            for k in suggest(plan, today)
            if k.id is KpiId.LEADS and k.serves is ObjectiveKind.CONQUEST and k.target is not None
        ),
        None,
    )
    if leads is None or leads.target is None or leads.target.value <= SHARE * target.size:
        return
    share = 100 * leads.target.value / target.size
    fixes = (
        Fix("review", t("fix-review-tactics"), review=(StepId.TACTICS,)),
        Fix("keep", t("coach-keep")),
    )
    text = t(
        "reach-beyond-target",
        leads=int(leads.target.value),
        share=t.percent(round(share)),
        size=t.number(target.size),
        target=target.name,
    )
    yield Finding("consistency:reach", text, 6, fixes, t("gain-reach"))
