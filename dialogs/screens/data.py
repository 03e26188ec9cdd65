"""The user's plan and data to take away or erase: ``/export``, ``/mydata`` and ``/delete``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dialogs.answers.fields import Option
from dialogs.core.replies import Attachment, Question, Tone
from domain.session import Screen

if TYPE_CHECKING:
    from dialogs.core.engine import Turn

FORMATS = ("pdf", "ics", "md", "charts")
CHARTS = ("chart:positioning", "chart:kpis", "chart:timeline")
ERASE, KEEP = "erase", "keep"


def export_options(turn: Turn) -> tuple[Option, ...]:
    """The formats on offer."""
    return tuple(Option(kind, turn.t(f"export-{kind}")) for kind in FORMATS)


def export(turn: Turn) -> None:
    """``/export``: the plan as a PDF, a calendar, Markdown, or charts."""
    turn.update(screen=Screen.EXPORT, screen_arg=None)
    question = Question(key=Screen.EXPORT.value, text=turn.t("export-prompt"), options=export_options(turn))
    turn.replies.append(question)


def exported(turn: Turn, kind: str) -> None:
    """Send what was chosen."""
    if kind not in FORMATS:
        turn.say("error-choice", Tone.ERROR)
        export(turn)
        return
    turn.update(screen=None)
    kinds = CHARTS if kind == "charts" else (kind,)
    turn.replies.extend(Attachment(k) for k in kinds)


def mydata(turn: Turn) -> None:
    """``/mydata``: everything stored about the user, as JSON."""
    turn.say("mydata-intro")
    turn.replies.append(Attachment("mydata"))


def delete_options(turn: Turn) -> tuple[Option, ...]:
    """Erase, or keep."""
    return (Option(ERASE, turn.t("delete-confirm")), Option(KEEP, turn.t("delete-keep")))


def delete(turn: Turn) -> None:
    """``/delete``: ask before erasing everything."""
    turn.update(screen=Screen.DELETE, screen_arg=None)
    turn.replies.append(
        Question(key=Screen.DELETE.value, text=turn.t("delete-prompt"), options=delete_options(turn), free_text=False)
    )


def deleted(turn: Turn, option: str) -> None:
    """The answer to the confirmation."""
    turn.update(screen=None)
    if option == ERASE:
        turn.erased = True
        turn.say("delete-done", Tone.SUCCESS)
    else:
        turn.say("delete-kept")
        turn.ask_current()
