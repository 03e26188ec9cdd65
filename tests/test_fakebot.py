"""Tests of the fake Telegram Bot API (tests/fakebot): limits, faults, and PTB on both front-ends."""

from __future__ import annotations

import asyncio
import datetime as dt
import html
import json
import socket
import threading
import time
from collections.abc import AsyncIterator, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeAllPrivateChats,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Update,
)
from telegram.error import BadRequest, Conflict, EndPointNotFound, Forbidden, InvalidToken, RetryAfter
from telegram.ext import Application, ApplicationBuilder, CallbackQueryHandler, CommandHandler, ContextTypes

from tests.fakebot import FakeClock, FakeRequest, FakeTelegram, FakeTelegramServer, deliver, wait_until
from tests.fakebot.html import parse_html

USER = 42
TEXT_BUTTONS = "can't parse InlineKeyboardButton: Text buttons are not allowed in the inline keyboard"
POLLING_CONFLICT = "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"
JSONDict = dict[str, Any]


def keyboard(*data: str) -> JSONDict:
    return {"inline_keyboard": [[{"text": f"Button {i}", "callback_data": d} for i, d in enumerate(data)]]}


@pytest.fixture(autouse=True)
def _ptb_timedelta(monkeypatch: pytest.MonkeyPatch) -> None:
    # Without it PTB 22 warns (PTBDeprecationWarning) inside RetryAfter.__init__, an error under
    # filterwarnings=error, so a 429 would surface as a warning instead of RetryAfter.
    monkeypatch.setenv("PTB_TIMEDELTA", "1")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def core(clock: FakeClock) -> FakeTelegram:
    fake = FakeTelegram(clock=clock)
    fake.add_user(USER, first_name="Ana", language_code="fr")
    return fake


@pytest.fixture
def server(core: FakeTelegram, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeTelegramServer]:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    with FakeTelegramServer(core) as running:
        yield running


@pytest.fixture
async def bot(core: FakeTelegram) -> AsyncIterator[Bot]:
    async with Bot(core.token, request=FakeRequest(core), get_updates_request=FakeRequest(core)) as ptb_bot:
        yield ptb_bot


@pytest.fixture
async def http_bot(core: FakeTelegram, server: FakeTelegramServer) -> AsyncIterator[Bot]:
    async with Bot(core.token, base_url=server.base_url, base_file_url=server.base_file_url) as ptb_bot:
        yield ptb_bot


def last(core: FakeTelegram, chat_id: int = USER) -> JSONDict:
    message = core.last_message(chat_id)
    assert message is not None
    return message


def send(core: FakeTelegram, text: str, **params: Any) -> tuple[int, JSONDict]:
    response = core.call("sendMessage", {"chat_id": USER, "text": text, **params})
    return response.status, response.body


# --- Text limits -------------------------------------------------------------------------------


def test_a_message_of_exactly_4096_characters_is_accepted(core: FakeTelegram) -> None:
    assert send(core, "x" * 4096)[0] == 200


def test_a_message_over_4096_characters_is_refused(core: FakeTelegram) -> None:
    assert send(core, "x" * 4097) == (
        400,
        {"ok": False, "error_code": 400, "description": "Bad Request: message is too long"},
    )


def test_the_length_limit_counts_characters_after_html_parsing(core: FakeTelegram) -> None:
    assert send(core, "<b>" + "x" * 4096 + "</b>", parse_mode="HTML")[0] == 200
    assert send(core, "&amp;" * 4096, parse_mode="HTML")[0] == 200
    assert send(core, "&amp;" * 4097, parse_mode="HTML")[1]["description"] == "Bad Request: message is too long"


def test_the_length_limit_counts_an_emoji_as_one_character(core: FakeTelegram) -> None:
    assert send(core, "🙂" * 4096)[0] == 200
    assert send(core, "🙂" * 4097)[0] == 400


@pytest.mark.parametrize("text", ["", "   \n\t ", "<b> </b>"])
def test_an_empty_or_blank_text_is_refused(core: FakeTelegram, text: str) -> None:
    assert send(core, text, parse_mode="HTML")[1]["description"] == "Bad Request: message text is empty"


def test_a_missing_text_is_refused_as_empty(core: FakeTelegram) -> None:
    assert core.call("sendMessage", {"chat_id": USER}).body["description"] == "Bad Request: message text is empty"


def test_surrounding_whitespace_is_trimmed_and_entities_follow(core: FakeTelegram) -> None:
    status, body = send(core, "\n  <b>Plan</b> ready  \n", parse_mode="HTML")
    assert status == 200
    assert body["result"]["text"] == "Plan ready"
    assert body["result"]["entities"] == [{"type": "bold", "offset": 0, "length": 4}]


def test_a_caption_over_1024_characters_is_refused(core: FakeTelegram) -> None:
    params = {"chat_id": USER, "caption": "c" * 1025}
    files = {"document": _upload("plan.txt", b"plan")}
    response = core.call("sendDocument", params, files)
    assert response.body["description"] == "Bad Request: message caption is too long"
    assert core.call("sendDocument", {**params, "caption": "c" * 1024}, files).status == 200


def test_an_unknown_parse_mode_is_refused(core: FakeTelegram) -> None:
    assert send(core, "hi", parse_mode="BBCode")[1]["description"] == "Bad Request: unsupported parse_mode"


