"""The score measures fit: each fault of fit costs points and caps the score at 70; a fitted plan scores 90+."""

from __future__ import annotations

from datetime import date

from domain.action_plan import propose
from domain.fit import (
    CAP,
    capacity_breach,
    foreign_kpis,
    short_span,
    site_work_without_site,
    unconfirmed_claims,
    unfit_tactics,
    unsound_targets,
    workload,
)
from domain.i18n import catalog
from domain.models import Action, ActionStatus, Facts, KpiId, Language, ObjectiveKind, Plan, Tactic, Website
from domain.score import score
from domain.vocabulary import StepId
from tests.plans import strong

FR, EN = catalog(Language.FR), catalog(Language.EN)
TODAY = date(2026, 11, 22)


def consultant() -> Plan:
    """A solo B2B consultant's plan, fitted: the model's own tactics and actions, a capacity it respects."""
    plan = strong()
    plan = plan.model_copy(
        update={
            "profile": plan.profile.model_copy(
                update={"name": "Conseil Flux", "model": "b2b_consultant", "sector": None, "market": None}
            ),
            "facts": Facts(capacity=150),
            "objectives": (plan.objectives or ())[:1],
            "mix": plan.mix.model_copy(
                update={
                    "price": plan.mix.price.model_copy(update={"point": 6000, "purchases_per_year": 1.5, "margin": 85}),
                    "promotion": plan.mix.promotion.model_copy(
                        update={"tactics": (Tactic.CONTENT, Tactic.REFERRAL, Tactic.OUTREACH), "split": None}
                    ),
                }
            ),
            "started": TODAY,
        }
    )
    objective = plan.objectives[0].model_copy(update={"target": 6.0, "deadline": date(2027, 11, 30)})  # type: ignore[index]
    plan = plan.model_copy(update={"objectives": (objective,)})
    return plan.model_copy(update={"actions": propose(plan, Language.FR, TODAY, accepted=True)})


def rules(plan: Plan) -> set[str]:
    return {f.rule for f in score(plan, FR, TODAY).findings}


def test_a_fitted_plan_scores_at_least_90() -> None:
    result = score(consultant(), FR, TODAY)
    assert result.value >= 90, [f.rule for f in result.findings]
    assert not any(f.rule.startswith("fit:") for f in result.findings)


def test_a_tactic_foreign_to_the_business_costs_points_and_caps_the_score() -> None:
    plan = consultant()
    promotion = plan.mix.promotion.model_copy(
        update={"tactics": (*(plan.mix.promotion.tactics or ()), Tactic.PROMOTIONS)}
    )
    unfit = plan.model_copy(update={"mix": plan.mix.model_copy(update={"promotion": promotion})})
    found = list(unfit_tactics(unfit, FR, TODAY))
    assert [f.rule for f in found] == ["fit:tactics"]
    assert "Promotions" in found[0].text
    fixed = found[0].fixes[0].change(unfit)  # type: ignore[misc]
    assert Tactic.PROMOTIONS not in (fixed.mix.promotion.tactics or ())
    assert score(unfit, FR, TODAY).value <= CAP


def test_a_kpi_of_another_way_of_selling_costs_points() -> None:
    plan = consultant()
    till = Action(
        id=99,
        tactic=Tactic.CONTENT,
        title="Compter les passages",
        due=date(2027, 3, 10),
        kpi=KpiId.TICKETS,
        status=ActionStatus.PLANNED,
    )
    foreign = plan.model_copy(update={"actions": (*(plan.actions or ()), till)})
    assert [f.rule for f in foreign_kpis(foreign, FR, TODAY)] == ["fit:kpis"]
    assert score(foreign, FR, TODAY).value <= CAP
    assert list(foreign_kpis(plan, FR, TODAY)) == []


def test_work_on_a_site_the_business_does_not_have_costs_points() -> None:
    bakery = strong().model_copy(update={"facts": Facts(website=Website.NO)})
    seo = Action(
        id=9,
        tactic=Tactic.SEO,
        title="Optimiser le site pour les 10 recherches clés de « Actifs »",
        due=date(2027, 2, 10),
        status=ActionStatus.PLANNED,
    )
    with_seo = bakery.model_copy(update={"actions": (*(bakery.actions or ()), seo)})
    assert [f.rule for f in site_work_without_site(with_seo, FR, TODAY)] == ["fit:site"]
    assert list(site_work_without_site(bakery, FR, TODAY)) == []
    assert score(with_seo, FR, TODAY).value <= CAP


