"""The actions should spend the budget: a quarter of it left to no action, or more spent than there is, is said."""

from __future__ import annotations

from datetime import date

from domain.budget_use import budget_unused
from domain.i18n import catalog
from domain.models import ActionStatus, Language, Plan
from domain.score import score
from domain.vocabulary import StepId
from tests.plans import strong

FR = catalog(Language.FR)
TODAY = date(2026, 11, 22)


def spending(plan: Plan, budget: float) -> Plan:
    """The plan with its actions kept and its yearly budget set."""
    actions = tuple(a.model_copy(update={"status": ActionStatus.PLANNED}) for a in plan.actions or ())
    diagnosis = plan.diagnosis.model_copy(update={"budget": budget})
    return plan.model_copy(update={"actions": actions, "diagnosis": diagnosis})


def spent(plan: Plan) -> float:
    return sum(a.budget for a in plan.actions or () if a.status is ActionStatus.PLANNED)


def test_the_actions_spending_the_budget_is_no_finding() -> None:
    plan = spending(strong(), 0)
    plan = spending(plan, spent(plan))
    assert list(budget_unused(plan, FR, TODAY)) == []


def test_a_quarter_of_the_budget_left_to_no_action_is_said_with_the_amount_left() -> None:
    plan = spending(strong(), 0)
    plan = spending(plan, round(spent(plan) * 1.5))
    found = list(budget_unused(plan, FR, TODAY))
    assert [f.rule for f in found] == ["budget:unspent"]
    assert "ne sont affectés à aucune action" in found[0].text
    assert found[0].fixes[0].review == (StepId.ACTIONS,)
    assert "budget:unspent" in {f.rule for f in score(plan, FR, TODAY).findings}


def test_actions_costing_more_than_the_budget_are_said() -> None:
    plan = spending(strong(), 0)
    plan = spending(plan, round(spent(plan) * 0.7))
    assert [f.rule for f in budget_unused(plan, FR, TODAY)] == ["budget:overspent"]


def test_dropped_actions_do_not_count_as_spent() -> None:
    plan = spending(strong(), 0)
    plan = spending(plan, spent(plan))
    first, *rest = plan.actions or ()
    dropped = plan.model_copy(update={"actions": (first.model_copy(update={"status": ActionStatus.DROPPED}), *rest)})
    if first.budget > 0.25 * spent(plan):
        assert [f.rule for f in budget_unused(dropped, FR, TODAY)] == ["budget:unspent"]
    assert spent(dropped) == spent(plan) - first.budget