# --- HTML validation ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("html", "text", "entities"),
    [
        ("<b>bold</b> <strong>s</strong>", "bold s", [("bold", 0, 4), ("bold", 5, 1)]),
        ("<i>i</i><em>e</em><u>u</u><ins>n</ins>", "ieun", [("italic", 0, 1), ("italic", 1, 1), *[
            ("underline", 2, 1), ("underline", 3, 1)]]),
        ("<s>a</s><strike>b</strike><del>c</del>", "abc", [("strikethrough", i, 1) for i in range(3)]),
        ('<span class="tg-spoiler">x</span><tg-spoiler>y</tg-spoiler>', "xy", [("spoiler", 0, 1), *[
            ("spoiler", 1, 1)]]),
        ('<a href="https://example.org/?a=1&amp;b=2">link</a>', "link", [("text_link", 0, 4)]),
        ("<code>x = 1</code>", "x = 1", [("code", 0, 5)]),
        ('<pre><code class="language-python">print(1)</code></pre>', "print(1)", [("pre", 0, 8)]),
        ("<blockquote>quote</blockquote>", "quote", [("blockquote", 0, 5)]),
        ("<blockquote expandable>long</blockquote>", "long", [("expandable_blockquote", 0, 4)]),
        ('<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>', "👍", [("custom_emoji", 0, 2)]),
        ("1 &lt; 2 &gt; 0 &amp; &quot;q&quot; &#65;&#x42;", '1 < 2 > 0 & "q" AB', []),
        ("<b>bold <i>both</i></b>", "bold both", [("bold", 0, 9), ("italic", 5, 4)]),
        ("<B>upper</B>", "upper", [("bold", 0, 5)]),
        ("a > b", "a > b", []),
        ("<b>x</>", "x", [("bold", 0, 1)]),
    ],
)  # fmt: skip
def test_valid_telegram_html_is_accepted_with_its_entities(
    core: FakeTelegram, html: str, text: str, entities: list[tuple[str, int, int]]
) -> None:
    status, body = send(core, html, parse_mode="HTML")
    assert status == 200, body
    assert body["result"]["text"] == text
    found = [(e["type"], e["offset"], e["length"]) for e in body["result"].get("entities", [])]
    assert found == entities


def test_entity_offsets_are_in_utf16_code_units() -> None:
    parsed = parse_html("🙂 <b>é</b>")
    assert parsed.entities == [{"type": "bold", "offset": 3, "length": 1}]


def test_pre_with_a_language_keeps_it_and_links_keep_their_url() -> None:
    parsed = parse_html('<pre><code class="language-python">x</code></pre> <a href="tg://resolve">t</a>')
    assert parsed.entities == [
        {"type": "pre", "offset": 0, "length": 1, "language": "python"},
        {"type": "text_link", "offset": 2, "length": 1, "url": "tg://resolve"},
    ]


@pytest.mark.parametrize(
    ("html", "error"),
    [
        ("<p>para</p>", 'Unsupported start tag "p" at byte offset 0'),
        ("1 < 2", 'Unsupported start tag "" at byte offset 2'),
        ("<br/>", 'Unsupported start tag "br/" at byte offset 0'),
        ("é<b", "Unclosed start tag at byte offset 2"),
        ("<b>bold", "Can't find end tag corresponding to start tag b"),
        ("<b><i>x</b></i>", 'Unmatched end tag at byte offset 7, expected "</i>", found "</b>"'),
        ("x</b>", "Unexpected end tag at byte offset 1"),
        ("<b>x</b", "Unclosed end tag at byte offset 4"),
        ('<span class="big">x</span>', 'Tag "span" must have class "tg-spoiler" at byte offset 0'),
        (
            "<a href>x</a>",
            'Expected equal sign in declaration of an attribute of the tag "a" at byte offset 0',
        ),
        ('<tg-emoji emoji-id="abc">x</tg-emoji>', "Invalid custom emoji identifier specified"),
        ("Fish & chips", 'Character "&" at byte offset 5 must be escaped as "&amp;"'),
        ("&nbsp;", 'Character "&" at byte offset 0 must be escaped as "&amp;"'),
    ],
)
def test_invalid_html_is_refused_with_a_cant_parse_entities_error(core: FakeTelegram, html: str, error: str) -> None:
    status, body = send(core, html, parse_mode="HTML")
    assert status == 400
    assert body["description"] == f"Bad Request: can't parse entities: {error}"


