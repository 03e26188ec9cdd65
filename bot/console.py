"""The console chat: the same interview in a terminal, one answer per line, options numbered."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from dialogs.conversation import Conversation
from dialogs.core.replies import Accepted, Attachment, Command, Event, Notice, PlanCard, Question, Reply, Said, Tone
from domain.documents.formats import to_text
from domain.i18n import Catalog, catalog
from domain.models import Language
from domain.session import Session


def event_of(line: str) -> Event:
    """A typed line as an input: ``/edit`` is a command, anything else an answer."""
    text = line.strip()
    if text.startswith("/") and len(text) > 1 and " " not in text:
        return Command(text[1:].split("@")[0].lower())
    return Said(line.rstrip("\r\n"))


def render(reply: Reply, t: Catalog) -> str:
    """A reply as terminal text."""
    match reply:
        case Notice(text, tone):
            return f"⚠ {text}" if tone is Tone.ERROR else text
        case PlanCard(document):
            return to_text(document, t("colon"), t("section-pending"))
        case Question():
            return _question(reply, t)
        case Accepted() | Attachment():
            return ""
    raise TypeError(reply)


def _question(q: Question, t: Catalog) -> str:
    lines = [f"[{q.progress}]"] if q.progress else []
    lines.append(q.text)
    if q.hint:
        lines.append(f"  {q.hint}")
    if q.current is not None:
        lines.append("  " + t("console-current", value=q.current))
    elif q.can_skip:
        lines.append("  " + t("console-skip"))
    if q.lasting:  # buttons to tap at any time (the plan's card): here, the commands that do the same
        lines.append("  " + t("console-card"))
    elif q.options and not q.numbered:
        lines.append("  " + t("console-suggestions", values=" · ".join(o.label for o in q.options)))
    elif q.options and [o.label for o in q.options] == [str(n) for n in range(1, len(q.options) + 1)]:
        lines.append("  " + " · ".join(o.label for o in q.options))
    else:
        for number, option in enumerate(q.options, start=1):
            ticked = "✓ " if option.id in q.selected else ""
            lines.append(f"  {number}. {ticked}{option.label}")
    if q.options and q.multi:
        lines.append("  " + t("console-multi-own" if q.free_text else "console-multi"))
    elif q.options and q.free_text and not q.listed and q.numbered:
        lines.append("  " + t("console-own"))
    return "\n".join(lines)


class Console:
    """A local user talking to planbot through standard input and output."""

    def __init__(
        self, conversation: Conversation, user_id: int, out: TextIO, echo: bool = False, folder: Path | None = None
    ) -> None:
        self.conversation = conversation
        self.user_id = user_id
        self.out = out
        self.echo = echo
        self.folder = folder or Path.cwd()

    def say(self, replies: list[Reply]) -> None:
        """Print replies in the user's current language."""
        session = self.conversation.session(self.user_id)
        t = catalog(session.lang)
        for reply in replies:
            if isinstance(reply, Attachment):
                self.write(reply, session, t)
            elif not isinstance(reply, Accepted):
                print(render(reply, t), end="\n\n", file=self.out)
        self.out.flush()

    def write(self, attachment: Attachment, session: Session, t: Catalog) -> None:
        """A file asked for (``/export``, ``/mydata``) is written in the folder, and its path printed."""
        from bot.files import make

        made = make(attachment.kind, session, self.conversation.store, self.conversation.clock())
        if made is None:
            print(t("file-nothing"), end="\n\n", file=self.out)
            return
        path = self.folder / made.name
        path.write_bytes(made.content)
        print(t("console-file", path=str(path)), end="\n\n", file=self.out)

    def run(self, lines: Iterable[str], lang: Language | None = None) -> None:
        """Resume (or start) the interview, then answer line after line until the input ends."""
        if lang is not None:
            self.conversation.set_language(self.user_id, lang)
        self.say(self.conversation.handle(self.user_id, Command("resume"), lang))
        for line in lines:
            replies = self.conversation.handle(self.user_id, event_of(line))  # saved before anything is printed
            if self.echo:
                print(f"> {line.rstrip()}", end="\n\n", file=self.out)
            self.say(replies)
        t = catalog(self.conversation.session(self.user_id).lang)
        print(t("console-bye"), file=self.out)
