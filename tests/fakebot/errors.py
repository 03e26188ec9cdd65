"""Bot API error answers, worded the way Telegram words them."""

from __future__ import annotations

from typing import Any

JSONDict = dict[str, Any]

NOT_FOUND = "Not Found"
UNAUTHORIZED = "Unauthorized"
BLOCKED = "Forbidden: bot was blocked by the user"
WEBHOOK_CONFLICT = (
    "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"
)
POLLING_CONFLICT = "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"
TEXT_TOO_LONG = "message is too long"
TEXT_EMPTY = "message text is empty"
CAPTION_TOO_LONG = "message caption is too long"
BUTTON_DATA_INVALID = "BUTTON_DATA_INVALID"
NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly the same "
    "as a current content and reply markup of the message"
)
EDIT_NOT_FOUND = "message to edit not found"
DELETE_NOT_FOUND = "message to delete not found"
QUERY_INVALID = "query is too old and response timeout expired or query ID is invalid"
CHAT_NOT_FOUND = "chat not found"
CHAT_ID_EMPTY = "chat_id is empty"

_DEFAULT_FAULTS = {
    400: "Bad Request: injected failure",
    401: UNAUTHORIZED,
    403: BLOCKED,
    404: NOT_FOUND,
    409: POLLING_CONFLICT,
    500: "Internal Server Error",
    502: "Bad Gateway",
}


class ApiError(Exception):
    """A refusal by the fake Bot API, turned into ``{"ok": false, ...}`` by the front-ends.

    Attributes:
        error_code: The HTTP status and ``error_code`` field (400, 403, 409, 429, ...).
        description: Telegram's description, e.g. ``"Bad Request: message is too long"``.
        retry_after: For 429 answers, the ``parameters.retry_after`` value in seconds.

    """

    def __init__(self, error_code: int, description: str, *, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.error_code = error_code
        self.description = description
        self.retry_after = retry_after

    def to_body(self) -> JSONDict:
        """Return the JSON body Telegram answers for this error."""
        body: JSONDict = {"ok": False, "error_code": self.error_code, "description": self.description}
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


def bad_request(detail: str) -> ApiError:
    """Return a 400 error with Telegram's ``"Bad Request: "`` prefix.

    Args:
        detail: The text after the prefix, e.g. ``"chat not found"``.

    """
    return ApiError(400, f"Bad Request: {detail}")


def too_many_requests(retry_after: int) -> ApiError:
    """Return the 429 flood-control error asking to wait ``retry_after`` seconds."""
    return ApiError(429, f"Too Many Requests: retry after {retry_after}", retry_after=retry_after)


def injected(error_code: int, *, retry_after: int | None = None, description: str | None = None) -> ApiError:
    """Build the error a ``fail_next`` fault answers with.

    Args:
        error_code: HTTP status to answer.
        retry_after: For 429, seconds to wait (defaults to 1).
        description: Replaces the default description for that status.

    """
    if error_code == 429:
        wait = 1 if retry_after is None else retry_after
        error = too_many_requests(wait)
        if description is not None:
            error.description = description
        return error
    text = description or _DEFAULT_FAULTS.get(error_code, f"Error {error_code}")
    return ApiError(error_code, text, retry_after=retry_after)
