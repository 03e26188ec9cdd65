"""Help for someone who does not know what to answer: the question in other words, what to tap, how to skip."""

from __future__ import annotations

from dialogs.answers import Context, Rating
from dialogs.core.flow import Ref
from dialogs.core.replies import Notice
from dialogs.core.turn import Turn
from dialogs.parsing.text import InvalidAnswer


def explain(turn: Turn, ref: Ref) -> None:
    """Answer "I don't know" at a question: explain it in other words and ask it again; nothing is stored.

    The explanation is the catalogue's ``explain-<step id>`` (``explain-generic`` for a step without one); it says
    that the options below can be tapped when there are some, and that ``/skip`` moves on (or keeps the answer
    given before) where the question allows it.
    """
    t = turn.t
    question = turn.question(ref)
    key = f"explain-{ref.step.id}"
    lines = [t("explain-intro") + " " + t(key if t.has(key) else "explain-generic", **turn.prompt_args(ref))]
    if question.options:
        lines.append(t("explain-options" if question.free_text else "explain-options-only"))
    if question.can_skip:
        lines.append(t("explain-keep" if question.current is not None else "explain-skip"))
    turn.replies.append(Notice("\n".join(lines)))
    turn.replies.append(question)


def rated(ref: Ref, text: str, ctx: Context) -> bool:
    """Whether an answer that hesitates is a rating all the same (``bof`` is 2 out of 5 at a rating)."""
    if not isinstance(ref.step.field, Rating):
        return False
    try:
        ref.step.field.parse(text, ctx)
    except InvalidAnswer:
        return False
    return True