@settings(max_examples=150, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",))))
def test_any_text_escaped_with_html_escape_parses_back_to_itself(text: str) -> None:
    parsed = parse_html(html.escape(text))
    assert parsed.text == text
    assert parsed.entities == []


def test_a_stray_ampersand_is_kept_when_html_is_not_strict(clock: FakeClock) -> None:
    lenient = FakeTelegram(clock=clock, strict_html=False)
    lenient.add_user(USER)
    assert send(lenient, "Fish & chips", parse_mode="HTML")[1]["result"]["text"] == "Fish & chips"


def test_html_is_not_parsed_without_parse_mode(core: FakeTelegram) -> None:
    assert send(core, "<p>& raw</p>")[1]["result"]["text"] == "<p>& raw</p>"


# --- Keyboards ---------------------------------------------------------------------------------


def test_callback_data_of_64_bytes_is_accepted_and_65_refused(core: FakeTelegram) -> None:
    assert send(core, "k", reply_markup=json.dumps(keyboard("a" * 64)))[0] == 200
    assert send(core, "k", reply_markup=json.dumps(keyboard("a" * 65)))[1]["description"] == (
        "Bad Request: BUTTON_DATA_INVALID"
    )


def test_callback_data_counts_an_emoji_as_four_bytes(core: FakeTelegram) -> None:
    assert send(core, "k", reply_markup=keyboard("🎯" * 16))[0] == 200
    assert send(core, "k", reply_markup=keyboard("🎯" * 16 + "x"))[1]["description"] == (
        "Bad Request: BUTTON_DATA_INVALID"
    )


@pytest.mark.parametrize(
    ("button", "error"),
    [
        ({"callback_data": "go"}, 'can\'t parse InlineKeyboardButton: Field "text" must be of type String'),
        ({"text": "", "callback_data": "go"}, "BUTTON_TEXT_INVALID"),
        ({"text": "Go"}, TEXT_BUTTONS),
        ({"text": "Go", "callback_data": ""}, TEXT_BUTTONS),
        ({"text": "Go", "url": "ftp://x"}, "BUTTON_URL_INVALID"),
    ],
)  # fmt: skip
def test_an_invalid_inline_button_is_refused(core: FakeTelegram, button: JSONDict, error: str) -> None:
    markup = {"inline_keyboard": [[button]]}
    assert send(core, "k", reply_markup=markup)[1]["description"] == f"Bad Request: {error}"


def test_a_reply_keyboard_is_remembered_per_chat_but_not_echoed(core: FakeTelegram) -> None:
    markup = {"keyboard": [[{"text": "Oui"}, {"text": "Non"}]], "one_time_keyboard": True}
    assert "reply_markup" not in send(core, "Continue?", reply_markup=markup)[1]["result"]
    assert core.reply_keyboard(USER) == markup
    send(core, "ok", reply_markup={"remove_keyboard": True})
    assert core.reply_keyboard(USER) is None


# --- Edits, deletes and callbacks --------------------------------------------------------------


def test_editing_a_message_to_the_same_content_is_refused_as_not_modified(core: FakeTelegram) -> None:
    message_id = send(core, "<b>Plan</b>", parse_mode="HTML", reply_markup=keyboard("a"))[1]["result"]["message_id"]
    same = {"chat_id": USER, "message_id": message_id, "text": "<b>Plan</b>", "parse_mode": "HTML"}
    response = core.call("editMessageText", {**same, "reply_markup": keyboard("a")})
    assert response.status == 400
    assert response.body["description"].startswith("Bad Request: message is not modified:")
    assert core.call("editMessageText", {**same, "reply_markup": keyboard("b")}).status == 200
    markup = core.call(
        "editMessageReplyMarkup", {"chat_id": USER, "message_id": message_id, "reply_markup": keyboard("b")}
    )
    assert markup.body["description"].startswith("Bad Request: message is not modified:")


def test_editing_text_without_markup_removes_the_inline_keyboard(core: FakeTelegram, clock: FakeClock) -> None:
    message_id = send(core, "Pick", reply_markup=keyboard("a", "b"))[1]["result"]["message_id"]
    clock.advance(3)
    edited = core.call("editMessageText", {"chat_id": USER, "message_id": message_id, "text": "Picked a"})
    assert edited.result["edit_date"] == int(clock())
    stored = last(core)
    assert stored["text"] == "Picked a"
    assert core.buttons(stored) == []


def test_editing_or_deleting_an_unknown_message_is_refused(core: FakeTelegram) -> None:
    edit = core.call("editMessageText", {"chat_id": USER, "message_id": 999, "text": "x"})
    assert edit.body["description"] == "Bad Request: message to edit not found"
    delete = core.call("deleteMessage", {"chat_id": USER, "message_id": 999})
    assert delete.body["description"] == "Bad Request: message to delete not found"


def test_a_deleted_message_disappears_from_the_chat(core: FakeTelegram) -> None:
    message_id = send(core, "temporary")[1]["result"]["message_id"]
    assert core.call("deleteMessage", {"chat_id": USER, "message_id": message_id}).result is True
    assert core.messages(USER) == []


def test_the_bot_cannot_edit_a_users_message(core: FakeTelegram) -> None:
    update = core.send_text(USER, "mine")
    response = core.call(
        "editMessageText", {"chat_id": USER, "message_id": update["message"]["message_id"], "text": "x"}
    )
    assert response.body["description"] == "Bad Request: message can't be edited"


def test_a_callback_query_can_be_answered_once_within_its_lifetime(core: FakeTelegram, clock: FakeClock) -> None:
    message_id = send(core, "Pick", reply_markup=keyboard("a", "b"))[1]["result"]["message_id"]
    first = core.tap(USER, message_id, "a")["callback_query"]["id"]
    late = core.tap(USER, message_id, "b")["callback_query"]["id"]
    too_old = "Bad Request: query is too old and response timeout expired or query ID is invalid"
    assert core.call("answerCallbackQuery", {"callback_query_id": first, "text": "Noted"}).result is True
    assert core.callback_answer(first) == {"text": "Noted", "show_alert": False, "url": None, "cache_time": 0}
    assert core.call("answerCallbackQuery", {"callback_query_id": first}).body["description"] == too_old
    clock.advance(16)
    assert core.call("answerCallbackQuery", {"callback_query_id": late}).body["description"] == too_old
    assert core.call("answerCallbackQuery", {"callback_query_id": "nope"}).body["description"] == too_old


def test_a_tap_carries_the_bot_message_and_the_data(core: FakeTelegram) -> None:
    message = send(core, "Pick", reply_markup=keyboard("plan:1"))[1]["result"]
    query = core.tap(USER, message["message_id"], "plan:1")["callback_query"]
    assert query["data"] == "plan:1"
    assert query["from"]["id"] == USER
    assert query["message"] == message
    assert query["chat_instance"]


def test_tapping_a_button_that_is_not_there_is_a_test_error(core: FakeTelegram) -> None:
    message_id = send(core, "Pick", reply_markup=keyboard("a"))[1]["result"]["message_id"]
    with pytest.raises(LookupError):
        core.tap(USER, message_id, "zzz")
    assert core.tap(USER, message_id, "zzz", force=True)["callback_query"]["data"] == "zzz"
    assert core.tap_text(USER, message_id, "Button 0")["callback_query"]["data"] == "a"


# --- Rate limits -------------------------------------------------------------------------------


def test_rate_limits_are_off_unless_enabled(core: FakeTelegram) -> None:
    assert all(send(core, f"m{i}")[0] == 200 for i in range(50))


def test_a_private_chat_gets_429_after_a_burst_of_three_until_a_second_passes(
    core: FakeTelegram, clock: FakeClock
) -> None:
    core.enforce_rate_limits = True
    assert [send(core, f"m{i}")[0] for i in range(3)] == [200, 200, 200]
    assert send(core, "m3") == (
        429,
        {
            "ok": False,
            "error_code": 429,
            "description": "Too Many Requests: retry after 1",
            "parameters": {"retry_after": 1},
        },
    )
    clock.advance(1.0)
    assert send(core, "m4")[0] == 200
    assert send(core, "m5")[0] == 429
    clock.advance(3.0)
    assert [send(core, f"n{i}")[0] for i in range(4)] == [200, 200, 200, 429]


def test_the_bot_gets_429_above_30_messages_per_second_overall(clock: FakeClock) -> None:
    fake = FakeTelegram(clock=clock, enforce_rate_limits=True)
    for user_id in range(1, 32):
        fake.add_user(user_id)
    answers = [fake.call("sendMessage", {"chat_id": u, "text": "news"}).status for u in range(1, 32)]
    assert answers == [200] * 30 + [429]
    clock.advance(0.1)
    assert fake.call("sendMessage", {"chat_id": 31, "text": "news"}).status == 200


def test_a_group_gets_429_above_20_messages_per_minute(core: FakeTelegram, clock: FakeClock) -> None:
    core.group_message(USER, -1001, "hello bot")
    core.enforce_rate_limits = True
    answers = [core.call("sendMessage", {"chat_id": -1001, "text": "x"}) for _ in range(21)]
    assert [a.status for a in answers] == [200] * 20 + [429]
    assert answers[-1].body["parameters"] == {"retry_after": 3}
    clock.advance(3)
    assert core.call("sendMessage", {"chat_id": -1001, "text": "x"}).status == 200


def test_refused_messages_do_not_consume_the_rate_limit(core: FakeTelegram) -> None:
    core.enforce_rate_limits = True
    assert [send(core, "")[0] for _ in range(5)] == [400] * 5
    assert [send(core, "ok")[0] for _ in range(3)] == [200] * 3


# --- Faults ------------------------------------------------------------------------------------


def test_fail_next_answers_the_next_calls_then_recovers(core: FakeTelegram) -> None:
    core.fail_next("sendMessage", 500, count=2)
    assert [send(core, "x")[0] for _ in range(3)] == [500, 500, 200]
    assert core.call("getMe").status == 200


def test_fail_next_429_carries_retry_after(core: FakeTelegram) -> None:
    core.fail_next("sendMessage", 429, retry_after=7)
    assert send(core, "x")[1] == {
        "ok": False,
        "error_code": 429,
        "description": "Too Many Requests: retry after 7",
        "parameters": {"retry_after": 7},
    }


@pytest.mark.parametrize(
    ("code", "description"),
    [
        (400, "Bad Request: injected failure"),
        (403, "Forbidden: bot was blocked by the user"),
        (409, POLLING_CONFLICT),
        (500, "Internal Server Error"),
    ],
)
def test_fail_next_uses_telegrams_default_descriptions(core: FakeTelegram, code: int, description: str) -> None:
    core.fail_next("*", code)
    assert core.call("getMe").body == {"ok": False, "error_code": code, "description": description}


def test_a_blocked_user_answers_403_until_unblocked(core: FakeTelegram) -> None:
    core.block(USER)
    assert send(core, "hi") == (
        403,
        {"ok": False, "error_code": 403, "description": "Forbidden: bot was blocked by the user"},
    )
    assert core.call("sendChatAction", {"chat_id": USER, "action": "typing"}).status == 403
    core.unblock(USER)
    assert send(core, "hi")[0] == 200


def test_sending_to_an_unknown_chat_is_refused(core: FakeTelegram) -> None:
    assert core.call("sendMessage", {"chat_id": 777, "text": "x"}).body["description"] == "Bad Request: chat not found"
    assert core.call("sendMessage", {"text": "x"}).body["description"] == "Bad Request: chat_id is empty"


def test_get_updates_while_a_webhook_is_set_is_a_409_conflict(core: FakeTelegram) -> None:
    assert core.call("setWebhook", {"url": "https://example.org/hook"}).result is True
    assert core.call("getUpdates").body == {
        "ok": False,
        "error_code": 409,
        "description": "Conflict: can't use getUpdates method while webhook is active; "
        "use deleteWebhook to delete the webhook first",
    }
    assert core.call("deleteWebhook").result is True
    assert core.call("getUpdates").status == 200


def test_conflict_polling_makes_get_updates_answer_409(core: FakeTelegram) -> None:
    core.conflict_polling(True)
    assert core.call("getUpdates").body["description"].startswith("Conflict: terminated by other getUpdates")
    core.conflict_polling(False)
    assert core.call("getUpdates").status == 200


def test_a_newer_get_updates_terminates_a_waiting_long_poll(core: FakeTelegram) -> None:
    ticket = core.begin_poll()
    assert not core.poll_ready(ticket, 0)
    core.call("getUpdates", {"timeout": 0})
    assert core.poll_ready(ticket, 0)
    assert core.finish_poll(ticket, {"timeout": 10}).status == 409


def test_unknown_methods_answer_404_and_names_are_case_insensitive(core: FakeTelegram) -> None:
    assert core.call("sendTelepathy").body == {"ok": False, "error_code": 404, "description": "Not Found"}
    assert core.call("GETME").status == 200
    assert [c.method for c in core.calls] == ["sendTelepathy", "getMe"]


def test_a_wrong_token_and_a_logged_out_bot_answer_401(core: FakeTelegram) -> None:
    assert core.call("getMe", token="1:wrong").body == {
        "ok": False,
        "error_code": 401,
        "description": "Unauthorized",
    }
    assert core.call("logOut", token=core.token).result is True
    assert core.call("getMe", token=core.token).status == 401


# --- Updates, webhook settings, commands, files ------------------------------------------------


def test_get_updates_confirms_by_offset_and_caps_by_limit(core: FakeTelegram) -> None:
    ids = [core.send_text(USER, f"m{i}")["update_id"] for i in range(5)]
    assert [u["update_id"] for u in core.call("getUpdates", {"limit": 2}).result] == ids[:2]
    assert [u["update_id"] for u in core.call("getUpdates", {"offset": ids[3]}).result] == ids[3:]
    assert [u["update_id"] for u in core.call("getUpdates", {"offset": -1}).result] == ids[4:]
    assert core.call("getUpdates", {"offset": ids[4] + 1}).result == []


def test_allowed_updates_filters_updates_created_afterwards(core: FakeTelegram) -> None:
    core.send_text(USER, "before")
    core.call("getUpdates", {"allowed_updates": '["callback_query"]'})
    core.send_text(USER, "after")
    assert [u["message"]["text"] for u in core.pending_updates()] == ["before"]
    core.call("getUpdates", {"allowed_updates": "[]"})
    core.send_text(USER, "default again")
    assert len(core.pending_updates()) == 2


def test_set_webhook_reports_info_and_can_drop_pending_updates(core: FakeTelegram) -> None:
    core.send_text(USER, "queued")
    core.call("setWebhook", {"url": "https://example.org/hook", "secret_token": "s3cret_-", "max_connections": "10"})
    info = core.call("getWebhookInfo").result
    assert (info["url"], info["pending_update_count"], info["max_connections"]) == (
        "https://example.org/hook",
        1,
        10,
    )
    assert "secret_token" not in info
    core.call("deleteWebhook", {"drop_pending_updates": "true"})
    assert core.webhook_info() == {"url": "", "has_custom_certificate": False, "pending_update_count": 0}


@pytest.mark.parametrize(
    ("params", "error"),
    [
        ({"url": "https://a.org", "secret_token": "bad token"}, "secret token contains unallowed characters"),
        ({"url": "not a url"}, "bad webhook: Failed to resolve host: Name or service not known"),
    ],
)  # fmt: skip
def test_an_invalid_webhook_is_refused(core: FakeTelegram, params: JSONDict, error: str) -> None:
    assert core.call("setWebhook", params).body["description"] == f"Bad Request: {error}"


def test_a_strict_fake_requires_https_webhooks_on_telegram_ports(clock: FakeClock) -> None:
    strict = FakeTelegram(clock=clock, allow_insecure_webhooks=False)
    http = strict.call("setWebhook", {"url": "http://example.org/hook"}).body["description"]
    assert http == "Bad Request: bad webhook: An HTTPS URL must be provided for webhook"
    port = strict.call("setWebhook", {"url": "https://example.org:8080/hook"}).body["description"]
    assert port == "Bad Request: bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443"


def test_commands_are_stored_per_scope_and_language(core: FakeTelegram) -> None:
    commands = json.dumps([{"command": "start", "description": "Commencer"}])
    core.call("setMyCommands", {"commands": commands, "language_code": "fr"})
    assert core.commands(language_code="fr") == [{"command": "start", "description": "Commencer"}]
    assert core.call("getMyCommands").result == []
    assert core.call("getMyCommands", {"language_code": "fr"}).result == json.loads(commands)
    core.call("deleteMyCommands", {"language_code": "fr"})
    assert core.commands(language_code="fr") == []


@pytest.mark.parametrize(
    ("command", "error"),
    [
        ({"command": "Start", "description": "x"}, "BOT_COMMAND_INVALID"),
        ({"command": "a" * 33, "description": "x"}, "BOT_COMMAND_INVALID"),
        ({"command": "start", "description": ""}, "BOT_COMMAND_DESCRIPTION_INVALID"),
    ],
)
def test_an_invalid_command_is_refused(core: FakeTelegram, command: JSONDict, error: str) -> None:
    assert core.call("setMyCommands", {"commands": [command]}).body["description"] == f"Bad Request: {error}"


def test_send_chat_action_validates_the_action(core: FakeTelegram) -> None:
    assert core.call("sendChatAction", {"chat_id": USER, "action": "typing"}).result is True
    wrong = core.call("sendChatAction", {"chat_id": USER, "action": "dancing"})
    assert wrong.body["description"] == "Bad Request: wrong parameter action in request"


def _upload(name: str, content: bytes, mime: str = "application/octet-stream") -> Any:
    from tests.fakebot import UploadedFile

    return UploadedFile(name, content, mime)


def test_send_photo_needs_an_image_and_records_the_upload(core: FakeTelegram) -> None:
    from tests.fakebot.users import TINY_PNG

    bad = core.call("sendPhoto", {"chat_id": USER}, {"photo": _upload("x.png", b"not an image")})
    assert bad.body["description"] == "Bad Request: IMAGE_PROCESS_FAILED"
    good = core.call("sendPhoto", {"chat_id": USER, "caption": "Chart"}, {"photo": _upload("c.png", TINY_PNG)})
    photo = good.result["photo"][0]
    assert (photo["width"], photo["height"], photo["file_size"]) == (1, 1, len(TINY_PNG))
    (upload,) = core.uploads(USER)
    assert (upload.method, upload.filename, upload.size, upload.caption) == (
        "sendPhoto",
        "c.png",
        len(TINY_PNG),
        "Chart",
    )
    again = core.call("sendPhoto", {"chat_id": USER, "photo": photo["file_id"]})
    assert again.result["photo"][0]["file_id"] == photo["file_id"]


def test_a_document_needs_content_or_a_known_file_id(core: FakeTelegram) -> None:
    empty = core.call("sendDocument", {"chat_id": USER}, {"document": _upload("e.txt", b"")})
    assert empty.body["description"] == "Bad Request: file must be non-empty"
    unknown = core.call("sendDocument", {"chat_id": USER, "document": "nope"})
    assert unknown.body["description"] == "Bad Request: wrong file identifier/HTTP URL specified"
    missing = core.call("sendDocument", {"chat_id": USER})
    assert missing.body["description"] == "Bad Request: there is no document in the request"


# --- Playing users -----------------------------------------------------------------------------


def test_a_command_gets_a_bot_command_entity_like_telegram_does(core: FakeTelegram) -> None:
    message = core.send_text(USER, "/start@planbot_test_bot promo")["message"]
    assert message["entities"] == [{"type": "bot_command", "offset": 0, "length": 23}]
    assert message["from"] == {"id": USER, "is_bot": False, "first_name": "Ana", "language_code": "fr"}
    assert "entities" not in core.send_text(USER, "no command here, and/or a path")["message"]


def test_update_ids_and_message_ids_increase(core: FakeTelegram) -> None:
    first, second = core.send_text(USER, "a"), core.send_text(USER, "b")
    assert second["update_id"] == first["update_id"] + 1
    assert second["message"]["message_id"] == first["message"]["message_id"] + 1
    reply = send(core, "bot")[1]["result"]
    assert reply["message_id"] == second["message"]["message_id"] + 1


@pytest.mark.parametrize(
    ("act", "attribute"),
    [
        (lambda c: c.send_photo(USER, caption="look"), "photo"),
        (lambda c: c.send_sticker(USER), "sticker"),
        (lambda c: c.send_voice(USER), "voice"),
        (lambda c: c.send_document(USER, "brief.pdf", b"%PDF-1.4"), "document"),
        (lambda c: c.send_location(USER), "location"),
        (lambda c: c.group_message(USER, -100123, "hi group"), "text"),
        (lambda c: c.channel_post(-100777, "news"), "text"),
    ],
)
def test_every_kind_of_user_update_parses_with_ptb(core: FakeTelegram, act: Any, attribute: str) -> None:
    update = Update.de_json(act(core), None)
    assert update.effective_message is not None
    assert getattr(update.effective_message, attribute)


def test_a_user_edit_is_an_edited_message_update(core: FakeTelegram, clock: FakeClock) -> None:
    message_id = core.send_text(USER, "budget 100")["message"]["message_id"]
    clock.advance(5)
    edited = core.edit_text(USER, message_id, "budget 200")["edited_message"]
    assert (edited["text"], edited["edit_date"]) == ("budget 200", int(clock()))
    assert core.messages(USER, from_bot=False)[0]["text"] == "budget 200"


def test_wait_for_returns_when_another_thread_makes_it_true(core: FakeTelegram) -> None:
    worker = threading.Thread(target=send, args=(core, "from another thread"))
    worker.start()
    message = core.wait_for(lambda: core.last_message(USER), timeout=5)
    worker.join()
    assert message["text"] == "from another thread"
    with pytest.raises(TimeoutError):
        core.wait_for(lambda: core.message(USER, 99), timeout=0.01)


# --- A real PTB Bot, in-process ----------------------------------------------------------------


async def test_a_ptb_bot_talks_to_the_fake_in_process(core: FakeTelegram, bot: Bot) -> None:
    assert bot.username == "planbot_test_bot"
    sent = await bot.send_message(
        USER,
        "<b>Diagnostic</b> prêt",
        parse_mode="HTML",
        reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton("Voir", callback_data="diag:show")]]),
    )
    assert sent.text == "Diagnostic prêt"
    assert core.buttons(core.last_message(USER)) == [("Voir", "diag:show")]
    core.tap(USER, sent.message_id, "diag:show")
    (update,) = await bot.get_updates(timeout=1)
    assert update.callback_query is not None
    assert await update.callback_query.answer("OK") is True
    assert core.calls_to("answerCallbackQuery")[0].params["text"] == "OK"
    scope = BotCommandScopeAllPrivateChats()
    assert await bot.set_my_commands([BotCommand("plan", "Mon plan")], scope=scope, language_code="fr")
    assert await bot.get_my_commands(scope=scope, language_code="fr") == (BotCommand("plan", "Mon plan"),)


