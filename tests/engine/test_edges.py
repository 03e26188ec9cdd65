"""Edges found in review: edits after follow-up, commands on screens, odd inputs; each must behave."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from dialogs.core.steps import StepId
from dialogs.parsing.reminder_inputs import parse_quiet, parse_timezone
from dialogs.parsing.text import InvalidAnswer, parse_number
from dialogs.parsing.written_dates import parse_date
from domain.models import ActionStatus, Language, Tactic
from domain.reminder_schedule import Due
from domain.storage import Store
from tests.chat import NOW, Chat
from tests.scripts import COMPLETE_FR


def actions_by_id(chat: Chat) -> dict[int, tuple[Tactic, ActionStatus, date, float]]:
    return {a.id: (a.tactic, a.status, a.due, a.budget) for a in chat.session.plan.actions or ()}


def budget_of(chat: Chat, tactic: Tactic) -> float:
    return sum(
        a.budget for a in chat.session.plan.actions or () if a.tactic is tactic and a.status is not ActionStatus.DROPPED
    )


def test_editing_tactics_keeps_what_was_decided_and_done_with_the_same_ids(chat: Chat) -> None:
    chat.answer(*COMPLETE_FR, "2")
    before = actions_by_id(chat)
    chat.tap_key("action:1", "done")
    chat.send("/edit")
    chat.tap("Actions de communication")
    chat.answer("1,4,6,8", "25, 25, 25, 25")
    assert chat.question.key == "actions"
    chat.tap("Tout valider")
    found = actions_by_id(chat)
    assert found[1][:2] == (Tactic.EVENTS, ActionStatus.DONE)
    assert found[4][:3] == (Tactic.EVENTS, ActionStatus.PLANNED, date(2027, 1, 15)), "re-dated, and kept so"
    assert found[3][:2] == (Tactic.LOYALTY_PROGRAMME, ActionStatus.DROPPED)
    new = [i for i, a in found.items() if a[0] is Tactic.EMAILING]
    assert new
    assert min(new) > max(before), "new actions get new ids"
    assert budget_of(chat, Tactic.EMAILING) == 750, "the budget follows the new split"


def test_removing_a_tactic_removes_its_action_but_keeps_done_history(chat: Chat) -> None:
    chat.answer(*COMPLETE_FR, "2")
    last = max(actions_by_id(chat))
    chat.tap_key("action:1", "done")
    chat.send("/edit")
    chat.tap("Actions de communication")
    chat.answer("4")
    chat.tap("Tout valider")
    found = actions_by_id(chat)
    assert {a[0] for a in found.values()} == {Tactic.EVENTS, Tactic.EMAILING}
    assert [i for i, a in found.items() if a[0] is Tactic.EVENTS] == [1], "only the done one stays"
    assert min(i for i, a in found.items() if a[0] is Tactic.EMAILING) > last, "a new id: old buttons cannot reach it"
    chat.tap_key("action:2", "drop")
    assert "question précédente" in chat.last_text() or "bouton" in chat.last_text()


def test_a_new_budget_updates_the_actions_budgets(chat: Chat) -> None:
    chat.answer(*COMPLETE_FR, "2")
    chat.send("/edit")
    chat.tap("Budget marketing annuel")
    chat.answer("30 000 €")
    chat.tap("Tout valider")
    assert budget_of(chat, Tactic.SOCIAL) == 15_000


def test_back_during_results_goes_to_the_previous_number_never_to_the_interview(chat: Chat) -> None:
    chat.answer(*COMPLETE_FR, "2")
    statuses = [a.status for a in chat.session.plan.actions or ()]
    chat.send("/kpi")
    chat.answer("100")
    chat.send("/back")
    assert chat.question.text == "Combien avez-vous dépensé (marketing et ventes) ?"
    chat.send("/back")
    assert chat.session.screen is None
    assert chat.session.focus is None
    assert chat.session.plan.actions is not None
    assert [a.status for a in chat.session.plan.actions] == statuses


def test_skip_on_a_screen_leaves_the_interview_question_alone(chat: Chat) -> None:
    chat.answer("Café", "2", "3", "1", "2")
    assert chat.question.key == "area"
    chat.send("/reminders")
    chat.tap("Changer l'heure")
    chat.send("/skip")
    assert "Rien à passer ici." in chat.last_text()
    assert "area" not in chat.session.skipped


def test_help_with_a_screen_open_shows_that_screen_again(chat: Chat) -> None:
    chat.answer("Café", "2", "3", "1")
    chat.send("/edit")
    chat.send("/help")
    assert chat.question.key == "review"
    chat.send("3")
    assert chat.question.key == "sector"


def test_continuing_a_finished_plan_from_the_restart_screen_says_so(chat: Chat) -> None:
    chat.answer(*COMPLETE_FR, "2")
    chat.send("/new")
    chat.send("oui ?")
    assert chat.question.key == "restart", "the confirmation stays"
    chat.tap("Continuer")
    assert "Votre plan est prêt" in chat.last_text()


def test_the_reminders_offer_comes_back_if_it_was_left_unanswered(chat: Chat) -> None:
    chat.answer(*COMPLETE_FR)
    assert chat.question.key == "opt_in"
    chat.send("/plan")
    chat.send("/edit")
    chat.send("1")
    chat.answer("Café Soleil")
    assert chat.question.key == "opt_in"


def test_tapping_done_twice_says_it_is_already_noted(chat: Chat) -> None:
    chat.answer(*COMPLETE_FR, "1")
    chat.tap_key("action:1", "done")
    chat.tap_key("action:1", "done")
    assert chat.last_text() == "C'est déjà noté."


def test_competitors_can_be_none_by_confirming_with_nothing_ticked(chat: Chat) -> None:
    chat.answer_until(StepId.COMPETITORS, COMPLETE_FR)
    assert chat.question.key == "competitors"
    chat.tap_key("competitors", "!done")
    assert chat.session.plan.diagnosis.competitors == ()


def test_one_user_with_many_due_reminders_does_not_hold_up_the_others(store: Store) -> None:
    due = NOW - timedelta(minutes=5)
    store.sync_reminders(1, [Due(n, f"day@{n}", due) for n in range(1, 61)])
    for user in range(2, 32):
        store.sync_reminders(user, [Due(1, "day@x", due + timedelta(seconds=1))])
    claimed = store.reminders.claim(NOW, 30)
    assert len(claimed) == 30
    assert len({c.user_id for c in claimed}) == 30, "one per user, and the others are not crowded out"


def test_turned_off_reminders_are_not_sent_even_if_already_due(chat: Chat) -> None:
    from dialogs.screens.reminder_message import reminder

    chat.answer(*COMPLETE_FR, "1")
    assert reminder(chat.session, 1, "day@2026-12-10", NOW)
    chat.send("/reminders")
    chat.tap("Désactiver")
    assert reminder(chat.session, 1, "day@2026-12-10", NOW) == []


@pytest.mark.parametrize(
    ("typed", "value"),
    [("1,5 million", 1_500_000), ("3 millions", 3_000_000), ("10 mille", 10_000), ("0,125", 0.125), ("2 Md€", 2e9)],
)
def test_magnitude_words_and_small_decimals_are_read(typed: str, value: float) -> None:
    assert parse_number(typed) == pytest.approx(value)


def test_a_doubled_suffix_is_refused() -> None:
    with pytest.raises(InvalidAnswer):
        parse_number("1kk")


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("T2 2027", date(2027, 6, 30)),
        ("Q4 2027", date(2027, 12, 31)),
        ("1 an", date(2027, 11, 22)),
        ("2027/06", date(2027, 6, 30)),
        ("15/03", date(2027, 3, 15)),
    ],
)
def test_quarters_years_and_day_month_dates_are_read(typed: str, day: date) -> None:
    assert parse_date(typed, Language.FR, NOW.date()) == day


@pytest.mark.parametrize("typed", ["3/20", "12/15"])
def test_a_day_month_that_does_not_exist_is_refused(typed: str) -> None:
    with pytest.raises(InvalidAnswer):
        parse_date(typed, Language.FR, NOW.date())


def test_an_action_cannot_be_moved_years_away(chat: Chat) -> None:
    chat.answer_until(StepId.ACTIONS, COMPLETE_FR)
    chat.answer("2")
    chat.send("2099")
    assert chat.errors()[0].startswith("C'est loin")


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("Etc/GMT-5", "Etc/GMT-5"),
        ("UTC+5", "Etc/GMT-5"),
        ("UTC+5:30", "Asia/Kolkata"),
        ("new york", "America/New_York"),
    ],
)
def test_timezones_keep_their_sign_and_half_hours(typed: str, zone: str) -> None:
    assert parse_timezone(typed) == zone


@pytest.mark.parametrize("typed", ["UTC-13", "Atlantide", "UTC+5:17"])
def test_impossible_timezones_are_refused(typed: str) -> None:
    with pytest.raises(InvalidAnswer):
        parse_timezone(typed)


def test_quiet_hours_in_english_am_pm() -> None:
    assert parse_quiet("9am-5pm") == (time(9, 0), time(17, 0))
    assert parse_quiet("10pm to 7am") == (time(22, 0), time(7, 0))


def test_a_snooze_confirmation_gives_the_time_it_will_really_come(chat: Chat) -> None:
    chat.conversation.clock.now = datetime(2026, 12, 7, 22, 0, tzinfo=UTC)  # type: ignore[attr-defined]
    chat.answer(*COMPLETE_FR, "1")
    chat.tap_key("action:1", "snooze1")
    assert "le 8 décembre 2026 à 20:45" in chat.last_text(), "23:00 in Paris is in the quiet hours"
