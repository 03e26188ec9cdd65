"""What makes proposals the user's own: their target, their difference, their rival, their network."""

from __future__ import annotations

import re
from dataclasses import dataclass

from domain.business import BusinessModel
from domain.models import Language, Plan, Tactic

NETWORK = re.compile(
    r"r[ée]seau|network|partenaire|partner|prescripteur|recommand|bouche[ -]à[ -]oreille|word of mouth",
    re.IGNORECASE,
)


WORD_OF_MOUTH = re.compile(r"bouche[ -]à[ -]oreille|word of mouth|recommand", re.IGNORECASE)
"""A strength that is the customers' word, not a network of people to call on by name."""


def network_strength(plan: Plan) -> str | None:
    """A strength saying the user already has a network to draw on ("réseau d'experts-comptables"), if any."""
    return next((s for s in plan.diagnosis.strengths or () if NETWORK.search(s)), None)


def network_start(network: str, tactic: Tactic, lang: Language) -> str | None:
    """The first step of an action of ``tactic`` that draws on the user's network strength, if it applies.

    Word of mouth is the customers' own: referrals start with the customers who already recommend; there is no
    network to partner with in it. A network of people (partners, prescribers) starts both.
    """
    quoted = f"« {network} »" if lang is Language.FR else f"“{network}”"
    if WORD_OF_MOUTH.search(network):
        if tactic is not Tactic.REFERRAL:
            return None
        if lang is Language.FR:
            return f"Commencer par les clients qui vous recommandent déjà ({quoted}) : leur demander un nom chacun"
        return f"Start with the customers who already recommend you ({quoted}): ask each of them for one name"
    if lang is Language.FR:
        return f"Commencer par votre réseau ({quoted}) : les personnes que vous connaissez déjà"
    return f"Start with your network ({quoted}): the people you already know"


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
