"""The chat as a phone shows it: no stale buttons, links that set the interview up, files announced, erase said."""

from __future__ import annotations

import json
from typing import Any

from bot.telegram.callbacks import decode
from dialogs.screens import card_buttons as card
from domain.i18n import catalog
from domain.models import Language, Mode
from tests.conftest import TelegramBed
from tests.scripts import COMPLETE_FR, EXPRESS_EN
from tests.telegram_chat import TelegramChat

JSON = dict[str, Any]


def keyed(telegram: TelegramBed, chat: TelegramChat) -> list[tuple[JSON, str]]:
    """The bot's messages that still show buttons, each with the key its buttons answer."""
    found = []
    for message in telegram.core.messages(chat.user_id):
        buttons = telegram.core.buttons(message)
        if buttons:
            button = decode(buttons[0][1])
            assert button is not None
            found.append((message, button.key))
    return found


async def test_after_a_complete_interview_typed_answers_leave_no_question_buttons_behind(
    telegram: TelegramBed,
) -> None:
    chat = telegram.user()
    await chat.send("/start")
    await chat.answer(*COMPLETE_FR)
    live = keyed(telegram, chat)
    assert live, "the end card and the question awaited keep their buttons"
    *earlier, (last, _) = live
    assert [key for _, key in earlier] == [card.KEY] * len(earlier), "only lasting keyboards stay above the last"
    assert last["message_id"] == max(m["message_id"] for m in telegram.core.messages(chat.user_id))
    assert len(live) <= 2


async def test_a_refused_typed_answer_moves_the_live_keyboard_to_the_question_asked_again(
    telegram: TelegramBed,
) -> None:
    chat = telegram.user()
    await chat.send("/start")
    await chat.send("Café Lumière")
    asked = keyed(telegram, chat)
    assert [key for _, key in asked] == ["mode"]
    await chat.send("plutôt un peu des deux")
    again = keyed(telegram, chat)
    assert len(again) == 1
    assert again[0][0]["message_id"] > asked[0][0]["message_id"]


async def test_a_start_link_opens_an_express_interview_in_english_and_keeps_its_code(telegram: TelegramBed) -> None:
    chat = telegram.user(77, "fr")
    await chat.send("/start en_express_spring-fair")
    assert "Hello! I'm planbot" in chat.last_text()
    await chat.send("Bloom Box")
    session = telegram.services.conversation.session(77)
    assert (session.lang, session.plan.profile.mode, session.referral) == (Language.EN, Mode.EXPRESS, "spring-fair")
    assert "Which interview" not in chat.last_text(), "the link chose the interview: not asked"


async def test_a_start_link_changes_nothing_in_a_plan_already_begun(telegram: TelegramBed) -> None:
    chat = telegram.user(78, "fr")
    await chat.send("/start")
    await chat.answer("Café Lumière", "2")
    await chat.send("/start en_express_partner-42")
    session = telegram.services.conversation.session(78)
    assert (session.lang, session.plan.profile.mode) == (Language.FR, Mode.COMPLETE)
    assert session.referral == "partner-42", "the code of the first link followed is kept"


async def test_the_pdf_is_announced_with_an_upload_action_while_it_is_made(telegram: TelegramBed) -> None:
    chat = telegram.user(9, "en")
    await chat.send("/start")
    await chat.answer(*EXPRESS_EN)
    await chat.send("/export")
    await chat.tap("📄")
    calls = [c.method for c in telegram.core.calls if c.method in ("sendChatAction", "sendDocument")]
    assert calls[-2:] == ["sendChatAction", "sendDocument"]
    action = [c for c in telegram.core.calls if c.method == "sendChatAction"][-1]
    assert action.params["action"] == "upload_document"


async def test_an_erase_is_said_done_even_when_the_tap_cannot_be_answered(telegram: TelegramBed) -> None:
    chat = telegram.user()
    await chat.send("/start")
    await chat.answer("Café Lumière", "2")
    await chat.send("/delete")
    telegram.core.fail_next("answerCallbackQuery", 400, description="Bad Request: query is too old")
    await chat.tap("Oui, tout supprimer")
    assert "toutes vos données sont supprimées" in chat.last_text()
    apology = catalog(Language.FR)("telegram-apology")
    assert not any(apology in m.get("text", "") for m in telegram.core.messages(chat.user_id))
    assert telegram.services.store.load(chat.user_id) is None


FULL_WIDTH, SHARED = 28, 12
"""Characters a phone shows of a button alone on its row, and of each of two or more sharing one."""


def keyboards_sent(telegram: TelegramBed) -> list[list[list[str]]]:
    """The label rows of every keyboard the bot sent or put on a message."""
    found = []
    for call in telegram.core.calls:
        if call.method in ("sendMessage", "editMessageReplyMarkup", "editMessageText"):
            markup = call.params.get("reply_markup")
            if isinstance(markup, str):
                markup = json.loads(markup)
            if markup:
                found.append([[b["text"] for b in row] for row in markup["inline_keyboard"]])
    return found


async def test_every_button_of_a_complete_interview_fits_a_phone(telegram: TelegramBed) -> None:
    chat = telegram.user()
    await chat.send("/start")
    await chat.answer(*COMPLETE_FR)
    await chat.send("/edit")
    keyboards = keyboards_sent(telegram)
    assert len(keyboards) > 30
    for rows in keyboards:
        for row in rows:
            limit = FULL_WIDTH if len(row) == 1 else SHARED
            assert all(len(label) <= limit for label in row), row
