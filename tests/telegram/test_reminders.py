"""Reminders with an injected clock: before and on the day, snooze, reschedule, quiet hours, reviews, restarts."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from types import SimpleNamespace

import pytest

from bot.dispatcher import Dispatcher
from bot.telegram.app import DISPATCHER
from domain.ports import LEASE
from tests.chat import Clock
from tests.conftest import TelegramBed
from tests.scripts import EXPRESS_FR
from tests.telegram_chat import TelegramChat

BEFORE = datetime(2026, 12, 7, 8, 0, tzinfo=UTC)  # 3 days before the first action (10 Dec), 9:00 in Paris
ON_THE_DAY = datetime(2026, 12, 10, 8, 0, tzinfo=UTC)
FIRST_ACTION = "Publier 2 fois par semaine"


class Killed(BaseException):
    """The process dying at that line (like SIGKILL, nothing after it runs)."""


async def planned(telegram: TelegramBed, user_id: int = 42) -> TelegramChat:
    """A user who went through the express interview and said yes to reminders."""
    chat = telegram.user(user_id)
    await chat.send("/start")
    await chat.answer(*EXPRESS_FR)
    await chat.tap("Oui, rappelez-moi")
    await keep_only_the_first_action(chat)
    return chat


def telegram_buttons(chat: TelegramChat) -> list[object]:
    markup = chat.keyboard_message().get("reply_markup", {})
    return [button for row in markup.get("inline_keyboard", []) for button in row]


async def keep_only_the_first_action(chat: TelegramChat) -> None:
    """Drop every action but the weekly posts (the first on 10 December), to follow one action's reminders alone."""
    await chat.send("/actions")
    count = len(telegram_buttons(chat))
    for number in range(1, count + 1):
        await chat.send("/actions")
        await chat.send(str(number))
        if FIRST_ACTION not in chat.last_text():
            await chat.tap("✖️ Retirer")


def dispatcher(telegram: TelegramBed) -> Dispatcher:
    found: Dispatcher = telegram.app.bot_data[DISPATCHER]  # type: ignore[attr-defined]
    return found


def reminders_to(telegram: TelegramBed, user_id: int) -> list[str]:
    return [m.get("text", "") for m in telegram.core.messages(user_id) if m.get("text", "").startswith("⏰")]


async def test_reminders_come_days_before_and_on_the_day_and_only_once(telegram: TelegramBed, clock: Clock) -> None:
    chat = await planned(telegram)
    clock.now = datetime(2026, 12, 7, 7, 59, tzinfo=UTC)
    assert await dispatcher(telegram).tick() == 0
    clock.now = BEFORE
    assert await dispatcher(telegram).tick() == 1
    assert await dispatcher(telegram).tick() == 0, "a reminder is sent once"
    first = reminders_to(telegram, chat.user_id)
    assert first == [f"⏰ Dans 3 jours (10 décembre 2026) : {first[0].split(' : ', 1)[1]}"]
    assert FIRST_ACTION in first[0]
    buttons = [text for text, _ in telegram.core.buttons(telegram.core.last_message(chat.user_id))]
    assert buttons == ["✅ Fait", "💤 Demain", "💤 Dans une semaine", "📅 Reporter", "📊 Saisir les résultats"]
    clock.now = ON_THE_DAY
    assert await dispatcher(telegram).tick() == 1
    assert reminders_to(telegram, chat.user_id)[-1].startswith("⏰ C'est aujourd'hui : Publier")


async def test_snooze_brings_the_reminder_back_the_next_day(telegram: TelegramBed, clock: Clock) -> None:
    chat = await planned(telegram)
    clock.now = BEFORE
    await dispatcher(telegram).tick()
    await chat.tap("💤 Demain")
    assert "le 8 décembre 2026 à 09:00" in chat.last_text()
    clock.now = datetime(2026, 12, 8, 7, 59, tzinfo=UTC)
    assert await dispatcher(telegram).tick() == 0
    clock.now = datetime(2026, 12, 8, 8, 0, tzinfo=UTC)
    assert await dispatcher(telegram).tick() == 1
    assert reminders_to(telegram, chat.user_id)[-1].startswith("⏰ Comme convenu, je vous reparle de : Publier")