def test_a_breach_many_times_the_capacity_first_points_at_the_purchases_a_year() -> None:
    plan = consultant()
    price = plan.mix.price.model_copy(update={"purchases_per_year": 12.0})  # "la maintenance, c'est tous les mois"
    plan = plan.model_copy(update={"mix": plan.mix.model_copy(update={"price": price})})
    found = list(capacity_breach(plan, FR, TODAY))
    assert [f.rule for f in found] == ["fit:capacity"]  # 6 clients × 12 missions × 10 days = 720 days for 150
    assert "vérifiez d'abord le nombre d'achats par client et par an (12)" in found[0].text
    first = found[0].fixes[0]
    assert first.review == (StepId.PURCHASES,)
    assert first.change is None, "the objective is not cut before the doubtful number is checked"


def test_a_breach_within_a_few_times_the_capacity_keeps_lowering_the_objective_first() -> None:
    plan = consultant().model_copy(update={"facts": Facts(capacity=60)})
    assert capacity_breach(plan, FR, TODAY).__next__().fixes[0].id == "lower"


def test_a_capacity_breach_is_flagged_with_the_objective_that_fits() -> None:
    plan = consultant().model_copy(update={"facts": Facts(capacity=60)})
    found = list(capacity_breach(plan, FR, TODAY))
    assert [f.rule for f in found] == ["fit:capacity"]  # 6 clients × 1.5 missions × 10 days = 90 days for 60
    assert "90" in found[0].text
    assert "60" in found[0].text
    lowered = found[0].fixes[0].change(plan)  # type: ignore[misc]
    assert lowered.objective(ObjectiveKind.CONQUEST).target == 4  # type: ignore[union-attr]
    assert list(capacity_breach(lowered, FR, TODAY)) == []
    assert score(plan, FR, TODAY).value <= CAP


def test_an_absurd_target_costs_points() -> None:
    plan = consultant()
    absurd = plan.model_copy(update={"diagnosis": plan.diagnosis.model_copy(update={"budget": 100.0})})
    assert [f.rule for f in unsound_targets(absurd, FR, TODAY)] == ["fit:targets"]
    assert list(unsound_targets(plan, FR, TODAY)) == []


def test_a_proof_written_by_presets_is_an_unconfirmed_claim() -> None:
    plan = consultant()
    preset_proof = "Références clients, études de cas, recommandations"
    claimed = plan.model_copy(update={"positioning": plan.positioning.model_copy(update={"proof": preset_proof})})
    assert [f.rule for f in unconfirmed_claims(claimed, FR, TODAY)] == ["fit:claim"]
    assert score(claimed, FR, TODAY).value <= CAP
    assert list(unconfirmed_claims(plan, FR, TODAY)) == []


def test_a_plan_whose_actions_stop_after_two_months_is_not_annual() -> None:
    plan = consultant()
    early = tuple(
        a.model_copy(update={"cadence": "once", "until": None, "due": date(2026, 12, 10)}) for a in plan.actions or ()
    )
    short = plan.model_copy(update={"actions": early})
    assert [f.rule for f in short_span(short, FR, TODAY)] == ["fit:span"]
    assert score(short, FR, TODAY).value <= CAP
    assert list(short_span(plan, FR, TODAY)) == []


def test_every_fault_reads_in_english_too() -> None:
    plan = consultant().model_copy(update={"facts": Facts(capacity=10)})
    found = score(plan, EN, TODAY).findings
    assert any(f.rule == "fit:capacity" for f in found)
    assert all(f.text and f.gain and all(x.label for x in f.fixes) for f in found)


def test_more_routines_than_the_hours_available_is_pointed_out() -> None:
    plan = consultant()
    busy = plan.model_copy(update={"diagnosis": plan.diagnosis.model_copy(update={"hours_per_week": 1.0})})
    [finding] = list(workload(busy, FR, TODAY))
    assert "1 h disponibles" in finding.text
    assert [f.id for f in finding.fixes] == ["review", "hours", "keep"]
    roomy = plan.model_copy(update={"diagnosis": plan.diagnosis.model_copy(update={"hours_per_week": 40.0})})
    assert list(workload(roomy, FR, TODAY)) == []
