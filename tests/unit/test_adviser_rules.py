"""The adviser's rules, one by one: each fires where it should, stays quiet where it must, and its fix works."""

from __future__ import annotations

from datetime import date

import pytest

from domain.advice import Finding
from domain.coaching import is_vague, looks_external, looks_like_trend, smart_objectives, swot_sides, vague_positioning
from domain.consistency import (
    budget_short_of_objective,
    ltv_cac_low,
    objective_without_action,
    paid_without_budget,
    premium_with_penetration,
    target_low_fit,
)
from domain.i18n import Catalog, catalog
from domain.models import ActionStatus, Language, Metric, Objective, ObjectiveKind, Plan, PriceStrategy, Tactic
from domain.score import missing_parts, no_proof, score, thin_swot
from tests.plans import strong, weak

TODAY = date(2026, 11, 22)
FR, EN = catalog(Language.FR), catalog(Language.EN)


def found(rule: object, plan: Plan, t: Catalog = FR) -> list[Finding]:
    return list(rule(plan, t, TODAY))  # type: ignore[operator]


def apply(finding: Finding, plan: Plan, fix_id: str) -> Plan:
    change = next(f for f in finding.fixes if f.id == fix_id).change
    assert change is not None
    return change(plan)


def with_diagnosis(**changes: object) -> Plan:
    plan = strong()
    return plan.model_copy(update={"diagnosis": plan.diagnosis.model_copy(update=changes)})


@pytest.mark.parametrize(
    "item",
    [
        "Concurrent moins cher",
        "La concurrence d'Amazon",
        "Hausse des prix des matières premières",
        "Cheaper competitors",
    ],
)
def test_an_external_fact_in_the_weaknesses_is_pointed_out_as_a_threat(item: str) -> None:
    plan = with_diagnosis(weaknesses=("Petite salle", item))
    [finding] = found(swot_sides, plan)
    assert f"« {item} » décrit votre environnement" in finding.text
    moved = apply(finding, plan, "move")
    assert item not in (moved.diagnosis.weaknesses or ())
    assert moved.diagnosis.threats is not None
    assert moved.diagnosis.threats[-1] == item


@pytest.mark.parametrize("item", ["Petite salle", "Peu de temps", "Site à refaire", "Marketing peu développé"])
def test_an_internal_weakness_is_left_alone(item: str) -> None:
    assert not looks_external(item)
    assert found(swot_sides, with_diagnosis(weaknesses=(item,))) == []


def test_a_trend_given_as_a_strength_is_an_opportunity() -> None:
    plan = with_diagnosis(strengths=("Produits faits maison", "Tendance du fait maison"))
    [finding] = found(swot_sides, plan)
    assert "plutôt une opportunité" in finding.text
    assert apply(finding, plan, "move").diagnosis.opportunities == (
        "Demande pour le local",
        "Télétravail",
        "Tendance du fait maison",
    )
    assert not looks_like_trend("Produits faits maison")


def test_the_swot_is_checked_only_once_the_other_side_is_answered() -> None:
    assert found(swot_sides, with_diagnosis(weaknesses=("Concurrent moins cher",), threats=None)) == []


@pytest.mark.parametrize("difference", ["meilleure qualité", "moins cher", "un meilleur service", "better quality"])
def test_a_vague_difference_is_asked_to_name_what_the_rival_does_not_do(difference: str) -> None:
    plan = strong().model_copy(
        update={"positioning": strong().positioning.model_copy(update={"difference": difference})}
    )
    [finding] = found(vague_positioning, plan)
    assert "« Starbucks » ne fait pas" in finding.text
    assert [f.review for f in finding.fixes] == [("difference",), ()]


def test_a_concrete_difference_is_not_vague() -> None:
    assert not is_vague("tout est fait maison avec des produits locaux")
    assert found(vague_positioning, strong()) == []


def test_an_objective_without_a_number_gets_a_rewrite_to_accept() -> None:
    plan = strong().model_copy(
        update={
            "objectives": (
                Objective(kind=ObjectiveKind.CONQUEST, metric=Metric.NEW_CUSTOMERS, target=None, deadline=None),
            )
        }
    )
    [finding] = found(smart_objectives, plan)
    assert finding.text == (
        "L'objectif Conquête n'est pas SMART : sans chiffre ou sans date, on ne peut pas savoir s'il est atteint. "
        "Je propose : « Conquête : atteindre 429 nouveaux clients d'ici le 30 novembre 2027. »"
    )  # 3 000 € at the café model's 7 € per new customer
    rewritten = apply(finding, plan, "rewrite")
    assert rewritten.objectives is not None
    assert (rewritten.objectives[0].target, rewritten.objectives[0].deadline) == (429, date(2027, 11, 30))


def test_a_smart_objective_raises_nothing() -> None:
    assert found(smart_objectives, strong()) == []


