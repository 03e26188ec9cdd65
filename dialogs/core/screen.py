"""What most screens do alike: typed text read as one of their options, ``/back`` closes them, nothing to skip."""

from __future__ import annotations

from dialogs.core.replies import Tone
from dialogs.core.turn import Turn
from dialogs.parsing.choices import match_option
from dialogs.parsing.options import Option
from domain.screen_state import ScreenKind


class BaseScreen:
    """A screen with options to choose from; subclasses give ``kind``, ``show``, ``options`` and ``choose``."""

    kind: ScreenKind

    def show(self, turn: Turn) -> None:
        """Show the screen (again), from the state stored in the session."""
        raise NotImplementedError

    def options(self, turn: Turn) -> tuple[Option, ...]:
        """Its options, as shown."""
        return ()

    def choose(self, turn: Turn, option: str) -> None:
        """An option chosen: by default none is expected, and the screen is shown again."""
        self.refuse(turn)

    def refuse(self, turn: Turn) -> None:
        """An answer that is none of the options: say so, and show the screen again."""
        turn.say("error-choice", Tone.ERROR)
        self.show(turn)

    def typed(self, turn: Turn, text: str) -> None:
        """Text typed: one of the options by its number or its label, or else refused."""
        found = match_option(text, self.options(turn)) if text.strip() else None
        if found is None:
            self.refuse(turn)
        else:
            self.choose(turn, found.id)

    def back(self, turn: Turn) -> None:
        """``/back``: close the screen, and show what was awaited before it."""
        turn.close()
        turn.say("cancelled")
        turn.ask_current()

    def skip(self, turn: Turn) -> None:
        """``/skip``: nothing to skip on a screen; it is shown again."""
        turn.say("nothing-to-skip")
        self.show(turn)
