"""Reading answers as people type them: numbers, lists, dates, months and choices."""

from __future__ import annotations

from datetime import date

import pytest

from dialogs.parsing.choices import match_option
from dialogs.parsing.options import Option
from dialogs.parsing.text import InvalidAnswer, fold, parse_number, split_list
from dialogs.parsing.written_dates import parse_date
from domain.models import Language

TODAY = date(2026, 11, 22)


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("1 500 €", 1500),
        ("1\u202f500\u00a0€", 1500),
        ("1.500,50", 1500.5),
        ("1,500.50", 1500.5),
        ("2k", 2000),
        ("2 k€", 2000),
        ("1,5k", 1500),
        ("3M", 3_000_000),
        ("€12", 12),
        ("12,90 €", 12.9),
        ("40 %", 40),
        ("2,5%", 2.5),
        ("-300", -300),
        ("50 clients", 50),
    ],
)
def test_numbers_are_read_as_people_type_them(typed: str, value: float) -> None:
    assert parse_number(typed) == pytest.approx(value)


@pytest.mark.parametrize(("typed", "reason"), [("beaucoup", "error-number"), ("10 à 20", "error-number-several")])
def test_what_is_not_one_number_is_refused_with_a_reason(typed: str, reason: str) -> None:
    with pytest.raises(InvalidAnswer) as refused:
        parse_number(typed)
    assert refused.value.key == reason


@pytest.mark.parametrize(
    ("typed", "items"),
    [
        ("a, b, c", ["a", "b", "c"]),
        ("a\nb\n\nc", ["a", "b", "c"]),
        ("- a\n- b", ["a", "b"]),
        ("• a\n• b", ["a", "b"]),
        ("1. a\n2) b", ["a", "b"]),
        ("a; b; A", ["a", "b"]),
        ("prix, qualité", ["prix", "qualité"]),
    ],
)
def test_lists_are_split_on_commas_new_lines_and_bullets(typed: str, items: list[str]) -> None:
    assert split_list(typed) == items


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("juin 2027", date(2027, 6, 30)),
        ("Juin 2027", date(2027, 6, 30)),
        ("fin juin 2027", date(2027, 6, 30)),
        ("d'ici février 2028", date(2028, 2, 29)),
        ("June 2027", date(2027, 6, 30)),
        ("by March 2027", date(2027, 3, 31)),
        ("30/06/2027", date(2027, 6, 30)),
        ("30.06.27", date(2027, 6, 30)),
        ("2027-06-30", date(2027, 6, 30)),
        ("06/2027", date(2027, 6, 30)),
        ("mars", date(2027, 3, 31)),
        ("décembre", date(2026, 12, 31)),
        ("2027", date(2027, 12, 31)),
        ("dans 6 mois", date(2027, 5, 22)),
        ("in 2 weeks", date(2026, 12, 6)),
    ],
)
def test_dates_and_months_are_read_in_french_and_english(typed: str, day: date) -> None:
    assert parse_date(typed, Language.FR, TODAY) == day


@pytest.mark.parametrize("typed", ["31/02/2027", "30/13/2027", "29/02/2027", "32 mars 2027"])
def test_impossible_dates_are_named_as_such(typed: str) -> None:
    with pytest.raises(InvalidAnswer) as refused:
        parse_date(typed, Language.FR, TODAY)
    assert refused.value.key == "error-date-impossible"


def test_text_that_is_no_date_is_refused() -> None:
    with pytest.raises(InvalidAnswer) as refused:
        parse_date("quand j'aurai le temps", Language.FR, TODAY)
    assert refused.value.key == "error-date"


OPTIONS = [
    Option("shop", "Boutique physique"),
    Option("site", "Site / e-shop"),
    Option("social", "Réseaux sociaux"),
]


@pytest.mark.parametrize(
    ("typed", "chosen"),
    [
        ("1", "shop"),
        ("3", "social"),
        ("boutique physique", "shop"),
        ("reseaux", "social"),
        ("e-shop", "site"),
    ],
)
def test_a_choice_is_made_by_number_label_or_a_clear_part_of_it(typed: str, chosen: str) -> None:
    found = match_option(typed, OPTIONS)
    assert found is not None
    assert found.id == chosen


@pytest.mark.parametrize("typed", ["0", "4", "s", "banane"])
def test_a_choice_that_names_no_option_matches_nothing(typed: str) -> None:
    assert match_option(typed, OPTIONS) is None


def test_folding_ignores_case_accents_and_punctuation() -> None:
    assert fold("  Événements, ATELIERS ! ") == "evenements ateliers"
