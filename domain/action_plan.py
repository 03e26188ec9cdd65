"""Phase 7: the annual action plan, from the business model's actions for each chosen tactic."""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from pydantic import BaseModel, ConfigDict, Field

from domain.business import BusinessModel, ModelAction, model_of
from domain.dates import month_later, next_working, on_weekday, proposed_date, working
from domain.models import Action, ActionStatus, Cadence, KpiId, Language, ObjectiveKind, Plan, Sector, Tactic
from domain.presets import PRESETS


class Wording(BaseModel):
    """A proposal's title in both languages."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    fr: str
    en: str


class ActionPreset(Wording):
    """What a tactic turns into by default: the objective it serves, its KPI, when, and sector variants."""

    model_config = ConfigDict(frozen=True, extra="allow")

    objective: ObjectiveKind
    kpi: KpiId
    month: int = Field(ge=0, le=11)

    def title(self, sector: Sector | None, lang: Language) -> str:
        """The title for a sector, in a language."""
        variant = (self.model_extra or {}).get(sector.value) if sector else None
        wording = Wording.model_validate(variant) if variant else self
        return wording.fr if lang is Language.FR else wording.en


@cache
def action_presets() -> dict[Tactic, ActionPreset]:
    """Every tactic's proposal, read once from ``presets/actions.toml``."""
    with (PRESETS / "actions.toml").open("rb") as file:
        data = tomllib.load(file)
    return {Tactic(name): ActionPreset.model_validate(entry) for name, entry in data.items()}


PER_TACTIC = 2
"""Regular actions a tactic brings at most, besides one seasonal action on the model's key months."""
SEASONS = 4
"""Key months a seasonal action is planned for at most, in the twelve months of the plan (spread over them)."""


def _key_dates(model: BusinessModel, today: date) -> list[tuple[int, date]]:
    """The model's key months over the twelve months after ``today``, as (months ahead, first Monday).

    A seasonal action starts as its month begins, ahead of the moment it serves (Christmas orders open early in
    December).
    """
    found: dict[date, int] = {}
    for ahead in range(13):
        first = month_later(today.replace(day=1), ahead)
        while first.weekday() != 0 or not working(first):  # the month's first working Monday
            first += timedelta(days=1)
        if first.month in model.key_months and today < first < month_later(today, 12):
            found.setdefault(first, ahead)
    return [(ahead, day) for day, ahead in found.items()]


def _spread(dates: list[tuple[int, date]]) -> list[tuple[int, date]]:
    """At most ``SEASONS`` of the key dates, spread over the year rather than the first few."""
    if len(dates) <= SEASONS:
        return dates
    last = len(dates) - 1
    return [dates[round(i * last / (SEASONS - 1))] for i in range(SEASONS)]


def _chosen(model: BusinessModel, tactic: Tactic, plan: Plan) -> list[ModelAction]:
    """The model's actions for a tactic that the facts allow, those serving the plan's objectives first."""
    kinds = [o.kind for o in plan.objectives or ()]
    fitting = [a for a in model.of(tactic) if a.fits(plan)]
    serving = [a for a in fitting if a.objective in kinds]
    if serving:  # a tactic that has actions for the plan's objectives brings those, not the others
        fitting = serving
    fitting.sort(key=lambda a: (a.objective not in kinds, a.needs is None))
    regular = [a for a in fitting if a.cadence is not Cadence.SEASONAL][:PER_TACTIC]
    seasonal = [a for a in fitting if a.cadence is Cadence.SEASONAL][:1]
    return [a for a in fitting if a in regular or a in seasonal]


NETWORK = re.compile(
    r"r[ée]seau|network|partenaire|partner|prescripteur|recommand|bouche[ -]à[ -]oreille|word of mouth",
    re.IGNORECASE,
)


def _network(plan: Plan) -> str | None:
    """A strength saying the user already has a network to draw on ("réseau d'experts-comptables"), if any."""
    return next((s for s in plan.diagnosis.strengths or () if NETWORK.search(s)), None)


