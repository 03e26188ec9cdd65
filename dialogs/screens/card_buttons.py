"""The card that ends the interview: the plan at a glance, with buttons for the whole plan and its files.

The card's buttons carry the key ``card`` and keep applying after any later message: the engine routes them here
(``CardButtons``) before it looks at the question or the screen on show, which they leave as they are.
"""

from __future__ import annotations

from dialogs.core.replies import Attachment, Notice, Question, Tone
from dialogs.core.turn import Turn
from dialogs.parsing.options import Option
from dialogs.screens import navigation
from domain.documents.end_card import end_card
from domain.models import Mode

KEY = "card"
PLAN = "plan"
FILES = {"pdf": "pdf", "ics": "ics", "map": "chart:positioning"}
"""The buttons that send a file, and the kind of file each one sends (as ``/export`` sends them)."""


def options(turn: Turn) -> tuple[Option, ...]:
    """The card's buttons: the whole plan, the PDF, the calendar, the positioning map."""
    return tuple(Option(option, turn.t(f"card-{option}")) for option in (PLAN, *FILES))


def show(turn: Turn) -> None:
    """The interview is over: a word of congratulation, the card, and its buttons."""
    plan = turn.s.plan
    turn.say("done", Tone.SUCCESS, name=plan.profile.name or "")
    turn.replies.append(Notice(end_card(plan, turn.t, turn.today, turn.s.defaults)))
    express = plan.profile.mode is Mode.EXPRESS
    turn.replies.append(
        Question(
            key=KEY,
            text=turn.t("card-prompt"),
            hint=turn.t("done-next-express" if express else "done-next"),
            options=options(turn),
            free_text=False,
            numbered=False,  # typed numbers answer the question on show, never the card
            lasting=True,
        )
    )


class CardButtons:
    """The end card's buttons, valid whatever is on show."""

    def owns(self, key: str) -> bool:
        """The card's key."""
        return key == KEY

    def options(self, turn: Turn, key: str) -> tuple[Option, ...]:
        """The card's buttons."""
        return options(turn)

    def tapped(self, turn: Turn, key: str, option: str) -> None:
        """The whole plan (as ``/plan`` shows it), or a file."""
        if option == PLAN:
            navigation.show_plan(turn)
        elif option in FILES:
            turn.replies.append(Attachment(FILES[option]))
        else:
            turn.stale()


BUTTONS = CardButtons()
