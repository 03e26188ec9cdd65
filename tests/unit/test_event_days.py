"""Events are proposed with time to invite, and never in August nor over the year-end holidays."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from domain.action_plan import propose
from domain.action_plan.timing import event_day, off_holidays
from domain.dates import occurrences
from domain.models import Cadence, Language, Tactic
from tests.unit.test_kpi_model import START, plan


@pytest.mark.parametrize(
    ("day", "moved"),
    [
        (date(2027, 8, 16), date(2027, 9, 1)),
        (date(2026, 12, 21), date(2027, 1, 11)),  # the 10th of January 2027 is a Sunday
        (date(2027, 1, 4), date(2027, 1, 11)),
        (date(2027, 3, 9), date(2027, 3, 9)),
    ],
)
def test_a_day_in_august_or_at_new_year_moves_to_the_first_working_day_after(day: date, moved: date) -> None:
    assert off_holidays(day) == moved


def test_an_event_is_four_weeks_away_at_least_to_send_the_invitations() -> None:
    assert event_day(date(2026, 12, 10), date(2026, 11, 30)) == date(2027, 1, 11)
    assert event_day(date(2027, 3, 9), date(2026, 11, 30)) == date(2027, 3, 9)


@pytest.mark.parametrize("model", ["b2b_consultant", "b2b_agency", "b2b_saas"])
def test_no_business_event_falls_in_august_at_new_year_or_within_four_weeks(model: str) -> None:
    found = plan(
        model, budget=6000, customers=20, price=500, purchases=1, margin=50, tactics=(Tactic.EVENTS,), split=(100,)
    )
    events = [a for a in propose(found, Language.FR, START, accepted=True) if a.tactic is Tactic.EVENTS]
    assert events
    for action in events:  # a routine's turns go on through the year: its first one
        days = [action.due] if action.cadence in (Cadence.WEEKLY, Cadence.MONTHLY) else occurrences(action)
        for day in days:
            assert day.month != 8, (model, action.title, day)
            assert (1, 10) <= (day.month, day.day) < (12, 20), (model, action.title, day)
            assert day >= START + timedelta(weeks=4), (model, action.title, day)


def test_a_shops_christmas_tasting_stays_in_december() -> None:
    shop = plan(
        "local_food",
        budget=3000,
        customers=50,
        price=20,
        purchases=10,
        margin=50,
        tactics=(Tactic.EVENTS,),
        split=(100,),
    )
    days = [
        d for a in propose(shop, Language.FR, START, accepted=True) if a.tactic is Tactic.EVENTS for d in occurrences(a)
    ]
    assert any(d.month == 12 for d in days), "walk-in customers, in the month they buy most"
