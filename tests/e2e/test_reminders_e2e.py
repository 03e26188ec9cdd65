"""End to end: a burst of due reminders, SIGKILL midway, restart: every reminder arrives, none twice, no 429."""

from __future__ import annotations

import signal
from collections import Counter
from datetime import date
from pathlib import Path

from bot.dispatcher import IN_FLIGHT
from domain.models import Action, ActionStatus, Plan, Profile, Reminders, Tactic
from domain.ports import LEASE
from domain.reminder_schedule import schedule
from domain.session import Session
from domain.storage import Store
from tests.bot_process import BotProcess
from tests.chat import NOW
from tests.fakebot import FakeTelegram, FakeTelegramServer

USERS = range(1000, 1090)


def plan_with_a_reminder_due_now(db: Path, core: FakeTelegram) -> None:
    store = Store(db)
    for user in USERS:
        core.add_user(user)
        action = Action(
            id=1, tactic=Tactic.EVENTS, title=f"Atelier {user}", due=NOW.date(), status=ActionStatus.PLANNED
        )
        session = Session(
            user_id=user,
            plan=Plan(profile=Profile(name=f"Boutique {user}"), actions=(action,)),
            reminders=Reminders(enabled=True),
        )
        due = schedule(session.plan, session.reminders, NOW)
        assert [d.kind for d in due if d.action == 1] == [f"day@{date(2026, 11, 22).isoformat()}"]
        store.save(session, reminders=due)
    store.close()


def delivered(core: FakeTelegram) -> Counter[int]:
    return Counter(
        call.params["chat_id"] for call in core.calls_to("sendMessage") if "⏰" in str(call.params.get("text", ""))
    )


def test_a_burst_killed_midway_delivers_every_reminder_without_429(tmp_path: Path) -> None:
    core = FakeTelegram(enforce_rate_limits=True)
    db, log = tmp_path / "bot.db", tmp_path / "bot.log"
    plan_with_a_reminder_due_now(db, core)
    with FakeTelegramServer(core) as server:
        first = BotProcess(server, core, db, log)
        try:
            core.wait_for(lambda: sum(delivered(core).values()) >= 20, 30)
        finally:
            assert first.stop(signal.SIGKILL) == -signal.SIGKILL
        assert sum(delivered(core).values()) < len(USERS), "killed in the middle of the burst"
        # It starts once the killed process's claims are past their lease (a live process's are never taken).
        second = BotProcess(server, core, db, log, PLANBOT_FROZEN_TIME=(NOW + LEASE).isoformat())
        try:
            core.wait_for(lambda: set(delivered(core)) == set(USERS), 60)
        finally:
            assert second.stop() == 0
    counts = delivered(core)
    assert set(counts) == set(USERS), "none lost"
    assert max(counts.values()) <= 2, "at most one repeat per reminder"
    repeats = sum(1 for n in counts.values() if n > 1)
    assert repeats <= IN_FLIGHT, f"only reminders in flight at the kill can repeat: {repeats}"
    logs = log.read_text()
    assert "Rate limit hit" not in logs, "no 429 from a fake that enforces Telegram's limits"
    assert "released" in logs, "the restart released the claims the killed process held"
    store = Store(db)
    statuses = Counter(row["status"] for user in USERS for row in store.reminders.of(user) if row["action_id"] == 1)
    store.close()
    assert statuses == Counter({"sent": len(USERS)})
