"""A user's session: their plan, their language and where they stand in the interview."""

from __future__ import annotations

from datetime import datetime

from domain.models import Language, Plan, Record, Reminders
from domain.screen_state import ScreenKind, ScreenState


class Session(Record):
    """Everything needed to resume a user's interview exactly where it was.

    Positions are step references (``"segment_need:1"``): a step id, and an item index for steps asked once
    per segment, competitor or objective.

    Attributes:
        user_id: Telegram user id, or the console's local id.
        lang: the language the user reads.
        plan: the answers so far.
        focus: a step being asked again after ``/back`` or ``/edit``; ``None`` asks for what is missing.
        screen: a question outside the plan (review card, restart confirmation, an action's card...) awaiting an
            answer, with what it is about (see ``domain.screen_state``).
        skipped: optional steps the user skipped.
        recheck: answered steps to ask again because something they build on changed.
        opened: steps the user opened themselves (an edit that added an item, an adviser's fix): asked in the
            interview's order even where the express interview leaves them to presets.
        back_to: the card to show again once the questions opened from it are answered (the plan's score).
        coached: findings the adviser already raised while the user answered (each is raised once).
        defaults: steps filled by sector presets in express mode rather than by the user.
        draft: options ticked so far on a multi-choice question, before confirming.
        revision: how many times the session was saved.
        plan_id: which of the user's plans this is (1, then 2 after ``/new``...); buttons carry it.
        finished_at: when the summary plan was first delivered.
        reminders: how the user wants to be reminded of their actions (kept across plans).
        referral: the code of the ``/start`` link the user first came by (a referral or a campaign).
    """

    user_id: int
    lang: Language = Language.FR
    plan: Plan = Plan()
    focus: str | None = None
    screen: ScreenState | None = None
    skipped: frozenset[str] = frozenset()
    recheck: frozenset[str] = frozenset()
    opened: frozenset[str] = frozenset()
    back_to: ScreenKind | None = None
    coached: frozenset[str] = frozenset()
    defaults: frozenset[str] = frozenset()
    draft: tuple[str, ...] = ()
    revision: int = 0
    plan_id: int = 1
    finished_at: datetime | None = None
    reminders: Reminders = Reminders()
    referral: str | None = None
