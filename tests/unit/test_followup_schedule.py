"""The reminder schedule: days before and on the day, at the user's hour and timezone, out of quiet hours."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from domain.models import Action, ActionStatus, Plan, Reminders, Tactic
from domain.reminder_schedule import REVIEW, schedule

NOW = datetime(2026, 11, 22, 9, 30, tzinfo=UTC)


def plan(*actions: Action) -> Plan:
    return Plan(actions=actions)


def action(number: int = 1, due: date = date(2026, 12, 10), **changes: object) -> Action:
    fields: dict[str, object] = {"status": ActionStatus.PLANNED, **changes}
    return Action(id=number, tactic=Tactic.EVENTS, title=f"Action {number}", due=due, **fields)  # type: ignore[arg-type]


def moments(found: list, number: int = 1) -> dict[str, datetime]:  # type: ignore[type-arg]
    return {d.kind.split("@")[0]: d.at for d in found if d.action == number}


def test_nothing_is_scheduled_until_reminders_are_on() -> None:
    assert schedule(plan(action()), Reminders(enabled=None), NOW) == []
    assert schedule(plan(action()), Reminders(enabled=False), NOW) == []


def test_an_action_is_reminded_days_before_and_on_the_day_at_the_users_hour_in_paris() -> None:
    found = moments(schedule(plan(action()), Reminders(enabled=True), NOW))
    assert found == {
        "before": datetime(2026, 12, 7, 8, 0, tzinfo=UTC),  # 9:00 in Paris, winter time
        "day": datetime(2026, 12, 10, 8, 0, tzinfo=UTC),
    }


def test_summer_time_is_taken_into_account() -> None:
    found = moments(schedule(plan(action(due=date(2027, 7, 1))), Reminders(enabled=True), NOW))
    assert found["day"] == datetime(2027, 7, 1, 7, 0, tzinfo=UTC)


def test_another_timezone_moves_the_instant() -> None:
    settings = Reminders(enabled=True, timezone="America/Montreal")
    assert moments(schedule(plan(action()), settings, NOW))["day"] == datetime(2026, 12, 10, 14, 0, tzinfo=UTC)


def test_a_reminder_in_quiet_hours_waits_for_their_end() -> None:
    settings = Reminders(enabled=True, at=time(6, 30), quiet_start=time(21, 0), quiet_end=time(8, 0))
    assert moments(schedule(plan(action()), settings, NOW))["day"] == datetime(2026, 12, 10, 7, 0, tzinfo=UTC)


def test_a_reminder_late_in_the_evening_comes_before_the_quiet_hours_on_the_same_day() -> None:
    settings = Reminders(enabled=True, at=time(22, 15), quiet_start=time(21, 0), quiet_end=time(8, 0))
    assert moments(schedule(plan(action()), settings, NOW))["day"] == datetime(2026, 12, 10, 19, 45, tzinfo=UTC)


def test_quiet_hours_in_the_day_push_a_reminder_to_their_end() -> None:
    settings = Reminders(enabled=True, at=time(12, 30), quiet_start=time(12, 0), quiet_end=time(14, 0))
    assert moments(schedule(plan(action()), settings, NOW))["day"] == datetime(2026, 12, 10, 13, 0, tzinfo=UTC)


def test_without_quiet_hours_the_hour_is_kept() -> None:
    settings = Reminders(enabled=True, at=time(23, 0), quiet_start=None, quiet_end=None)
    assert moments(schedule(plan(action()), settings, NOW))["day"] == datetime(2026, 12, 10, 22, 0, tzinfo=UTC)


def test_zero_days_before_means_only_on_the_day() -> None:
    assert set(moments(schedule(plan(action()), Reminders(enabled=True, days_before=0), NOW))) == {"day"}


def test_a_snooze_replaces_the_reminders_before_it() -> None:
    until = datetime(2026, 12, 11, 8, 0, tzinfo=UTC)
    found = moments(schedule(plan(action(snoozed_until=until)), Reminders(enabled=True), NOW))
    assert found == {"snooze": until}


def test_done_dropped_and_proposed_actions_are_not_reminded() -> None:
    actions = [action(1, status=ActionStatus.DONE), action(2, status=ActionStatus.DROPPED)]
    actions.append(action(3, status=ActionStatus.PROPOSED))
    found = schedule(plan(*actions), Reminders(enabled=True), NOW)
    assert {d.action for d in found} == {REVIEW}


def test_a_reminder_long_past_is_not_scheduled() -> None:
    found = moments(schedule(plan(action(due=date(2026, 11, 24))), Reminders(enabled=True), NOW))
    assert set(found) == {"day"}, "three days before the 24th is already two days ago"


def test_moving_an_action_gives_its_reminders_new_keys() -> None:
    on = Reminders(enabled=True)
    first = {d.kind for d in schedule(plan(action()), on, NOW) if d.action == 1}
    moved = {d.kind for d in schedule(plan(action(due=date(2027, 1, 5))), on, NOW) if d.action == 1}
    assert first.isdisjoint(moved)


def test_the_monthly_review_comes_on_the_first_of_each_month_a_year_ahead() -> None:
    reviews = [d for d in schedule(plan(), Reminders(enabled=True), NOW) if d.action == REVIEW]
    assert [(d.kind, d.at) for d in reviews[:2]] == [
        ("review@2026-12", datetime(2026, 12, 1, 8, 0, tzinfo=UTC)),
        ("review@2027-01", datetime(2027, 1, 1, 8, 0, tzinfo=UTC)),
    ]
    assert len(reviews) == 12, "a missed review does not stop the next ones"


def test_the_monthly_review_lists_a_routines_next_turn_and_never_calls_it_late() -> None:
    from domain.documents.monthly_review import monthly_review
    from domain.i18n import catalog
    from domain.models import Action, ActionStatus, Cadence, Language, Plan, Tactic

    weekly = Action(
        id=1,
        tactic=Tactic.SOCIAL,
        title="Publier deux fois par semaine",
        due=date(2026, 12, 10),
        until=date(2027, 11, 30),
        cadence=Cadence.WEEKLY,
        status=ActionStatus.PLANNED,
    )
    once = weekly.model_copy(update={"id": 2, "title": "Créer la fiche Google", "cadence": Cadence.ONCE, "until": None})
    review = monthly_review(Plan(actions=(weekly, once)), catalog(Language.FR), date(2027, 2, 1))
    text = "\n".join(str(block) for section in review.sections for block in section.blocks)
    assert "Créer la fiche Google" in text.split("Publier")[0], "the one-off action slipped"
    assert "4 février 2027" in text, "the routine's next weekly turn"
    assert "chaque semaine" in text
