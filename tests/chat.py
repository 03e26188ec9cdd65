"""Test helpers: a clock moved by hand, and a chat that talks to the engine like a user."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.console import render
from dialogs.conversation import Conversation
from dialogs.core.replies import Command, Notice, PlanCard, Question, Reply, Said, Tapped, Tone
from domain.i18n import catalog
from domain.models import Language
from domain.session import Session

NOW = datetime(2026, 11, 22, 9, 30, tzinfo=UTC)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


class Chat:
    """One user talking to planbot through the conversation service, as a test reads it."""

    def __init__(self, conversation: Conversation, user_id: int = 1, lang: Language = Language.FR) -> None:
        self.conversation = conversation
        self.user_id = user_id
        self.lang = lang
        self.replies: list[Reply] = []
        self.history: list[Reply] = []

    def _do(self, event: Command | Said | Tapped) -> list[Reply]:
        self.replies = self.conversation.handle(self.user_id, event, self.lang)
        self.history.extend(self.replies)
        return self.replies

    def send(self, text: str) -> list[Reply]:
        """Type a line: a command when it starts with a slash."""
        if text.startswith("/") and " " not in text:
            return self._do(Command(text[1:]))
        return self._do(Said(text))

    def answer(self, *lines: str) -> list[Reply]:
        """Type several answers in a row; fails on the first one refused."""
        for line in lines:
            self.send(line)
            assert not self.errors(), f"{line!r} was refused: {self.errors()}"
        return self.replies

    def tap(self, label: str) -> list[Reply]:
        """Tap the option of the last question whose label starts with ``label``."""
        question = self.question
        matches = [o for o in question.options if o.label.startswith(label)]
        assert matches, f"no option {label!r} in {[o.label for o in question.options]}"
        return self._do(Tapped(question.key, matches[0].id))

    def tap_key(self, key: str, option: str) -> list[Reply]:
        """Tap a button by its raw question key and option id (old or forged buttons)."""
        return self._do(Tapped(key, option))

    @property
    def question(self) -> Question:
        """The last question asked."""
        found = [r for r in self.replies if isinstance(r, Question)]
        assert found, f"no question in {self.replies}"
        return found[-1]

    def errors(self) -> list[str]:
        """The error notices of the last input."""
        return [r.text for r in self.replies if isinstance(r, Notice) and r.tone is Tone.ERROR]

    def last_text(self) -> str:
        """Everything said after the last input, as the console shows it."""
        t = catalog(self.session.lang)
        return "\n".join(render(r, t) for r in self.replies)

    def plan_cards(self) -> list[PlanCard]:
        """Plan cards shown after the last input."""
        return [r for r in self.replies if isinstance(r, PlanCard)]

    @property
    def session(self) -> Session:
        """The session as stored."""
        return self.conversation.session(self.user_id)
