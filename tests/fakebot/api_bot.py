"""Bot API methods about the bot itself: identity, updates, webhook, commands, files, session."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from . import errors
from .params import Params
from .state import State, Webhook

JSONDict = dict[str, Any]

SCOPE_TYPES = frozenset(
    {
        "default", "all_private_chats", "all_group_chats", "all_chat_administrators",
        "chat", "chat_administrators", "chat_member",
    }
)  # fmt: skip
_COMMAND_NAME = re.compile(r"[a-z0-9_]{1,32}")
_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")
_WEBHOOK_PORTS = (80, 88, 443, 8443)


def get_me(st: State, params: Params) -> JSONDict:
    """``getMe``: the bot's ``User`` with the bot-only capability fields."""
    return {
        **st.bot_user,
        "can_join_groups": True,
        "can_read_all_group_messages": False,
        "supports_inline_queries": False,
        "can_connect_to_business": False,
        "has_main_web_app": False,
    }


def get_updates(st: State, params: Params) -> list[JSONDict]:
    """``getUpdates`` without waiting: confirm by ``offset``, return up to ``limit`` (1–100) updates.

    Long polling (``timeout``) is done by the front-ends before they call this.
    """
    if st.webhook.url:
        raise errors.ApiError(409, errors.WEBHOOK_CONFLICT)
    if st.polling_conflict:
        raise errors.ApiError(409, errors.POLLING_CONFLICT)
    limit = min(100, max(1, params.get_int("limit", 100)))
    if params.has("allowed_updates"):
        st.set_allowed_updates(params.get("allowed_updates"))
    st.confirm(params.get_int("offset", 0))
    return st.updates[:limit]


def _check_webhook_url(st: State, url: str) -> None:
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        port = -1
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise errors.bad_request("bad webhook: Failed to resolve host: Name or service not known")
    if st.options.allow_insecure_webhooks:
        return
    if parts.scheme != "https":
        raise errors.bad_request("bad webhook: An HTTPS URL must be provided for webhook")
    if (port or 443) not in _WEBHOOK_PORTS:
        raise errors.bad_request("bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443")


def set_webhook(st: State, params: Params) -> bool:
    """``setWebhook``: an empty ``url`` removes the webhook; ``drop_pending_updates`` clears the queue.

    Plain ``http://`` URLs on any port are accepted unless the fake was created with
    ``allow_insecure_webhooks=False`` (Telegram itself wants HTTPS on 80, 88, 443 or 8443).
    """
    url = params.get_str("url", "") or ""
    secret = params.get_str("secret_token")
    if url:
        _check_webhook_url(st, url)
    if secret is not None and not _SECRET.fullmatch(secret):
        raise errors.bad_request("secret token contains unallowed characters")
    max_connections = params.get_int("max_connections", 40)
    if not 1 <= max_connections <= 100:
        raise errors.bad_request("invalid max_connections specified")
    if params.get_bool("drop_pending_updates"):
        st.updates.clear()
    if params.has("allowed_updates"):
        st.set_allowed_updates(params.get("allowed_updates"))
    allowed = params.get("allowed_updates")
    st.webhook = (
        Webhook(
            url=url,
            secret_token=secret,
            max_connections=max_connections,
            ip_address=params.get_str("ip_address"),
            allowed_updates=allowed if isinstance(allowed, list) and allowed else None,
        )
        if url
        else Webhook()
    )
    return True


def delete_webhook(st: State, params: Params) -> bool:
    """``deleteWebhook``: back to ``getUpdates``; optionally drop the pending updates."""
    if params.get_bool("drop_pending_updates"):
        st.updates.clear()
    st.webhook = Webhook()
    return True


def get_webhook_info(st: State, params: Params) -> JSONDict:
    """``getWebhookInfo``: url, pending update count, last delivery error."""
    return st.webhook.info(len(st.updates))


def _command_key(params: Params) -> tuple[str, str]:
    scope = params.get("scope")
    if scope is None:
        scope = {"type": "default"}
    if not isinstance(scope, dict):
        raise errors.bad_request("can't parse BotCommandScope JSON object")
    if scope.get("type") not in SCOPE_TYPES:
        raise errors.bad_request("unsupported bot command scope type")
    return json.dumps(scope, sort_keys=True), params.get_str("language_code", "") or ""


def set_my_commands(st: State, params: Params) -> bool:
    """``setMyCommands``: 1–32 chars ``[a-z0-9_]`` commands, 1–256 chars descriptions, at most 100."""
    commands = params.get("commands")
    if not isinstance(commands, list):
        raise errors.bad_request("can't parse commands JSON object")
    if len(commands) > 100:
        raise errors.bad_request("BOT_COMMANDS_TOO_MUCH")
    clean = []
    for command in commands:
        if not isinstance(command, dict) or not _COMMAND_NAME.fullmatch(str(command.get("command", ""))):
            raise errors.bad_request("BOT_COMMAND_INVALID")
        description = command.get("description")
        if not isinstance(description, str) or not 1 <= len(description.strip()) <= 256:
            raise errors.bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        clean.append({"command": command["command"], "description": description})
    key = _command_key(params)
    if clean:
        st.commands[key] = clean
    else:
        st.commands.pop(key, None)
    return True


def get_my_commands(st: State, params: Params) -> list[JSONDict]:
    """``getMyCommands``: exactly the list set for that scope and language (no fallback)."""
    return st.commands.get(_command_key(params), [])


def delete_my_commands(st: State, params: Params) -> bool:
    """``deleteMyCommands`` for one scope and language."""
    st.commands.pop(_command_key(params), None)
    return True


DESCRIPTION_LIMITS = {"description": 512, "short_description": 120}


def _set_description(kind: str) -> Callable[[State, Params], bool]:
    def set_description(st: State, params: Params) -> bool:
        """``setMyDescription`` (0–512 chars) or ``setMyShortDescription`` (0–120), per language."""
        text = params.get_str(kind, "") or ""
        if len(text) > DESCRIPTION_LIMITS[kind]:
            raise errors.bad_request(f"{kind.replace('_', ' ')} is too long")
        key = (kind, params.get_str("language_code", "") or "")
        if text:
            st.descriptions[key] = text
        else:
            st.descriptions.pop(key, None)
        return True

    return set_description


def _get_description(kind: str) -> Callable[[State, Params], JSONDict]:
    def get_description(st: State, params: Params) -> JSONDict:
        """``getMyDescription`` / ``getMyShortDescription``: the text for that language, else the default one."""
        code = params.get_str("language_code", "") or ""
        text = st.descriptions.get((kind, code), st.descriptions.get((kind, ""), ""))
        return {kind: text}

    return get_description


set_my_description = _set_description("description")
get_my_description = _get_description("description")
set_my_short_description = _set_description("short_description")
get_my_short_description = _get_description("short_description")


def get_file(st: State, params: Params) -> JSONDict:
    """``getFile``: the ``File`` with a ``file_path`` downloadable from the file base URL."""
    stored = st.files.get(params.get_str("file_id") or "")
    if stored is None:
        raise errors.bad_request("invalid file_id")
    return stored.as_file()


def close(st: State, params: Params) -> bool:
    """``close``: accepted (the fake has no instance to close)."""
    return True


def log_out(st: State, params: Params) -> bool:
    """``logOut``: afterwards every call answers 401 Unauthorized, as the cloud API does."""
    st.logged_out = True
    return True
