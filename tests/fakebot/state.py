"""The fake Telegram's data: users, chats, messages, updates, webhook, commands, files and faults."""

from __future__ import annotations

import copy
import itertools
import mimetypes
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from . import errors
from .limits import RateLimiter
from .params import Params

JSONDict = dict[str, Any]

DEFAULT_TOKEN = "123456789:AAFakeTokenForPlanbotTests-0123456789"
UPDATE_TYPES = frozenset(
    {
        "message", "edited_message", "channel_post", "edited_channel_post", "business_connection",
        "business_message", "edited_business_message", "deleted_business_messages", "message_reaction",
        "message_reaction_count", "inline_query", "chosen_inline_result", "callback_query", "shipping_query",
        "pre_checkout_query", "purchased_paid_media", "poll", "poll_answer", "my_chat_member", "chat_member",
        "chat_join_request", "chat_boost", "removed_chat_boost",
    }
)  # fmt: skip
DEFAULT_ALLOWED_UPDATES = UPDATE_TYPES - {"chat_member", "message_reaction", "message_reaction_count"}
"""What Telegram sends when ``allowed_updates`` was never set (or set to ``[]``)."""


@dataclass(frozen=True)
class Call:
    """One Bot API call as the fake received it: method name, decoded params, clock time."""

    method: str
    params: JSONDict
    at: float


@dataclass
class Fault:
    """A failure queued by ``fail_next``: answer ``remaining`` more calls to ``method`` with it."""

    method: str
    error_code: int
    remaining: int
    retry_after: int | None = None
    description: str | None = None


@dataclass
class Webhook:
    """The webhook settings as ``getWebhookInfo`` reports them."""

    url: str = ""
    secret_token: str | None = None
    max_connections: int = 40
    ip_address: str | None = None
    allowed_updates: list[str] | None = None
    last_error_date: int | None = None
    last_error_message: str | None = None

    def info(self, pending: int) -> JSONDict:
        """Return the ``WebhookInfo`` object."""
        result: JSONDict = {"url": self.url, "has_custom_certificate": False, "pending_update_count": pending}
        if self.url:
            result["max_connections"] = self.max_connections
            for key in ("ip_address", "allowed_updates", "last_error_date", "last_error_message"):
                if getattr(self, key) is not None:
                    result[key] = getattr(self, key)
        return result


@dataclass
class CallbackRecord:
    """A callback query a user produced, and how the bot answered it."""

    query_id: str
    created: float
    answer: JSONDict | None = None


@dataclass
class StoredFile:
    """A file Telegram holds: sent by the bot or by a user."""

    file_id: str
    file_unique_id: str
    kind: str
    content: bytes
    file_name: str
    mime_type: str

    @property
    def file_path(self) -> str:
        """The path ``getFile`` reports, relative to the file base URL."""
        return f"{self.kind}s/{self.file_unique_id}_{self.file_name}"

    def as_file(self) -> JSONDict:
        """Return the ``File`` object for ``getFile``."""
        return {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": len(self.content),
            "file_path": self.file_path,
        }


@dataclass(frozen=True)
class Upload:
    """A file the bot uploaded with ``sendDocument``/``sendPhoto``."""

    method: str
    chat_id: int
    message_id: int
    file_id: str
    filename: str
    mime_type: str
    size: int
    caption: str | None
    content: bytes


@dataclass
class Options:
    """Settings fixed when the fake is created."""

    token: str = DEFAULT_TOKEN
    bot_username: str = "planbot_test_bot"
    bot_first_name: str = "Planbot (test)"
    strict_html: bool = True
    callback_query_ttl: float = 15.0
    allow_insecure_webhooks: bool = True


