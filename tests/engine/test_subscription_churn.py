"""A subscription business is asked its monthly churn, not the share of customers who come back, and the plan reads it.

3 % of subscribers cancelling a month keeps 69 % of them over a year: the retention objective and its KPIs count
from there, the MRR and the CLV lose 3 % a month, and a retention target of 85 % asks for a churn of 1.3 % a month.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogs.core.steps import StepId
from domain.churn import kept_a_year, monthly_churn
from domain.documents.document import Pairs
from domain.documents.kpi_table import kpi_basis
from domain.documents.situation_sections import profile_section
from domain.i18n import catalog
from domain.kpis import numbers, suggest
from domain.models import KpiId, Language, Metric, Objective, ObjectiveKind, Plan
from tests.chat import Chat

SAAS = ["KinéPlan", "2", "10", "2", "2", "France", "40"]
"""A B2B SaaS in the complete interview, up to its subscribers today (40)."""
TODAY = date(2026, 11, 30)


def test_a_saas_is_asked_how_many_subscribers_cancel_a_month_and_the_share_kept_a_year_is_kept(chat: Chat) -> None:
    chat.answer(*SAAS)
    assert chat.question.key == StepId.CHURN.value
    assert "résilie chaque mois" in chat.question.text
    chat.answer("3 % par mois")
    kept = chat.session.plan.facts.returning
    assert kept == pytest.approx(kept_a_year(3), abs=0.1)
    assert kept == pytest.approx(69.4, abs=0.1)
    n = numbers(chat.session.plan, TODAY)
    assert n.churn == pytest.approx(3, abs=0.01), "read back as the monthly churn typed"


def test_going_back_shows_the_churn_typed_not_the_share_kept(chat: Chat) -> None:
    chat.answer(*SAAS, "3")
    chat.send("/back")
    assert chat.question.key == StepId.CHURN.value
    assert chat.question.current == "3 %"


def test_a_shop_is_still_asked_the_share_of_customers_who_come_back(chat: Chat) -> None:
    chat.answer("Atelier", "2", "3", "1", "2", "Lyon", "1", "800")
    assert chat.question.key == StepId.RETURNING.value


def test_a_retention_target_asks_for_the_churn_it_takes_and_the_mrr_loses_the_churn_typed(chat: Chat) -> None:
    chat.answer(*SAAS, "3")
    plan = chat.session.plan  # a retention objective of 85 % a year, as the objectives phase stores it
    kept = Objective(kind=ObjectiveKind.LOYALTY, metric=Metric.RETENTION_RATE, target=85, deadline=date(2027, 11, 30))
    plan = plan.model_copy(update={"objectives": (*(plan.objectives or ()), kept), "started": TODAY})
    found = {k.id: k for k in suggest(plan, TODAY)}
    churn = found[KpiId.CHURN]
    assert churn.target is not None
    assert churn.target.value == pytest.approx(round(monthly_churn(85), 1))
    assert churn.target.value == pytest.approx(1.3)
    text = kpi_basis(churn, catalog(Language.FR)).replace("\u202f", " ").replace("\xa0", " ")
    assert text.startswith("3 % par mois aujourd'hui ; garder 85 % des abonnés sur un an")
    retention = found[KpiId.RETENTION_RATE]
    assert "69,4 %" in kpi_basis(retention, catalog(Language.FR)).replace("\u202f", " ").replace("\xa0", " ")


def test_churn_is_the_retention_objectives_kpi_only_once_there_is_one(chat: Chat) -> None:
    chat.answer(*SAAS, "3")
    plan = chat.session.plan.model_copy(update={"started": TODAY})
    conquest = Objective(kind=ObjectiveKind.CONQUEST, metric=Metric.NEW_CUSTOMERS, target=110)
    alone = [
        k.serves for k in suggest(plan.model_copy(update={"objectives": (conquest,)}), TODAY) if k.id is KpiId.CHURN
    ]
    assert alone == [ObjectiveKind.CONQUEST], "without a retention objective, winning subscribers watches churn"
    kept = Objective(kind=ObjectiveKind.LOYALTY, metric=Metric.RETENTION_RATE, target=85)
    both = plan.model_copy(update={"objectives": (conquest, kept)})
    assert [k.serves for k in suggest(both, TODAY) if k.id is KpiId.CHURN] == [ObjectiveKind.LOYALTY]


def test_the_profile_shows_todays_subscribers_and_their_churn_with_the_share_kept(chat: Chat) -> None:
    chat.answer(*SAAS, "3")
    rows = dict(profile_pairs(chat.session.plan))
    assert rows["Clients aujourd'hui"] == "40"
    assert rows["Résiliations par mois"].replace("\u202f", " ").replace("\xa0", " ") == (
        "3 % par mois (69,4 % des abonnés gardés sur un an)"
    )


def profile_pairs(plan: Plan) -> list[tuple[str, str]]:
    """The label and value rows of the plan's profile section, in French."""
    section = profile_section(plan, catalog(Language.FR), TODAY)
    pairs = section.blocks[0]
    assert isinstance(pairs, Pairs)
    return list(pairs.items)