async def test_snoozing_a_week_skips_the_reminders_in_between(telegram: TelegramBed, clock: Clock) -> None:
    chat = await planned(telegram)
    clock.now = BEFORE
    await dispatcher(telegram).tick()
    await chat.tap("💤 Dans une semaine")
    clock.now = ON_THE_DAY
    assert await dispatcher(telegram).tick() == 0, "the day's reminder falls inside the snooze"
    clock.now = datetime(2026, 12, 14, 8, 0, tzinfo=UTC)
    assert await dispatcher(telegram).tick() == 1


async def test_rescheduling_moves_the_reminders_to_the_new_date(telegram: TelegramBed, clock: Clock) -> None:
    chat = await planned(telegram)
    clock.now = BEFORE
    await dispatcher(telegram).tick()
    await chat.tap("📅 Reporter")
    await chat.answer("15/01/2027")
    assert "reportée au 15 janvier 2027" in chat.last_text()
    clock.now = ON_THE_DAY
    assert await dispatcher(telegram).tick() == 0
    clock.now = datetime(2027, 1, 12, 8, 0, tzinfo=UTC)
    assert await dispatcher(telegram).tick() == 1
    assert "Dans 3 jours (15 janvier 2027)" in reminders_to(telegram, chat.user_id)[-1]


async def test_an_action_marked_done_is_not_reminded_again(telegram: TelegramBed, clock: Clock) -> None:
    chat = await planned(telegram)
    clock.now = BEFORE
    await dispatcher(telegram).tick()
    await chat.tap("Fait")
    assert "est faite" in chat.last_text()
    clock.now = ON_THE_DAY
    assert await dispatcher(telegram).tick() == 0


async def test_quiet_hours_and_timezone_are_respected(telegram: TelegramBed, clock: Clock) -> None:
    chat = await planned(telegram)
    await chat.send("/reminders")
    await chat.tap("Changer l'heure")
    await chat.answer("22h")
    await chat.tap("Changer le fuseau")
    await chat.answer("Montréal")
    assert "Fuseau : America/Montreal" in chat.last_text()
    assert "Heures calmes : 21:00–08:00" in chat.last_text()
    assert "22:00 tombe dans vos heures calmes (21:00–08:00) : je vous écrirai plutôt à 20:45" in chat.history_text()
    # 22:00 falls in the quiet hours (21:00–08:00): the reminder of 7 Dec comes at 20:45 in Montreal, 01:45 UTC.
    clock.now = datetime(2026, 12, 8, 1, 44, tzinfo=UTC)
    assert await dispatcher(telegram).tick() == 0
    clock.now = datetime(2026, 12, 8, 1, 45, tzinfo=UTC)
    assert await dispatcher(telegram).tick() == 1


async def test_the_monthly_review_comes_once_a_month(telegram: TelegramBed, clock: Clock) -> None:
    chat = await planned(telegram)
    clock.now = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
    assert await dispatcher(telegram).tick() == 1
    review = telegram.core.last_message(chat.user_id)
    assert review is not None
    assert review["text"].startswith("Revue du mois · Atelier Bois Doré")
    for part in ("CE QUI A ÉTÉ FAIT", "CE QUI A GLISSÉ", "INDICATEURS PAR RAPPORT AUX CIBLES", "PROCHAINES ACTIONS"):
        assert part in review["text"]
    clock.now = datetime(2026, 12, 1, 20, 0, tzinfo=UTC)
    assert await dispatcher(telegram).tick() == 0, "once a month"
    clock.now = datetime(2026, 12, 31, 8, 0, tzinfo=UTC)
    await dispatcher(telegram).tick()
    reviews = [m for m in telegram.core.messages(chat.user_id) if m.get("text", "").startswith("Revue du mois")]
    assert len(reviews) == 1
    clock.now = datetime(2027, 1, 1, 8, 0, tzinfo=UTC)
    assert await dispatcher(telegram).tick() == 1
    assert telegram.core.last_message(chat.user_id)["text"].startswith("Revue du mois")  # type: ignore[index]


