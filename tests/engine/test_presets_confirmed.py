"""A plan resting on the sector's values is a draft: the score says so, and confirming them is a tap away."""

from __future__ import annotations

from dialogs.core.steps import StepId
from domain.score import ASSUMED
from domain.screen_state import ScreenKind
from tests.engine.test_edit_flows import finished_chat
from tests.scripts import COMPLETE_FR, EXPRESS_FR


def test_an_express_plan_scores_as_a_draft_until_the_values_it_rests_on_are_confirmed() -> None:
    chat = finished_chat(EXPRESS_FR)
    assumed = [step for step in ASSUMED if step.value in chat.session.defaults]
    assert len(assumed) >= 2, "express leaves the margin, the hours, the segments... to the sector's values"
    text = chat.last_text()
    assert "Score du plan : 87/100" in text
    assert "1. Confirmer les valeurs types de votre secteur (+10)" in text
    chat.tap("Confirmer ces réponses")
    asked = []
    while chat.question.key != ScreenKind.SCORE.value:
        asked.append(StepId(chat.question.key))
        assert chat.question.current is not None, "each shown with the value to keep"
        chat.send("/skip")
    assert sorted(asked) == sorted(assumed), "asked in the interview's order"
    assert not {step.value for step in assumed} & chat.session.defaults, "kept: the user's own now"
    assert "Score du plan : 97/100" in chat.last_text()


def test_a_complete_plan_of_the_users_own_answers_is_no_draft() -> None:
    chat = finished_chat(COMPLETE_FR)
    assert "Confirmer les valeurs types" not in chat.last_text()
