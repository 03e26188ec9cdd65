"""The adviser in a conversation: coaching right after an answer, suggestions tapped, the score and its fixes."""

from __future__ import annotations

from pathlib import Path

import pytest

from dialogs.core.steps import StepId
from domain.models import ActionStatus, BudgetShare, Tactic
from domain.screen_state import ScreenKind
from tests.chat import Chat
from tests.conftest import TelegramBed
from tests.console import chat as console_chat
from tests.scripts import COMPLETE_EN, COMPLETE_FR, EXPRESS_FR, until, until_step


def test_an_external_weakness_is_pointed_out_once_the_threats_are_in_and_moved_in_one_choice(chat: Chat) -> None:
    lines = until_step(COMPLETE_FR, StepId.COMPETITORS)  # up to the threats
    lines[lines.index("Petite salle, peu connu")] = "Petite salle, concurrent moins cher"
    chat.answer(*lines)
    assert chat.question.key == "coach"
    assert chat.question.text.startswith("« Concurrent moins cher » décrit votre environnement")
    chat.tap("Le classer en menace")
    diagnosis = chat.session.plan.diagnosis
    assert diagnosis.weaknesses == ("Petite salle",)
    assert diagnosis.threats == ("Chaîne de cafés à proximité", "Hausse des prix", "Concurrent moins cher")
    assert chat.question.key == "competitors", "then the interview carries on"


def test_a_vague_difference_is_coached_once_and_asked_again(chat: Chat) -> None:
    chat.answer(*until(COMPLETE_FR, "tout est fait maison avec des produits locaux"), "meilleure qualité")
    assert chat.question.key == "coach"
    assert "Qu'est-ce que vous faites, concrètement, que « Starbucks » ne fait pas ?" in chat.question.text
    chat.tap("Préciser ma différence")
    assert "C'est corrigé" not in chat.last_text(), "nothing is fixed yet: the question is simply asked again"
    assert chat.question.key == "difference"
    assert chat.question.current == "meilleure qualité"
    chat.answer("des moins chers")  # vague again: not asked a second time
    assert chat.question.key == "proof"


def test_skipping_an_objectives_number_brings_a_smart_rewrite_to_accept(chat: Chat) -> None:
    chat.answer(*until(COMPLETE_FR, "50"), "/skip", "juin 2027")
    assert chat.question.key == "coach"
    assert "n'est pas SMART" in chat.question.text
    chat.tap("Accepter cette version")
    conquest = (chat.session.plan.objectives or ())[0]
    assert (conquest.target, str(conquest.deadline)) == (429, "2027-06-30")  # 3 000 € at a café's usual 7 € each
    assert chat.question.key == "objective_metric:1"


def test_the_score_comes_with_the_summary_and_a_change_is_made_by_tapping_it(chat: Chat) -> None:
    decisions = chat.answer_until(StepId.ACTION_DECISION, COMPLETE_FR)  # the actions, one by one
    for line in decisions:  # the prepaid card goes too: no action left for loyalty
        chat.answer("Retirer" if "carnet prépayé" in chat.question.text else line)
    chat.answer("2")
    assert chat.question.key == "score"
    assert chat.question.text.startswith("Score du plan : 92/100")
    assert "1. Prévoir une action pour l'objectif Fidélisation (+8)" in chat.question.text
    chat.tap("➕ Programme de fidélité")
    loyalty = next(a for a in chat.session.plan.actions or () if a.tactic is Tactic.LOYALTY_PROGRAMME)
    assert loyalty.status is ActionStatus.PLANNED
    assert "Score du plan : 100/100" in chat.last_text()


def test_plan_mid_interview_shows_the_score_and_asks_the_question_again(chat: Chat) -> None:
    chat.answer(*until(COMPLETE_FR, "cuisine, accueil"))
    chat.send("/plan")
    assert "Score du plan :" in chat.last_text()
    assert "Compléter « Objectifs SMART »" in chat.last_text()
    assert chat.question.key == "skills"


def test_suggestions_are_fitted_to_the_sector_and_to_earlier_answers(chat: Chat) -> None:
    chat.answer(*until(COMPLETE_FR, "offre une pause de qualité dans un lieu chaleureux"))
    assert [o.label for o in chat.question.options][:2] == ["offre produits faits maison", "offre accueil chaleureux"]
    chat.answer("1")
    assert chat.session.plan.positioning.benefit == "offre produits faits maison"
    other = Chat(chat.conversation, user_id=5)
    other.send("/start")
    other.answer(*until(COMPLETE_FR, "3 000 €"))
    assert [o.label.replace("\u202f", " ").replace("\xa0", " ") for o in other.question.options] == ["2 000 €"]


