"""The network a plan starts from: the customers who recommend, or the people the user knows, named as such."""

from __future__ import annotations

from domain.action_plan import propose
from domain.action_plan.personal import network_start
from domain.models import Diagnosis, Language, Tactic
from tests.unit.test_kpi_model import START, plan


def test_word_of_mouth_starts_referrals_with_the_customers_who_recommend_and_no_partnership() -> None:
    start = network_start("Bouche-à-oreille", Tactic.REFERRAL, Language.FR)
    assert (
        start
        == "Commencer par les clients qui vous recommandent déjà (« Bouche-à-oreille ») : leur demander un nom chacun"
    )
    assert network_start("Bouche-à-oreille", Tactic.PARTNERSHIPS, Language.FR) is None
    assert network_start("word of mouth", Tactic.PARTNERSHIPS, Language.EN) is None


def test_a_network_of_people_starts_partnerships_and_referrals_by_name() -> None:
    network = "réseau d'experts-comptables"
    for tactic in (Tactic.PARTNERSHIPS, Tactic.REFERRAL):
        assert network_start(network, tactic, Language.FR) == (
            "Commencer par votre réseau (« réseau d'experts-comptables ») : les personnes que vous connaissez déjà"
        )


def test_a_plumbers_plan_never_tells_him_to_start_from_a_network_called_word_of_mouth() -> None:
    plumber = plan(
        "trades",
        budget=2000,
        customers=40,
        price=350,
        purchases=1.2,
        margin=55,
        tactics=(Tactic.REFERRAL, Tactic.PARTNERSHIPS),
        split=(50, 50),
    )
    plumber = plumber.model_copy(update={"diagnosis": Diagnosis(budget=2000, strengths=("Bouche-à-oreille",))})
    actions = propose(plumber, Language.FR, START, accepted=True)
    steps = [step for action in actions for step in action.steps]
    assert not any(step.startswith("Commencer par votre réseau") for step in steps)
    assert sum(step.startswith("Commencer par les clients qui vous recommandent") for step in steps) == 1
    assert not any("(plombier, électricien" in action.title for action in actions)