def tactic_weights(plan: Plan) -> dict[Tactic, float]:
    """What each chosen tactic's actions cost, relative to the others (the model's weights), for the budget split."""
    model = model_of(plan)
    found: dict[Tactic, float] = {}
    for tactic in plan.mix.promotion.tactics or ():
        own = _chosen(model, tactic, plan) if model else []
        found[tactic] = sum(a.weight for a in own) if own else 1.0
    return found


def _served(natural: ObjectiveKind, chosen: list[ObjectiveKind]) -> ObjectiveKind:
    """The objective an action is shown serving.

    Its own when the plan has it; being known counts towards winning customers when the plan aims at those;
    otherwise its own, said as it is (a Google profile wins customers even in a plan about bringing them back).
    """
    if natural in chosen or not chosen:
        return natural
    if natural is ObjectiveKind.AWARENESS and ObjectiveKind.CONQUEST in chosen:
        return ObjectiveKind.CONQUEST
    return natural


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
    words = _Words(
        plan.target or "", plan.positioning.difference, plan.positioning.rival or (rivals[0] if rivals else None)
    )
    status = ActionStatus.PLANNED if accepted else ActionStatus.PROPOSED
    end = month_later(today, 12) - timedelta(days=1)
    network = _network(plan)
    planned: list[tuple[Action, bool]] = []
    for tactic in tactics:
        share = plan.share(tactic)
        amount = budget * (100 / len(tactics) if share is None else share) / 100
        own = _chosen(model, tactic, plan) if model else []
        if model is None or not own:
            planned.append((_general(tactic, plan, lang, today, amount, chosen, words.target, status), False))
            continue
        weights = sum(a.weight for a in own)
        for found in own:
            text = found.words(lang)
            objective = _served(found.objective, chosen)
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
            if network is not None and tactic in (Tactic.PARTNERSHIPS, Tactic.REFERRAL) and found is own[0]:
                month = 0  # the network the user already has comes first
                start = "Commencer par votre réseau : {n}" if lang is Language.FR else "Start with your network: {n}"
                common["steps"] = (start.format(n=network), *text.steps[1:])
            pinned = found.weekday is not None
            if found.cadence is Cadence.SEASONAL:
                why = model.texts(lang).months
                soonest = on_weekday(next_working(today), found.weekday)
                dates = [
                    (max(on_weekday(first - timedelta(weeks=found.lead_weeks), found.weekday), soonest), first)
                    for _, first in _spread(_key_dates(model, today))
                ] or [(on_weekday(proposed_date(today, found.month), found.weekday), proposed_date(today, found.month))]
                planned.extend(
                    (
                        Action(
                            id=0,
                            due=day,
                            budget=part / len(dates),
                            **{**common, "title": _season(str(common["title"]), why.get(str(first.month)))},
                        ),
                        pinned,
                    )
                    for day, first in dates
                )
                continue
            due = on_weekday(proposed_date(today, month), found.weekday)
            until = end if found.cadence in (Cadence.WEEKLY, Cadence.MONTHLY) else None
            planned.append((Action(id=0, due=due, until=until, budget=part, **common), pinned))
    actions = _staggered(sorted(planned, key=lambda p: p[0].due))
    budgets = whole_euros([a.budget for a in actions])
    return tuple(
        a.model_copy(update={"id": n, "budget": b}) for n, (a, b) in enumerate(zip(actions, budgets, strict=True), 1)
    )


@dataclass(frozen=True)
class _Words:
    """What an action's wording may name: the target segment, the user's own difference, the main competitor.

    The user's difference is quoted as they wrote it ("je livre en 6 semaines" reads right between quotes); the
    model's typical one, used when the user gave none, is not.
    """

    target: str
    difference: str | None
    rival: str | None = None

    def fill(self, text: str, model: BusinessModel, lang: Language) -> str:
        if self.difference:
            open_, close = ("« ", " »") if lang is Language.FR else ("“", "”")
            difference = f"{open_}{self.difference.strip()}{close}"
        else:
            typical = model.texts(lang).difference
            difference = typical[:1].lower() + typical[1:]
        rival = self.rival or ("un concurrent" if lang is Language.FR else "a competitor")
        return text.replace("{target}", self.target).replace("{difference}", difference).replace("{rival}", rival)