def test_the_sector_s_usual_tactics_are_marked_as_advised(chat: Chat) -> None:
    chat.answer(*until(COMPLETE_FR, "1,6,8"))
    advised = [o.label for o in chat.question.options if o.label.endswith("★")]
    assert advised == [
        "Réseaux sociaux ★",
        "Événements et ateliers ★",
        "Programme de fidélité ★",
        "Présence locale ★",
    ]


def test_in_the_console_a_suggestion_is_taken_by_its_number(tmp_path: Path) -> None:
    lines = list(COMPLETE_FR)
    lines[lines.index("Produits faits maison, accueil chaleureux, emplacement passant")] = "1,2,3"
    lines[lines.index("Chaîne de cafés à proximité, hausse des prix")] = "2,3"
    lines[lines.index("offre une pause de qualité dans un lieu chaleureux")] = "3"
    out = console_chat(tmp_path / "p.db", lines)
    assert "  Suggestions : 2 000 €" in out
    assert "• Cuisine faite sur place\n• Accueil chaleureux\n• Emplacement ou terrasse" in out
    assert "• Hausse des matières premières et de l'énergie\n• Avis négatifs en ligne" in out
    assert (
        "Café Lumière est un établissement de restauration indépendant "
        "qui offre un bon moment, bien servi, dans un lieu qui reconnaît ses habitués" in out
    ), "the café's own suggestion"


async def test_on_telegram_a_suggestion_is_accepted_by_tapping_it(telegram: TelegramBed) -> None:
    chat = telegram.user()
    await chat.send("/start")
    await chat.answer(*until_step(COMPLETE_FR, StepId.BUDGET))
    await chat.tap("2")  # the button of the café's rule-of-thumb budget, 2 000 €
    assert telegram.services.conversation.session(chat.user_id).plan.diagnosis.budget == 2000
    await chat.answer(*until_step(COMPLETE_FR, StepId.BENEFIT, after=StepId.BUDGET))
    assert "\n2. offre accueil chaleureux\n" in chat.texts()[-1], "listed: one suggestion is too long for a button"
    await chat.tap("2")
    plan = telegram.services.conversation.session(chat.user_id).plan
    assert plan.positioning.benefit == "offre accueil chaleureux"


def test_a_tactic_added_from_the_score_keeps_the_budget_split_and_asks_it_again(chat_en: Chat) -> None:
    lines = list(COMPLETE_EN)
    lines[lines.index("2,4,9")] = "4,9"  # emailing and partnerships: nothing left for the awareness objective
    chat_en.answer(*lines, "2")
    assert chat_en.question.key == "score"
    shares = chat_en.session.plan.mix.promotion.split
    chat_en.tap("➕ Social media")
    assert chat_en.question.key == "split", "the budget is shared again, not silently"
    assert "Social media 0%" in (chat_en.question.current or "")
    assert chat_en.session.plan.mix.promotion.split == (*(shares or ()), BudgetShare(tactic=Tactic.SOCIAL, percent=0))
    chat_en.answer("50, 30, 20")
    assert chat_en.question.key == "actions", "then the action plan, with an action for the new tactic"
    assert "Social media: 20% of the budget (€2,400)" in chat_en.last_text()


@pytest.mark.parametrize(("typed", "chosen"), [("¹", 0), ("٢", 1), ("²", 1)])
def test_an_option_number_typed_in_another_form_is_read_as_that_number(chat: Chat, typed: str, chosen: int) -> None:
    chat.answer_until(StepId.TARGET, COMPLETE_FR)
    assert chat.question.key == "target"
    label = chat.question.options[chosen].label
    chat.send(typed)
    assert not chat.errors()
    assert label.startswith(chat.session.plan.target or "nothing chosen")


def test_the_coachs_question_answered_in_words_is_the_new_answer(chat: Chat) -> None:
    chat.answer_until(StepId.DIFFERENCE, EXPRESS_FR)
    chat.send("ok")
    assert chat.question.key == ScreenKind.COACH.value, "a difference everyone claims is questioned"
    chat.send("tout est tourné à la main dans mon atelier, pièce par pièce")
    assert chat.session.plan.positioning.difference == "tout est tourné à la main dans mon atelier, pièce par pièce"
    assert chat.question.key != ScreenKind.COACH.value
    assert not chat.errors()
