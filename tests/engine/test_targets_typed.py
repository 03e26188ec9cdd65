"""An objective's target below what the business already has is no aim: said, and asked again."""

from __future__ import annotations

from tests.chat import Chat
from tests.engine.test_hedges import advance_to
from tests.scripts import COMPLETE_FR


def test_a_repeat_rate_target_below_todays_is_refused_with_todays_rate(chat: Chat) -> None:
    advance_to(chat, "objective_target:1", COMPLETE_FR)  # the loyalty objective; 35 % come back today
    chat.send("1")
    assert chat.errors() == ["Vous en êtes déjà à 35 % : visez plus haut que ce que vous avez aujourd'hui."]
    assert chat.question.key == "objective_target:1"
    chat.send("45")
    assert chat.question.key != "objective_target:1"
