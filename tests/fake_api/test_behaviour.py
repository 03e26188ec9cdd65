"""How the fake behaves: rate limits, faults on demand, updates, webhooks, commands, files, playing users."""

from __future__ import annotations

import json
import threading
from typing import Any

import pytest
from telegram import (
    Update,
)

from tests.fake_api.common import POLLING_CONFLICT, USER, JSONDict, send, upload
from tests.fakebot import FakeClock, FakeTelegram

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


def test_send_photo_needs_an_image_and_records_the_upload(core: FakeTelegram) -> None:
    from tests.fakebot.users import TINY_PNG

    bad = core.call("sendPhoto", {"chat_id": USER}, {"photo": upload("x.png", b"not an image")})
    assert bad.body["description"] == "Bad Request: IMAGE_PROCESS_FAILED"
    good = core.call("sendPhoto", {"chat_id": USER, "caption": "Chart"}, {"photo": upload("c.png", TINY_PNG)})
    photo = good.result["photo"][0]
    assert (photo["width"], photo["height"], photo["file_size"]) == (1, 1, len(TINY_PNG))
    (recorded,) = core.uploads(USER)
    assert (recorded.method, recorded.filename, recorded.size, recorded.caption) == (
        "sendPhoto",
        "c.png",
        len(TINY_PNG),
        "Chart",
    )
    again = core.call("sendPhoto", {"chat_id": USER, "photo": photo["file_id"]})
    assert again.result["photo"][0]["file_id"] == photo["file_id"]


def test_a_document_needs_content_or_a_known_file_id(core: FakeTelegram) -> None:
    empty = core.call("sendDocument", {"chat_id": USER}, {"document": upload("e.txt", b"")})
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
