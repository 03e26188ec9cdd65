"""What an adviser says about a plan: findings, each explained in plain words, with fixes to tap.

A finding weighs what the plan loses for it on the 100-point score. A fix either changes the plan at once
(``change``) or asks the user to answer a question again (``review``: steps such as ``StepId.PRICE_POINT``, or a
per-item step's key such as ``step_key(StepId.OBJECTIVE_TARGET, 0)``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from domain.i18n import Catalog
from domain.models import Plan
from domain.vocabulary import StepId, StepKey

Change = Callable[[Plan], Plan]


@dataclass(frozen=True)
class Fix:
    """One way to act on a finding.

    Attributes:
        change: what it does to the plan, if anything.
        review: the questions to ask again (in the order of the interview), their answers kept to build on.
    """

    id: str
    label: str
    change: Change | None = None
    review: tuple[StepId | StepKey, ...] = ()

    def __post_init__(self) -> None:
        for key in self.review:
            StepId(key.partition(":")[0])  # a step that does not exist fails here, where the fix is written


@dataclass(frozen=True)
class Finding:
    """Something to improve, said plainly.

    Attributes:
        rule: which rule found it, with what it is about when a rule can find several (``swot:<item>``).
        text: the explanation, in the user's language.
        weight: points the plan loses on its score for it.
        fixes: what the user can do about it, in one tap.
        gain: the sentence of the score's "changes that would raise it most".
    """

    rule: str
    text: str
    weight: int
    fixes: tuple[Fix, ...] = field(default=())
    gain: str = ""


Rule = Callable[[Plan, Catalog, date], Iterable[Finding]]