async def test_ptb_raises_its_own_exceptions_for_the_fakes_errors(core: FakeTelegram, bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r"(?i)^message is too long$"):
        await bot.send_message(USER, "x" * 4097)
    with pytest.raises(BadRequest, match=r"(?i)can't parse entities: unsupported start tag"):
        await bot.send_message(USER, "<p>x</p>", parse_mode="HTML")
    core.block(USER)
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(USER, "x")
    core.fail_next("sendMessage", 429, retry_after=3)
    with pytest.raises(RetryAfter) as retry:
        await bot.send_message(USER, "x")
    assert retry.value.retry_after == dt.timedelta(seconds=3)
    core.conflict_polling()
    with pytest.raises(Conflict):
        await bot.get_updates()


async def test_a_method_the_fake_lacks_looks_like_a_bad_token_to_ptb(core: FakeTelegram, bot: Bot) -> None:
    # Telegram answers 404 "Not Found" for unknown methods; PTB maps 404 to InvalidToken,
    # except in do_api_request, which raises EndPointNotFound.
    with pytest.raises(InvalidToken, match="Not Found"):
        await bot.edit_message_caption(USER, 1, caption="x")
    with pytest.raises(EndPointNotFound):
        await bot.do_api_request("sendTelepathy")


async def test_a_long_poll_in_process_returns_as_soon_as_a_user_writes(core: FakeTelegram, bot: Bot) -> None:
    loop = asyncio.get_running_loop()
    loop.call_later(0.05, core.send_text, USER, "hello")
    started = time.monotonic()
    (update,) = await bot.get_updates(timeout=10)
    assert time.monotonic() - started < 5
    assert update.message is not None
    assert update.message.text == "hello"


