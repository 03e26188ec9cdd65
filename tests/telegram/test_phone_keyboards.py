"""Every keyboard fits a phone: whole labels on buttons, through whole interviews and the screens after them.

On a phone, Telegram shows about 28 characters of a button alone on its row and about 12 of each of two buttons
sharing a row; a label it would cut must be short enough, or be written out whole in the message.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.telegram.messages import esc, keyboard, question_text
from dialogs.answers import Choice, Context, MultiChoice, Number, Pick, Text, TextList
from dialogs.conversation import Conversation
from dialogs.core.replies import Question
from dialogs.core.steps import StepId
from dialogs.parsing.options import Option
from dialogs.phases.interview import FLOW
from dialogs.screens.reminder_message import reminder as reminder_message
from domain.business import names
from domain.i18n import Catalog, catalog
from domain.models import ActionStatus, Language, Plan
from domain.storage import Store
from tests.chat import NOW, Chat, Clock
from tests.scripts import COMPLETE_EN, COMPLETE_FR, EXPRESS_EN, EXPRESS_FR, until

ALONE, SHARED = 28, 12
TICK = "✅ "
SCREEN_KEYS = [
    *(f"action-do-{i}" for i in ("done", "snooze1", "snooze7", "reschedule", "results", "drop", "later")),
    *(f"export-{kind}" for kind in ("pdf", "ics", "md", "charts")),
    *(f"reminders-{key}" for key in ("turn-off", "turn-on", "set-at", "set-timezone", "set-quiet", "set-days")),
    *(f"area-{key}" for key in ("city", "region", "france", "france-online", "europe-online")),
    *("delete-confirm", "delete-keep", "opt-in-yes", "opt-in-no", "restart-continue", "restart-new"),
    *("language-fr", "language-en", "coach-keep", "coach-swot-threat-move", "coach-swot-opportunity-move"),
    *("coach-vague-review", "coach-smart-accept", "coach-smart-review", "fix-continue", "fix-add-proof"),
    *("fix-premium", "fix-review-positioning", "fix-review-budget", "fix-review-target", "fix-review-price"),
    *("fix-review-tactics", "fix-review-actions", "fix-review-capacity", "fix-review-hours", "fix-review-swot"),
]
"""Catalogue messages offered as buttons outside the steps' own options."""


def faults(question: Question, t: Catalog) -> list[str]:
    """What a phone would cut on the question's keyboard, or cut without showing in full in the message."""
    markup = keyboard(question, t, owner=1, plan=1)
    text = question_text(question, t)
    found = []
    for row in markup.inline_keyboard if markup else ():
        room = ALONE if len(row) == 1 else SHARED
        for button in row:
            if len(button.text) > room:
                found.append(f"{question.key}: {button.text!r} is over {room} characters")
            stem = button.text.removeprefix(TICK).removesuffix("…")
            whole = [o.label for o in question.options if o.label.startswith(stem) and esc(o.label) in text]
            if button.text.endswith("…") and not whole:
                found.append(f"{question.key}: {button.text!r} is cut and not written out in the message")
    return found


def phone_faults(chat: Chat) -> list[str]:
    """Faults of every question the chat was asked since it began."""
    t = catalog(chat.session.lang)
    return [fault for r in chat.history if isinstance(r, Question) for fault in faults(r, t)]


def hurried(question: Question, lang: Language) -> str:
    """What a hurried user types: the first option (two in a list), the suggested number, or a few words."""
    if question.options:
        if question.numbered:
            return "1,2" if question.multi else "1"
        return question.options[0].label
    step = FLOW.steps.get(StepId(question.key.split(":")[0]))
    if step is not None and isinstance(step.field, Number):
        return "100"
    return "Une réponse précise" if lang is Language.FR else "A precise answer"


def new_chat(lang: Language) -> Chat:
    chat = Chat(Conversation(Store(), Clock()), user_id=1, lang=lang)
    chat.send("/start")
    return chat


def finish(chat: Chat) -> None:
    """Answer as a hurried user until the interview is over."""
    for _ in range(300):
        if chat.session.finished_at is not None:
            return
        chat.answer(hurried(chat.question, chat.lang))
    pytest.fail("the interview never ends")


def screens_after(chat: Chat) -> None:
    """Accept reminders, open every screen a user reaches once the plan is done, and an action's reminder."""
    chat.tap(catalog(chat.lang)("opt-in-yes"))
    for command in ("/plan", "/edit", "/export", "/reminders", "/kpi", "/language", "/new", "/delete"):
        chat.send(command)
        chat.send("/cancel")
    chat.send("/edit")
    chat.send("1")  # an answer asked again, with its current value
    chat.send("/cancel")
    chat.send("/actions")
    chat.send("1")  # an action's card
    chat.tap(chat.question.options[0].label)  # done: what next
    planned = [a for a in chat.session.plan.actions or () if a.status is ActionStatus.PLANNED]
    reminder = reminder_message(chat.session, planned[0].id, "before", chat.conversation.clock())
    assert isinstance(reminder[-1], Question), "reminders were accepted: the action's reminder asks what to do"
    chat.history.extend(reminder)


MODES = {"express": "1", "complete": "2"}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("lang", list(Language))
@pytest.mark.parametrize("model", names())
def test_an_interview_of_each_business_model_and_the_screens_after_it_fit_a_phone(
    model: str, lang: Language, mode: str
) -> None:
    chat = new_chat(lang)
    chat.answer("Test Co", MODES[mode], str(names().index(model) + 1))
    finish(chat)
    screens_after(chat)
    assert phone_faults(chat) == []


