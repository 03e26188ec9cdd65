"""Yes or no said in words, for a screen that offers a pair of options (the reminders offer)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from dialogs.parsing.choices import one
from dialogs.parsing.options import Option
from dialogs.parsing.text import InvalidAnswer, fold
from domain.i18n import Catalog


def yes_or_no(raw: str, options: Sequence[Option], t: Catalog) -> Option | None:
    """Which of a yes/no pair of options an answer in words means (``ouais``, ``sure``, ``non merci``), if one.

    The words are those that accept or drop an action (the synonyms' ``action`` table).
    """
    if len(options) != 2 or re.search(r"\d", raw):
        return None
    pair = (replace(options[0], id="accept"), replace(options[1], id="drop"))
    try:
        found = one(raw, pair, t, "action")
    except InvalidAnswer:
        return None
    return options[pair.index(found)]


_CONFIRM = re.compile(
    r"^(?:ok(?:ay)?|oki|okay|d accord|dac|valider?|valide|validee?s?|je valide|confirmer?|c est bon|c bon|cest bon"
    r"|parfait|ca marche|c est tout|fini|termine|go|done|that s it|that s all|confirm(?:ed)?|all good|good|yes|oui)$"
)
"""What confirms the options ticked so far on a multi-choice question (``ok``, ``c'est bon``, ``valider``)."""


def confirms(raw: str) -> bool:
    """Whether a typed answer confirms what is ticked rather than naming more options."""
    return bool(_CONFIRM.match(fold(raw).strip(" .!")))
