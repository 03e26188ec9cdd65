"""What makes proposals the user's own: their target, their difference, their rival, their network."""

from __future__ import annotations

import re
from dataclasses import dataclass

from domain.business import BusinessModel
from domain.models import Language, Plan

NETWORK = re.compile(
    r"r[ée]seau|network|partenaire|partner|prescripteur|recommand|bouche[ -]à[ -]oreille|word of mouth",
    re.IGNORECASE,
)


def network_strength(plan: Plan) -> str | None:
    """A strength saying the user already has a network to draw on ("réseau d'experts-comptables"), if any."""
    return next((s for s in plan.diagnosis.strengths or () if NETWORK.search(s)), None)


@dataclass(frozen=True)
class Words:
    """What an action's wording may name: the target segment, the user's own difference, the main competitor.

    The user's difference is quoted as they wrote it ("je livre en 6 semaines" reads right between quotes); the
    model's typical one, used when the user gave none, is not.
    """

    target: str
    difference: str | None
    rival: str | None = None

    def fill(self, text: str, model: BusinessModel, lang: Language) -> str:
        """An action's wording with ``{target}``, ``{difference}`` and ``{rival}`` filled in."""
        if self.difference:
            open_, close = ("« ", " »") if lang is Language.FR else ("“", "”")
            difference = f"{open_}{self.difference.strip()}{close}"
        else:
            typical = model.texts(lang).difference
            difference = typical[:1].lower() + typical[1:]
        rival = self.rival or ("un concurrent" if lang is Language.FR else "a competitor")
        return text.replace("{target}", self.target).replace("{difference}", difference).replace("{rival}", rival)


def season_title(title: str, why: str | None) -> str:
    """A seasonal action's title with the moment it is planned for."""
    return f"{title} — {why}" if why else title
