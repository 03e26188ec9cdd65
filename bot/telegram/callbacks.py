"""Compact, versioned ``callback_data``: whose plan, which question, which option (at most 64 bytes)."""

from __future__ import annotations

from dataclasses import dataclass

VERSION = "1"
LIMIT = 64
_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def _base36(number: int) -> str:
    if number < 0:
        return "-" + _base36(-number)
    text = ""
    while True:
        number, digit = divmod(number, 36)
        text = _DIGITS[digit] + text
        if number == 0:
            return text


@dataclass(frozen=True)
class Button:
    """What a button says when tapped.

    Attributes:
        owner: the user whose plan it belongs to; a tap by anyone else is refused.
        plan: which of the owner's plans (buttons of a plan since replaced are stale).
        key: the question (a step reference or a screen).
        option: the option's id, or ``#<n>`` for the n-th option when the id would not fit.
    """

    owner: int
    plan: int
    key: str
    option: str

    @property
    def nth(self) -> int | None:
        """The place of the option tapped, when the button carries its place (``#<n>``) rather than its id."""
        if self.option.startswith("#") and self.option[1:].isdecimal():
            return int(self.option[1:])
        return None

    def encode(self, index: int) -> str:
        """The ``callback_data``: ``1|<owner base 36>|<plan>|<key>|<option>``, falling back to the index."""
        head = f"{VERSION}|{_base36(self.owner)}|{self.plan}|{self.key}|"
        data = head + self.option
        if len(data.encode()) > LIMIT:
            data = f"{head}#{index}"
        if len(data.encode()) > LIMIT:
            raise ValueError(f"callback data too long: {data!r}")
        return data


def decode(data: str | None) -> Button | None:
    """The button a ``callback_data`` describes, or ``None`` when it is not one of ours (or malformed)."""
    if not data:
        return None
    parts = data.split("|", 4)
    if len(parts) != 5 or parts[0] != VERSION:
        return None
    _, owner, plan, key, option = parts
    try:
        return Button(int(owner, 36), int(plan), key, option)
    except ValueError:
        return None