def test_premium_positioning_with_a_penetration_price_is_contradictory() -> None:
    plan = strong().model_copy(
        update={
            "positioning": strong().positioning.model_copy(update={"price_level": 5}),
            "mix": strong().mix.model_copy(
                update={"price": strong().mix.price.model_copy(update={"strategy": PriceStrategy.PENETRATION})}
            ),
        }
    )
    [finding] = found(premium_with_penetration, plan)
    assert "se contredisent" in finding.text
    assert apply(finding, plan, "premium").mix.price.strategy is PriceStrategy.PREMIUM
    assert found(premium_with_penetration, strong()) == []


def test_paid_channels_without_budget_are_impossible() -> None:
    plan = weak()
    [finding] = found(paid_without_budget, plan, EN)
    assert (
        finding.text
        == "You chose Search engine ads (SEA), Advertising, which cost money, but your marketing budget is €0."
    )
    fixed = apply(finding, plan, "drop-paid")
    assert fixed.mix.promotion.tactics == ()
    assert found(paid_without_budget, strong()) == []


def test_a_budget_far_below_the_objective_proposes_a_reachable_objective_or_the_budget_needed() -> None:
    plan = strong().model_copy(update={"diagnosis": strong().diagnosis.model_copy(update={"budget": 300.0})})
    plan = plan.model_copy(
        update={
            "objectives": (
                Objective(
                    kind=ObjectiveKind.CONQUEST, metric=Metric.NEW_CUSTOMERS, target=1000, deadline=date(2027, 11, 30)
                ),
            )
        }
    )
    [finding] = found(budget_short_of_objective, plan)
    assert "0,30 €" in finding.text.replace("\u202f", " ").replace("\xa0", " ")
    lowered = apply(finding, plan, "lower")
    assert lowered.objectives is not None
    assert lowered.objectives[0].target == 43  # 300 € at the café model's usual 7 € per customer
    raised = apply(finding, plan, "raise")
    assert raised.diagnosis.budget == 7_000
    assert found(budget_short_of_objective, strong()) == []


def test_a_target_that_fits_the_strengths_badly_is_flagged_with_a_better_one() -> None:
    plan = weak()
    [finding] = found(target_low_fit, plan)
    assert "« Étudiants »" in finding.text
    assert apply(finding, plan, "switch").target == "Actifs"
    assert found(target_low_fit, strong()) == []


def test_a_customer_worth_less_than_three_times_its_cost_is_a_warning() -> None:
    plan = strong().model_copy(
        update={
            "mix": strong().mix.model_copy(
                update={"price": strong().mix.price.model_copy(update={"point": 1.0, "purchases_per_year": 2.0})}
            )
        }
    )
    [finding] = found(ltv_cac_low, plan)
    assert "sous 3 fois environ" in finding.text
    assert [f.review for f in finding.fixes][:2] == [("price_point",), ("budget",)]
    assert found(ltv_cac_low, strong()) == []


def test_an_objective_no_action_serves_gets_an_action_proposed() -> None:
    plan = weak()
    [finding] = found(objective_without_action, plan)
    assert finding.rule == "unserved:awareness"
    added = apply(finding, plan, "add")
    assert Tactic.SOCIAL in (added.mix.promotion.tactics or ())
    dropped = strong().model_copy(
        update={"actions": tuple(a.model_copy(update={"status": ActionStatus.DROPPED}) for a in strong().actions or ())}
    )
    assert {f.rule for f in found(objective_without_action, dropped)} == {"unserved:conquest", "unserved:loyalty"}
    assert found(objective_without_action, strong()) == []


def test_a_difference_without_proof_costs_a_little() -> None:
    assert [f.rule for f in found(no_proof, weak())] == ["no-proof"]
    assert found(no_proof, strong()) == []


def test_a_swot_side_with_one_item_is_thin() -> None:
    assert [f.rule for f in found(thin_swot, with_diagnosis(threats=("Hausse des prix",)))] == ["thin-swot"]
    assert found(thin_swot, strong()) == []


def test_every_part_still_to_complete_is_a_finding() -> None:
    assert {f.rule for f in found(missing_parts, Plan())} >= {"missing:profile", "missing:diagnosis", "missing:kpis"}
    assert found(missing_parts, strong()) == []


def test_the_strong_plan_scores_full_marks() -> None:
    result = score(strong(), FR, TODAY)
    assert (result.value, result.top) == (100, ())


def test_the_weak_plan_scores_low_and_its_top_three_changes_are_the_heaviest() -> None:
    result = score(weak(), FR, TODAY)
    assert result.value == 15
    assert [f.rule for f in result.top] == ["paid-without-budget", "fit:tactics", "premium-penetration"]
    assert [f.gain for f in result.top] == [
        "Financer les actions payantes ou les retirer",
        "Garder les leviers qui conviennent à votre activité",
        "Accorder le prix et le positionnement",
    ]


def test_every_finding_reads_in_english_too() -> None:
    assert all(f.text and f.gain and all(x.label for x in f.fixes) for f in score(weak(), EN, TODAY).findings)
