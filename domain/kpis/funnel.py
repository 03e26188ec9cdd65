"""KPI targets along the way customers are won: audience, visits, leads, meetings, proposals, trials."""

from __future__ import annotations

from domain.business import Family
from domain.dates import occurrences
from domain.kpis.context import Ctx, Target, quantities
from domain.kpis.figures import (
    ATTENDEES_AN_EVENT,
    LEAD_RATE,
    MEETING_RATE,
    PARTNER_RATE,
    PROPOSAL_RATE,
    VISIT_RATE,
    Numbers,
    Unit,
    months_until,
    whole,
)
from domain.models import KpiId, Metric


def win_rate(n: Numbers) -> float:
    """The share of proposals won, in percent: the model's, else 30."""
    return n.model.win_rate if n.model and n.model.win_rate else 30.0


def _wins(ctx: Ctx) -> float | None:
    return ctx.expected


def trial_rate(n: Numbers) -> float:
    """The share of trials that turn into paying customers, in percent: the model's, else the conversion rate."""
    return n.model.trial_to_paid if n.model and n.model.trial_to_paid else n.conversion


def proposals(ctx: Ctx) -> Target:
    """Proposals to send for the new customers the period needs, at the win rate."""
    wins = _wins(ctx)
    value = whole(wins / (win_rate(ctx.n) / 100)) if wins else None
    return value, quantities(wins=(whole(wins), Unit.COUNT), rate=(win_rate(ctx.n), Unit.PERCENT))


def meetings(ctx: Ctx) -> Target:
    """Meetings (or demos, for subscriptions) that lead to the period's new customers."""
    if ctx.n.family is Family.SUBSCRIPTION:  # demos, which turn into paying accounts like trials do
        expected, rate = ctx.expected, trial_rate(ctx.n)
        value = whole(expected / (rate / 100)) if expected else None
        return value, quantities(customers=(whole(expected), Unit.COUNT), rate=(rate, Unit.PERCENT)), "kpi-basis-demos"
    sent = proposals(ctx)[0]
    value = whole(sent / (PROPOSAL_RATE / 100)) if sent else None
    return value, quantities(proposals=(sent, Unit.COUNT), rate=(PROPOSAL_RATE, Unit.PERCENT))


def leads(ctx: Ctx) -> Target:
    """Leads to find: contacts that turn into customers, or into meetings where selling goes through them."""
    if ctx.n.family is not Family.PIPELINE:
        expected = ctx.expected
        rate = LEAD_RATE if ctx.n.family is Family.SUBSCRIPTION else ctx.n.conversion
        value = whole(expected / (rate / 100)) if expected else None
        return (
            value,
            quantities(customers=(whole(expected), Unit.COUNT), rate=(rate, Unit.PERCENT)),
            "kpi-basis-leads-contacts",
        )
    if not ctx.n.meets:  # requests that turn into jobs, at the model's rate: no meeting stage in between
        expected, rate = ctx.expected, ctx.n.conversion
        value = whole(expected / (rate / 100)) if expected else None
        return (
            value,
            quantities(customers=(whole(expected), Unit.COUNT), rate=(rate, Unit.PERCENT)),
            "kpi-basis-leads-contacts",
        )
    held = meetings(ctx)[0]
    value = whole(held / (MEETING_RATE / 100)) if held else None
    return value, quantities(meetings=(held, Unit.COUNT), rate=(MEETING_RATE, Unit.PERCENT))


def _visitors(ctx: Ctx, rate: float, spread: int = 1) -> Target:
    """The visits that bring the period's new customers at ``rate`` percent, over ``spread`` months."""
    expected = ctx.expected
    value = whole(expected / (rate / 100) / spread) if expected else None
    return value, quantities(
        customers=(whole(expected), Unit.COUNT),
        rate=(round(rate, 1), Unit.PERCENT),
        months=(ctx.n.months, Unit.MONTHS),
    )


def visits(ctx: Ctx) -> Target:
    """Website visits that bring the period's new customers at the conversion rate."""
    return _visitors(ctx, ctx.n.conversion)


