"""Edits that finish what they open: new questions asked in order, then back; every card's button takes an answer."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from dialogs.answers import Deadline, Number, Rating, TextList
from dialogs.assembly import ENGINE
from dialogs.conversation import Conversation
from dialogs.core.replies import DONE, Accepted, Command, Event, Notice, Question, Reply, Said, Tapped
from dialogs.phases.interview import FLOW
from dialogs.screens.adviser import apply, carry_on, usable
from domain.advice import Fix
from domain.i18n import catalog
from domain.models import Language, Metric, ObjectiveKind
from domain.screen_state import ScreenKind
from domain.session import Session
from domain.storage import Store
from tests.chat import NOW, Chat, Clock
from tests.console import chat as console_chat
from tests.scripts import COMPLETE_EN, COMPLETE_FR, EXPRESS_EN, EXPRESS_FR

FINISHED_ALREADY = catalog(Language.FR)("finished-already")
SCRIPTS = {"express-fr": EXPRESS_FR, "complete-fr": COMPLETE_FR, "express-en": EXPRESS_EN, "complete-en": COMPLETE_EN}


def finished_chat(script: list[str], lang: Language = Language.FR) -> Chat:
    """A chat whose interview is over, reminders declined: the score card is on show."""
    chat = Chat(Conversation(Store(), Clock()), lang=lang)
    chat.send("/start")
    chat.answer(*script)
    if chat.session.screen is not None and chat.session.screen.kind is ScreenKind.OPT_IN:
        chat.answer("2")
    return chat


def review_number(script: list[str], key: str) -> str:
    """The number the console shows, on ``/edit``, for the answer to a question."""
    chat = finished_chat(script)
    chat.send("/edit")
    return str([o.id for o in chat.question.options].index(key) + 1)


def after(text: str, marker: str) -> str:
    """What was printed after the last ``marker``."""
    return text[text.rindex(marker) :]


# The two flows of the issue, in the console ---------------------------------------------------------------


def test_an_objective_added_from_edit_in_the_console_is_asked_its_metric_target_and_deadline(tmp_path: Path) -> None:
    edit = review_number(EXPRESS_FR, "objective_kinds")
    out = console_chat(tmp_path / "p.db", [*EXPRESS_FR, "2", "/edit", edit, "1,2", "1", "35 %", "30/06/2027", "/plan"])
    added = after(out, "> 1,2")
    assert "3 questions pour compléter « Fidélisation »." in added
    asked = ["Fidélisation : que voulez-vous mesurer ?", "Fidélisation : quel chiffre visez-vous", "pour quand ?"]
    places = [added.index(question) for question in asked]
    assert places == sorted(places), "the metric, then the number, then the deadline"
    assert "Réponse actuelle : Taux de réachat" in added, "express's proposal is shown, to keep or change"
    assert "C'est noté, votre plan est à jour." in after(out, "> 30/06/2027")
    assert FINISHED_ALREADY not in added
    plan = after(out, "> /plan")
    assert "Fidélisation : atteindre un taux de réachat de 35 % d'ici le 30 juin 2027." in plan
    assert "atteindre Taux de réachat" not in plan


def test_the_buttons_of_the_coaching_and_score_cards_in_the_console_take_the_next_typed_answer(tmp_path: Path) -> None:
    edit = review_number(EXPRESS_FR, "objective_kinds")
    lines = [*EXPRESS_FR, "2", "2", "Plus de 200 pièces vendues depuis 2019"]  # the score card: "Ajouter une preuve"
    lines += ["/edit", edit, "1,2", "/skip", "/skip", "/skip", "2", "40 %", "/plan"]  # "Le préciser moi-même"
    out = console_chat(tmp_path / "p.db", lines)
    before = out[: out.index("> Plus de 200")]
    assert "Quelle preuve pouvez-vous en donner ?" in before[before.rindex("> 2\n") :]
    assert "Score du plan : 90/100" in after(out, "> Plus de 200 pièces"), "the sector's values left to confirm"
    coach = after(out, "> /skip")
    assert "L'objectif Fidélisation n'est pas SMART" in coach
    assert "2. Le préciser moi-même" in coach
    precise = after(out, "> 2\n")
    assert "Fidélisation : quel chiffre visez-vous en « Taux de réachat » ?" in precise[: precise.index("> 40 %")]
    assert "C'est noté, votre plan est à jour." in after(out, "> 40 %")
    assert FINISHED_ALREADY not in out
    assert "Fidélisation : atteindre un taux de réachat de 40 % d'ici le 30 novembre 2027." in after(out, "> /plan")


# Every button that opens a question: the next typed answer is taken -------------------------------------------


@cache
def finished(name: str) -> Session:
    """A finished plan of a script, reminders declined (computed once: sessions are immutable)."""
    script = SCRIPTS[name]
    lang = Language.EN if name.endswith("-en") else Language.FR
    session, _ = step(Session(user_id=1, lang=lang), Command("start"))
    for line in script:
        session, _ = step(session, Command(line[1:]) if line.startswith("/") else Said(line))
    if session.screen is not None and session.screen.kind is ScreenKind.OPT_IN:
        session, _ = step(session, Said("2"))
    assert session.finished_at is not None, f"the {name} script does not reach the end of the interview"
    return session


def step(session: Session, event: Event) -> tuple[Session, list[Reply]]:
    outcome = ENGINE.handle(session, event, NOW)
    return outcome.session, list(outcome.replies)


PLAIN: tuple[tuple[type, str], ...] = ((Number, "30"), (Rating, "4"), (Deadline, "30/06/2027"))


def typed(question: Question) -> str:
    """An answer a user would type to a question: an option's number, a plain value, or its current answer."""
    ref = FLOW.ref(question.key)
    assert ref is not None, question.key
    field = ref.step.field
    if question.options and question.numbered and not isinstance(field, TextList):
        return "1"
    if question.options and isinstance(field, Number):  # the value the bot suggests, computed from the plan
        return question.options[0].label
    plain = next((value for kind, value in PLAIN if isinstance(field, kind)), None)
    return plain or question.current or ("Un, Deux" if isinstance(field, TextList) else "Réponse précise")


