"""A share asked as a percentage and answered as a count ("j'ai 60 contrats"): turned into its share, said back."""

from __future__ import annotations

import pytest

from dialogs.answers import Context, Number
from dialogs.parsing.number_lexicon import Unit
from dialogs.parsing.numbers import counted
from dialogs.parsing.text import InvalidAnswer
from domain.i18n import catalog
from domain.models import Facts, Language, Plan
from tests.chat import NOW

RETURNING = Number(Unit.PERCENT, most=100, of=lambda plan: plan.facts.customers)


def parse(typed: str, customers: int | None) -> tuple[float, list[str]]:
    ctx = Context(Plan(facts=Facts(customers=customers)), None, catalog(Language.FR), NOW.date())
    return RETURNING.parse(typed, ctx), ctx.notes


@pytest.mark.parametrize(
    ("typed", "count"),
    [
        ("j'ai 60 contrats d'entretien, sinon je sais pas", 60),
        ("la plupart, 10 sont en maintenance chez nous", 10),
        ("120 clients reviennent", 120),
    ],
)
def test_a_count_of_things_is_read_as_a_count(typed: str, count: int) -> None:
    assert counted(typed) == count


@pytest.mark.parametrize(
    "typed", ["35 %", "35", "env 35", "60 sur 500", "30 pour cent", "35 environ", "2 ou 3", "un tiers"]
)
def test_a_share_is_not_read_as_a_count(typed: str) -> None:
    assert counted(typed) is None


def test_a_count_of_the_customers_becomes_their_share_and_is_said_back() -> None:
    value, notes = parse("j'ai 60 contrats d'entretien, sinon je sais pas", 500)
    assert value == 12
    assert notes == ["J'ai compris 12 % (60 sur 500)."]


def test_a_share_typed_as_a_share_is_unchanged() -> None:
    assert parse("35 %", 500) == (35, [])


def test_a_count_above_the_customers_is_refused_with_both_numbers() -> None:
    with pytest.raises(InvalidAnswer) as refused:
        parse("600 contrats", 500)
    assert refused.value.key == "error-share-above-whole"


def test_a_count_without_a_customer_count_asks_for_a_percentage() -> None:
    with pytest.raises(InvalidAnswer) as refused:
        parse("60 contrats", None)
    assert refused.value.key == "error-share-as-count"
