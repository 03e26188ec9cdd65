"""Business models are data: each file is whole in both languages, and people's own words land on the right one."""

from __future__ import annotations

import pytest

from domain.business import FAMILY_KPIS, business, names, recognise
from domain.models import Cadence, Tactic

NUMBERS = ("price_point", "purchases_per_year", "margin", "years_retained", "conversion_rate", "cac")
REQUIRED = (
    "local_food",
    "cafe",
    "shop",
    "ecommerce_brand",
    "ecommerce_reseller",
    "b2b_consultant",
    "b2b_agency",
    "personal_services",
    "trades",
    "b2b_saas",
    "consumer_app",
    "craft",
    "florist",
    "other",
)


def test_every_business_model_the_method_needs_is_offered() -> None:
    assert set(REQUIRED) <= set(names())


@pytest.mark.parametrize("name", REQUIRED)
def test_each_number_of_a_model_names_its_source_or_says_it_is_a_rule_of_thumb(name: str) -> None:
    model = business(name)
    optional = [k for k in ("win_rate", "trial_to_paid", "churn") if getattr(model, k) is not None]
    for texts in (model.fr, model.en):
        assert set(NUMBERS) | set(optional) <= set(texts.sources)
        assert all(texts.sources.values())


@pytest.mark.parametrize("name", REQUIRED)
def test_a_model_states_no_fact_about_the_business_and_says_why_its_months_matter(name: str) -> None:
    model = business(name)
    for texts in (model.fr, model.en):
        assert texts.proof == ""
        assert {int(m) for m in texts.months} <= set(model.key_months)
        assert texts.segments(model.market)
        assert len(texts.label) <= 28
        if model.capacity_per_year is not None:
            assert texts.capacity
            assert texts.capacity_unit


@pytest.mark.parametrize("name", REQUIRED)
def test_every_tactic_that_suits_a_model_has_its_own_actions_measured_by_its_own_kpis(name: str) -> None:
    model = business(name)
    assert not set(model.tactics) & set(model.unfit)
    for tactic in Tactic:
        if tactic in model.unfit:
            assert not model.of(tactic)
            continue
        needs = {a.needs for a in model.of(tactic)}
        assert needs & {None, "audience"} or {"site", "no_site"} <= needs, tactic
    assert all(a.kpi in FAMILY_KPIS[model.family] for a in model.actions)
    assert any(a.cadence is Cadence.SEASONAL for a in model.actions)
    assert all(2 <= len(a.fr.steps) == len(a.en.steps) <= 3 for a in model.actions)


@pytest.mark.parametrize(
    ("words", "model"),
    [
        ("boulangerie", "local_food"),
        ("Boulangerie-pâtisserie artisanale", "local_food"),
        ("boucherie charcuterie", "local_food"),
        ("prof de yoga", "personal_services"),
        ("coach sportif à domicile", "personal_services"),
        ("plombier chauffagiste", "trades"),
        ("electrician", "trades"),
        ("cabinet de conseil en supply chain", "b2b_consultant"),
        ("consultante RH indépendante", "b2b_consultant"),
        ("agence web", "b2b_agency"),
        ("restaurant italien", "cafe"),
        ("fleuriste", "florist"),
        ("céramiste", "craft"),
        ("logiciel de facturation pour PME", "b2b_saas"),
        ("appli mobile de méditation", "consumer_app"),
        ("marque de vêtements en ligne", "ecommerce_brand"),
        ("vendeur sur Amazon", "ecommerce_reseller"),
        ("boulngerie", "local_food"),
        ("scheduling software for restaurants", "b2b_saas"),
        ("logiciel de caisse pour boulangeries", "b2b_saas"),
        ("agence web pour restaurants", "b2b_agency"),
    ],
)
def test_peoples_own_words_land_on_the_right_model(words: str, model: str) -> None:
    assert recognise(words) == model


def test_words_that_name_no_model_are_not_recognised() -> None:
    assert recognise("zzz qwerty") is None
