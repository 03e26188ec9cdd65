"""The engine's replies as Telegram messages: escaped HTML text and inline keyboards."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.telegram.callbacks import Button
from dialogs.core.replies import BACK, DONE, SKIP, Accepted, Attachment, Notice, PlanCard, Question, Reply, Tone
from dialogs.parsing.options import Option
from domain.documents.formats import to_html_messages
from domain.i18n import Catalog

ROOM = {1: 28, 2: 12, 3: 8, 4: 5, 5: 3, 8: 2}
"""Characters a phone shows on each button of a row shared by that many buttons (28 for a button alone)."""
OPTIONS_PER_ROW = (5, 2, 1)
NUMBERS_PER_ROW = (8, 4, 1)
EXTRAS_PER_ROW = (3, 2, 1)
TICK = "✅ "
MAX_BUTTONS = 96
TELEGRAM_LIMIT = 4096
"""The longest message Telegram sends, in UTF-16 code units."""


def telegram_length(text: str) -> int:
    """Length as Telegram counts it (UTF-16 code units); tags counted too, so it is an upper bound."""
    return len(text.encode("utf-16-le")) // 2


@dataclass(frozen=True)
class Outgoing:
    """One message to send, or (``replace``) the keyboard of the tapped message to change.

    ``lasting``: the keyboard keeps applying after later messages (see ``Question.lasting``).
    """

    text: str
    markup: InlineKeyboardMarkup | None = None
    replace: bool = False
    lasting: bool = False


def esc(text: str) -> str:
    """User-provided (or any engine) text made safe for HTML parse mode."""
    return html.escape(text, quote=False)


def _room(question: Question) -> int:
    """Characters an option's label may take on a button alone on its row (a tick takes some on multi-choice)."""
    return ROOM[1] - (len(TICK) if question.multi else 0)


def _overflows(question: Question) -> bool:
    """Whether an option's label is longer than a phone shows (a long suggestion, a name typed by the user)."""
    room = _room(question)
    return any(len(o.label) > room for o in question.options[:MAX_BUTTONS])


def listed(question: Question) -> bool:
    """Whether the options are numbered in the text, with only their numbers on buttons.

    The engine asks for it (the review, the action list); a question with an option too long for a button is
    listed too, unless a typed number is the answer itself (then its buttons are cut and the text has them all).
    """
    return question.listed or (question.numbered and _overflows(question))


def _fit(label: str, room: int) -> str:
    """A label cut with an ellipsis to ``room`` characters."""
    return label if len(label) <= room else label[: room - 1] + "…"


def _per_row(lengths: Sequence[int], choices: Sequence[int]) -> int:
    """The most buttons a row takes while each of them shows its whole label."""
    return next((n for n in choices if all(length <= ROOM[n] for length in lengths)), 1)


def _rows(
    buttons: list[InlineKeyboardButton], per_row: int, short_first: bool = False
) -> list[list[InlineKeyboardButton]]:
    """Buttons in rows of ``per_row``; the shorter row last, or first (the confirm button above skip and back)."""
    start = len(buttons) % per_row if short_first else 0
    head = [buttons[:start]] if start else []
    return head + [buttons[i : i + per_row] for i in range(start, len(buttons), per_row)]