async def test_a_ptb_bot_uploads_and_downloads_files_in_process(core: FakeTelegram, bot: Bot) -> None:
    sent = await bot.send_document(USER, b"Plan marketing", filename="plan.txt", caption="Votre plan")
    assert sent.document is not None
    assert (sent.document.file_name, sent.document.file_size, sent.caption) == ("plan.txt", 14, "Votre plan")
    assert core.uploads(USER)[0].content == b"Plan marketing"
    incoming = core.send_document(USER, "brief.txt", b"brief")["message"]["document"]
    file = await bot.get_file(incoming["file_id"])
    assert bytes(await file.download_as_bytearray()) == b"brief"


def _build_app(core: FakeTelegram) -> Application[Any, Any, Any, Any, Any, Any]:
    app = (
        ApplicationBuilder().token(core.token).request(FakeRequest(core)).get_updates_request(FakeRequest(core)).build()
    )

    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        markup = InlineKeyboardMarkup([[InlineKeyboardButton("Commencer", callback_data="go")]])
        await update.effective_message.reply_text("Bienvenue", reply_markup=markup)

    async def go(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.callback_query is not None
        await update.callback_query.answer()
        await update.callback_query.edit_message_text("C'est parti")

    app.add_handler(CommandHandler("start", start))
    app.add_handler(CallbackQueryHandler(go))
    return app


async def test_an_application_handles_updates_delivered_in_process(core: FakeTelegram) -> None:
    app = _build_app(core)
    async with app:
        await deliver(app, core.send_text(USER, "/start"))
        welcome = last(core)
        assert welcome["text"] == "Bienvenue"
        await deliver(app, core.tap(USER, welcome["message_id"], "go"))
    assert core.messages(USER)[-1]["text"] == "C'est parti"
    assert core.buttons(core.last_message(USER)) == []


async def test_an_application_polling_the_fake_answers_a_user(core: FakeTelegram) -> None:
    app = _build_app(core)
    async with app:
        assert app.updater is not None
        await app.updater.start_polling(timeout=10)
        await app.start()
        core.send_text(USER, "/start")
        welcome = await wait_until(core, lambda: core.last_message(USER))
        core.tap(USER, welcome["message_id"], "go")
        await wait_until(core, lambda: core.messages(USER)[-1].get("edit_date"))
        await app.updater.stop()
        await app.stop()
    assert core.pending_updates() == []


# --- Over HTTP ---------------------------------------------------------------------------------


async def test_a_ptb_bot_talks_to_the_fake_over_http(core: FakeTelegram, http_bot: Bot) -> None:
    assert (await http_bot.get_me()).username == "planbot_test_bot"
    sent = await http_bot.send_message(
        USER,
        "Objectifs",
        reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton("OK", callback_data="ok")]]),
    )
    core.tap(USER, sent.message_id, "ok")
    (update,) = await http_bot.get_updates()
    assert update.callback_query is not None
    assert await update.callback_query.answer("Enregistré") is True
    assert await http_bot.set_my_commands([BotCommand("start", "Commencer")])
    assert core.commands() == [{"command": "start", "description": "Commencer"}]
    doc = await http_bot.send_document(USER, b"\x00\x01binary", filename="plan.bin")
    assert core.uploads(USER)[0].content == b"\x00\x01binary"
    assert doc.document is not None
    file = await http_bot.get_file(doc.document.file_id)
    assert bytes(await file.download_as_bytearray()) == b"\x00\x01binary"
    with pytest.raises(BadRequest, match=r"(?i)button_data_invalid"):
        await http_bot.send_message(
            USER,
            "k",
            reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="é" * 33)]]),
        )


