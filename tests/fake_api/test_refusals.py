"""What the fake refuses as Telegram does: text limits, HTML, keyboards, edits and callbacks."""

from __future__ import annotations

import html
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.fake_api.common import TEXT_BUTTONS, USER, JSONDict, keyboard, last, send, upload
from tests.fakebot import FakeClock, FakeTelegram
from tests.fakebot.html import parse_html

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
    files = {"document": upload("plan.txt", b"plan")}
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
