"""Phase 0, the profile: the business's name, activity, market and stage, the interview's length, and its facts."""

from __future__ import annotations

from dialogs.answers import Choice, Context, Number, Text
from dialogs.core.steps import Node, Path, Phase, Step, StepId, put
from dialogs.parsing.number_lexicon import Unit
from dialogs.parsing.numbers import Noun, Period, capacity_counts, capacity_period
from dialogs.phases.activity import Activity, write_activity
from dialogs.phases.suggestions import areas
from domain.business import Family, model_of
from domain.churn import kept_a_year, monthly_churn
from domain.models import Market, Mode, ObjectiveKind, Plan, Stage, Website

PHASE = Phase.PROFILE


def market_unknown(plan: Plan) -> bool:
    """Whether the business model leaves open who the customers are (an app may sell to both)."""
    found = model_of(plan)
    return found is None or found.market is None


def other_activity(plan: Plan) -> bool:
    """Whether the activity was picked as none of the listed models, without words of the user's own."""
    return plan.profile.model == "other" and plan.profile.activity is None


def site_matters(plan: Plan) -> bool:
    """Whether having a website changes the advice (an online shop or a software has one by definition)."""
    found = model_of(plan)
    return found is None or found.family not in (Family.ONLINE, Family.SUBSCRIPTION)


def site_asked_in_express(plan: Plan) -> bool:
    """Express asks for the website where it steers the plan and capacity does not matter more."""
    return site_matters(plan) and not capacity_asked_in_express(plan)


def sells_capacity(plan: Plan) -> bool:
    """Whether the business sells time or places, so that capacity caps what it can win."""
    found = model_of(plan)
    return found is not None and found.capacity_per_year is not None


def usual_capacity(ctx: Context) -> tuple[float, ...]:
    """A capacity with room for the model's usual year of new customers (half as much again), to adjust."""
    found = model_of(ctx.plan)
    if found is None or found.capacity_per_year is None:
        return ()
    needed = found.new_customers * found.purchases_per_year * found.units_per_purchase / found.capacity_per_year
    return (float(max(1, round(needed * 1.5))),)


def capacity_asked_in_express(plan: Plan) -> bool:
    """Express asks for capacity where it is the binding limit: consultants, agencies, teachers and coaches."""
    found = model_of(plan)
    if found is None or found.capacity_per_year is None:
        return False
    return found.family is Family.SERVICE or found.market is Market.B2B


def has_customers(plan: Plan) -> bool:
    """Whether the business already sells (not an idea yet)."""
    return plan.profile.stage is not Stage.IDEA


def has_customer_count(plan: Plan) -> bool:
    """Whether the user said how many customers they have today, or wants them back (the base to grow from)."""
    return bool(plan.facts.customers) or loyalty_goal(plan)


def subscribes(plan: Plan) -> bool:
    """Whether customers subscribe (they stay or cancel, rather than come back)."""
    found = model_of(plan)
    return found is not None and found.family is Family.SUBSCRIPTION


def returns(plan: Plan) -> bool:
    """Whether the share of customers who come back is asked: of a business whose customers buy again."""
    return has_customer_count(plan) and not subscribes(plan)


def cancels(plan: Plan) -> bool:
    """Whether the monthly churn is asked: of a subscription business with subscribers."""
    return has_customer_count(plan) and subscribes(plan)


def kept_from_churn(plan: Plan, path: Path, churn: float) -> Plan:
    """A monthly churn typed, stored as the share of subscribers kept a year (what retention is measured by)."""
    return put(plan, path, round(kept_a_year(churn), 1))


def churn_from_kept(kept: float) -> float:
    """The share kept a year, shown as the monthly churn it comes from."""
    return round(monthly_churn(kept), 1)


def loyalty_goal(plan: Plan) -> bool:
    """Whether the main goal is to bring customers back (today's share coming back is then the base)."""
    return _goal(plan) is ObjectiveKind.LOYALTY and has_customers(plan)


def awareness_goal(plan: Plan) -> bool:
    """Whether the main goal is to be known (today's audience is then the base)."""
    return _goal(plan) is ObjectiveKind.AWARENESS


def _goal(plan: Plan) -> ObjectiveKind | None:
    return plan.objectives[0].kind if plan.objectives else None


STEPS: tuple[Node, ...] = (
    Step(StepId.NAME, Text(limit=80, numeric=True), ("profile", "name"), express=True),
    Step(StepId.MODE, Choice(Mode), ("profile", "mode"), express=True),
    Step(
        StepId.SECTOR,
        Activity(),
        ("profile", "model"),
        express=True,
        write=write_activity,
        invalidates=(StepId.ACTIVITY,),
    ),
    Step(StepId.ACTIVITY, Text(limit=80), ("profile", "activity"), when=other_activity, optional=True),
    Step(
        StepId.MARKET,
        Choice(Market),
        ("profile", "market"),
        express=market_unknown,
        invalidates=(StepId.SEGMENT_WHO_B2C, StepId.SEGMENT_WHO_B2B),
    ),
    Step(StepId.STAGE, Choice(Stage), ("profile", "stage")),
    Step(StepId.AREA, Text(limit=120, numeric=True, suggestions=areas), ("profile", "area"), optional=True),
    Step(
        StepId.WEBSITE,
        Choice(Website),
        ("facts", "website"),
        when=site_matters,
        express=site_asked_in_express,
        rechecks=(StepId.ACTIONS,),
    ),
    Step(
        StepId.CAPACITY,
        Number(
            Unit.COUNT,
            least=1,
            most=1_000_000,
            suggestions=usual_capacity,
            per=capacity_period,
            counts=capacity_counts,
        ),
        ("facts", "capacity"),
        when=sells_capacity,
        express=capacity_asked_in_express,
        optional=True,
    ),
    Step(
        StepId.CUSTOMERS,
        Number(Unit.COUNT, most=10_000_000, whole=True, per=Period.YEAR),
        ("facts", "customers"),
        when=has_customers,
        optional=True,
    ),
    Step(
        StepId.RETURNING,
        Number(Unit.PERCENT, most=100, of=lambda plan: plan.facts.customers),
        ("facts", "returning"),
        when=returns,
        express=loyalty_goal,
        optional=True,
    ),
    Step(
        StepId.CHURN,
        Number(Unit.PERCENT, least=0.1, most=50),
        ("facts", "returning"),
        when=cancels,
        express=loyalty_goal,
        optional=True,
        read=churn_from_kept,
        write=kept_from_churn,
    ),
    Step(
        StepId.AUDIENCE,
        Number(Unit.COUNT, most=100_000_000, whole=True),
        ("facts", "audience"),
        express=awareness_goal,
        optional=True,
    ),
    Step(
        StepId.TEAM,
        Number(Unit.COUNT, least=1, most=10_000, whole=True, counts=Noun.PEOPLE),
        ("facts", "team"),
        optional=True,
    ),
)