async def test_a_long_poll_over_http_returns_as_soon_as_a_user_writes(core: FakeTelegram, http_bot: Bot) -> None:
    asyncio.get_running_loop().call_later(0.1, core.send_text, USER, "je suis là")
    started = time.monotonic()
    (update,) = await http_bot.get_updates(timeout=10)
    assert time.monotonic() - started < 5
    assert update.message is not None
    assert update.message.text == "je suis là"


def test_http_accepts_query_form_json_and_multipart(core: FakeTelegram, server: FakeTelegramServer) -> None:
    api = f"{server.base_url}{core.token}"
    with httpx.Client(trust_env=False) as client:
        assert client.get(f"{api}/getMe").json()["result"]["is_bot"] is True
        assert client.get(f"{api}/sendMessage", params={"chat_id": USER, "text": "q"}).status_code == 200
        assert client.post(f"{api}/sendMessage", data={"chat_id": str(USER), "text": "form"}).status_code == 200
        sent = client.post(f"{api}/sendMessage", json={"chat_id": USER, "text": "json", "reply_markup": keyboard("a")})
        assert sent.json()["result"]["reply_markup"] == keyboard("a")
        files = {"document": ("r.csv", b"a,b\n1,2\n", "text/csv")}
        doc = client.post(f"{api}/sendDocument", data={"chat_id": str(USER), "caption": "CSV"}, files=files)
        assert doc.json()["result"]["document"]["mime_type"] == "text/csv"
        wrong = client.post(f"{server.base_url}1:bad/getMe")
        assert (wrong.status_code, wrong.json()["description"]) == (401, "Unauthorized")
        assert client.get(f"{server.url}/elsewhere").status_code == 404
    assert [m.get("text") for m in core.messages(USER)] == ["q", "form", "json", None]


