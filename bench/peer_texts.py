"""The peer bot's words and facts, read once at import from planbot's catalogue and business models.

After import they are plain strings and tuples: the peer formats them with ``str.format`` and never calls Fluent,
the way a developer would keep the copy of a bot in a module of constants.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from enum import StrEnum

from domain.business import Family, business, names
from domain.i18n import catalog
from domain.models import (
    METRICS,
    Cadence,
    Channel,
    Language,
    Market,
    Mode,
    ObjectiveKind,
    PriceStrategy,
    Stage,
    Tactic,
    Website,
)

CAT = catalog(Language.FR)
SEASONS = 4
"""A seasonal action is proposed for at most this many of the business's key months, as planbot does."""
PER_TACTIC = 2
"""Regular actions a tactic brings at most, besides its seasonal one."""

Option = tuple[str, str]
"""An option of a question: its id (kept in ``user_data`` and in the button) and its label."""


def _escaped(key: str) -> str:
    args = {name: "{" + name + "}" for name in ("name", "item", "rival", "metric", "capacity")}
    return html.escape(CAT(key, **args), quote=False)


def prompt(step: str) -> str:
    """A step's question and hint as one HTML template (``{name}``, ``{item}``, ``{rival}``, ``{metric}``)."""
    return f"<b>{_escaped(f'step-{step}')}</b>\n<i>{_escaped(f'step-{step}-hint')}</i>"


def labels(kind: type[StrEnum]) -> tuple[Option, ...]:
    """Every member of an enum with its label in the catalogue."""
    return tuple((member.value, CAT.label(member)) for member in kind)


@dataclass(frozen=True)
class Sector:
    """What the peer needs to know of a business model to decide which questions to ask, and what to propose."""

    label: str
    market: str | None
    site_matters: bool
    sells_capacity: bool
    capacity_express: bool
    capacity: str
    actions: dict[str, tuple[str, ...]]


def _spread(months: list[str]) -> list[str]:
    if len(months) <= SEASONS:
        return months
    last = len(months) - 1
    return [months[round(i * last / (SEASONS - 1))] for i in range(SEASONS)]


def _sector(name: str) -> Sector:
    model = business(name)
    texts = model.texts(Language.FR)
    seasons = _spread([texts.months[str(m)] for m in model.key_months if str(m) in texts.months])
    actions = {}
    for tactic in Tactic:
        own = model.of(tactic)
        regular = [a.words(Language.FR).title for a in own if a.cadence is not Cadence.SEASONAL][:PER_TACTIC]
        seasonal = [a.words(Language.FR).title for a in own if a.cadence is Cadence.SEASONAL][:1]
        titles = regular + [f"{title} — {season}" for title in seasonal for season in seasons]
        actions[tactic.value] = tuple(titles) or (CAT.label(tactic),)
    capacity_express = model.capacity_per_year is not None and (
        model.family is Family.SERVICE or model.market is Market.B2B
    )
    return Sector(
        label=texts.label,
        market=model.market.value if model.market else None,
        site_matters=model.family not in (Family.ONLINE, Family.SUBSCRIPTION),
        sells_capacity=model.capacity_per_year is not None,
        capacity_express=capacity_express,
        capacity=html.escape(texts.capacity or "", quote=False),
        actions=actions,
    )


SECTORS: dict[str, Sector] = {name: _sector(name) for name in names()}
"""Every business model planbot knows, by id."""

CHOICES: dict[str, tuple[Option, ...]] = {
    "mode": labels(Mode),
    "sector": tuple((name, sector.label) for name, sector in SECTORS.items()),
    "market": labels(Market),
    "stage": labels(Stage),
    "website": labels(Website),
    "goal": tuple((kind.value, CAT(f"goal-{kind.value}")) for kind in ObjectiveKind),
    "objective_kinds": labels(ObjectiveKind),
    "price_strategy": labels(PriceStrategy),
    "channels": labels(Channel),
    "tactics": labels(Tactic),
    "split": (("even", CAT("split-even")), ("advised", CAT("split-advised"))),
    "actions": (("all", CAT("actions-accept-all")), ("each", CAT("actions-one-by-one"))),
    "action_decision": (("accept", CAT("action-accept")), ("drop", CAT("action-drop"))),
    "reminders": (("yes", CAT("opt-in-yes")), ("no", CAT("opt-in-no"))),
}
"""The fixed options of the questions that offer some, in planbot's order."""

METRIC_CHOICES: dict[str, tuple[Option, ...]] = {
    kind.value: tuple((metric.value, CAT.label(metric)) for metric in METRICS[kind]) for kind in ObjectiveKind
}
"""The metrics each kind of objective can be measured by."""

KIND_LABELS = dict(CHOICES["objective_kinds"])
METRIC_LABELS = {key: label for options in METRIC_CHOICES.values() for key, label in options}
WELCOME = html.escape(CAT("welcome"), quote=False)
ACK_NAME = html.escape(CAT("ack-name", name="{name}"), quote=False)
DONE = html.escape(CAT("done", name="{name}"), quote=False)
OPT_IN = f"<b>{html.escape(CAT('opt-in'), quote=False)}</b>"
DECLINED = html.escape(CAT("opt-in-declined"), quote=False)
ACCEPTED = html.escape(CAT("plan-updated"), quote=False)
ERROR_CHOICE = CAT("error-choice")
ERROR_NUMBER = CAT("error-number")
ERROR_RATING = CAT("error-rating")
ERROR_EMPTY = CAT("error-empty")
ERROR_SPLIT = CAT("error-split-sum", total="{total}")
SKIP = CAT("button-skip")
DONE_BUTTON = CAT("button-done")
NO_COMPETITOR = ("aucun", "aucune", "personne", "none")
