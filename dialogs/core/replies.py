"""What the engine hears (events) and says (replies), as values; transports render them."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from dialogs.parsing.options import Option
from domain.documents.document import Document

SKIP = "!skip"
BACK = "!back"
DONE = "!done"


@dataclass(frozen=True)
class Said:
    """Text the user typed."""

    text: str


@dataclass(frozen=True)
class Tapped:
    """A tapped button: the question it belongs to, the option's id, and the plan it was shown for.

    A transport that cannot carry an option's id names the option by its place instead: ``nth`` (from 0), with
    an empty ``option``.
    """

    key: str
    option: str
    plan: int | None = None
    nth: int | None = None


@dataclass(frozen=True)
class Command:
    """A command such as ``/back``, without its slash; ``arg`` is what follows it (``/start`` payloads)."""

    name: str
    arg: str = ""


Event = Said | Tapped | Command


class Tone(StrEnum):
    """How a notice reads."""

    INFO = "info"
    ERROR = "error"
    SUCCESS = "success"


@dataclass(frozen=True)
class Notice:
    """A message that asks nothing."""

    text: str
    tone: Tone = Tone.INFO


@dataclass(frozen=True)
class Question:
    """A question awaiting an answer.

    Attributes:
        key: the question's key (a step reference, or a screen such as ``review``), carried by its buttons.
        text: the question itself.
        hint: examples of answers.
        progress: the step number in the whole interview, its length, and the phase (``Étape 7/24 · Diagnostic``).
        options: answers to tap or to type by number.
        selected: options ticked so far on a multi-choice question.
        multi: whether several options may be ticked, then confirmed.
        free_text: whether a typed answer of one's own is accepted.
        current: the answer given before, when the question is asked again.
        can_skip: whether ``/skip`` (or "keep" for a question asked again) moves on.
        can_back: whether ``/back`` has somewhere to go.
        listed: whether the options are listed in the text, with only their numbers on buttons.
        numbered: whether typing an option's number picks it (not for suggested numbers and dates, where a
            typed number is the answer itself).
        update: whether this replaces the question just shown (a ticked option), rather than a new message.
        lasting: its buttons keep applying after later messages (the end card, a reminder): a transport must not
            take them away.
    """

    key: str
    text: str
    hint: str | None = None
    progress: str | None = None
    options: tuple[Option, ...] = ()
    selected: tuple[str, ...] = ()
    multi: bool = False
    free_text: bool = True
    current: str | None = None
    can_skip: bool = False
    can_back: bool = False
    listed: bool = False
    numbered: bool = True
    update: bool = False
    lasting: bool = False


@dataclass(frozen=True)
class PlanCard:
    """The plan, or some sections of it, to show."""

    document: Document


@dataclass(frozen=True)
class Accepted:
    """An answer was taken (a transport may mark the question as answered, e.g. by editing its message)."""

    key: str
    answer: str


@dataclass(frozen=True)
class Attachment:
    """A file or a picture to send: the plan as ``pdf``, ``ics``, ``md``, ``json``; ``mydata``; ``chart:<name>``."""

    kind: str


Reply = Notice | Question | PlanCard | Accepted | Attachment