def test_the_control_api_drives_the_fake_from_another_process(core: FakeTelegram, server: FakeTelegramServer) -> None:
    control = f"{server.url}/control"
    with httpx.Client(trust_env=False) as client:
        assert client.post(f"{control}/users", json={"user_id": 7, "first_name": "Bo"}).json()["ok"] is True
        update = client.post(f"{control}/send", json={"user_id": 7, "text": "/start"}).json()["result"]
        assert update["message"]["text"] == "/start"
        send(core, "pick", reply_markup=keyboard("x"))
        message_id = last(core)["message_id"]
        tap = client.post(f"{control}/tap", json={"user_id": USER, "message_id": message_id, "callback_data": "x"})
        assert tap.json()["result"]["callback_query"]["data"] == "x"
        assert client.get(f"{control}/messages", params={"chat_id": USER}).json()["result"][0]["text"] == "pick"
        assert (
            client.get(f"{control}/calls", params={"method": "sendMessage"}).json()["result"][0]["params"]["text"]
            == "pick"
        )
        client.post(f"{control}/fail", json={"method": "sendMessage", "error_code": 500})
        assert send(core, "x")[0] == 500
        client.post(f"{control}/block", json={"user_id": USER})
        assert send(core, "x")[0] == 403
        client.post(f"{control}/unblock", json={"user_id": USER})
        assert send(core, "x")[0] == 200
        bad = client.post(f"{control}/tap", json={"user_id": USER, "message_id": 999, "callback_data": "x"})
        assert bad.status_code == 400
        assert client.post(f"{control}/send", content=b"{not json").status_code == 400


