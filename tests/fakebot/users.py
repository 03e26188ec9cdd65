"""The user side of the fake: people (and channels) producing updates for the bot."""

from __future__ import annotations

import copy
from typing import Any

from .state import CallbackRecord, State
from .text import command_entities

JSONDict = dict[str, Any]

# A 1x1 transparent PNG, the content of photos users send.
TINY_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000b49444154"
    "789c6360000200000500017a5eab3f0000000049454e44ae426082"
)


def add_user(st: State, user_id: int, first_name: str, language_code: str | None, username: str | None) -> JSONDict:
    """Register a user and their private chat with the bot."""
    if user_id <= 0:
        raise ValueError("user ids are positive")
    user: JSONDict = {"id": user_id, "is_bot": False, "first_name": first_name}
    if username:
        user["username"] = username
    if language_code:
        user["language_code"] = language_code
    st.users[user_id] = user
    chat: JSONDict = {"id": user_id, "type": "private", "first_name": first_name}
    if username:
        chat["username"] = username
    st.chats[user_id] = chat
    return dict(user)


def _user(st: State, user_id: int) -> JSONDict:
    if user_id not in st.users:
        raise LookupError(f"unknown user {user_id}: call add_user() first")
    return st.users[user_id]


def _post(st: State, chat_id: int, sender: JSONDict | None, content: JSONDict, kind: str = "message") -> JSONDict:
    message = st.new_message(st.chats[chat_id], sender)
    message.update(content)
    st.store(message)
    return st.enqueue(kind, message)


def _text_content(text: str) -> JSONDict:
    if not text.strip():
        raise ValueError("Telegram clients do not send empty messages")
    content: JSONDict = {"text": text}
    entities = command_entities(text)
    if entities:
        content["entities"] = entities
    return content


def send_text(st: State, user_id: int, text: str) -> JSONDict:
    """Write ``text`` in the user's private chat; ``/commands`` get ``bot_command`` entities."""
    return _post(st, user_id, _user(st, user_id), _text_content(text))


def send_media(st: State, user_id: int, content: JSONDict) -> JSONDict:
    """Send a non-text message (photo, sticker, voice, document, location) as the user."""
    return _post(st, user_id, _user(st, user_id), content)


def photo_content(st: State, caption: str | None) -> JSONDict:
    """Return the message content of a user's photo."""
    stored = st.new_file("photo", TINY_PNG, "photo.png", "image/png")
    size = {"file_id": stored.file_id, "file_unique_id": stored.file_unique_id, "file_size": len(TINY_PNG)}
    content: JSONDict = {"photo": [{**size, "width": 1, "height": 1}]}
    if caption:
        content["caption"] = caption
    return content


def file_content(st: State, kind: str, name: str, mime: str, data: bytes, extra: JSONDict) -> JSONDict:
    """Return the message content of a user's file-like message (document, voice, sticker)."""
    stored = st.new_file(kind, data, name, mime)
    body: JSONDict = {"file_id": stored.file_id, "file_unique_id": stored.file_unique_id, **extra}
    if kind != "sticker":
        body.update(file_size=len(data), mime_type=stored.mime_type)
    if kind == "document":
        body["file_name"] = name
    return {kind: body}


def edit_text(st: State, user_id: int, message_id: int, text: str) -> JSONDict:
    """Edit one of the user's text messages: an ``edited_message`` update."""
    message = st.find(user_id, message_id)
    if message is None or message.get("from", {}).get("id") != _user(st, user_id)["id"] or "text" not in message:
        raise LookupError(f"user {user_id} has no text message {message_id}")
    message.pop("entities", None)
    message.update(_text_content(text), edit_date=st.now())
    return st.enqueue("edited_message", message)


def tap(st: State, user_id: int, message_id: int, callback_data: str, force: bool) -> JSONDict:
    """Tap an inline button of a bot message as the user: a ``callback_query`` update.

    Unless ``force``, the message must exist in the user's chat and carry a button with that
    ``callback_data`` (a real user can only tap buttons that are there).
    """
    user = _user(st, user_id)
    message = st.find(user_id, message_id)
    if not force:
        buttons = [b for row in (message or {}).get("reply_markup", {}).get("inline_keyboard", []) for b in row]
        if message is None or all(b.get("callback_data") != callback_data for b in buttons):
            raise LookupError(f"message {message_id} in chat {user_id} has no button with data {callback_data!r}")
    query_id = str(4_000_000_000_000_000_000 + st.serial())
    st.callbacks[query_id] = CallbackRecord(query_id, st.clock())
    query: JSONDict = {
        "id": query_id,
        "from": dict(user),
        "chat_instance": str(-(user_id * 7919) % 10**19),
        "data": callback_data,
    }
    if message is not None:
        query["message"] = copy.deepcopy(message)
    return st.enqueue("callback_query", query)


def group_message(st: State, user_id: int, chat_id: int, text: str, title: str) -> JSONDict:
    """Write in a group (``chat_id < 0``) as the user; ids starting with -100 are supergroups."""
    if chat_id >= 0:
        raise ValueError("group chat ids are negative")
    kind = "supergroup" if str(chat_id).startswith("-100") else "group"
    st.chats.setdefault(chat_id, {"id": chat_id, "type": kind, "title": title})
    return _post(st, chat_id, _user(st, user_id), _text_content(text))


def channel_post(st: State, chat_id: int, text: str, title: str) -> JSONDict:
    """Post in a channel the bot administers: a ``channel_post`` update without ``from``."""
    if chat_id >= 0:
        raise ValueError("channel ids are negative")
    st.chats.setdefault(chat_id, {"id": chat_id, "type": "channel", "title": title})
    return _post(st, chat_id, None, _text_content(text), kind="channel_post")