class State:
    """Everything the fake Telegram knows. Not thread-safe: ``FakeTelegram`` holds the lock."""

    def __init__(self, options: Options, clock: Callable[[], float]) -> None:
        self.options = options
        self.clock = clock
        head = options.token.split(":", 1)[0]
        self.bot_user: JSONDict = {
            "id": int(head) if head.isdigit() else 123456789,
            "is_bot": True,
            "first_name": options.bot_first_name,
            "username": options.bot_username,
        }
        self.users: dict[int, JSONDict] = {}
        self.chats: dict[int, JSONDict] = {}
        self.history: dict[int, dict[int, JSONDict]] = {}
        self.last_message_id: dict[int, int] = {}
        self.reply_keyboards: dict[int, JSONDict | None] = {}
        self.updates: list[JSONDict] = []
        self.last_update_id = 0
        self.allowed_updates = DEFAULT_ALLOWED_UPDATES
        self.webhook = Webhook()
        self.commands: dict[tuple[str, str], list[JSONDict]] = {}
        self.descriptions: dict[tuple[str, str], str] = {}
        self.callbacks: dict[str, CallbackRecord] = {}
        self.blocked: set[int] = set()
        self.faults: list[Fault] = []
        self.polling_conflict = False
        self.poll_generation = 0
        self.waiting_polls = 0
        self.logged_out = False
        self.enforce_rate_limits = False
        self.limiter = RateLimiter()
        self.files: dict[str, StoredFile] = {}
        self.uploads: list[Upload] = []
        self.calls: list[Call] = []
        self._serial = itertools.count(1)

    def now(self) -> int:
        """Return the clock as whole epoch seconds (Telegram's ``date``)."""
        return int(self.clock())

    def serial(self) -> int:
        """Return a fresh number for ids (files, callback queries)."""
        return next(self._serial)

    def target_chat(self, params: Params) -> JSONDict:
        """Resolve ``chat_id`` for a bot action, refusing unknown chats and blocked users."""
        chat_id = params.get("chat_id")
        if chat_id in (None, ""):
            raise errors.bad_request(errors.CHAT_ID_EMPTY)
        chat = self.chats.get(chat_id) if isinstance(chat_id, int) else None
        if chat is None:
            raise errors.bad_request(errors.CHAT_NOT_FOUND)
        if chat_id in self.blocked:
            raise errors.ApiError(403, errors.BLOCKED)
        return chat

    def throttle(self, chat_id: int) -> None:
        """Apply flood control to one outgoing message when rate limits are enforced."""
        if self.enforce_rate_limits:
            retry_after = self.limiter.acquire(chat_id, self.clock())
            if retry_after is not None:
                raise errors.too_many_requests(retry_after)

    def new_message(self, chat: JSONDict, sender: JSONDict | None) -> JSONDict:
        """Create (not store) a message in ``chat`` with the next message id of that chat."""
        chat_id = chat["id"]
        self.last_message_id[chat_id] = self.last_message_id.get(chat_id, 0) + 1
        message: JSONDict = {"message_id": self.last_message_id[chat_id]}
        if sender is not None:
            message["from"] = dict(sender)
        if chat["type"] == "channel":
            message["sender_chat"] = dict(chat)
        message.update(date=self.now(), chat=dict(chat))
        return message

    def store(self, message: JSONDict) -> JSONDict:
        """Keep ``message`` in its chat's history and return it."""
        self.history.setdefault(message["chat"]["id"], {})[message["message_id"]] = message
        return message

    def find(self, chat_id: int, message_id: int) -> JSONDict | None:
        """Return the stored message, or ``None``."""
        return self.history.get(chat_id, {}).get(message_id)

    def enqueue(self, kind: str, payload: JSONDict) -> JSONDict:
        """Create an update; queue it unless ``allowed_updates`` filters its type out."""
        self.last_update_id += 1
        update = {"update_id": self.last_update_id, kind: copy.deepcopy(payload)}
        if kind in self.allowed_updates:
            self.updates.append(update)
        return copy.deepcopy(update)

    def set_allowed_updates(self, value: object) -> None:
        """Apply an ``allowed_updates`` parameter (an empty list restores the default)."""
        if isinstance(value, list) and value:
            self.allowed_updates = frozenset(str(v) for v in value) & UPDATE_TYPES
        elif isinstance(value, list):
            self.allowed_updates = DEFAULT_ALLOWED_UPDATES

    def confirm(self, offset: int) -> None:
        """Forget updates confirmed by a ``getUpdates`` offset (negative: keep the last -offset)."""
        if offset > 0:
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
        elif offset < 0:
            self.updates = self.updates[offset:]

    def new_file(self, kind: str, content: bytes, file_name: str, mime_type: str | None = None) -> StoredFile:
        """Store file content under fresh Telegram-looking ids."""
        number = self.serial()
        prefix = {"photo": "AgACAgIAAxkBAAI", "document": "BQACAgIAAxkBAAI"}.get(kind, "CQACAgIAAxkBAAI")
        mime = mime_type or mimetypes.guess_type(file_name)[0] or "application/octet-stream"
        stored = StoredFile(f"{prefix}{number:08d}", f"AgAD{number:06d}", kind, content, file_name, mime)
        self.files[stored.file_id] = stored
        return stored
