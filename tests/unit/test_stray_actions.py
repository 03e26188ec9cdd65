"""Actions that serve an objective the plan does not have are pointed out, with a way to add it or drop them."""

from __future__ import annotations

from datetime import date

from domain.consistency import action_without_objective
from domain.i18n import catalog
from domain.models import Action, ActionStatus, Language, Metric, Objective, ObjectiveKind, Plan, Tactic

TODAY = date(2026, 11, 22)


def plan_with(*objectives: ObjectiveKind) -> Plan:
    actions = (
        Action(
            id=1,
            tactic=Tactic.PARTNERSHIPS,
            title="Offre mariage avec les salles",
            due=TODAY,
            budget=400,
            objective=ObjectiveKind.CONQUEST,
            status=ActionStatus.PLANNED,
        ),
        Action(
            id=2,
            tactic=Tactic.LOYALTY_PROGRAMME,
            title="Carte de fidélité",
            due=TODAY,
            budget=200,
            objective=ObjectiveKind.LOYALTY,
            status=ActionStatus.PLANNED,
        ),
    )
    chosen = tuple(Objective(kind=k, metric=Metric.REPEAT_RATE) for k in objectives)
    return Plan(objectives=chosen, actions=actions)


def test_a_conquest_action_in_a_loyalty_plan_is_pointed_out_and_can_be_dropped() -> None:
    t = catalog(Language.FR)
    found = list(action_without_objective(plan_with(ObjectiveKind.LOYALTY), t, TODAY))
    assert [f.rule for f in found] == ["stray:conquest"]
    assert "Offre mariage avec les salles" in found[0].text
    drop = next(fix for fix in found[0].fixes if fix.id == "drop-stray")
    assert drop.change is not None
    dropped = drop.change(plan_with(ObjectiveKind.LOYALTY))
    assert [a.status for a in dropped.actions or ()] == [ActionStatus.DROPPED, ActionStatus.PLANNED]


def test_actions_that_serve_the_plans_objectives_raise_nothing() -> None:
    t = catalog(Language.FR)
    assert not list(action_without_objective(plan_with(ObjectiveKind.LOYALTY, ObjectiveKind.CONQUEST), t, TODAY))
