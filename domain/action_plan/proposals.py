"""The annual action plan proposed from the business model's actions for each chosen tactic."""

from __future__ import annotations

import math
from datetime import date, timedelta

from domain.action_plan.general import general_action
from domain.action_plan.personal import Words, network_start, network_strength, season_title
from domain.action_plan.selection import chosen_actions, served
from domain.action_plan.timing import event_day, key_dates, spread, staggered
from domain.business import market_of, model_of
from domain.dates import month_later, next_working, on_weekday, proposed_date
from domain.models import Action, ActionStatus, Cadence, Language, Market, Plan, Tactic


def propose(plan: Plan, lang: Language, today: date, accepted: bool = False) -> tuple[Action, ...]:
    """The annual action plan: the business model's actions for each chosen tactic, spread over twelve months.

    Each action has its cadence, owner, first steps, budget (its part of the tactic's share of the yearly budget,
    in proportion to what it costs) and KPI. Recurring actions run from their start to the end of the twelve
    months; seasonal ones are planned on the model's key months (weeks ahead when they prepare the moment), on
    their day of the week when they have one. A tactic the model has no action for gets the general proposal.
    """
    model = model_of(plan)
    tactics = plan.mix.promotion.tactics or ()
    chosen = [o.kind for o in plan.objectives or ()]
    budget = plan.diagnosis.budget or 0
    rivals = [c.name for c in plan.diagnosis.competitors or ()]
    words = Words(
        plan.target or "", plan.positioning.difference, plan.positioning.rival or (rivals[0] if rivals else None)
    )
    status = ActionStatus.PLANNED if accepted else ActionStatus.PROPOSED
    end = month_later(today, 12) - timedelta(days=1)
    network = network_strength(plan)
    invites = market_of(plan) is Market.B2B  # business guests: invited weeks ahead, away in August and at New Year
    planned: list[tuple[Action, bool]] = []
    for tactic in tactics:
        share = plan.share(tactic)
        amount = budget * (100 / len(tactics) if share is None else share) / 100
        own = chosen_actions(model, tactic, plan) if model else []
        if model is None or not own:
            planned.append((general_action(tactic, plan, lang, today, amount, chosen, words.target, status), False))
            continue
        weights = sum(a.weight for a in own)
        for found in own:
            text = found.words(lang)
            objective = served(found.objective, chosen)
            common = {
                "tactic": tactic,
                "title": words.fill(text.title, model, lang),
                "objective": objective,
                "kpi": found.kpi,
                "status": status,
                "cadence": found.cadence,
                "owner": text.owner,
                "steps": tuple(words.fill(step, model, lang) for step in text.steps),
            }
            part = amount * (found.weight / weights if weights else 1 / len(own))
            month = found.month
            start = None
            if network is not None and tactic in (Tactic.PARTNERSHIPS, Tactic.REFERRAL) and found is own[0]:
                start = network_start(network, tactic, lang)
            if start is not None:
                month = 0  # the network the user already has comes first
                common["steps"] = (start, *text.steps[1:])
            pinned = found.weekday is not None
            if found.cadence is Cadence.SEASONAL:
                why = model.texts(lang).months
                soonest = on_weekday(next_working(today), found.weekday)
                dates = [
                    (max(on_weekday(first - timedelta(weeks=found.lead_weeks), found.weekday), soonest), first)
                    for _, first in spread(key_dates(model, today))
                ] or [(on_weekday(proposed_date(today, found.month), found.weekday), proposed_date(today, found.month))]
                if tactic is Tactic.EVENTS and invites:  # time to invite, and not in August nor at New Year
                    dates = [(on_weekday(event_day(day, today), found.weekday), first) for day, first in dates]
                planned.extend(
                    (
                        Action(
                            id=0,
                            due=day,
                            budget=part / len(dates),
                            **{**common, "title": season_title(str(common["title"]), why.get(str(first.month)))},
                        ),
                        pinned,
                    )
                    for day, first in dates
                )
                continue
            due = on_weekday(proposed_date(today, month), found.weekday)
            if tactic is Tactic.EVENTS and invites:
                due = on_weekday(event_day(due, today), found.weekday)
            until = end if found.cadence in (Cadence.WEEKLY, Cadence.MONTHLY) else None
            planned.append((Action(id=0, due=due, until=until, budget=part, **common), pinned))
    actions = staggered(sorted(planned, key=lambda p: p[0].due), invites)
    budgets = whole_euros([a.budget for a in actions])
    return tuple(
        a.model_copy(update={"id": n, "budget": b}) for n, (a, b) in enumerate(zip(actions, budgets, strict=True), 1)
    )


def whole_euros(amounts: list[float]) -> list[float]:
    """Amounts rounded to whole euros that add up to their rounded total (the largest remainders get the euros)."""
    total = round(sum(amounts))
    floors = [math.floor(a) for a in amounts]
    order = sorted(range(len(amounts)), key=lambda i: floors[i] - amounts[i])
    for i in order[: max(0, total - sum(floors))]:
        floors[i] += 1
    return [float(f) for f in floors]
