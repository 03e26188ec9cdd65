"""The reminders offer, once the plan is done: does the user want reminders before their actions."""

from __future__ import annotations

from dialogs.core.replies import Question, Tone
from dialogs.core.screen import BaseScreen
from dialogs.core.turn import Turn
from dialogs.parsing.choices import match_option
from dialogs.parsing.options import Option
from dialogs.parsing.yes_no import yes_or_no
from dialogs.screens import adviser
from domain.models import ActionStatus
from domain.screen_state import RemindersOffer, ScreenKind
from domain.session import Session

YES, NO = "yes", "no"


def wanted(session: Session) -> bool:
    """Whether to offer reminders: never asked, and the plan has actions to remind of."""
    planned = [a for a in session.plan.actions or () if a.status is ActionStatus.PLANNED]
    return session.reminders.enabled is None and bool(planned)


class OfferScreen(BaseScreen):
    """Yes or no to reminders."""

    kind = ScreenKind.OPT_IN

    def show(self, turn: Turn) -> None:
        """Ask whether the user wants reminders before their actions."""
        question = Question(key=self.kind.value, text=turn.t("opt-in"), options=self.options(turn), free_text=False)
        turn.open(RemindersOffer(), question)

    def options(self, turn: Turn) -> tuple[Option, ...]:
        """Yes, or no."""
        return (Option(YES, turn.t("opt-in-yes")), Option(NO, turn.t("opt-in-no")))

    def typed(self, turn: Turn, text: str) -> None:
        """A typed answer: an option, or a yes or a no in the user's words ("ouais", "sure", "non merci")."""
        options = self.options(turn)
        found = match_option(text, options) or yes_or_no(text, options, turn.t)
        if found is None:
            self.refuse(turn)
        else:
            self.choose(turn, found.id)

    def choose(self, turn: Turn, option: str) -> None:
        """The answer to the offer, then the plan's score."""
        if option not in (YES, NO):
            self.refuse(turn)
            return
        enabled = option == YES
        turn.update(screen=None, reminders=turn.s.reminders.model_copy(update={"enabled": enabled}))
        settings = turn.s.reminders
        if enabled:
            at, zone = f"{settings.at:%H:%M}", settings.timezone
            turn.say("opt-in-done", Tone.SUCCESS, at=at, timezone=zone, days=settings.days_before)
        else:
            turn.say("opt-in-declined")
        adviser.review(turn)


SCREEN = OfferScreen()
