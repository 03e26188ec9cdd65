"""The assertion side of FakeTelegram: what the bot sent, called, uploaded and configured."""

from __future__ import annotations

import copy
import json
from typing import Any

from .base import LockedState
from .state import Call, Upload

JSONDict = dict[str, Any]


class Reading(LockedState):
    """Read-only views of the fake's state. Every method returns copies, safe to keep."""

    def messages(self, chat_id: int, *, from_bot: bool | None = True) -> list[JSONDict]:
        """Return the messages of a chat in order, with edits applied and deleted ones gone.

        Args:
            chat_id: The chat (a user's id for their private chat).
            from_bot: ``True`` (default) only the bot's messages, ``False`` only the others',
                ``None`` everything.

        """
        with self._lock:
            bot_id = self._st.bot_user["id"]
            found = [
                m
                for m in self._st.history.get(chat_id, {}).values()
                if from_bot is None or (m.get("from", {}).get("id") == bot_id) == from_bot
            ]
            return copy.deepcopy(found)

    def last_message(self, chat_id: int) -> JSONDict | None:
        """Return the bot's latest message in the chat, or ``None``."""
        found = self.messages(chat_id)
        return found[-1] if found else None

    def message(self, chat_id: int, message_id: int) -> JSONDict | None:
        """Return one stored message (bot's or user's), or ``None`` if unknown or deleted."""
        with self._lock:
            return copy.deepcopy(self._st.find(chat_id, message_id))

    @staticmethod
    def buttons(message: JSONDict | None) -> list[tuple[str, str]]:
        """Flatten a message's inline keyboard into ``(text, data)`` pairs, row by row.

        ``data`` is the button's ``callback_data``, or its ``url`` for link buttons, else ``""``.
        """
        rows = (message or {}).get("reply_markup", {}).get("inline_keyboard", [])
        return [(b["text"], b.get("callback_data") or b.get("url") or "") for row in rows for b in row]

    def wait_for_message(self, chat_id: int, *, after_message_id: int = 0, timeout: float = 5.0) -> JSONDict:
        """Wait until the bot has a message in the chat with an id above ``after_message_id``."""

        def newer() -> JSONDict | None:
            fresh = [m for m in self.messages(chat_id) if m["message_id"] > after_message_id]
            return fresh[0] if fresh else None

        return self.wait_for(newer, timeout)

    @property
    def calls(self) -> list[Call]:
        """Every Bot API call received, in order (including refused and unknown ones)."""
        with self._lock:
            return list(self._st.calls)

    @property
    def call_count(self) -> int:
        """How many Bot API calls were received (counted, not copied: cheap at every update of a benchmark)."""
        with self._lock:
            return len(self._st.calls)

    def calls_to(self, method: str) -> list[Call]:
        """Return the calls to one method (exact Bot API name, e.g. ``"sendMessage"``)."""
        return [c for c in self.calls if c.method == method]

    def uploads(self, chat_id: int | None = None) -> list[Upload]:
        """Return the files the bot uploaded (name, size, caption, bytes), optionally for one chat."""
        with self._lock:
            return [u for u in self._st.uploads if chat_id is None or u.chat_id == chat_id]

    def description(self, language_code: str = "", short: bool = False) -> str:
        """The bot's description (or short description) set exactly for a language ("" for the default)."""
        with self._lock:
            return self._st.descriptions.get(("short_description" if short else "description", language_code), "")

    def commands(self, scope: JSONDict | None = None, language_code: str = "") -> list[JSONDict]:
        """Return the command list set for a scope (default: ``{"type": "default"}``) and language."""
        key = (json.dumps(scope or {"type": "default"}, sort_keys=True), language_code)
        with self._lock:
            return copy.deepcopy(self._st.commands.get(key, []))

    def reply_keyboard(self, chat_id: int) -> JSONDict | None:
        """Return the custom reply keyboard the bot last showed in the chat (``None`` once removed)."""
        with self._lock:
            return copy.deepcopy(self._st.reply_keyboards.get(chat_id))

    def callback_answer(self, query_id: str) -> JSONDict | None:
        """Return how the bot answered a callback query (``text``, ``show_alert``...), or ``None``."""
        with self._lock:
            record = self._st.callbacks.get(query_id)
            return None if record is None else copy.deepcopy(record.answer)

    def webhook_info(self) -> JSONDict:
        """Return the current ``WebhookInfo`` (also what ``getWebhookInfo`` answers)."""
        with self._lock:
            return self._st.webhook.info(len(self._st.updates))

    def pending_updates(self) -> list[JSONDict]:
        """Return the updates queued and not yet confirmed or delivered."""
        with self._lock:
            return copy.deepcopy(self._st.updates)

    def file_content(self, file_path: str) -> bytes | None:
        """Return the bytes behind a ``getFile`` ``file_path``, or ``None``."""
        with self._lock:
            for stored in self._st.files.values():
                if stored.file_path == file_path:
                    return stored.content
            return None
