"""The test side of FakeTelegram: play users, inject faults, block the bot."""

from __future__ import annotations

from typing import Any

from . import users
from .base import LockedState
from .state import Fault

JSONDict = dict[str, Any]


class UserActions(LockedState):
    """Methods a test uses to act as Telegram users and to make Telegram misbehave.

    Each user action creates an update with the next ``update_id``: it is queued for
    ``getUpdates`` (or delivered to the webhook by the HTTP front-end) and also returned,
    so an in-process test can hand it straight to PTB with ``deliver(app, update)``.
    """

    def add_user(
        self,
        user_id: int,
        first_name: str = "Ana",
        language_code: str | None = "fr",
        username: str | None = None,
    ) -> JSONDict:
        """Create a user and their private chat with the bot; returns the ``User`` dict."""
        with self._lock:
            try:
                return users.add_user(self._st, user_id, first_name, language_code, username)
            finally:
                self._notify()

    def _act(self, action: Any, *args: Any) -> JSONDict:
        with self._lock:
            try:
                result: JSONDict = action(self._st, *args)
                return result
            finally:
                self._notify()

    def send_text(self, user_id: int, text: str) -> JSONDict:
        """Send ``text`` as the user (a leading ``/command`` gets a ``bot_command`` entity)."""
        return self._act(users.send_text, user_id, text)

    def tap(self, user_id: int, message_id: int, callback_data: str, *, force: bool = False) -> JSONDict:
        """Tap, as the user, the inline button with ``callback_data`` under bot message ``message_id``.

        Raises:
            LookupError: If there is no such button (pass ``force=True`` to tap a stale one).

        """
        return self._act(users.tap, user_id, message_id, callback_data, force)

    def tap_text(self, user_id: int, message_id: int, button_text: str) -> JSONDict:
        """Tap, as the user, the inline button labelled ``button_text``."""
        with self._lock:
            message = self._st.find(user_id, message_id) or {}
            rows = message.get("reply_markup", {}).get("inline_keyboard", [])
            for button in (b for row in rows for b in row):
                if button.get("text") == button_text and "callback_data" in button:
                    return self.tap(user_id, message_id, button["callback_data"])
        raise LookupError(f"message {message_id} in chat {user_id} has no button {button_text!r}")

    def edit_text(self, user_id: int, message_id: int, text: str) -> JSONDict:
        """Edit the user's message ``message_id``: an ``edited_message`` update."""
        return self._act(users.edit_text, user_id, message_id, text)

    def send_photo(self, user_id: int, caption: str | None = None) -> JSONDict:
        """Send a (1x1 PNG) photo as the user."""
        return self._act(lambda st: users.send_media(st, user_id, users.photo_content(st, caption)))

    def send_sticker(self, user_id: int, emoji: str = "👍") -> JSONDict:
        """Send a regular static sticker as the user."""
        extra = {"type": "regular", "width": 512, "height": 512, "is_animated": False, "is_video": False}
        return self._send_file(user_id, "sticker", "sticker.webp", "image/webp", b"RIFF", {**extra, "emoji": emoji})

    def send_voice(self, user_id: int, duration: int = 3) -> JSONDict:
        """Send a voice note as the user."""
        return self._send_file(user_id, "voice", "voice.ogg", "audio/ogg", b"OggS" + bytes(60), {"duration": duration})

    def send_document(
        self,
        user_id: int,
        file_name: str = "notes.txt",
        content: bytes = b"hello",
        caption: str | None = None,
    ) -> JSONDict:
        """Send a document as the user; the bot can fetch it with getFile + download."""
        extra = {"caption": caption} if caption else {}
        return self._send_file(user_id, "document", file_name, None, content, {}, extra)

    def _send_file(
        self,
        user_id: int,
        kind: str,
        name: str,
        mime: str | None,
        data: bytes,
        extra: JSONDict,
        outer: JSONDict | None = None,
    ) -> JSONDict:
        def build(st: Any) -> JSONDict:
            content = users.file_content(st, kind, name, mime or "", data, extra)
            return users.send_media(st, user_id, {**content, **(outer or {})})

        return self._act(build)

    def send_location(self, user_id: int, latitude: float = 48.8566, longitude: float = 2.3522) -> JSONDict:
        """Share a location as the user (Paris by default)."""
        content = {"location": {"latitude": latitude, "longitude": longitude}}
        return self._act(lambda st: users.send_media(st, user_id, content))

    def group_message(self, user_id: int, chat_id: int, text: str, title: str = "Planbot testers") -> JSONDict:
        """Write ``text`` as the user in group ``chat_id`` (< 0), created if needed."""
        return self._act(users.group_message, user_id, chat_id, text, title)

    def channel_post(self, chat_id: int, text: str, title: str = "Planbot news") -> JSONDict:
        """Post ``text`` in channel ``chat_id`` (< 0): a ``channel_post`` update."""
        return self._act(users.channel_post, chat_id, text, title)

    def block(self, user_id: int) -> None:
        """Block the bot as the user: sends to their chat answer 403 until :meth:`unblock`."""
        with self._lock:
            self._st.blocked.add(user_id)
            self._notify()

    def unblock(self, user_id: int) -> None:
        """Unblock the bot as the user."""
        with self._lock:
            self._st.blocked.discard(user_id)
            self._notify()

    def fail_next(
        self,
        method: str,
        error_code: int,
        count: int = 1,
        retry_after: int | None = None,
        description: str | None = None,
    ) -> None:
        """Answer the next ``count`` calls to ``method`` (``"*"``: any method) with an error.

        Default descriptions are Telegram's: 403 "Forbidden: bot was blocked by the user",
        409 the polling conflict, 429 "Too Many Requests: retry after N" with
        ``parameters.retry_after`` (N = ``retry_after``, default 1), 500 "Internal Server Error".
        """
        with self._lock:
            self._st.faults.append(Fault(method, error_code, count, retry_after, description))
            self._notify()

    def conflict_polling(self, enabled: bool = True) -> None:
        """While enabled, ``getUpdates`` answers 409 "terminated by other getUpdates request"."""
        with self._lock:
            self._st.polling_conflict = enabled
            self._notify()