def question_of(replies: list[Reply]) -> Question | None:
    found = [r for r in replies if isinstance(r, Question)]
    return found[-1] if found else None


def answered_until_back(session: Session, replies: list[Reply], key: str) -> tuple[Session, list[Reply]]:
    """Answer by typing the question asked and every one it opens; the session and replies once none is left."""
    finished_already = catalog(session.lang)("finished-already")
    for _ in range(40):
        question = question_of(replies)
        if question is None or FLOW.ref(question.key) is None:
            return session, replies
        session, replies = step(session, Said(typed(question)))
        text = "\n".join(r.text for r in replies if isinstance(r, Notice))
        assert finished_already not in text, (key, question.key)
        assert any(isinstance(r, Accepted) and r.key == question.key for r in replies), (key, question.key, text)
    raise AssertionError(f"{key}: the questions never ended")


def review_keys(name: str) -> list[str]:
    _, replies = step(finished(name), Command("edit"))
    question = question_of(replies)
    assert question is not None
    return [o.id for o in question.options]


@pytest.mark.parametrize("name", SCRIPTS)
def test_every_answer_chosen_on_the_review_card_takes_the_next_typed_answer_and_comes_back(name: str) -> None:
    for key in review_keys(name):
        session, _ = step(finished(name), Command("edit"))
        session, replies = step(session, Tapped(ScreenKind.REVIEW.value, key))
        question = question_of(replies)
        assert question is not None
        assert question.key == key
        session, replies = answered_until_back(session, replies, key)
        assert session.focus is None, key
        assert not session.opened, key
        assert question_of(replies) is None or session.screen is not None, f"{key}: back at the end, or a card"


REVIEWED = (
    "proof",
    "difference",
    "strengths",
    "weaknesses",
    "opportunities",
    "threats",
    "objective_target:0",
    "objective_deadline:0",
    "price_level",
    "budget",
    "hours",
    "capacity",
    "target",
    "price_point",
    "tactics",
    "split",
    "actions",
)
"""Every question an adviser's fix asks again (``review=`` in ``domain/``): coaching, consistency, fit, score."""


@pytest.mark.parametrize("name", SCRIPTS)
@pytest.mark.parametrize("key", REVIEWED)
def test_every_question_a_fix_asks_again_is_asked_and_takes_the_next_typed_answer(name: str, key: str) -> None:
    turn = ENGINE.turn(finished(name).model_copy(update={"screen": None}), NOW)  # the card closes on a tap
    fix = Fix("review", "…", review=(key,))
    ref = FLOW.ref(key)
    if ref is None or not turn.exists(ref):
        return  # not a question of this plan: the adviser offers no such fix (see below)
    apply(turn, fix)
    carry_on(turn)
    question = question_of(turn.replies)
    assert question is not None, f"{key}: asked, never an empty prompt"
    assert question.key == key
    answered_until_back(turn.s, turn.replies, key)


def test_a_fix_whose_question_this_plan_does_not_have_is_not_offered() -> None:
    turn = ENGINE.turn(finished("express-fr"), NOW)
    assert not usable(turn, Fix("review", "…", review=("objective_target:7",)))
    assert usable(turn, Fix("keep", "…"))
    assert usable(turn, Fix("review", "…", review=("proof",)))


# The flows, one by one -----------------------------------------------------------------------------------


def test_adding_an_objective_in_express_asks_its_metric_with_express_proposal_to_keep() -> None:
    chat = finished_chat(EXPRESS_FR)
    chat.send("/edit")
    chat.tap("Objectifs")
    chat.answer("1,2")
    assert chat.question.key == "objective_metric:1"
    assert chat.question.current == "Taux de réachat"
    chat.answer("2")  # retention instead
    assert chat.question.key == "objective_target:1"
    assert "Taux de rétention" in chat.question.text
    chat.answer("60 %")
    assert chat.question.key == "objective_deadline:1"
    chat.answer("/skip")
    assert "C'est noté, votre plan est à jour." in chat.last_text()
    loyalty = (chat.session.plan.objectives or ())[1]
    assert (loyalty.kind, loyalty.metric, loyalty.target) == (ObjectiveKind.LOYALTY, Metric.RETENTION_RATE, 60)
    assert loyalty.deadline is not None


