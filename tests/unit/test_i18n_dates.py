"""Dates written as each language writes them."""

from __future__ import annotations

from datetime import date

from domain.i18n import catalog
from domain.models import Language


def test_the_first_of_the_month_is_1er_in_french_and_1_in_english() -> None:
    assert catalog(Language.FR).day(date(2026, 12, 1)) == "1er décembre 2026"
    assert catalog(Language.FR).day(date(2026, 12, 2)) == "2 décembre 2026"
    assert catalog(Language.EN).day(date(2026, 12, 1)) == "1 December 2026"
