"""The HTTP control API: drive users and faults of a FakeTelegram from another process (JSON in/out)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from typing import Any

from .core import FakeTelegram

JSONDict = dict[str, Any]
Route = Callable[[FakeTelegram, JSONDict], Any]


def _block(core: FakeTelegram, body: JSONDict) -> bool:
    core.block(int(body["user_id"]))
    return True


def _unblock(core: FakeTelegram, body: JSONDict) -> bool:
    core.unblock(int(body["user_id"]))
    return True


def _fail(core: FakeTelegram, body: JSONDict) -> bool:
    retry_after = body.get("retry_after")
    core.fail_next(
        str(body["method"]),
        int(body["error_code"]),
        int(body.get("count", 1)),
        None if retry_after is None else int(retry_after),
        body.get("description"),
    )
    return True


def _conflict(core: FakeTelegram, body: JSONDict) -> bool:
    core.conflict_polling(bool(body.get("enabled", True)))
    return True


POST_ROUTES: dict[str, Route] = {
    "users": lambda core, b: core.add_user(
        int(b["user_id"]), b.get("first_name", "Ana"), b.get("language_code", "fr"), b.get("username")
    ),
    "send": lambda core, b: core.send_text(int(b["user_id"]), str(b["text"])),
    "tap": lambda core, b: core.tap(
        int(b["user_id"]), int(b["message_id"]), str(b["callback_data"]), force=bool(b.get("force", False))
    ),
    "edit": lambda core, b: core.edit_text(int(b["user_id"]), int(b["message_id"]), str(b["text"])),
    "block": _block,
    "unblock": _unblock,
    "fail": _fail,
    "conflict": _conflict,
}
"""``POST /control/<name>`` with a JSON object body."""


def _messages(core: FakeTelegram, q: JSONDict) -> Any:
    scope = q.get("from", "bot")
    from_bot = {"bot": True, "user": False}.get(scope)
    return core.messages(int(q["chat_id"]), from_bot=from_bot)


GET_ROUTES: dict[str, Route] = {
    "messages": _messages,
    "calls": lambda core, q: [asdict(c) for c in (core.calls_to(q["method"]) if q.get("method") else core.calls)],
    "webhook": lambda core, q: core.webhook_info(),
    "updates": lambda core, q: core.pending_updates(),
}
"""``GET /control/<name>?query``: ``messages?chat_id=..&from=bot|user|all``, ``calls?method=..``."""


def handle(core: FakeTelegram, http_method: str, name: str, data: JSONDict) -> tuple[int, JSONDict]:
    """Run a control route; answers ``{"ok": true, "result": ...}`` or a 400/404 with a description."""
    routes = POST_ROUTES if http_method == "POST" else GET_ROUTES
    route = routes.get(name)
    if route is None:
        return 404, {"ok": False, "error_code": 404, "description": f"no control route {http_method} {name}"}
    try:
        return 200, {"ok": True, "result": route(core, data)}
    except (KeyError, LookupError, ValueError, TypeError) as exc:
        return 400, {"ok": False, "error_code": 400, "description": f"{type(exc).__name__}: {exc}"}
