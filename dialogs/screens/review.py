"""``/edit``: every answer given, skipped or proposed, numbered; choosing one asks it again."""

from __future__ import annotations

from dialogs.core import edits
from dialogs.core.replies import Question
from dialogs.core.screen import BaseScreen
from dialogs.core.turn import Turn
from dialogs.parsing.options import Option
from domain.screen_state import Review, ScreenKind

REVIEW_VALUE_WIDTH = 48


class ReviewScreen(BaseScreen):
    """The numbered review of the answers."""

    kind = ScreenKind.REVIEW

    def show(self, turn: Turn) -> None:
        """The review card (or, with nothing answered yet, a word and the question again)."""
        options = self.options(turn)
        if not options:
            if isinstance(turn.s.screen, Review):
                turn.close()
            turn.say("nothing-to-edit")
            turn.ask_current()
            return
        turn.update(draft=())
        turn.open(Review(), Question(key=self.kind.value, text=turn.t("review-title"), options=options, listed=True))

    def options(self, turn: Turn) -> tuple[Option, ...]:
        """Every answer given, skipped or proposed, in the interview's order."""
        plan, t = turn.s.plan, turn.t
        options = []
        for ref in turn.refs():
            value = turn.flow.value(plan, ref)
            if value is None and ref.key not in turn.s.skipped:
                continue
            shown = t("value-skipped") if value is None else ref.step.field.show(value, turn.context(ref))
            if len(shown) > REVIEW_VALUE_WIDTH:
                shown = shown[: REVIEW_VALUE_WIDTH - 1] + "…"
            if ref.key in turn.s.defaults and value is not None:
                shown = t("value-proposed", value=shown)
            label = t(f"label-{ref.step.id}", item=turn.flow.item_label(plan, ref, t))
            options.append(Option(ref.key, t("review-entry", label=label, value=shown)))
        return tuple(options)

    def choose(self, turn: Turn, option: str) -> None:
        """The answer chosen, asked again."""
        ref = turn.flow.ref(option)
        if ref is None or not turn.exists(ref):
            self.refuse(turn)
            return
        edits.ask_chosen(turn, ref)


SCREEN = ReviewScreen()


def edit(turn: Turn) -> None:
    """``/edit``: the review card."""
    SCREEN.show(turn)
