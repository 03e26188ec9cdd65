"""Bad input at every kind of step: a clear message, the same question again, and nothing saved lost."""

from __future__ import annotations

import pytest

from dialogs.core.steps import StepId
from tests.chat import Chat
from tests.scripts import COMPLETE_FR

EVERYWHERE = ["", "   ", "x" * 5000, "🚀🔥✨"]
"""(Non-answers such as "???" or "jsp" are explained rather than refused: see tests/test_hedges.py.)"""

CASES: dict[str, list[str]] = {
    "sector": ["15", "0", "3 000 €", "!!!"],
    "strengths": ["42", "42, 17", "a" * 200],
    "budget": ["beaucoup", "-300", "juin 2027", "quelques centaines"],
    "competitor_price:0": ["7", "0", "3.5", "beaucoup", "-2"],
    "objective_kinds": ["1,9", "banane", "4"],
    "objective_target:0": ["20 30 40", "0", "12.5"],
    "objective_deadline:0": [
        "31/02/2027",
        "30/13/2027",
        "12/03/2020",
        "hier",
        "2099",
        "demain peut-être pas",
    ],
    "target": ["9", "banane", "Touristes"],
    "offer": ["1234"],
    "margin": ["150 %", "beaucoup"],
    "channels": ["0", "1,12"],
    "split": ["50, 60, 20", "50", "abc", "SEO 50, emailing 50"],
}


def advance_to(chat: Chat, key: str) -> None:
    for line in COMPLETE_FR:
        if chat.question.key == key:
            return
        chat.answer(line)
    raise AssertionError(f"never asked {key}")


@pytest.mark.parametrize(("key", "answer"), [(k, a) for k, bad in CASES.items() for a in [*bad, *EVERYWHERE]])
def test_bad_input_gets_a_clear_message_and_the_same_question_again(chat: Chat, key: str, answer: str) -> None:
    advance_to(chat, key)
    before = chat.session
    chat.send(answer)
    errors = chat.errors()
    assert len(errors) == 1, chat.last_text()
    assert 10 < len(errors[0]) < 200
    assert chat.question.key == key
    after = chat.session
    assert after.plan == before.plan, "nothing saved is lost or changed"
    assert after.skipped == before.skipped


def test_a_refused_answer_can_be_given_again_correctly(chat: Chat) -> None:
    advance_to(chat, "budget")
    chat.send("beaucoup")
    assert chat.errors() == ["J'attends un nombre ici, par exemple 1 500 ou 2k."]
    chat.answer("1.500,50")
    assert chat.session.plan.diagnosis.budget == 1500.5


def test_an_impossible_date_names_the_date(chat: Chat) -> None:
    advance_to(chat, "objective_deadline:0")
    chat.send("31/02/2027")
    assert chat.errors() == ["La date 31/02/2027 n'existe pas. Vérifiez le jour et le mois."]


def test_a_past_date_is_refused_with_the_date_in_words(chat: Chat) -> None:
    advance_to(chat, "objective_deadline:0")
    chat.send("12/03/2020")
    assert chat.errors() == ["Le 12 mars 2020 est déjà passé : choisissez une échéance à venir."]


def test_a_very_long_answer_says_how_long_it_was(chat: Chat) -> None:
    advance_to(chat, "offer")
    chat.send("x" * 5000)
    assert chat.errors() == [
        "C'est un peu long (5\u202f000 caractères) : 300 au maximum, s'il vous plaît. L'essentiel suffit."
    ]


def test_emoji_within_words_are_welcome(chat: Chat) -> None:
    advance_to(chat, "offer")
    chat.answer("Cafés ☕ et gâteaux 🍰 faits maison")
    assert chat.session.plan.mix.product.offer == "Cafés ☕ et gâteaux 🍰 faits maison"


def test_a_question_whose_model_has_no_suggestion_offers_no_empty_option(chat: Chat) -> None:
    chat.answer_until(StepId.PROOF, COMPLETE_FR)
    assert chat.question.key == "proof"
    assert all(o.label.strip() for o in chat.question.options), "the model states no proof: none is suggested"
