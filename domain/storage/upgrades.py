"""Stored sessions and plans carry a schema number; these functions bring older ones up to date.

Each upgrade takes the JSON document of one version and returns it in the next; documents are upgraded on load,
in order, and saved in the current version the next time they are saved. Never edit an upgrade that has shipped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from domain.business import LEGACY
from domain.models import Sector

Document = dict[str, Any]

SCHEMA = 3
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


PLAN_UPGRADES: dict[int, Callable[[Document], Document]] = {1: _plan_1_to_2, 2: _plan_2_to_3}
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


SESSION_UPGRADES: dict[int, Callable[[Document], Document]] = {1: _session_1_to_2, 2: _session_2_to_3}


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
