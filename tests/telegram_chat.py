"""A Telegram user talking to the real python-telegram-bot Application in-process, over the fake Bot API."""

from __future__ import annotations

import copy
from typing import Any

from telegram import Update
from telegram.ext import Application

from bot.telegram.update_queue import InboxQueue
from tests.fakebot import FakeTelegram, deliver

JSON = dict[str, Any]


class TelegramChat:
    """One user's private chat with the bot, read and played like a person on a phone would."""

    def __init__(self, core: FakeTelegram, app: Application, user_id: int, language_code: str = "fr") -> None:
        self.core = core
        self.app = app
        self.user_id = user_id
        core.add_user(user_id, first_name="Ana", language_code=language_code)
        self.mark = 0

    def _since(self) -> list[JSON]:
        return [m for m in self.core.messages(self.user_id) if m["message_id"] > self.mark]

    async def _deliver(self, update: JSON) -> list[JSON]:
        """Hand an update to the application as its update queue would: through the inbox, then handled."""
        self.mark = max([m["message_id"] for m in self.core.messages(self.user_id, from_bot=None)] or [0])
        queue = self.app.update_queue
        if not isinstance(queue, InboxQueue) or queue.receive(Update.de_json(copy.deepcopy(update), self.app.bot)):
            await deliver(self.app, update)
        return self._since()

    async def send(self, text: str) -> list[JSON]:
        """Type and send a message."""
        return await self._deliver(self.core.send_text(self.user_id, text))

    async def answer(self, *lines: str) -> None:
        """Send answers in a row; fail on the first one refused."""
        for line in lines:
            replies = await self.send(line)
            refused = [m["text"] for m in replies if m.get("text", "").startswith("⚠️")]
            assert not refused, f"{line!r} refused: {refused}"

    def keyboard_message(self) -> JSON:
        """The bot's latest message that has buttons."""
        found = [m for m in self.core.messages(self.user_id) if self.core.buttons(m)]
        assert found, "no message with buttons"
        return found[-1]

    async def tap(self, label: str, message: JSON | None = None) -> list[JSON]:
        """Tap the button whose text (without a tick) starts with ``label``, on the latest keyboard."""
        message = message or self.keyboard_message()
        buttons = [(text.removeprefix("✅ "), data) for text, data in self.core.buttons(message)]
        data = next((d for text, d in buttons if text.startswith(label)), None)
        assert data is not None, f"no button {label!r} in {[text for text, _ in buttons]}"
        return await self._deliver(self.core.tap(self.user_id, message["message_id"], data, force=True))

    async def tap_data(self, message_id: int, data: str) -> list[JSON]:
        """Tap a button with raw ``callback_data`` (forged, foreign or stale buttons)."""
        return await self._deliver(self.core.tap(self.user_id, message_id, data, force=True))

    async def deliver(self, update: JSON) -> list[JSON]:
        """Deliver any update built by the fake (photo, edit, sticker...)."""
        return await self._deliver(update)

    def texts(self) -> list[str]:
        """Texts of the bot's messages since the last input, as the user reads them."""
        return [m["text"] for m in self._since() if "text" in m]

    def history_text(self) -> str:
        """Everything the bot said in this chat."""
        return "\n".join(m.get("text", "") for m in self.core.messages(self.user_id))

    def last_text(self) -> str:
        """Everything the bot said since the last input, joined."""
        return "\n".join(self.texts())

    def callback_answers(self) -> list[JSON]:
        """Every ``answerCallbackQuery`` call so far."""
        return [c.params for c in self.core.calls_to("answerCallbackQuery")]
