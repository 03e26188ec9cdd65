"""Test helpers: a clock moved by hand, and a chat that talks to the engine like a user."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from bot.console import render
from dialogs.conversation import Conversation
from dialogs.core.replies import Command, Notice, PlanCard, Question, Reply, Said, Tapped, Tone
from dialogs.core.steps import StepId
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

    def answer_until(self, step: StepId, script: Sequence[str]) -> list[str]:
        """Type the script's answers in order until the question of ``step`` is on show; return those left.

        Scripts answer from ``/start`` on, so the chat is a fresh one. Naming the step, not a count of answers,
        keeps a test where it meant to be when a question is added before that step.
        """
        for typed, line in enumerate(script):
            if self.shows(step):
                return list(script[typed:])
            self.answer(line)
        assert self.shows(step), f"the script ended before {step} was asked; on show: {self.on_show()}"
        return []

    def on_show(self) -> str | None:
        """The key of the question on show after the last input (``segment_need:1``), if one is."""
        found = [r for r in self.replies if isinstance(r, Question)]
        return found[-1].key if found else None

    def shows(self, step: StepId) -> bool:
        """Whether the question on show is the step's (for any item, for a step asked of each item)."""
        key = self.on_show()
        return key is not None and key.partition(":")[0] == step.value

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
