"""What the fake Bot API's tests share: the user they play, and short ways to send and read."""

from __future__ import annotations

from typing import Any

from tests.fakebot import FakeTelegram, UploadedFile

USER = 42
TEXT_BUTTONS = "can't parse InlineKeyboardButton: Text buttons are not allowed in the inline keyboard"
POLLING_CONFLICT = "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"
JSONDict = dict[str, Any]


def keyboard(*data: str) -> JSONDict:
    return {"inline_keyboard": [[{"text": f"Button {i}", "callback_data": d} for i, d in enumerate(data)]]}


def last(core: FakeTelegram, chat_id: int = USER) -> JSONDict:
    message = core.last_message(chat_id)
    assert message is not None
    return message


def send(core: FakeTelegram, text: str, **params: Any) -> tuple[int, JSONDict]:
    response = core.call("sendMessage", {"chat_id": USER, "text": text, **params})
    return response.status, response.body


def upload(name: str, content: bytes, mime: str = "application/octet-stream") -> UploadedFile:
    return UploadedFile(name, content, mime)
