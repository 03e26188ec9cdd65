"""Telegram's keyboard limits and flood control (rate limits) for the fake Bot API."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from . import errors

JSONDict = dict[str, Any]

MAX_CALLBACK_DATA_BYTES = 64
_BUTTON_ACTIONS = (
    "callback_data", "url", "web_app", "login_url", "switch_inline_query",
    "switch_inline_query_current_chat", "switch_inline_query_chosen_chat",
    "copy_text", "callback_game", "pay",
)  # fmt: skip
_BUTTON_ERROR = "can't parse InlineKeyboardButton: "


def check_reply_markup(raw: object) -> JSONDict | None:
    """Validate a ``reply_markup`` parameter the way Telegram does.

    Inline keyboards are checked button by button: a ``text`` string is required and must not
    be empty (``BUTTON_TEXT_INVALID``), exactly one action field is needed (an empty
    ``callback_data`` counts as none, as on Telegram), ``callback_data`` must be 1–64 bytes of
    UTF-8 (``BUTTON_DATA_INVALID``) and ``url`` must be http(s) or tg (``BUTTON_URL_INVALID``).
    Reply keyboards, ``remove_keyboard`` and ``force_reply`` are accepted as sent.

    Args:
        raw: The decoded parameter (``None`` when absent; a ``str`` if it was not valid JSON).

    Returns:
        The markup dict, or ``None`` when absent.

    Raises:
        errors.ApiError: 400 with Telegram's wording.

    """
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise errors.bad_request("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" not in raw:
        return raw
    rows = raw["inline_keyboard"]
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise errors.bad_request('field "inline_keyboard" of the InlineKeyboardMarkup should be an Array of Arrays')
    for row in rows:
        for button in row:
            _check_button(button)
    return {"inline_keyboard": [[dict(b) for b in row] for row in rows]}


def _check_button(button: object) -> None:
    if not isinstance(button, dict):
        raise errors.bad_request(_BUTTON_ERROR + "InlineKeyboardButton should be an Object")
    text = button.get("text")
    if not isinstance(text, str):
        raise errors.bad_request(_BUTTON_ERROR + 'Field "text" must be of type String')
    if not text.strip():
        raise errors.bad_request("BUTTON_TEXT_INVALID")
    actions = [key for key in _BUTTON_ACTIONS if button.get(key) not in (None, "")]
    if not actions:
        raise errors.bad_request(_BUTTON_ERROR + "Text buttons are not allowed in the inline keyboard")
    data = button.get("callback_data")
    if data not in (None, "") and (not isinstance(data, str) or len(data.encode("utf-8")) > MAX_CALLBACK_DATA_BYTES):
        raise errors.bad_request(errors.BUTTON_DATA_INVALID)
    url = button.get("url")
    if url is not None and (not isinstance(url, str) or not url.startswith(("http://", "https://", "tg://"))):
        raise errors.bad_request("BUTTON_URL_INVALID")


@dataclass
class TokenBucket:
    """A token bucket: ``capacity`` messages at once, refilled at ``rate`` per second."""

    capacity: float
    rate: float
    tokens: float
    updated: float

    def wait_needed(self, now: float) -> float:
        """Refill up to ``now`` and return the seconds until one token is available (0 if now)."""
        if now > self.updated:
            self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
            self.updated = now
        return 0.0 if self.tokens >= 1 else (1 - self.tokens) / self.rate

    def take(self) -> None:
        """Spend one token (call after :meth:`wait_needed` returned 0)."""
        self.tokens -= 1


class RateLimiter:
    """Telegram's flood control for outgoing messages, as documented in the Bot FAQ.

    * Private chat: about one message per second. Modelled as a bucket of **3** refilled at
      1/s: a handler may answer with a short burst (e.g. an edit, a reply and a document in
      the same instant) like real Telegram tolerates, but a sustained 1+ msg/s gets 429.
    * Group or channel (negative ``chat_id``): 20 messages per minute, a bucket of 20 refilled
      at 1 per 3 s.
    * Whole bot: 30 messages per second, a bucket of 30 refilled at 30/s.

    A refused message consumes nothing; ``retry_after`` is the wait rounded up to whole seconds
    (at least 1), as Telegram answers.
    """

    PRIVATE = (3.0, 1.0)
    GROUP = (20.0, 20.0 / 60.0)
    GLOBAL = (30.0, 30.0)

    def __init__(self) -> None:
        self._global: TokenBucket | None = None
        self._chats: dict[int, TokenBucket] = {}

    def acquire(self, chat_id: int, now: float) -> int | None:
        """Account one message to ``chat_id`` at time ``now``.

        Returns:
            ``None`` if it may be sent, else the ``retry_after`` seconds to answer with 429.

        """
        if self._global is None:
            self._global = TokenBucket(*self.GLOBAL, tokens=self.GLOBAL[0], updated=now)
        chat = self._chats.get(chat_id)
        if chat is None:
            capacity, rate = self.PRIVATE if chat_id > 0 else self.GROUP
            chat = self._chats[chat_id] = TokenBucket(capacity, rate, tokens=capacity, updated=now)
        wait = max(self._global.wait_needed(now), chat.wait_needed(now))
        if wait > 0:
            return max(1, math.ceil(wait))
        self._global.take()
        chat.take()
        return None
