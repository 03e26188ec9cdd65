"""A bot that does no work: for each update, it makes the very Bot API calls another bot made for it.

Fed the same updates after that bot, it costs what the bot's calls cost through python-telegram-bot and the fake
transport, and nothing else: the floor under any bot that says what that one says. What a bot costs above its own
replay is its own work (reading the answer, deciding what comes next, keeping it).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import Application, ApplicationBuilder, ContextTypes, MessageHandler, filters
from telegram.request import BaseRequest

from tests.fakebot.state import Call

REPLAYED = frozenset({"sendMessage", "editMessageReplyMarkup", "editMessageText"})
"""The calls a text answer makes (the interview's, in the benchmarks); any other is a benchmark error."""


class Replay:
    """The calls a bot made for each update, and a handler that makes them again."""

    def __init__(self) -> None:
        self.calls: dict[int, list[tuple[str, dict[str, Any]]]] = {}
        self._live: dict[int, int] = {}  # chat id -> the replay's own last message with buttons

    def record(self, made: Sequence[Call], update: dict[str, Any]) -> None:
        """Keep the calls the fake received for ``update``."""
        calls = [(c.method, c.params) for c in made]
        unexpected = {method for method, _ in calls} - REPLAYED
        if unexpected:
            raise ValueError(f"update {update['update_id']}: calls the replay does not make: {sorted(unexpected)}")
        self.calls[update["update_id"]] = calls

    async def handler(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Make the recorded calls; an edit applies to the replay's own message, as the bot's did to its own."""
        bot = context.bot
        for method, params in self.calls.pop(update.update_id, ()):  # kept no longer than needed
            chat_id = params["chat_id"]
            markup = _markup(params.get("reply_markup"))
            if method == "sendMessage":
                sent = await bot.send_message(
                    chat_id, params["text"], parse_mode=params.get("parse_mode"), reply_markup=markup
                )
                if markup is not None:
                    self._live[chat_id] = sent.message_id
            elif method == "editMessageReplyMarkup":
                await bot.edit_message_reply_markup(chat_id, self._live.pop(chat_id), reply_markup=markup)
            else:
                await bot.edit_message_text(
                    params["text"], chat_id, self._live.pop(chat_id), parse_mode=params.get("parse_mode")
                )


def _markup(raw: Any) -> InlineKeyboardMarkup | None:
    return InlineKeyboardMarkup.de_json(raw, None) if raw else None


def replay_app(replay: Replay, token: str, request: BaseRequest) -> Application:  # type: ignore[type-arg]
    """The application that replays ``replay``'s calls for every text it receives."""
    app = ApplicationBuilder().token(token).request(request).build()
    app.add_handler(MessageHandler(filters.TEXT, replay.handler))
    return app
