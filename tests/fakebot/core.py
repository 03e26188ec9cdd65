"""FakeTelegram: the thread-safe core of the fake Bot API, shared by the in-process and HTTP front-ends."""

from __future__ import annotations

import copy
import json
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from . import api_bot, api_messages, errors
from .actors import UserActions
from .params import Params, UploadedFile, decode_params
from .reading import Reading
from .state import DEFAULT_TOKEN, Call, Options

JSONDict = dict[str, Any]
Handler = Callable[..., Any]

HANDLERS: dict[str, Handler] = {
    "getMe": api_bot.get_me,
    "getUpdates": api_bot.get_updates,
    "setWebhook": api_bot.set_webhook,
    "deleteWebhook": api_bot.delete_webhook,
    "getWebhookInfo": api_bot.get_webhook_info,
    "setMyCommands": api_bot.set_my_commands,
    "getMyCommands": api_bot.get_my_commands,
    "deleteMyCommands": api_bot.delete_my_commands,
    "setMyDescription": api_bot.set_my_description,
    "getMyDescription": api_bot.get_my_description,
    "setMyShortDescription": api_bot.set_my_short_description,
    "getMyShortDescription": api_bot.get_my_short_description,
    "getFile": api_bot.get_file,
    "close": api_bot.close,
    "logOut": api_bot.log_out,
    "sendMessage": api_messages.send_message,
    "editMessageText": api_messages.edit_message_text,
    "editMessageReplyMarkup": api_messages.edit_message_reply_markup,
    "deleteMessage": api_messages.delete_message,
    "answerCallbackQuery": api_messages.answer_callback_query,
    "sendChatAction": api_messages.send_chat_action,
    "sendDocument": api_messages.send_document,
    "sendPhoto": api_messages.send_photo,
}
_BY_LOWER = {name.lower(): name for name in HANDLERS}  # Bot API method names are case-insensitive


def _copy(value: Any) -> Any:
    """A deep copy of JSON data (a round trip through JSON is several times faster than ``copy.deepcopy``)."""
    try:
        return json.loads(json.dumps(value))
    except TypeError:
        return copy.deepcopy(value)


@dataclass(frozen=True)
class ApiResponse:
    """What the Bot API answers: HTTP status and JSON body (``{"ok": ..., ...}``)."""

    status: int
    body: JSONDict

    @property
    def payload(self) -> bytes:
        """The body as UTF-8 JSON bytes."""
        return json.dumps(self.body, ensure_ascii=False).encode("utf-8")

    @property
    def result(self) -> Any:
        """The ``result`` field of a successful answer (``None`` for errors)."""
        return self.body.get("result")


@dataclass(frozen=True)
class WebhookDelivery:
    """An update waiting to be POSTed to the webhook."""

    url: str
    secret_token: str | None
    update: JSONDict