def search_visits(ctx: Ctx) -> Target:
    """Visits from search a month.

    Where selling goes through requests (a tradesperson, a consultancy), a visit first becomes a request
    (:data:`VISIT_RATE`), then a request a customer at the model's rate.
    """
    rate = ctx.n.conversion * (VISIT_RATE / 100 if ctx.n.family is Family.PIPELINE else 1)
    return _visitors(ctx, rate, ctx.n.months)


def conversion(ctx: Ctx) -> Target:
    """The conversion rate to reach, with the visits it applies to."""
    visitors = visits(ctx)[0]
    if visitors is None:
        return ctx.n.conversion, {}, "kpi-basis-conversion-alone"
    return ctx.n.conversion, quantities(visitors=(visitors, Unit.COUNT), customers=(whole(ctx.expected), Unit.COUNT))


def trials(ctx: Ctx) -> Target:
    """Trials to start for the period's new customers, at the trial-to-paid rate."""
    n = ctx.n
    rate = n.model.trial_to_paid if n.model and n.model.trial_to_paid else n.conversion
    expected = ctx.expected
    value = whole(expected / (rate / 100)) if expected else None
    return value, quantities(customers=(whole(expected), Unit.COUNT), rate=(rate, Unit.PERCENT))


def trial_to_paid(ctx: Ctx) -> Target:
    """The share of trials that pay."""
    n = ctx.n
    return (n.model.trial_to_paid if n.model and n.model.trial_to_paid else n.conversion), {}


def partner_leads(ctx: Ctx) -> Target:
    """Introductions from partners are warm: many more of them turn into customers than cold contacts do."""
    expected = ctx.expected
    value = whole(expected / (PARTNER_RATE / 100)) if expected else None
    return (
        value,
        quantities(customers=(whole(expected), Unit.COUNT), rate=(PARTNER_RATE, Unit.PERCENT)),
        "kpi-basis-partner",
    )


def attendees(ctx: Ctx) -> Target:
    """People to welcome at events: those who become the tactic's customers, or a small event's usual crowd."""
    if not ctx.n.customers:
        events = sum(
            len(occurrences(a)) for a in ctx.plan.actions or () if a.kpi is KpiId.ATTENDEES and a.tactic is ctx.serves
        )
        if events:
            return (
                whole(events * ATTENDEES_AN_EVENT),
                quantities(events=(events, Unit.COUNT)),
                "kpi-basis-attendees-alone",
            )
    expected = ctx.expected
    value = whole(expected / (ctx.n.conversion / 100)) if expected else None
    return value, quantities(customers=(whole(expected), Unit.COUNT), share=(ctx.share, Unit.PERCENT))


def referred(ctx: Ctx) -> Target:
    """Customers that referrals should bring: the tactic's share of the new ones."""
    expected = ctx.expected
    return whole(expected), quantities(share=(ctx.share, Unit.PERCENT))


def awareness(ctx: Ctx) -> Target:
    """An awareness objective's number, with what it takes a month from today's audience."""
    objective = ctx.objective
    if objective is None or objective.target is None:
        return None, {}
    today = ctx.plan.facts.audience if objective.metric is Metric.FOLLOWERS else None
    gain = objective.target - today if today is not None else objective.target
    months = ctx.n.months  # to this objective's own deadline, which may come before the others'
    if objective.deadline is not None and ctx.plan.started is not None:
        months = months_until(objective.deadline, ctx.plan.started)
    monthly = whole(gain / months) if gain > 0 else None
    inputs = quantities(today=(today, Unit.COUNT), monthly=(monthly, Unit.COUNT), months=(months, Unit.MONTHS))
    if monthly is None:
        return whole(objective.target), {}, "kpi-basis-objective"
    return whole(objective.target), inputs, "kpi-basis-awareness-today" if today is not None else "kpi-basis-awareness"


def reach(ctx: Ctx) -> Target:
    """People to reach, when an awareness objective says how many."""
    if ctx.objective is not None:
        return awareness(ctx)
    return None, {}
