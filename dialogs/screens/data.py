"""The user's plan and data to take away or erase: ``/export``, ``/mydata`` and ``/delete``."""

from __future__ import annotations

from dialogs.core.replies import Attachment, Question, Tone
from dialogs.core.screen import BaseScreen
from dialogs.core.turn import Turn
from dialogs.parsing.options import Option
from domain.screen_state import Delete, Export, ScreenKind

FORMATS = ("pdf", "ics", "md", "charts")
CHARTS = ("chart:positioning", "chart:kpis", "chart:timeline")
ERASE, KEEP = "erase", "keep"


class ExportScreen(BaseScreen):
    """The formats on offer."""

    kind = ScreenKind.EXPORT

    def show(self, turn: Turn) -> None:
        """``/export``: the plan as a PDF, a calendar, Markdown, or charts."""
        turn.open(Export(), Question(key=self.kind.value, text=turn.t("export-prompt"), options=self.options(turn)))

    def options(self, turn: Turn) -> tuple[Option, ...]:
        """Each format."""
        return tuple(Option(kind, turn.t(f"export-{kind}")) for kind in FORMATS)

    def choose(self, turn: Turn, option: str) -> None:
        """Send what was chosen."""
        if option not in FORMATS:
            self.refuse(turn)
            return
        turn.close()
        kinds = CHARTS if option == "charts" else (option,)
        turn.replies.extend(Attachment(k) for k in kinds)


class DeleteScreen(BaseScreen):
    """The confirmation before everything is erased."""

    kind = ScreenKind.DELETE

    def show(self, turn: Turn) -> None:
        """``/delete``: ask before erasing everything."""
        text = turn.t("delete-prompt")
        turn.open(Delete(), Question(key=self.kind.value, text=text, options=self.options(turn), free_text=False))

    def options(self, turn: Turn) -> tuple[Option, ...]:
        """Erase, or keep."""
        return (Option(ERASE, turn.t("delete-confirm")), Option(KEEP, turn.t("delete-keep")))

    def choose(self, turn: Turn, option: str) -> None:
        """The answer to the confirmation."""
        turn.close()
        if option == ERASE:
            turn.erased = True
            turn.say("delete-done", Tone.SUCCESS)
        else:
            turn.say("delete-kept")
            turn.ask_current()


EXPORT = ExportScreen()
DELETE = DeleteScreen()


def export(turn: Turn) -> None:
    """``/export``: the formats."""
    EXPORT.show(turn)


def mydata(turn: Turn) -> None:
    """``/mydata``: everything stored about the user, as JSON."""
    turn.say("mydata-intro")
    turn.replies.append(Attachment("mydata"))


def delete(turn: Turn) -> None:
    """``/delete``: the confirmation."""
    DELETE.show(turn)
