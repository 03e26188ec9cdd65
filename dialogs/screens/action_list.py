"""``/actions``: the plan's actions with their statuses; choosing one opens its card."""

from __future__ import annotations

from dialogs.core.replies import Question
from dialogs.core.screen import BaseScreen
from dialogs.core.turn import Turn
from dialogs.parsing.options import Option
from dialogs.screens import action_card
from domain.documents.action_table import status_label
from domain.models import Action, ActionStatus
from domain.screen_state import ActionList, ScreenKind


def listed(turn: Turn) -> list[Action]:
    """The actions the user kept, by date."""
    kept = (a for a in turn.s.plan.actions or () if a.status is not ActionStatus.PROPOSED)
    return sorted(kept, key=lambda a: (a.due, a.id))


class ActionListScreen(BaseScreen):
    """The list of actions."""

    kind = ScreenKind.ACTIONS

    def show(self, turn: Turn) -> None:
        """The actions, or a word when there is none yet."""
        if not listed(turn):
            if isinstance(turn.s.screen, ActionList):
                turn.close()
            turn.say("actions-none-yet")
            turn.ask_current()
            return
        question = Question(key=self.kind.value, text=turn.t("actions-title"), options=self.options(turn), listed=True)
        turn.open(ActionList(), question)

    def options(self, turn: Turn) -> tuple[Option, ...]:
        """Each action: its date, its title and its status."""
        t = turn.t
        return tuple(
            Option(
                str(a.id),
                t(
                    "actions-entry",
                    date=t.day(a.due),
                    title=a.title,
                    status=status_label(a.status, a.due, turn.today, t),
                ),
            )
            for a in listed(turn)
        )

    def choose(self, turn: Turn, option: str) -> None:
        """The card of the action chosen."""
        action = turn.s.plan.action(int(option)) if option.isdecimal() else None
        if action is None:
            self.refuse(turn)
        else:
            action_card.show(turn, action)


SCREEN = ActionListScreen()


def list_actions(turn: Turn) -> None:
    """``/actions``: the list."""
    SCREEN.show(turn)
