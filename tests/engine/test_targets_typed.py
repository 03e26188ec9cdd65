"""An objective's target below what the business already has is no aim: said, and asked again."""

from __future__ import annotations

from dialogs.core.steps import StepId
from domain.models import ObjectiveKind
from tests.chat import Chat
from tests.engine.test_hedges import advance_to
from tests.scripts import COMPLETE_FR, EXPRESS_FR


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