async def test_a_user_who_blocked_the_bot_is_paused_others_carry_on_and_they_resume_on_writing(
    telegram: TelegramBed, clock: Clock
) -> None:
    ana, bob = await planned(telegram, 1), await planned(telegram, 2)
    telegram.core.block(ana.user_id)
    clock.now = BEFORE
    assert await dispatcher(telegram).tick() == 1
    assert len(reminders_to(telegram, bob.user_id)) == 1
    assert reminders_to(telegram, ana.user_id) == []
    assert telegram.services.store.reminders.is_paused(ana.user_id)
    clock.now = ON_THE_DAY
    assert await dispatcher(telegram).tick() == 1, "only Bob: Ana's reminders wait"
    telegram.core.unblock(ana.user_id)
    await ana.send("/actions")
    assert not telegram.services.store.reminders.is_paused(ana.user_id)
    assert await dispatcher(telegram).tick() == 1
    assert reminders_to(telegram, ana.user_id)[-1].startswith("⏰ C'est aujourd'hui"), "the stale one expired"


async def test_other_failures_are_retried_with_a_growing_delay(telegram: TelegramBed, clock: Clock) -> None:
    chat = await planned(telegram)
    telegram.core.fail_next("sendMessage", 500)
    clock.now = BEFORE
    assert await dispatcher(telegram).tick() == 0
    clock.advance(seconds=29)
    assert await dispatcher(telegram).tick() == 0
    clock.advance(seconds=1)
    assert await dispatcher(telegram).tick() == 1
    assert len(reminders_to(telegram, chat.user_id)) == 1


async def test_a_claim_left_by_a_dead_process_is_sent_after_the_restart(telegram: TelegramBed, clock: Clock) -> None:
    chat = await planned(telegram)
    clock.now = BEFORE
    store = telegram.services.store
    assert len(store.reminders.claim(clock.now, 30)) == 1, "claimed, then the process died before sending"
    assert await dispatcher(telegram).tick() == 0
    clock.now += LEASE  # the dead process's claim is held until its lease ends
    restarted = Dispatcher(telegram.services, telegram.app.bot)  # type: ignore[attr-defined]
    assert restarted.recover() == 1
    assert await restarted.tick() == 1
    assert len(reminders_to(telegram, chat.user_id)) == 1, "delivered, and once"


async def test_a_death_between_sending_and_recording_repeats_that_reminder_once(
    telegram: TelegramBed, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    chat = await planned(telegram)
    clock.now = BEFORE
    store = telegram.services.store

    def killed(*args: object, **kwargs: object) -> None:
        raise Killed

    with monkeypatch.context() as patch:
        patch.setattr(store.reminders, "sent", killed)
        with pytest.raises(Killed):
            await dispatcher(telegram).tick()
    clock.now += LEASE  # the dead process's claim is held until its lease ends
    restarted = Dispatcher(telegram.services, telegram.app.bot)  # type: ignore[attr-defined]
    assert restarted.recover() == 1
    assert await restarted.tick() == 1
    assert await restarted.tick() == 0
    assert len(reminders_to(telegram, chat.user_id)) == 2, "at least once: that one reminder came twice"


@pytest.mark.sqlite_only  # SQLite checkpoints; PostgreSQL has none
async def test_the_bot_checkpoints_the_database_in_a_job_of_its_own(telegram: TelegramBed) -> None:
    jobs = {job.name: job for job in telegram.app.job_queue.jobs()}  # type: ignore[attr-defined]
    assert {"reminders", "checkpoint"} <= set(jobs)
    await telegram.user().send("/start")
    await jobs["checkpoint"].callback(SimpleNamespace(bot_data=telegram.app.bot_data))  # type: ignore[attr-defined]
    with sqlite3.connect(f"file:{telegram.services.store.path}?immutable=1", uri=True) as raw:
        assert raw.execute("SELECT count(*) FROM sessions").fetchone()[0] == 1