SCRIPTS = {"complete-fr": COMPLETE_FR, "express-fr": EXPRESS_FR, "complete-en": COMPLETE_EN, "express-en": EXPRESS_EN}


@pytest.mark.parametrize("name", SCRIPTS)
def test_the_scripted_interviews_answered_one_action_at_a_time_fit_a_phone(name: str) -> None:
    chat = new_chat(Language.EN if name.endswith("en") else Language.FR)
    chat.answer(*SCRIPTS[name])
    finish(chat)
    screens_after(chat)
    assert phone_faults(chat) == []


def test_the_adviser_s_coaching_and_score_fit_a_phone() -> None:
    coached = new_chat(Language.FR)
    external = {"Petite salle, peu connu": "Petite salle, concurrent moins cher"}  # a threat given as a weakness
    coached.answer(*(external.get(line, line) for line in until(COMPLETE_FR, "Starbucks, Boulangerie Paul")))
    assert coached.question.key == "coach"
    scored = new_chat(Language.EN)
    unserved = {"2,4,9": "4,9"}  # no tactic left for the awareness objective
    scored.answer(*(unserved.get(line, line) for line in COMPLETE_EN), "2")
    assert scored.question.key == "score"
    assert phone_faults(coached) + phone_faults(scored) == []


def buttons(question: Question, lang: Language = Language.FR) -> list[list[str]]:
    markup = keyboard(question, catalog(lang), owner=1, plan=1)
    return [[button.text for button in row] for row in markup.inline_keyboard] if markup else []


def test_short_options_share_rows_and_confirm_sits_above_skip_and_back() -> None:
    question = Question(
        key="tactics",
        text="?",
        options=(Option("a", "Emailing"), Option("b", "Publicité")),
        selected=("b",),
        multi=True,
        can_skip=True,
        can_back=True,
    )
    assert buttons(question) == [["Emailing", "✅ Publicité"], ["Valider ✔️"], ["Passer ⏭", "↩️ Retour"]]


def test_ratings_share_one_row_and_a_long_option_has_a_row_of_its_own() -> None:
    rating = Question(key="rate_fit", text="?", options=tuple(Option(str(n), str(n)) for n in range(1, 6)))
    assert buttons(rating) == [["1", "2", "3", "4", "5"]]
    mixed = Question(key="mode", text="?", options=(Option("x", "Express (quelques minutes)"), Option("c", "Oui")))
    assert buttons(mixed) == [["Express (quelques minutes)"], ["Oui"]]


def test_options_named_at_length_by_the_user_are_numbered_in_the_message_with_numbers_on_buttons() -> None:
    rivals = ("Boulangerie Paul", "La grande brasserie de la gare, ouverte tard le soir")
    question = Question(key="rival", text="Lequel ?", options=tuple(Option(str(i), n) for i, n in enumerate(rivals)))
    assert buttons(question) == [["1", "2"]]
    text = question_text(question, catalog(Language.FR))
    assert text.endswith("\n\n1. Boulangerie Paul\n2. La grande brasserie de la gare, ouverte tard le soir")


def test_a_ticked_suggestion_of_a_listed_question_shows_its_tick_on_its_number() -> None:
    long = "Qualité des produits, faits ou choisis sur place"
    question = Question(key="strengths", text="?", options=(Option("0", long), Option("1", "Accueil")), multi=True)
    ticked = replace(question, selected=("0",))
    assert buttons(question)[0] == ["1", "2"]
    assert buttons(ticked)[0] == ["✅ 1", "2"]
    assert "Touchez les suggestions" in question_text(ticked, catalog(Language.FR)).split("\n")[-1]


def test_a_long_value_whose_number_would_be_the_answer_is_cut_on_its_button_and_written_out() -> None:
    value = "12 345 678 901 234 567 890 123 €"
    question = Question(key="budget", text="?", options=(Option("s0", value),), numbered=False)
    assert buttons(question) == [[value[:27] + "…"]]
    assert question_text(question, catalog(Language.FR)).endswith(f"\n\n• {esc(value)}")


def catalogue_labels(lang: Language) -> list[tuple[str, int]]:
    """Every catalogue label offered as a button, with the room a tick and the advised mark take beside it."""
    t = catalog(lang)
    mark = len(" " + t("advised-mark"))
    found = [(t(key), 0) for key in SCREEN_KEYS]
    ctx = Context(Plan(), None, t, NOW.date())
    for step in FLOW.steps.values():
        field = step.field
        if isinstance(field, Choice | MultiChoice):
            extra = (mark if field.recommended else 0) + (len(TICK) if field.multi else 0)
            found += [(t.label(member), extra) for member in field.enum]
        elif not isinstance(field, Text | TextList | Pick | Number):  # their options come from the plan
            found += [(o.label, len(TICK) if field.multi else 0) for o in field.options(ctx)]
    return found


@pytest.mark.parametrize("lang", list(Language))
def test_every_catalogue_label_offered_on_a_button_fits_a_phone_with_its_tick_and_mark(lang: Language) -> None:
    labels = catalogue_labels(lang)
    assert len(labels) > 100
    assert [label for label, extra in labels if len(label) + extra > ALONE] == []
    assert [label for label, _ in labels if label.endswith("…")] == [], "an ellipsis at the end reads as a cut"