class _Receiver:
    """A local webhook endpoint that records deliveries and fails the first ``failures`` of them."""

    def __init__(self, failures: int) -> None:
        self.bodies: list[JSONDict] = []
        self.secrets: list[str | None] = []
        self.failures = failures
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.secrets.append(self.headers.get("X-Telegram-Bot-Api-Secret-Token"))
                status = 500 if receiver.failures > 0 else 200
                receiver.failures -= 1
                if status == 200:
                    receiver.bodies.append(json.loads(body))
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05})

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/hook"

    def __enter__(self) -> _Receiver:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join()


def test_updates_are_posted_to_the_webhook_with_the_secret_token(
    core: FakeTelegram, server: FakeTelegramServer
) -> None:
    with _Receiver(failures=1) as receiver:
        assert core.call("setWebhook", {"url": receiver.url, "secret_token": "planbot-s3cret"}).result is True
        update = core.send_text(USER, "par webhook")
        core.wait_for(lambda: not core.pending_updates())
    assert receiver.bodies == [update]
    assert receiver.secrets == ["planbot-s3cret", "planbot-s3cret"]
    assert core.webhook_info()["last_error_message"] == "Wrong response from the webhook: 500 Internal Server Error"


async def test_a_ptb_application_receives_updates_by_webhook(core: FakeTelegram, server: FakeTelegramServer) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    app = ApplicationBuilder().token(core.token).base_url(server.base_url).base_file_url(server.base_file_url).build()

    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        await update.effective_message.reply_text("Bienvenue")

    app.add_handler(CommandHandler("start", start))
    async with app:
        assert app.updater is not None
        await app.updater.start_webhook(
            listen="127.0.0.1", port=port, url_path="hook", webhook_url=f"http://127.0.0.1:{port}/hook",
            secret_token="planbot-s3cret",
        )  # fmt: skip
        await app.start()
        assert core.webhook_info()["url"] == f"http://127.0.0.1:{port}/hook"
        core.send_text(USER, "/start")
        await wait_until(core, lambda: core.last_message(USER))
        await app.updater.stop()
        await app.stop()
    assert last(core)["text"] == "Bienvenue"


async def test_stopping_the_server_ends_a_long_poll_at_once(
    core: FakeTelegram, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    before = set(threading.enumerate())
    server = FakeTelegramServer(core).start()
    async with Bot(core.token, base_url=server.base_url) as http_bot:
        poll = asyncio.create_task(http_bot.get_updates(timeout=30))
        await wait_until(core, lambda: core.waiting_polls)
        started = time.monotonic()
        await asyncio.to_thread(server.stop)
        assert await poll == ()
        assert time.monotonic() - started < 2
    leftover = set(threading.enumerate()) - before
    assert not [t.name for t in leftover if not t.name.startswith("asyncio_")]  # to_thread's pool stays
