"""The annual calendar: working days only, a seasonal action's turns in one row, the user's own words quoted."""

from __future__ import annotations

from datetime import date

import holidays

from domain.action_plan import propose
from domain.dates import occurrences, working
from domain.documents.action_table import actions_section
from domain.i18n import catalog
from domain.models import (
    Cadence,
    Competitor,
    Diagnosis,
    Language,
    Metric,
    Mix,
    Objective,
    ObjectiveKind,
    Plan,
    Positioning,
    Profile,
    Promotion,
    Tactic,
)

TODAY = date(2026, 11, 30)


def plan(model: str, tactics: tuple[Tactic, ...], difference: str | None = None) -> Plan:
    return Plan(
        profile=Profile(name="Test", model=model),
        diagnosis=Diagnosis(budget=2400, competitors=(Competitor(name="Obat"),)),
        objectives=(Objective(kind=ObjectiveKind.CONQUEST, metric=Metric.NEW_CUSTOMERS, target=40),),
        positioning=Positioning(difference=difference),
        mix=Mix(promotion=Promotion(tactics=tactics)),
        started=TODAY,
    )


def test_no_action_falls_on_a_weekend_or_a_public_holiday() -> None:
    assert not working(date(2027, 11, 1))  # All Saints' Day
    assert not working(date(2027, 5, 1))
    for model, tactics in (("florist", (Tactic.LOCAL, Tactic.PROMOTIONS)), ("b2b_consultant", (Tactic.CONTENT,))):
        for action in propose(plan(model, tactics), Language.FR, TODAY):
            assert action.due not in holidays.France(years=action.due.year), action
            assert action.due.weekday() < 5 or action.due.weekday() == 5, "a weekday, or a Saturday event"


def test_a_seasonal_actions_turns_are_one_row_with_each_date_and_its_moment() -> None:
    florist = plan("florist", (Tactic.PROMOTIONS,))
    actions = propose(florist, Language.FR, TODAY, accepted=True)
    seasonal = [a for a in actions if a.cadence is Cadence.SEASONAL]
    assert len(seasonal) >= 3, "several key moments of the year"
    section = actions_section(florist.model_copy(update={"actions": actions}), catalog(Language.FR), TODAY)
    rows = section.blocks[0].rows  # type: ignore[attr-defined]
    base = seasonal[0].title.split(" — ")[0]
    [row] = [r for r in rows if r[0] == base]
    assert all(catalog(Language.FR).day(a.due) in row[1] for a in seasonal if a.title.startswith(base))
    assert "Saint-Valentin" in row[1]


def test_the_users_difference_is_quoted_and_the_competitor_named_in_actions() -> None:
    saas = plan("b2b_saas", (Tactic.SEO, Tactic.OUTREACH), difference="je fais les devis hors connexion")
    text = " ".join(a.title + " ".join(a.steps) for a in propose(saas, Language.FR, TODAY))
    assert "« je fais les devis hors connexion »" in text
    assert "[concurrent]" not in text
    assert "{" not in text


def test_a_weekly_routine_recurs_until_the_end_of_the_twelve_months() -> None:
    actions = propose(plan("b2b_consultant", (Tactic.OUTREACH,)), Language.FR, TODAY)
    weekly = next(a for a in actions if a.cadence is Cadence.WEEKLY)
    turns = occurrences(weekly)
    assert len(turns) >= 48
    assert turns[-1] <= date(2027, 11, 29)
