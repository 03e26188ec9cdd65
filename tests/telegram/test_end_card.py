"""The end of the interview: a short card of the plan (score, key numbers, top fixes) whose buttons keep working."""

from __future__ import annotations

import pytest

from bot.telegram.callbacks import Button
from dialogs.conversation import Conversation
from dialogs.core.replies import Attachment, Notice, Question, Tapped
from dialogs.screens.reminder_message import reminder
from domain.business import names
from domain.documents.plan_text import SECTIONS
from domain.i18n import catalog
from domain.models import ActionStatus, Language
from domain.score import score
from domain.screen_state import ScreenKind
from tests.chat import NOW, Chat
from tests.conftest import TelegramBed
from tests.engine.test_interview import generic_answer
from tests.scripts import COMPLETE_EN, COMPLETE_FR, EXPRESS_EN, EXPRESS_FR
from tests.telegram_chat import JSON, TelegramChat

LINES = 20
CHARACTERS = 1200
BUTTONS = ["plan", "pdf", "ics", "map"]


def plain(text: str) -> str:
    """Text with the no-break spaces of French numbers turned into plain spaces."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def end_card(chat: Chat) -> tuple[str, Question]:
    """The card after the last input: what its message reads (the notices before its buttons), and its question."""
    index = next(i for i, r in enumerate(chat.replies) if isinstance(r, Question) and r.key == "card")
    start = max((i + 1 for i, r in enumerate(chat.replies[:index]) if not isinstance(r, Notice)), default=0)
    notices = [r.text for r in chat.replies[start:index] if isinstance(r, Notice)]
    question = chat.replies[index]
    assert isinstance(question, Question)
    return plain("\n\n".join([*notices, question.text, question.hint or ""])), question


INTERVIEWS = [
    pytest.param(
        COMPLETE_FR,
        Language.FR,
        (
            "Bravo Café Lumière, votre plan marketing est prêt !",
            "🎯 Conquête : atteindre 50 nouveaux clients d'ici le 30 juin 2027.",
            "💶 Budget marketing : 3 000 € par an",
            "• CAC (coût d'acquisition client) : ≤ 35 €",
            "📅 Prochaine action, le 23 novembre 2026 : Préparer le menu",
        ),
        id="complete-fr",
    ),
    pytest.param(
        EXPRESS_FR,
        Language.FR,
        (
            "Bravo Atelier Bois Doré, votre plan marketing est prêt !",
            "🎯 Conquête : atteindre 40 nouveaux clients d'ici le 30 novembre 2027.",
            "💶 Budget marketing : 1 500 € par an",
            "• CAC (coût d'acquisition client) : ≤ 38 €",
            "Les réponses « proposées d'après votre secteur » sont des repères",
        ),
        id="express-fr",
    ),
    pytest.param(
        COMPLETE_EN,
        Language.EN,
        (
            "Well done, Bright Desk, your marketing plan is ready!",
            "🎯 Acquisition: reach €60,000 in revenue by 31 December 2027.",
            "💶 Marketing budget: €12,000 a year",
            "• CAC (customer acquisition cost): ≤ €522",  # a year of budget: the deadline 13 months off adds none
            "📅 Next action, on 10 December 2026: Put a simple website online",
        ),
        id="complete-en",
    ),
    pytest.param(
        EXPRESS_EN,
        Language.EN,
        (
            "Well done, Bloom Box, your marketing plan is ready!",
            "🎯 Acquisition: reach 300 new customers by 30 November 2027.",
            "💶 Marketing budget: €2,000 a year",
            "• CAC (customer acquisition cost): ≤ €6.67",
            "Answers “suggested for your sector” are benchmarks",
        ),
        id="express-en",
    ),
]


@pytest.mark.parametrize(("script", "lang", "lines"), INTERVIEWS)
def test_the_interview_ends_with_a_short_card_of_the_score_the_key_numbers_and_the_top_fixes(
    conversation: Conversation, script: list[str], lang: Language, lines: tuple[str, ...]
) -> None:
    chat = Chat(conversation, user_id=10, lang=lang)
    chat.send("/start")
    chat.answer(*script)
    text, question = end_card(chat)
    assert len(text.splitlines()) <= LINES
    assert len(text) <= CHARACTERS
    for line in lines:
        assert line in text
    t = catalog(lang)
    ended = chat.session.finished_at
    assert ended is not None
    found = score(chat.session.plan, t, ended.date(), chat.session.defaults)
    assert t("score-title", score=found.value) in text
    fixes = [t("score-line", number=i, gain=f.gain, points=f.weight) for i, f in enumerate(found.top, start=1)]
    assert all(fix in text for fix in fixes)
    assert fixes or t("score-perfect") in text
    assert [o.id for o in question.options] == BUTTONS
    assert question.lasting
    assert not question.numbered, "a typed number answers the question on show, never the card"
    assert chat.plan_cards() == [], "the whole plan is no longer sent at the end"
    assert chat.question.key == ScreenKind.OPT_IN.value, "the reminders offer follows the card"


def test_an_interview_without_reminders_to_offer_ends_with_the_card_then_the_score_to_act_on(chat: Chat) -> None:
    chat.answer(*EXPRESS_FR)
    chat.tap("Non merci")
    chat.send("/new")
    chat.tap("Commencer un nouveau plan")
    chat.answer(*EXPRESS_FR)
    assert any(isinstance(r, Question) and r.key == "card" for r in chat.replies)
    assert chat.question.key == ScreenKind.SCORE.value, "reminders were declined already: the adviser's review follows"


def test_a_second_full_copy_of_the_plan_is_one_tap_or_plan_away(chat: Chat) -> None:
    chat.answer(*EXPRESS_FR)
    chat.tap_key("card", "plan")
    tapped = [s.id for card in chat.plan_cards() for s in card.document.sections]
    chat.send("/plan")
    typed = [s.id for card in chat.plan_cards() for s in card.document.sections]
    assert tapped == typed == list(SECTIONS)
    assert "INDICATEURS À SUIVRE (KPI)" in chat.last_text()


@pytest.mark.parametrize("command", ["/reminders", "/export", "/actions", "/edit", "/language"])
def test_each_card_button_works_whatever_screen_was_opened_after_it_and_leaves_that_screen_open(
    chat: Chat, command: str
) -> None:
    chat.answer(*EXPRESS_FR)
    chat.tap("Oui, rappelez-moi")
    chat.send(command)
    screen = chat.session.screen
    assert screen is not None
    chat.tap_key("card", "plan")
    assert [s.id for s in chat.plan_cards()[0].document.sections] == list(SECTIONS)
    assert chat.tap_key("card", "pdf") == [Attachment("pdf")]
    assert chat.tap_key("card", "ics") == [Attachment("ics")]
    assert chat.tap_key("card", "map") == [Attachment("chart:positioning")]
    assert chat.session.screen == screen


def test_a_card_button_while_an_answer_is_asked_again_shows_the_plan_then_that_question(chat: Chat) -> None:
    chat.answer(*EXPRESS_FR)
    chat.tap("Non merci")
    chat.send("/edit")
    chat.tap("Budget")
    asked = chat.question.key
    assert chat.tap_key("card", "pdf") == [Attachment("pdf")]
    chat.tap_key("card", "plan")
    assert chat.plan_cards()
    assert chat.question.key == asked, "as /plan does, the question being asked comes back"
    assert chat.session.focus == asked


def test_a_button_numbered_rather_than_named_still_finds_its_option(chat: Chat) -> None:
    chat.answer(*EXPRESS_FR)
    replies = chat.conversation.handle(chat.user_id, Tapped("card", "", None, nth=2), Language.FR)
    assert replies == [Attachment("ics")]


def test_a_telegram_button_that_carries_its_place_is_read_as_the_nth_option() -> None:
    assert Button(1, 1, "card", "#2").nth == 2
    assert Button(1, 1, "card", "pdf").nth is None
    assert Button(1, 1, "card", "#x").nth is None


def test_a_card_of_a_plan_since_replaced_is_refused_as_stale(chat: Chat) -> None:
    chat.answer(*EXPRESS_FR)
    plan = chat.session.plan_id
    chat.send("/new")
    chat.tap("Commencer un nouveau plan")
    replies = chat.conversation.handle(chat.user_id, Tapped("card", "pdf", plan), Language.FR)
    assert not any(isinstance(r, Attachment) for r in replies)
    assert catalog(Language.FR)("stale-button") in [r.text for r in replies if isinstance(r, Notice)]


def test_an_edit_after_the_end_says_the_plan_is_updated_and_does_not_send_the_card_again(chat: Chat) -> None:
    chat.answer(*EXPRESS_FR)
    chat.tap("Non merci")
    chat.send("/edit")
    chat.tap("Budget")
    chat.answer("2 000")
    assert "C'est noté, votre plan est à jour." in chat.last_text()
    assert not any(isinstance(r, Question) and r.key == "card" for r in chat.replies)
    assert "Bravo" not in chat.last_text()
    assert chat.plan_cards() == []


def test_a_reminder_keeps_its_buttons_too(chat: Chat) -> None:
    chat.answer(*EXPRESS_FR)
    chat.tap("Oui, rappelez-moi")
    action = next(a for a in chat.session.plan.actions or () if a.status is ActionStatus.PLANNED)
    found = reminder(chat.session, action.id, "before", NOW)
    assert isinstance(found[0], Question)
    assert found[0].lasting


def test_in_the_console_the_card_reads_as_text_with_the_commands_and_no_numbered_buttons(chat: Chat) -> None:
    chat.answer(*EXPRESS_FR)
    text = chat.last_text()
    assert "Score du plan : " in text
    assert "tapez /edit pour les ajuster" in text
    assert "1. 📋" not in text, "typing 1 answers the reminders offer: the card's buttons are not numbered"
    assert "  1. Oui, rappelez-moi" in text


@pytest.mark.parametrize("lang", list(Language))
@pytest.mark.parametrize("model", names())
def test_every_business_model_gets_a_card_within_the_limits(
    conversation: Conversation, model: str, lang: Language
) -> None:
    chat = Chat(conversation, user_id=100, lang=lang)
    chat.send("/start")
    chat.answer("Mon entreprise", "1", str(names().index(model) + 1))
    while chat.session.finished_at is None:
        chat.answer(generic_answer(chat.question))
    text, _ = end_card(chat)
    assert len(text.splitlines()) <= LINES, text
    assert len(text) <= CHARACTERS, text


# On Telegram ------------------------------------------------------------------------------------------------


def card_message(chat: TelegramChat) -> JSON:
    """The bot's message that holds the card's buttons."""
    found = [m for m in chat.core.messages(chat.user_id) if "📄 PDF" in [b for b, _ in chat.core.buttons(m)]]
    assert len(found) == 1, "one card"
    return found[0]


@pytest.mark.parametrize(
    ("script", "code", "first", "offer"),
    [
        (COMPLETE_FR, "fr", "Bravo Café Lumière", "Voulez-vous que je vous rappelle"),
        (EXPRESS_EN, "en", "Well done, Bloom Box", "Would you like me to remind you"),
    ],
)
async def test_on_telegram_the_card_is_one_short_message_with_four_buttons_before_the_reminders_offer(
    telegram: TelegramBed, script: list[str], code: str, first: str, offer: str
) -> None:
    chat = telegram.user(language_code=code)
    await chat.send("/start")
    await chat.answer(*script)
    texts = chat.texts()
    assert len(texts) == 2
    assert texts[0].startswith(first)
    assert offer in texts[1]
    card = card_message(chat)
    assert card["text"] == texts[0]
    assert len(card["text"]) <= CHARACTERS
    assert len(card["text"].splitlines()) <= LINES
    assert len(telegram.core.buttons(card)) == 4


async def test_on_telegram_each_card_button_works_after_the_reminders_settings_were_opened(
    telegram: TelegramBed,
) -> None:
    chat = telegram.user()
    await chat.send("/start")
    await chat.answer(*COMPLETE_FR)
    await chat.tap("Oui, rappelez-moi")
    await chat.send("/reminders")
    card = card_message(chat)
    await chat.tap("📋 Plan complet", card)
    plan = chat.last_text()
    for title in ("PROFIL", "PLAN D'ACTION ANNUEL", "INDICATEURS À SUIVRE (KPI)"):
        assert title in plan
    await chat.tap("📄 PDF", card)
    await chat.tap("📅 Calendrier", card)
    await chat.tap("🗺 Carte", card)
    uploads = telegram.core.uploads(chat.user_id)
    assert [(u.method, u.filename) for u in uploads] == [
        ("sendDocument", "planbot-café-lumière.pdf"),
        ("sendDocument", "planbot-café-lumière.ics"),
        ("sendPhoto", "planbot-café-lumière-positioning.png"),
    ]
    assert uploads[0].content.startswith(b"%PDF-")
    assert b"BEGIN:VCALENDAR" in uploads[1].content
    assert telegram.services.conversation.session(chat.user_id).screen.kind is ScreenKind.REMINDERS
    assert len(telegram.core.buttons(card_message(chat))) == 4, "the card keeps its buttons"