STARTS_A_MONTH = 2
"""New actions (one-off or routines) a small business can start in one month; later one-off ones wait their turn."""


def _staggered(planned: list[tuple[Action, bool]]) -> list[Action]:
    """Actions spread so that no day piles up several and no month starts more than two new ones.

    An action pinned to its day of the week (a Saturday tasting) stays where it is.
    """
    taken: set[date] = {action.due for action, pinned in planned if pinned}
    starts: dict[tuple[int, int], int] = {}
    moved = []
    for action, pinned in planned:
        day = action.due
        if not pinned and action.cadence is Cadence.ONCE:  # at most two new things to start in a month
            while starts.get((day.year, day.month), 0) >= STARTS_A_MONTH:
                day = proposed_date(day, 1)
        while not pinned and (day in taken or not working(day)):
            day += timedelta(days=1)
        taken.add(day)
        if action.cadence is not Cadence.SEASONAL:
            starts[(day.year, day.month)] = starts.get((day.year, day.month), 0) + 1
        moved.append(action if day == action.due else action.model_copy(update={"due": day}))
    return sorted(moved, key=lambda a: a.due)


def _season(title: str, why: str | None) -> str:
    """A seasonal action's title with the moment it is planned for."""
    return f"{title} — {why}" if why else title


def whole_euros(amounts: list[float]) -> list[float]:
    """Amounts rounded to whole euros that add up to their rounded total (the largest remainders get the euros)."""
    total = round(sum(amounts))
    floors = [math.floor(a) for a in amounts]
    order = sorted(range(len(amounts)), key=lambda i: floors[i] - amounts[i])
    for i in order[: max(0, total - sum(floors))]:
        floors[i] += 1
    return [float(f) for f in floors]


def _general(
    tactic: Tactic,
    plan: Plan,
    lang: Language,
    today: date,
    amount: float,
    chosen: list[ObjectiveKind],
    target: str,
    status: ActionStatus,
) -> Action:
    """The general proposal of a tactic, for a business model that has none of its own."""
    found = action_presets()[tactic]
    objective = found.objective if found.objective in chosen or not chosen else chosen[0]
    return Action(
        id=0,
        tactic=tactic,
        title=found.title(plan.profile.sector, lang).replace("{target}", target),
        due=proposed_date(today, found.month),
        budget=round(amount, 2),
        objective=objective,
        kpi=found.kpi,
        status=status,
    )


def key(action: Action, among: Sequence[Action]) -> tuple[Tactic, int]:
    """What identifies an action across proposals: its tactic and its rank among that tactic's actions."""
    same = [a for a in among if a.tactic is action.tactic]
    return action.tactic, same.index(action)


def merge(existing: tuple[Action, ...] | None, proposals: tuple[Action, ...], accept: bool) -> tuple[Action, ...]:
    """Proposals folded into the actions the plan already has, so that nothing decided or done is lost.

    An action whose tactic stays keeps its id, its date, its wording and what was decided about it (its budget
    follows the new split, unless it is done); accepting all plans what was only proposed. New actions get new
    ids, numbered after the existing ones. Actions of tactics no longer chosen go, unless they were done.
    """
    before = tuple(existing or ())
    kept = {key(a, before): a for a in before}
    next_id = max((a.id for a in before), default=0) + 1
    merged = []
    for proposal in proposals:
        old = kept.pop(key(proposal, proposals), None)
        if old is None:
            merged.append(proposal.model_copy(update={"id": next_id}))
            next_id += 1
            continue
        changes: dict[str, object] = {}
        if old.status is not ActionStatus.DONE:
            changes["budget"] = proposal.budget
        if accept and old.status is ActionStatus.PROPOSED:
            changes["status"] = ActionStatus.PLANNED
        merged.append(old.model_copy(update=changes))
    merged.extend(a for a in kept.values() if a.status is ActionStatus.DONE)
    return tuple(merged)
