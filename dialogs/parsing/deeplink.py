"""``/start`` with a payload, as a link ``t.me/<bot>?start=<payload>`` sends it: the interview set up from it.

A payload is up to 64 characters of ``A-Z a-z 0-9 _ -``. Its words, separated by ``_``, may name the interview
(``express``, ``complete``) and the language (``fr``, ``en``); whatever else it holds is kept, as given, as the
code of the link the user came by (a referral or a campaign), so ``start=en_express_spring-fair`` opens an
express interview in English and keeps ``spring-fair``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from domain.models import Language, Mode

PAYLOAD = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


@dataclass(frozen=True)
class Link:
    """What a ``/start`` payload asks for."""

    mode: Mode | None = None
    lang: Language | None = None
    code: str | None = None


def read(payload: str) -> Link:
    """The interview, language and code a payload names (nothing for a payload Telegram would not send)."""
    payload = payload.strip()
    if not PAYLOAD.match(payload):
        return Link()
    mode, lang, rest = None, None, []
    for word in payload.split("_"):
        lowered = word.lower()
        if lowered in {m.value for m in Mode} and mode is None:
            mode = Mode(lowered)
        elif lowered in {g.value for g in Language} and lang is None:
            lang = Language(lowered)
        elif word:
            rest.append(word)
    return Link(mode, lang, "_".join(rest) or None)