def keyboard(question: Question, t: Catalog, owner: int, plan: int) -> InlineKeyboardMarkup | None:
    """Buttons for a question: its options (ticked ones marked), then confirm, skip or keep, and back.

    Every label shows whole on a phone: a button alone on its row shows about 28 characters, two sharing a row
    about 12 each. Options share rows only when all of them are that short; a question with an option too long
    is listed (see :func:`listed`).
    """

    def button(text: str, option: Option | str, index: int) -> InlineKeyboardButton:
        option_id = option.id if isinstance(option, Option) else option
        data = Button(owner, plan, question.key, option_id).encode(index)
        return InlineKeyboardButton(text, callback_data=data)

    options = question.options[:MAX_BUTTONS]
    tick = len(TICK) if question.multi else 0
    marks = [TICK if o.id in question.selected else "" for o in options]
    if listed(question):
        texts = [f"{mark}{i}" for i, mark in enumerate(marks, start=1)]
        per_row = _per_row([len(str(len(options))) + tick], NUMBERS_PER_ROW)
    else:
        texts = [mark + _fit(o.label, _room(question)) for mark, o in zip(marks, options, strict=True)]
        per_row = _per_row([len(o.label) + tick for o in options], OPTIONS_PER_ROW)
    rows = _rows([button(text, o, i) for i, (text, o) in enumerate(zip(texts, options, strict=True))], per_row)
    extra = []
    if question.multi and question.options:
        extra.append(button(_fit(t("button-done"), ROOM[1]), DONE, len(options)))
    if question.can_skip:
        key = "button-keep" if question.current else "button-skip"
        extra.append(button(_fit(t(key), ROOM[1]), SKIP, len(options) + 1))
    if question.can_back:
        extra.append(button(_fit(t("button-back"), ROOM[1]), BACK, len(options) + 2))
    rows += _rows(extra, _per_row([len(b.text) for b in extra], EXTRAS_PER_ROW), short_first=True)
    return InlineKeyboardMarkup(rows) if rows else None


def question_text(question: Question, t: Catalog) -> str:
    """A question as HTML: progress, the question in bold, examples, the current answer, listed options.

    Options too long for their buttons are written out, numbered when typing a number picks one.
    """
    lines = [f"<i>{esc(question.progress)}</i>"] if question.progress else []
    lines.append(f"<b>{esc(question.text)}</b>")
    if question.hint:
        lines.append(f"<i>{esc(question.hint)}</i>")
    if question.current is not None:
        lines.append(esc(t("telegram-current", value=question.current)))
    shown = listed(question) or _overflows(question)
    if shown:
        lines.append("")
        numbers = [f"{i}." if listed(question) else "•" for i in range(1, len(question.options) + 1)]
        lines.extend(f"{number} {esc(o.label)}" for number, o in zip(numbers, question.options, strict=True))
    if question.options and question.multi:
        if shown:
            lines.append("")
        lines.append(esc(t("telegram-multi-own" if question.free_text else "telegram-multi")))
    return "\n".join(lines)


def _split(text: str, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """A long message cut between lines."""
    if telegram_length(text) <= limit:
        return [text]
    parts, current = [], ""
    for line in text.split("\n"):
        candidate = f"{current}\n{line}" if current else line
        if telegram_length(candidate) > limit and current:
            parts.append(current)
            candidate = line[: limit // 2]
        current = candidate
    return [*parts, current]


def outgoing(replies: list[Reply], t: Catalog, owner: int, plan: int) -> list[Outgoing]:
    """Every message a list of replies turns into, in order; notices go in the message of the question after."""
    messages: list[Outgoing] = []
    notes: list[str] = []

    def flush() -> None:
        if notes:
            messages.extend(Outgoing(part) for part in _split("\n\n".join(notes)))
            notes.clear()

    for reply in replies:
        match reply:
            case Notice(text, tone):
                notes.append(("⚠️ " if tone is Tone.ERROR else "") + esc(text))
            case PlanCard(document):
                parts = to_html_messages(document, t("colon"), t("section-pending"), TELEGRAM_LIMIT, telegram_length)
                if (
                    notes
                    and parts
                    and telegram_length(parts[0]) + sum(telegram_length(n) + 2 for n in notes) < TELEGRAM_LIMIT
                ):
                    parts[0] = "\n\n".join([*notes, parts[0]])
                    notes.clear()
                flush()
                messages += [Outgoing(m) for m in parts]
            case Question():
                if reply.update:
                    flush()
                body = question_text(reply, t)
                if notes and telegram_length(body) + sum(telegram_length(n) + 2 for n in notes) < TELEGRAM_LIMIT:
                    body = "\n\n".join([*notes, body])
                    notes.clear()
                flush()
                parts = _split(body)
                messages += [Outgoing(p) for p in parts[:-1]]
                messages.append(
                    Outgoing(parts[-1], keyboard(reply, t, owner, plan), replace=reply.update, lasting=reply.lasting)
                )
            case Accepted() | Attachment():
                pass
    flush()
    return messages
