"""The engine, assembled in one place: the interview's flow, every screen, the commands, and the adviser's hooks.

To add a screen: write it in ``dialogs/screens/`` (a ``BaseScreen`` with its ``kind``, ``show``, ``options``,
``choose``), give its state a record in ``domain/screen_state.py``, and list it in ``SCREENS`` here (and its
command in ``COMMANDS`` if it has one).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from dialogs.core.engine import Engine, Handler
from dialogs.core.flow import Ref
from dialogs.core.replies import Tone
from dialogs.core.turn import ScreenView, Turn
from dialogs.phases.interview import FLOW
from dialogs.screens import (
    action_card,
    action_list,
    adviser,
    card_buttons,
    data,
    language,
    navigation,
    reminder_settings,
    reminders_offer,
    results_entry,
    review,
)
from domain.screen_state import ScreenKind


class Milestones:
    """What the interview asks of the adviser and the follow-up at its turning points."""

    def coach(self, turn: Turn, answered: Ref, following: Ref | None) -> bool:
        """The adviser's word on the answer just given, if it calls for one."""
        return adviser.coach(turn, answered, following)

    def finished(self, turn: Turn) -> None:
        """The plan's card; then the reminders offer, or else the plan's score."""
        card_buttons.show(turn)
        if reminders_offer.wanted(turn.s):
            reminders_offer.SCREEN.show(turn)
        else:
            adviser.review(turn)

    def updated(self, turn: Turn) -> None:
        """A short word after an edit of a finished plan (and the reminders offer, if never answered)."""
        turn.say("plan-updated", Tone.SUCCESS)
        if reminders_offer.wanted(turn.s):
            reminders_offer.SCREEN.show(turn)

    def settled(self, turn: Turn) -> None:
        """Back to the score card the questions were opened from."""
        adviser.back_to_card(turn)


SCREEN_LIST: tuple[ScreenView, ...] = (
    navigation.RESTART,
    review.SCREEN,
    language.SCREEN,
    reminders_offer.SCREEN,
    action_list.SCREEN,
    action_card.CARD,
    action_card.RESCHEDULING,
    results_entry.SCREEN,
    reminder_settings.CARD,
    reminder_settings.SETTING,
    data.EXPORT,
    data.DELETE,
    adviser.COACH,
    adviser.SCORE,
)
SCREENS: Mapping[ScreenKind, ScreenView] = {screen.kind: screen for screen in SCREEN_LIST}


def _plain(command: Callable[[Turn], None]) -> Handler:
    """A command that takes nothing after its name."""
    return lambda turn, _: command(turn)


COMMANDS: Mapping[str, Handler] = {
    "start": navigation.start,
    "resume": _plain(navigation.resume),
    "new": _plain(navigation.new),
    "help": _plain(navigation.help_),
    "back": _plain(navigation.back),
    "skip": _plain(navigation.skip),
    "plan": _plain(navigation.show_plan),
    "cancel": _plain(navigation.cancel),
    "edit": _plain(review.edit),
    "language": _plain(language.language),
    "actions": _plain(action_list.list_actions),
    "kpi": _plain(results_entry.kpi),
    "reminders": _plain(reminder_settings.reminders),
    "export": _plain(data.export),
    "mydata": _plain(data.mydata),
    "delete": _plain(data.delete),
}

ENGINE = Engine(
    flow=FLOW,
    screens=SCREENS,
    commands=COMMANDS,
    buttons=(card_buttons.BUTTONS, action_card.BUTTONS),
    hooks=Milestones(),
)
"""planbot's interview and screens."""


def check() -> None:
    """Every kind of screen has exactly one screen (run at import: a screen missing fails at once)."""
    missing = set(ScreenKind) - set(SCREENS)
    if missing or len(SCREENS) != len(SCREEN_LIST):
        raise ValueError(f"screens missing or declared twice: {sorted(missing)}")


check()
