"""The progress line: one step number in the whole interview, and a total that holds from the first to the last."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pytest

from dialogs.conversation import Conversation
from dialogs.core.progress import _count, is_question
from dialogs.core.replies import Question
from dialogs.core.steps import StepId
from dialogs.phases.interview import FLOW
from domain.business import names
from domain.i18n import catalog
from domain.models import Language
from domain.session import Session
from domain.storage import Store
from tests.chat import Chat, Clock
from tests.engine.test_models_chat import hurried
from tests.scripts import COMPLETE_EN, COMPLETE_FR, EXPRESS_EN, EXPRESS_FR, until, until_step

LINE = {
    Language.FR: re.compile(r"^Étape (\d+)(?:/(\d+))? · (.+)$"),
    Language.EN: re.compile(r"^Step (\d+)(?:/(\d+))? · (.+)$"),
}

DECIDING = frozenset(
    {
        StepId.MODE,  # the express interview or the complete one
        StepId.SECTOR,  # the activity: its own facts (capacity, a website), and the market when not known
        StepId.MARKET,  # the sector's typical segments for that market
        StepId.STAGE,  # an idea has no customers yet, nor a share who come back
        StepId.CUSTOMERS,  # no customers: nobody to come back
        StepId.BUDGET,  # no budget: nothing to share between tactics
        StepId.COMPETITORS,  # two questions per competitor, and which one to compare with when several
        StepId.GOAL,  # express: the goal's own number, and its base (customers coming back)
        StepId.OBJECTIVE_KINDS,  # three questions per objective
        StepId.SEGMENTS,  # six questions per segment
        StepId.TACTICS,  # one tactic has no budget split
        StepId.ACTIONS,  # the proposed actions one by one, or all at once
    }
)
"""Answers after which the total may change: each decides how many questions follow."""


@dataclass(frozen=True)
class Shown:
    """A question as shown, read from its progress line; ``after``: the step answered just before, if one was."""

    key: str
    number: int
    total: int | None
    """``None`` before the mode is chosen: how many questions follow is not known yet."""
    phase: str
    after: StepId | None

    @property
    def step(self) -> StepId:
        return StepId(self.key.split(":")[0])


def shown(chat: Chat, after: StepId | None) -> Shown | None:
    """The interview question of the last input, read from its line, which must have the overall form."""
    questions = [r for r in chat.replies if isinstance(r, Question) and r.progress is not None]
    if not questions:
        return None
    question = questions[-1]
    assert question.progress is not None
    found = LINE[chat.lang].match(question.progress)
    assert found, question.progress
    return Shown(question.key, int(found[1]), int(found[2]) if found[2] else None, found[3], after)


def interview(chat: Chat, answer: Callable[[Question, int], str | None]) -> list[Shown]:
    """Answer every question until the plan is ready (or the answers run out): each question as shown."""
    chat.send("/start")
    first = shown(chat, None)
    assert first is not None
    seen = [first]
    typed, answered = 0, None
    while chat.session.finished_at is None:
        question = chat.question
        line = answer(question, typed)
        if line is None:
            break
        typed += 1
        chat.answer(line)
        if question.progress is not None:  # not a screen outside the interview (the adviser's advice)
            answered = StepId(question.key.split(":")[0])
        following = shown(chat, answered)
        if following is not None:
            seen.append(following)
    return seen


def typing(script: Sequence[str]) -> Callable[[Question, int], str | None]:
    """A user typing a script."""
    return lambda question, typed: script[typed] if typed < len(script) else None


def in_a_hurry(model: str, mode: str) -> Callable[[Question, int], str]:
    """A hurried user of that model: the first option (two in a list), the suggested number, or a few words."""
    start = ["Entreprise Test", mode, str(names().index(model) + 1)]
    return lambda question, typed: start[typed] if typed < len(start) else hurried(question)


def check(seen: list[Shown], lang: Language) -> set[StepId]:
    """The rules every interview keeps; the steps after which the total changed."""
    t = catalog(lang)
    for question in seen:
        assert question.phase == t(f"phase-{FLOW.phase_of[question.step]}"), question
        if question.total is None:
            assert question.step in (StepId.NAME, StepId.MODE), "a total from the question after the mode on"
            continue
        assert 1 <= question.number <= question.total, question
    assert [q.number for q in seen] == list(range(1, len(seen) + 1)), "one more per question answered"
    assert seen[-1].number == seen[-1].total, "the last question is N/N"
    changed = set()
    for question, before in zip(seen[1:], seen, strict=False):
        if before.total is not None and question.total != before.total:
            assert question.after in DECIDING, (before, question)
            changed.add(question.after)
    return changed


def chat_in(lang: Language) -> Chat:
    return Chat(Conversation(Store(), Clock()), user_id=1, lang=lang)


@pytest.mark.parametrize(
    ("script", "lang", "deciding"),
    [
        (COMPLETE_FR, Language.FR, {StepId.SECTOR, StepId.ACTIONS}),  # a café's capacity; actions one by one
        (COMPLETE_EN, Language.EN, {StepId.SECTOR, StepId.SEGMENTS}),  # billable days; two segments, not three
        (EXPRESS_FR, Language.FR, {StepId.SECTOR}),  # a maker sells to consumers: no market asked
        (EXPRESS_EN, Language.EN, {StepId.SECTOR}),  # an online shop has a website: not asked
    ],
    ids=["complete-fr", "complete-en", "express-fr", "express-en"],
)
def test_every_question_shows_its_step_in_the_whole_interview_and_a_total_that_changes_only_when_an_answer_decides(
    script: list[str], lang: Language, deciding: set[StepId]
) -> None:
    seen = interview(chat_in(lang), typing(script))
    assert check(seen, lang) == deciding
    assert seen[-1].number == len(seen)


def test_the_line_reads_the_step_of_how_many_then_the_phase_in_each_language() -> None:
    french, english = chat_in(Language.FR), chat_in(Language.EN)
    french.send("/start")
    english.send("/start")
    assert french.question.progress == "Étape 1 · Profil", "no total before express or complete is chosen"
    assert english.question.progress == "Step 1 · Profile"
    french.answer("Café Lumière", "1")
    assert re.fullmatch(r"Étape 3/\d+ · Profil", french.question.progress or "")


@pytest.mark.parametrize("mode", ["1", "2"], ids=["express", "complete"])
@pytest.mark.parametrize("model", names())
def test_every_business_model_counts_its_interview_up_to_n_of_n(model: str, mode: str) -> None:
    for lang in Language:
        seen = interview(chat_in(lang), in_a_hurry(model, mode))
        changed = check(seen, lang)
        assert StepId.MODE not in changed, "the first total is shown once the mode is known: it never jumps from it"
        assert seen[-1].total is not None
        if mode == "1":
            assert seen[-1].total <= 12, "express asks at most twelve questions"


def test_the_goal_of_an_express_interview_counts_the_question_it_opens_at_once() -> None:
    loyal = [
        *until(EXPRESS_FR, "Ikea, Maisons du Monde", including=True),
        "2",
        "30",
        "40",
        "chaque pièce est unique",
        "180",
    ]
    seen = interview(chat_in(Language.FR), typing(loyal))
    check(seen, Language.FR)
    goal = next(q for q in seen if q.key == "goal")
    opened = seen[seen.index(goal) + 1]
    assert opened.key == "returning", "bringing customers back asks how many come back today"
    assert (opened.number, opened.total) == (goal.number + 1, goal.total + 1)
    assert seen[-1].key == "price_point"


@pytest.mark.parametrize(
    ("competitors", "more"),
    [("Starbucks, Boulangerie Paul", 0), ("Starbucks, Boulangerie Paul, Columbus", 2), ("Starbucks", -3)],
    ids=["two-as-expected", "three", "one-so-no-rival-to-pick"],
)
def test_a_number_of_competitors_other_than_expected_changes_the_total_right_after_it(
    competitors: str, more: int
) -> None:
    script = until(COMPLETE_FR, "Starbucks, Boulangerie Paul")
    seen = interview(chat_in(Language.FR), typing([*script, competitors]))
    before, after = seen[-2], seen[-1]
    assert (before.key, after.after) == ("competitors", StepId.COMPETITORS)
    assert (after.number, after.total) == (before.number + 1, before.total + more)


@pytest.mark.parametrize(
    ("script", "lang"),
    [(COMPLETE_FR, Language.FR), (EXPRESS_FR, Language.FR), (COMPLETE_EN, Language.EN), (EXPRESS_EN, Language.EN)],
    ids=["complete-fr", "express-fr", "complete-en", "express-en"],
)
def test_back_shows_the_question_before_one_step_lower_and_the_same_total(script: list[str], lang: Language) -> None:
    chat = chat_in(lang)
    chat.send("/start")
    backs = 0
    for line in script:
        chat.answer(line)
        here = shown(chat, None)
        if here is None or chat.session.finished_at is not None:
            break
        chat.send("/back")
        back = shown(chat, None)
        assert back is not None
        assert (back.number, back.total) == (here.number - 1, here.total), (here, back)
        chat.send("/skip")  # keeps the answer: back where the user was
        assert shown(chat, None) == here
        backs += 1
    assert backs >= len(script) - 2


def test_the_restart_screen_says_which_step_of_how_many_the_user_is_at() -> None:
    for lang, script, words in [
        (Language.FR, COMPLETE_FR, "Vous avez un plan en cours pour Café Lumière ({})."),
        (Language.EN, COMPLETE_EN, "You have a plan in progress for Bright Desk ({})."),
    ]:
        chat = chat_in(lang)
        interview(chat, typing(until_step(script, StepId.MARKET, lang=lang)))
        line = chat.question.progress
        assert line is not None
        assert line.startswith("Étape 4/" if lang is Language.FR else "Step 4/")
        chat.send("/start")
        assert chat.question.key == "restart"
        assert words.format(line) in chat.question.text


def test_the_total_counted_a_step_at_a_time_is_the_number_of_questions_listed_one_by_one() -> None:
    sessions: list[Session] = []
    for script, lang in [(COMPLETE_FR, Language.FR), (EXPRESS_FR, Language.FR), (COMPLETE_EN, Language.EN)]:
        chat = chat_in(lang)
        chat.send("/start")
        for line in script:
            chat.answer(line)
            sessions.append(chat.session)
    for session in sessions:
        listed = sum(is_question(FLOW, session, session.plan, ref) for ref in FLOW.refs(session.plan))
        assert _count(FLOW, session, session.plan) == listed


def test_a_question_asked_again_after_the_plan_is_finished_shows_no_progress_line() -> None:
    chat = Chat(Conversation(Store(), Clock()), 1, Language.FR)
    chat.send("/start")
    chat.answer(*EXPRESS_FR)
    chat.send("/edit")
    chat.answer("1")
    question = chat.question
    assert question is not None
    assert question.progress is None, "an edit of a finished plan is not a step of the interview"
