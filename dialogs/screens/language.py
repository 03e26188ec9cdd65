"""``/language``: French or English."""

from __future__ import annotations

from dialogs.core.replies import Question
from dialogs.core.screen import BaseScreen
from dialogs.core.turn import Turn
from dialogs.parsing.options import Option
from domain.models import Language
from domain.screen_state import LanguageChoice, ScreenKind


class LanguageScreen(BaseScreen):
    """The choice of language."""

    kind = ScreenKind.LANGUAGE

    def show(self, turn: Turn) -> None:
        """The languages on offer."""
        question = Question(key=self.kind.value, text=turn.t("language-prompt"), options=self.options(turn))
        turn.open(LanguageChoice(), question)

    def options(self, turn: Turn) -> tuple[Option, ...]:
        """Each language, named in the user's."""
        return tuple(Option(lang.value, turn.t(f"language-{lang.value}")) for lang in Language)

    def choose(self, turn: Turn, option: str) -> None:
        """The language chosen, from now on."""
        if option not in {lang.value for lang in Language}:
            self.refuse(turn)
            return
        turn.update(screen=None, lang=Language(option))
        turn.say("language-set")
        turn.ask_current()


SCREEN = LanguageScreen()


def language(turn: Turn) -> None:
    """``/language``: the choice."""
    SCREEN.show(turn)