def test_ticking_an_objective_on_the_buttons_adds_it_to_those_already_chosen() -> None:
    chat = finished_chat(EXPRESS_FR)
    chat.send("/edit")
    chat.tap("Objectifs")
    assert chat.question.selected == ("conquest",), "the current answer is ticked, to add to or untick"
    chat.tap("Notoriété")
    chat.tap_key(chat.question.key, DONE)
    assert [o.kind for o in chat.session.plan.objectives or ()] == [ObjectiveKind.CONQUEST, ObjectiveKind.AWARENESS]
    assert chat.question.key == "objective_metric:1"


def test_a_competitor_added_from_edit_is_asked_its_price_and_quality() -> None:
    chat = finished_chat(EXPRESS_FR)
    chat.send("/edit")
    chat.tap("Concurrents")
    chat.answer("Ikea, Maisons du Monde, Atelier Martin")
    assert "3 questions pour compléter « Atelier Martin »." in chat.last_text()
    assert chat.question.key == "competitor_price:2"
    chat.answer("4")
    assert chat.question.key == "competitor_quality:2"
    chat.answer("5")
    assert chat.question.key == "rival", "the competitor to compare with, now that there is one more"
    chat.answer("3")
    competitor = (chat.session.plan.diagnosis.competitors or ())[2]
    assert (competitor.name, competitor.price, competitor.quality) == ("Atelier Martin", 4, 5)
    assert chat.session.plan.positioning.rival == "Atelier Martin"
    assert "C'est noté, votre plan est à jour." in chat.last_text()


def test_a_segment_added_from_edit_is_described_and_scored_then_the_target_confirmed() -> None:
    chat = finished_chat(EXPRESS_FR)
    chat.send("/edit")
    chat.tap("Segments")
    chat.answer("Chercheurs de cadeaux, Amateurs de fait main, Décorateurs")
    asked = []
    while chat.question.key != "target":
        asked.append(chat.question.key.split(":")[0])
        chat.answer(typed(chat.question))
    assert asked == ["segment_who_b2c", "segment_need", "segment_size", "rate_size", "rate_access", "rate_fit"]
    chat.answer("1")
    decorators = chat.session.plan.segment("Décorateurs")
    assert decorators is not None
    assert decorators.score is not None
    assert "C'est noté, votre plan est à jour." in chat.last_text()


def test_a_tactic_added_from_edit_asks_the_budget_split_then_the_action_plan() -> None:
    chat = finished_chat(COMPLETE_FR)
    chat.send("/edit")
    chat.tap("Actions de communication")
    chat.answer("1,4,6,8")
    assert chat.question.key == "split"
    chat.answer("à parts égales")
    assert chat.question.key == "actions"
    chat.answer("1")
    assert any(a.tactic.value == "emailing" for a in chat.session.plan.actions or ())
    assert "C'est noté, votre plan est à jour." in chat.last_text()


def test_a_question_opened_from_the_score_card_leads_back_to_the_score_card() -> None:
    chat = finished_chat(EXPRESS_FR)
    assert chat.question.key == ScreenKind.SCORE.value
    chat.tap("Ajouter une preuve")
    assert chat.question.key == "proof"
    chat.answer("Plus de 200 pièces vendues depuis 2019")
    assert chat.session.plan.positioning.proof == "Plus de 200 pièces vendues depuis 2019"
    assert "Score du plan : 90/100" in chat.last_text(), "up by the proof; the sector's values still to confirm"
    assert chat.question.key == ScreenKind.SCORE.value


def test_the_score_card_shown_again_keeps_its_buttons() -> None:
    chat = finished_chat(EXPRESS_FR)
    chat.send("je ne sais pas")
    assert chat.errors()
    assert chat.question.key == ScreenKind.SCORE.value
    assert [o.label for o in chat.question.options] == ["Confirmer ces réponses", "Ajouter une preuve"]


def test_keeping_an_answer_on_a_coaching_card_after_an_edit_says_the_plan_is_up_to_date() -> None:
    chat = finished_chat(EXPRESS_FR)
    chat.send("/edit")
    chat.tap("Objectifs")
    chat.answer("1,2", "/skip", "/skip", "/skip")
    assert chat.question.key == ScreenKind.COACH.value
    chat.tap("Garder tel quel")
    assert "C'est noté, votre plan est à jour." in chat.last_text()
    chat.send("50 %")
    assert FINISHED_ALREADY in chat.last_text(), "nothing is awaited: said so, not taken for an answer"


def test_cancel_stops_the_questions_an_edit_opened() -> None:
    chat = finished_chat(EXPRESS_FR)
    chat.send("/edit")
    chat.tap("Objectifs")
    chat.answer("1,2")
    assert chat.question.key == "objective_metric:1"
    chat.send("/cancel")
    assert "C'est annulé." in chat.last_text()
    assert not chat.session.opened
    assert chat.session.focus is None
