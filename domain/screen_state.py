"""What a screen outside the interview is about: one typed record per kind of screen, stored with the session.

A session shows at most one screen (a review card, a restart confirmation, an action's card...). Its record says
which, by ``kind``, and carries what that screen needs: the action a card is about, the setting being changed,
the numbers of a results entry so far. Pydantic tells them apart by ``kind`` when a session is read back.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import Field

from domain.models import Record


class ScreenKind(StrEnum):
    """The kinds of screen, by the name stored and carried in buttons."""

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


class Review(Record):
    """``/edit``: every answer, numbered; choosing one asks it again."""

    kind: Literal[ScreenKind.REVIEW] = ScreenKind.REVIEW


class Restart(Record):
    """Continue the plan or start a new one; ``prompt`` is the catalogue key of the question asked."""

    kind: Literal[ScreenKind.RESTART] = ScreenKind.RESTART
    prompt: Literal["restart-prompt", "restart-confirm"] = "restart-prompt"


class LanguageChoice(Record):
    """``/language``: French or English."""

    kind: Literal[ScreenKind.LANGUAGE] = ScreenKind.LANGUAGE


class RemindersOffer(Record):
    """Whether the user wants reminders before their actions (asked once, after the plan)."""

    kind: Literal[ScreenKind.OPT_IN] = ScreenKind.OPT_IN


class ActionList(Record):
    """``/actions``: the plan's actions and their statuses."""

    kind: Literal[ScreenKind.ACTIONS] = ScreenKind.ACTIONS


class ActionCard(Record):
    """One action's card, with what can be done about it."""

    kind: Literal[ScreenKind.ACTION] = ScreenKind.ACTION
    action: int


class Reschedule(Record):
    """The new date of an action, being asked."""

    kind: Literal[ScreenKind.RESCHEDULE] = ScreenKind.RESCHEDULE
    action: int


class ResultsEntry(Record):
    """Results being entered, one number at a time: for which action, which numbers, those given so far."""

    kind: Literal[ScreenKind.RESULTS] = ScreenKind.RESULTS
    action: int | None = None
    fields: tuple[str, ...]
    values: dict[str, float | None] = Field(default_factory=dict)


class ReminderSettings(Record):
    """``/reminders``: the settings card."""

    kind: Literal[ScreenKind.REMINDERS] = ScreenKind.REMINDERS


SettingName = Literal["at", "timezone", "quiet", "days_before"]


class Setting(Record):
    """One reminder setting, whose new value is being asked."""

    kind: Literal[ScreenKind.SETTING] = ScreenKind.SETTING
    name: SettingName


class Export(Record):
    """``/export``: the formats on offer."""

    kind: Literal[ScreenKind.EXPORT] = ScreenKind.EXPORT


class Delete(Record):
    """``/delete``: the confirmation before everything is erased."""

    kind: Literal[ScreenKind.DELETE] = ScreenKind.DELETE


class Coaching(Record):
    """A finding of the adviser raised right after an answer, by its rule, with its fixes to choose from."""

    kind: Literal[ScreenKind.COACH] = ScreenKind.COACH
    rule: str


class ScoreCard(Record):
    """The plan's score and the changes that would raise it most."""

    kind: Literal[ScreenKind.SCORE] = ScreenKind.SCORE


ScreenState = Annotated[
    Review
    | Restart
    | LanguageChoice
    | RemindersOffer
    | ActionList
    | ActionCard
    | Reschedule
    | ResultsEntry
    | ReminderSettings
    | Setting
    | Export
    | Delete
    | Coaching
    | ScoreCard,
    Field(discriminator="kind"),
]
"""The screen on show, one of the records above."""
