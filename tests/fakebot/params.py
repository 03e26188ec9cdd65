"""Decoding Bot API parameters: every front-end hands over strings, the API reads typed values."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from . import errors

JSONDict = dict[str, Any]

JSON_FIELDS = frozenset(
    {
        "reply_markup", "allowed_updates", "commands", "scope", "entities", "caption_entities",
        "link_preview_options", "reply_parameters", "message_ids",
    }
)  # fmt: skip
INT_FIELDS = frozenset(
    {
        "message_id", "offset", "limit", "max_connections", "cache_time", "user_id",
        "reply_to_message_id", "message_thread_id",
    }
)  # fmt: skip
FLOAT_FIELDS = frozenset({"timeout", "latitude", "longitude"})
BOOL_FIELDS = frozenset(
    {
        "drop_pending_updates", "show_alert", "disable_notification", "protect_content",
        "allow_sending_without_reply", "has_spoiler", "disable_content_type_detection",
        "disable_web_page_preview", "allow_paid_broadcast", "show_caption_above_media",
    }
)  # fmt: skip
CHAT_ID_FIELDS = frozenset({"chat_id", "from_chat_id"})
_INT = re.compile(r"-?\d+")


@dataclass(frozen=True)
class UploadedFile:
    """A file part of a multipart request: what ``sendDocument``/``sendPhoto`` received."""

    filename: str
    content: bytes
    mime_type: str


def _decode(name: str, value: Any) -> Any:
    if not isinstance(value, str):
        return value
    if name in JSON_FIELDS:
        try:
            return json.loads(value)
        except ValueError:
            return value
    if name in CHAT_ID_FIELDS or name in INT_FIELDS:
        return int(value) if _INT.fullmatch(value.strip()) else value
    if name in FLOAT_FIELDS:
        try:
            number = float(value)
        except ValueError:
            return value
        return int(number) if number.is_integer() else number
    if name in BOOL_FIELDS and value.lower() in ("true", "false", "1", "0"):
        return value.lower() in ("true", "1")
    return value


def decode_params(raw: Mapping[str, Any] | None) -> JSONDict:
    """Decode wire parameters (form fields, query string or JSON body) into typed values.

    Strings are decoded by field name, like the Bot API does: JSON-serialized objects
    (``reply_markup``, ``commands``, ...), integers, floats and booleans. Values that do not
    decode are kept as strings so the method can refuse them with a 400.
    """
    return {name: _decode(name, value) for name, value in (raw or {}).items()}


class Params:
    """Typed, validating access to one call's decoded parameters."""

    def __init__(self, values: JSONDict, files: Mapping[str, UploadedFile] | None = None) -> None:
        self.values = values
        self.files: Mapping[str, UploadedFile] = files or {}

    def get(self, name: str) -> Any:
        """Return a parameter as decoded, or ``None``."""
        return self.values.get(name)

    def has(self, name: str) -> bool:
        """Return whether the parameter was sent."""
        return name in self.values

    def get_int(self, name: str, default: int | None = None) -> int:
        """Return an integer parameter; a missing one without default is ``"<name> is empty"``."""
        value = self.values.get(name, default)
        if value is None:
            raise errors.bad_request(f"{name} is empty")
        if isinstance(value, bool) or not isinstance(value, int | float) or int(value) != value:
            raise errors.bad_request(f"invalid {name} specified")
        return int(value)

    def get_float(self, name: str, default: float) -> float:
        """Return a numeric parameter, or ``default`` when absent."""
        value = self.values.get(name, default)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise errors.bad_request(f"invalid {name} specified")
        return float(value)

    def get_str(self, name: str, default: str | None = None) -> str | None:
        """Return a parameter as a string (numbers are converted), or ``default``."""
        value = self.values.get(name)
        if value is None:
            return default
        return value if isinstance(value, str) else json.dumps(value) if isinstance(value, dict | list) else str(value)

    def get_bool(self, name: str) -> bool:
        """Return a boolean parameter (absent means ``False``)."""
        return self.values.get(name) is True
