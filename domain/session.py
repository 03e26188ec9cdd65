"""A user's session: their plan, their language and where they stand in the interview."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import Field

from domain.models import Language, Plan, Record, Reminders


class Screen(StrEnum):
    """A question outside the plan that awaits the user's answer."""

    REVIEW = "review"
    RESTART = "restart"
    LANGUAGE = "language"
    OPT_IN = "opt_in"
    ACTIONS = "actions_list"
    ACTION = "action_card"
    RESCHEDULE = "reschedule"
    RESULTS = "results"
    REMINDERS = "reminders"
    SETTING = "setting"
    EXPORT = "export"
    DELETE = "delete"
    COACH = "coach"
    SCORE = "score"


class Entry(Record):
    """Results being entered, one number at a time: for which action, which numbers, those given so far."""

    action: int | None = None
    fields: tuple[str, ...]
    values: dict[str, float | None] = Field(default_factory=dict)


class Session(Record):
    """Everything needed to resume a user's interview exactly where it was.

    Positions are step references (``"segment_need:1"``): a step id, and an item index for steps asked once
    per segment, competitor or objective.

    Attributes:
        user_id: Telegram user id, or the console's local id.
        lang: the language the user reads.
        plan: the answers so far.
        focus: a step being asked again after ``/back`` or ``/edit``; ``None`` asks for what is missing.
        screen: a question outside the plan (review card, restart confirmation) awaiting an answer.
        screen_arg: what that screen is about (an action's id, a reminder setting).
        entry: results being entered.
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
        last_update: no longer used (release 1 counted Telegram updates here; the store's inbox does now).
        finished_at: when the summary plan was first delivered.
        reminders: how the user wants to be reminded of their actions (kept across plans).
        referral: the code of the ``/start`` link the user first came by (a referral or a campaign).
    """

    user_id: int
    lang: Language = Language.FR
    plan: Plan = Plan()
    focus: str | None = None
    screen: Screen | None = None
    screen_arg: str | None = None
    entry: Entry | None = None
    skipped: frozenset[str] = frozenset()
    recheck: frozenset[str] = frozenset()
    opened: frozenset[str] = frozenset()
    back_to: Screen | None = None
    coached: frozenset[str] = frozenset()
    defaults: frozenset[str] = frozenset()
    draft: tuple[str, ...] = ()
    revision: int = 0
    plan_id: int = 1
    last_update: int = 0
    finished_at: datetime | None = None
    reminders: Reminders = Reminders()
    referral: str | None = None
