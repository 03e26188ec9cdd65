"""The engine's replies as Telegram messages: escaped HTML text and inline keyboards."""

from __future__ import annotations

import html
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.telegram.callbacks import Button
from dialogs.fields import Option
from dialogs.replies import BACK, DONE, SKIP, Accepted, Attachment, Notice, PlanCard, Question, Reply, Tone
from domain.formats import TELEGRAM_LIMIT, telegram_length, to_html_messages
from domain.i18n import Catalog

BUTTON_TEXT = 40
MAX_BUTTONS = 96


@dataclass(frozen=True)
class Outgoing:
    """One message to send, or (``replace``) the keyboard of the tapped message to change."""

    text: str
    markup: InlineKeyboardMarkup | None = None
    replace: bool = False


def esc(text: str) -> str:
    """User-provided (or any engine) text made safe for HTML parse mode."""
    return html.escape(text, quote=False)


def _short(label: str) -> str:
    return label if len(label) <= BUTTON_TEXT else label[: BUTTON_TEXT - 1] + "…"


def _rows(buttons: list[InlineKeyboardButton], per_row: int) -> list[list[InlineKeyboardButton]]:
    return [buttons[i : i + per_row] for i in range(0, len(buttons), per_row)]


def keyboard(question: Question, t: Catalog, owner: int, plan: int) -> InlineKeyboardMarkup | None:
    """Buttons for a question: its options (ticked ones marked), then confirm, skip or keep, and back."""

    def button(label: str, option: Option | str, index: int) -> InlineKeyboardButton:
        option_id = option.id if isinstance(option, Option) else option
        data = Button(owner, plan, question.key, option_id).encode(index)
        return InlineKeyboardButton(_short(label), callback_data=data)

    options = list(question.options[:MAX_BUTTONS])
    if question.listed:
        buttons = [button(str(i), o, i - 1) for i, o in enumerate(options, start=1)]
        rows = _rows(buttons, 8)
    else:
        buttons = [button(("✅ " if o.id in question.selected else "") + o.label, o, i) for i, o in enumerate(options)]
        short = all(len(o.label) <= 3 for o in options)
        rows = _rows(buttons, 5 if short else 2 if all(len(o.label) <= 16 for o in options) else 1)
    extra = []
    if question.multi and question.options:
        extra.append(button(t("button-done"), DONE, len(options)))
    if question.can_skip:
        extra.append(button(t("button-keep" if question.current else "button-skip"), SKIP, len(options) + 1))
    if question.can_back:
        extra.append(button(t("button-back"), BACK, len(options) + 2))
    if extra:
        rows.append(extra)
    return InlineKeyboardMarkup(rows) if rows else None


def question_text(question: Question, t: Catalog) -> str:
    """A question as HTML: progress, the question in bold, examples, the current answer, listed options."""
    lines = [f"<i>{esc(question.progress)}</i>"] if question.progress else []
    lines.append(f"<b>{esc(question.text)}</b>")
    if question.hint:
        lines.append(f"<i>{esc(question.hint)}</i>")
    if question.current is not None:
        lines.append(esc(t("telegram-current", value=question.current)))
    if question.listed:
        lines.append("")
        lines.extend(f"{i}. {esc(o.label)}" for i, o in enumerate(question.options, start=1))
    elif question.options and question.multi:
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
                parts = to_html_messages(document, t("colon"), t("section-pending"))
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
                messages.append(Outgoing(parts[-1], keyboard(reply, t, owner, plan), replace=reply.update))
            case Accepted() | Attachment():
                pass
    flush()
    return messages
