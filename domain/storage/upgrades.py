"""Stored sessions and plans carry a schema number; these functions bring older ones up to date.

Each upgrade takes the JSON document of one version and returns it in the next; documents are upgraded on load,
in order, and saved in the current version the next time they are saved. Never edit an upgrade that has shipped.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from domain.business import LEGACY
from domain.models import Plan, Sector
from domain.session import Session

Document = dict[str, Any]

SCHEMA = 4
"""The version of the sessions and plans this release writes."""


def _plan_1_to_2(plan: Document) -> Document:
    """Release 1 named a coarse sector; release 2 builds plans from the business model that sector stands for."""
    profile = dict(plan.get("profile") or {})
    sector = profile.get("sector")
    if sector is not None and profile.get("model") is None:
        profile["model"] = LEGACY[Sector(sector)]
    return {**plan, "profile": profile}


def _plan_2_to_3(plan: Document) -> Document:
    """Version 3 changed sessions only: a plan reads the same."""
    return plan


def _plan_3_to_4(plan: Document) -> Document:
    """Version 4 changed sessions only: a plan reads the same."""
    return plan


PLAN_UPGRADES: dict[int, Callable[[Document], Document]] = {1: _plan_1_to_2, 2: _plan_2_to_3, 3: _plan_3_to_4}
"""From each version, the function that makes a plan of the next one."""


REMOVED_STEPS = frozenset({"main_target"})
"""Questions of release 1 that release 2 no longer asks (express proposes the best-rated segment instead)."""


def _session_1_to_2(session: Document) -> Document:
    """The session's plan upgraded, and a question no longer asked no longer awaited."""
    upgraded = {**session, "plan": _plan_1_to_2(session.get("plan") or {})}
    focus = upgraded.get("focus")
    if focus is not None and focus.split(":")[0] in REMOVED_STEPS:
        upgraded["focus"] = None
    return upgraded


def _session_2_to_3(session: Document) -> Document:
    """Version 3 adds three session fields that older sessions lack, all empty by default.

    ``referral``: the code of the ``/start`` link a user came by; ``opened``: the questions an edit opened;
    ``back_to``: the card to return to once they are answered.
    """
    return {**session, "referral": None}


SCREENS_ABOUT = {
    "action_card": "action",
    "reschedule": "action",
    "setting": "name",
    "coach": "rule",
    "restart": "prompt",
}
"""The screens of version 3 whose ``screen_arg`` said what they were about, and the field that says it now."""
SETTINGS = frozenset({"at", "timezone", "quiet", "days_before"})


def _screen_3_to_4(kind: str | None, arg: str | None, entry: Document | None) -> Document | None:
    """A version 3 screen (its name, its argument as text, and a results entry apart) as one typed record."""
    if kind is None:
        return None
    if kind == "results":
        return None if entry is None else {"kind": kind, **entry}
    field = SCREENS_ABOUT.get(kind)
    if field is None:
        return {"kind": kind}
    if field == "action":
        return {"kind": kind, "action": int(arg)} if arg and arg.isdecimal() else None
    if field == "name":
        return {"kind": kind, "name": arg} if arg in SETTINGS else None
    if field == "prompt":
        return {"kind": kind, "prompt": arg if arg == "restart-confirm" else "restart-prompt"}
    return {"kind": kind, field: arg} if arg else None


def _session_3_to_4(session: Document) -> Document:
    """Version 4 stores the screen on show as a typed record, and no longer a Telegram update number.

    ``screen`` (a name), ``screen_arg`` (an action's id, a setting's name, a rule, as text) and ``entry`` (the
    results being entered) become one record, ``{"kind": "action_card", "action": 3}``; a screen whose argument
    no longer reads is closed (the user is shown their question instead). ``last_update``, unused since the inbox,
    is dropped.
    """
    upgraded = {k: v for k, v in session.items() if k not in ("screen_arg", "entry", "last_update")}
    upgraded["screen"] = _screen_3_to_4(session.get("screen"), session.get("screen_arg"), session.get("entry"))
    return upgraded


SESSION_UPGRADES: dict[int, Callable[[Document], Document]] = {
    1: _session_1_to_2,
    2: _session_2_to_3,
    3: _session_3_to_4,
}


def upgrade_plan(plan: Document, version: int) -> Document:
    """A stored plan of ``version``, in the current schema."""
    for step in range(version, SCHEMA):
        plan = PLAN_UPGRADES[step](plan)
    return plan


def upgrade_session(session: Document, version: int) -> Document:
    """A stored session of ``version``, in the current schema."""
    for step in range(version, SCHEMA):
        session = SESSION_UPGRADES[step](session)
    return session


def read_session(data: str, version: int) -> Session:
    """A stored session (its JSON text and the schema that wrote it), in the current schema."""
    if version == SCHEMA:
        return Session.model_validate_json(data)
    return Session.model_validate(upgrade_session(json.loads(data), version))


def read_plan(data: str, version: int) -> Plan:
    """A stored plan (its JSON text and the schema that wrote it), in the current schema."""
    if version == SCHEMA:
        return Plan.model_validate_json(data)
    return Plan.model_validate(upgrade_plan(json.loads(data), version))