class FakeTelegram(UserActions, Reading):
    """A fake Telegram Bot API: bot methods, users to play, faults to inject, state to assert on.

    No network here: the front-ends ``FakeRequest`` (in-process PTB) and
    ``FakeTelegramServer`` (HTTP) translate requests into :meth:`call`. All methods are
    thread-safe. Limits, error codes and descriptions follow the real API (see the modules
    ``text``, ``html`` and ``limits``).

    Args:
        token: The bot token requests must carry (else 401 Unauthorized); its numeric head is the bot id.
        clock: Returns epoch seconds; drives message dates, callback expiry and rate limits.
            Pass a :class:`~tests.fakebot.clock.FakeClock` to control time.
        enforce_rate_limits: Apply flood control (429). Off by default because a test plays a
            whole conversation in milliseconds; turn it on with a fake clock to test 429 handling.
        strict_html: Refuse an unescaped ``&`` in HTML (real Telegram keeps it literally).
        bot_username: The bot's username in ``getMe``.
        bot_first_name: The bot's first name in ``getMe``.
        callback_query_ttl: Seconds during which a callback query can be answered.
        allow_insecure_webhooks: Accept ``http://`` webhooks on any port (for local servers).

    """

    def __init__(
        self,
        *,
        token: str = DEFAULT_TOKEN,
        clock: Callable[[], float] = time.time,
        enforce_rate_limits: bool = False,
        strict_html: bool = True,
        bot_username: str = "planbot_test_bot",
        bot_first_name: str = "Planbot (test)",
        callback_query_ttl: float = 15.0,
        allow_insecure_webhooks: bool = True,
    ) -> None:
        options = Options(token, bot_username, bot_first_name, strict_html, callback_query_ttl, allow_insecure_webhooks)
        super().__init__(options, clock)
        self._st.enforce_rate_limits = enforce_rate_limits

    @property
    def token(self) -> str:
        """The bot token the fake accepts."""
        return self._st.options.token

    @property
    def bot_user(self) -> JSONDict:
        """The bot's ``User`` dict (``is_bot`` true, username ``planbot_test_bot``)."""
        return dict(self._st.bot_user)

    @property
    def enforce_rate_limits(self) -> bool:
        """Whether flood control (429) is applied; can be switched at any time."""
        return self._st.enforce_rate_limits

    @enforce_rate_limits.setter
    def enforce_rate_limits(self, value: bool) -> None:
        with self._lock:
            self._st.enforce_rate_limits = value

    def forget(self) -> None:
        """Drop the records of past calls, messages, updates and callbacks (for long benchmarks).

        Users, chats, limits and settings stay; message ids keep counting.
        """
        with self._lock:
            st = self._st
            st.calls.clear()
            st.history.clear()
            st.updates.clear()
            st.callbacks.clear()
            st.uploads.clear()
            st.files.clear()

    def forget_user(self, user_id: int) -> None:
        """Drop a user, their chat and its messages (long benchmarks: the fake's memory is not the bot's)."""
        with self._lock:
            st = self._st
            for records in (st.users, st.chats, st.history, st.last_message_id, st.reply_keyboards):
                records.pop(user_id, None)

    def call(
        self,
        method: str,
        params: Mapping[str, Any] | None = None,
        files: Mapping[str, UploadedFile] | None = None,
        *,
        token: str | None = None,
    ) -> ApiResponse:
        """Handle one Bot API call without waiting (``getUpdates`` returns what is queued).

        Args:
            method: The Bot API method name (case-insensitive, like Telegram).
            params: Parameters, either wire strings (form/JSON-serialized) or already typed.
            files: Uploaded multipart files by part name.
            token: The token from the URL; ``None`` skips the check (direct calls from tests).

        Returns:
            The HTTP status and body Telegram would answer.

        """
        with self._lock:
            values = decode_params(params)
            name = _BY_LOWER.get(method.lower(), method)
            self._st.calls.append(Call(name, values, self._st.clock()))  # decoded afresh for this call
            try:
                if self._st.logged_out or (token is not None and token != self.token):
                    raise errors.ApiError(401, errors.UNAUTHORIZED)
                if name == "getUpdates":
                    self._st.poll_generation += 1
                self._raise_fault(name)
                handler = HANDLERS.get(name)
                if handler is None:
                    raise errors.ApiError(404, errors.NOT_FOUND)
                # Copied, so that what the caller gets never aliases the fake's own state.
                result = _copy(handler(self._st, Params(dict(values), files)))
                return ApiResponse(200, {"ok": True, "result": result})
            except errors.ApiError as exc:
                return ApiResponse(exc.error_code, exc.to_body())
            except Exception as exc:  # a bug in the fake: answer instead of hanging the client
                return ApiResponse(500, {"ok": False, "error_code": 500, "description": f"Fake bug: {exc!r}"})
            finally:
                self._notify()

    def _raise_fault(self, method: str) -> None:
        for fault in self._st.faults:
            if fault.method in (method, "*"):
                fault.remaining -= 1
                if fault.remaining <= 0:
                    self._st.faults.remove(fault)
                raise errors.injected(fault.error_code, retry_after=fault.retry_after, description=fault.description)

    @property
    def waiting_polls(self) -> int:
        """How many long ``getUpdates`` are waiting right now (e.g. to know the bot is polling)."""
        with self._lock:
            return self._st.waiting_polls

    def begin_poll(self) -> int:
        """Start a long ``getUpdates``: any earlier one still waiting gets 409, as on Telegram.

        Pair it with :meth:`finish_poll` or, if the wait is abandoned, :meth:`abandon_poll`.

        Returns:
            A ticket for :meth:`poll_ready` and :meth:`finish_poll`.

        """
        with self._lock:
            self._st.poll_generation += 1
            self._st.waiting_polls += 1
            self._notify()
            return self._st.poll_generation

    def abandon_poll(self) -> None:
        """End a long poll's wait without answering it (the client went away)."""
        with self._lock:
            self._st.waiting_polls -= 1
            self._notify()

    def poll_ready(self, ticket: int, offset: int) -> bool:
        """Whether a long poll should answer now: updates at/after ``offset``, an error, or superseded."""
        with self._lock:
            st = self._st
            if st.poll_generation != ticket or st.webhook.url or st.polling_conflict or st.logged_out:
                return True
            if any(f.method in ("getUpdates", "*") for f in st.faults):
                return True
            return any(u["update_id"] >= offset for u in st.updates)

    def finish_poll(self, ticket: int, params: Mapping[str, Any] | None, *, token: str | None = None) -> ApiResponse:
        """Answer a long poll: 409 if a newer ``getUpdates`` superseded it, else a normal call."""
        with self._lock:
            self._st.waiting_polls -= 1
            if self._st.poll_generation != ticket:
                self._st.calls.append(Call("getUpdates", decode_params(params), self._st.clock()))
                return ApiResponse(409, errors.ApiError(409, errors.POLLING_CONFLICT).to_body())
            return self.call("getUpdates", params, token=token)

    def long_poll(
        self,
        params: Mapping[str, Any] | None,
        *,
        token: str | None = None,
        max_wait: float = 50.0,
        stop: threading.Event | None = None,
    ) -> ApiResponse:
        """Run a blocking ``getUpdates`` honouring ``timeout``: it returns as soon as an update arrives.

        Args:
            params: The ``getUpdates`` parameters (``offset``, ``timeout``, ...).
            token: The token from the URL.
            max_wait: Cap on the wait, whatever ``timeout`` says.
            stop: When set (and :meth:`wake` called), stop waiting and answer now.

        """
        values = decode_params(params)
        timeout = values.get("timeout")
        wait = min(float(timeout), max_wait) if isinstance(timeout, int | float) else 0.0
        offset = values.get("offset")
        first = offset if isinstance(offset, int) and offset > 0 else 0
        ticket = self.begin_poll()
        with self._cond:
            self._cond.wait_for(
                lambda: (stop is not None and stop.is_set()) or self.poll_ready(ticket, first), max(0.0, wait)
            )
            return self.finish_poll(ticket, params, token=token)

    def next_webhook_delivery(
        self, stop: threading.Event | None = None, timeout: float | None = None
    ) -> WebhookDelivery | None:
        """Wait until a webhook is set and an update is pending; ``None`` on stop or timeout."""

        def ready() -> bool:
            return (stop is not None and stop.is_set()) or bool(self._st.webhook.url and self._st.updates)

        with self._cond:
            self._cond.wait_for(ready, timeout)
            if (stop is not None and stop.is_set()) or not (self._st.webhook.url and self._st.updates):
                return None
            hook = self._st.webhook
            return WebhookDelivery(hook.url, hook.secret_token, copy.deepcopy(self._st.updates[0]))

    def webhook_result(self, update_id: int, error: str | None = None, *, give_up: bool = False) -> None:
        """Record a webhook POST outcome: success (or giving up) removes the update from the queue."""
        with self._lock:
            if error is not None:
                self._st.webhook.last_error_date = self._st.now()
                self._st.webhook.last_error_message = error
            if error is None or give_up:
                self._st.updates = [u for u in self._st.updates if u["update_id"] != update_id]
            self._notify()
