"""An objective's target below what the business already has is no aim: said, and asked again."""

from __future__ import annotations

from datetime import date

import pytest

from dialogs.answers import Context
from dialogs.core.steps import StepId
from dialogs.parsing.text import InvalidAnswer
from dialogs.phases.interview import FLOW
from domain.i18n import catalog
from domain.models import Facts, Language, ObjectiveKind, Plan
from tests.chat import Chat
from tests.engine.test_hedges import advance_to
from tests.scripts import COMPLETE_FR, EXPRESS_FR

TODAY = date(2026, 11, 30)


def test_a_repeat_rate_target_below_todays_is_refused_with_todays_rate(chat: Chat) -> None:
    advance_to(chat, "objective_target:1", COMPLETE_FR)  # the loyalty objective; 35 % come back today
    chat.send("1")
    assert chat.errors() == ["Vous en êtes déjà à 35 % : visez plus haut que ce que vous avez aujourd'hui."]
    assert chat.question.key == "objective_target:1"
    chat.send("45")
    assert chat.question.key != "objective_target:1"


def test_new_customers_said_as_a_growth_aim_at_the_difference_and_say_so(chat: Chat) -> None:
    chat.answer_until(StepId.MAIN_OBJECTIVE, EXPRESS_FR)
    chat.answer("15 mariages de plus (passer de 25 à 40)")
    objective = chat.session.plan.objective(ObjectiveKind.CONQUEST)
    assert objective is not None
    assert objective.target == 15
    assert "J'ai compris 15 de plus : de 25 à 40." in chat.last_text()


def test_a_range_of_new_customers_is_still_a_range_not_a_growth(chat: Chat) -> None:
    chat.answer_until(StepId.MAIN_OBJECTIVE, EXPRESS_FR)
    chat.answer("de 20 à 30")
    objective = chat.session.plan.objective(ObjectiveKind.CONQUEST)
    assert objective is not None
    assert objective.target == 25


@pytest.mark.parametrize(("typed", "new"), [("150 au total", 110), ("passer à 150 cabinets au total", 110)])
def test_a_total_to_reach_counts_the_customers_of_today_out(typed: str, new: int) -> None:
    field = FLOW.steps[StepId.MAIN_OBJECTIVE].field
    ctx = Context(Plan(facts=Facts(customers=40)), None, catalog(Language.FR), TODAY)
    assert field.parse(typed, ctx) == new
    assert ctx.notes == [f"J'ai compris {new} de plus : de 40 à 150."]


def test_a_total_below_todays_customers_is_refused_with_todays_number() -> None:
    field = FLOW.steps[StepId.MAIN_OBJECTIVE].field
    ctx = Context(Plan(facts=Facts(customers=40)), None, catalog(Language.FR), TODAY)
    with pytest.raises(InvalidAnswer) as refused:
        field.parse("30 au total", ctx)
    assert refused.value.key == "error-total-below"
