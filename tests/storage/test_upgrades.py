"""A database written by the previous release opens with every answer, reminder and archived plan intact."""

from __future__ import annotations

import json
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from dialogs.conversation import Conversation
from dialogs.core.replies import Command, Question
from domain.ports import LEASE
from domain.storage import MIGRATIONS, Store
from domain.storage.reminder_queue import instant
from domain.storage.upgrades import SCHEMA
from tests.chat import NOW, Clock

DATA = Path(__file__).parent.parent / "data"
RELEASE_1 = json.loads((DATA / "release-1.json").read_text(encoding="utf-8"))


@pytest.fixture
def store(tmp_path: Path) -> Store:
    shutil.copy(DATA / "release-1.db", tmp_path / "planbot.db")
    return Store(tmp_path / "planbot.db")


def within(old: Any, new: Any) -> bool:
    """Whether everything the old document held is in the new one, unchanged (new keys may be added)."""
    if isinstance(old, dict):
        return isinstance(new, dict) and all(within(v, new.get(k)) for k, v in old.items())
    if isinstance(old, list):
        if isinstance(new, list) and len(old) == len(new):
            return all(within(a, b) for a, b in zip(old, new, strict=True))
        return False
    return old == new


def test_every_session_of_release_1_loads_with_its_answers(store: Store) -> None:
    for user, old in RELEASE_1["sessions"].items():
        session = store.load(int(user))
        assert session is not None
        assert within(old["plan"], session.plan.model_dump(mode="json")), user
        assert session.revision == old["revision"]
        assert session.lang == old["lang"]


def test_a_plan_of_release_1_is_read_with_the_business_model_of_its_sector(store: Store) -> None:
    cafe = store.load(1)
    assert cafe is not None
    assert cafe.plan.profile.name == "Atelier Bois Doré"
    assert cafe.plan.profile.model == "craft"
    bloom = store.load(2)
    assert bloom is not None
    assert bloom.plan.profile.model == "ecommerce_brand"


def test_archived_plans_and_reminders_of_release_1_are_kept(store: Store) -> None:
    archived = list(store.archived(1))
    assert len(archived) == len(RELEASE_1["archived"]) == 1
    assert within(RELEASE_1["archived"][0], archived[0].model_dump(mode="json"))
    assert archived[0].profile.model == "cafe"
    for user in {r["user_id"] for r in RELEASE_1["reminders"]}:
        assert len(store.reminders.of(user)) == len([r for r in RELEASE_1["reminders"] if r["user_id"] == user])


def test_a_session_saved_again_is_written_in_the_current_schema(store: Store) -> None:
    session = store.load(4)
    assert session is not None
    store.save(session)
    assert store.db.execute("SELECT schema FROM sessions WHERE user_id = 4").fetchone()[0] == SCHEMA
    assert store.db.execute("SELECT schema FROM sessions WHERE user_id = 3").fetchone()[0] == 1
    again = store.load(4)
    assert again is not None
    assert again.plan == session.plan


RELEASE_2 = json.loads((DATA / "release-2.json").read_text(encoding="utf-8"))
SETS = ("skipped", "recheck", "coached", "defaults")
"""A session's sets of step keys, whose order in JSON is no one's concern."""


DROPPED = ("last_update", "screen_arg", "entry")
"""Session fields of release 2 that schema 4 no longer keeps (the screen is one typed record; update ids are
the inbox's business)."""


def unordered(session: dict[str, Any]) -> dict[str, Any]:
    kept = {name: value for name, value in session.items() if name not in DROPPED}
    return {**kept, **{name: sorted(session[name]) for name in SETS}}


@pytest.fixture
def store_2(tmp_path: Path) -> Store:
    shutil.copy(DATA / "release-2.db", tmp_path / "planbot.db")
    return Store(tmp_path / "planbot.db")


def test_every_session_plan_and_reminder_of_release_2_is_intact(store_2: Store) -> None:
    for user, old in RELEASE_2["sessions"].items():
        session = store_2.load(int(user))
        assert session is not None
        assert within(unordered(old), unordered(session.model_dump(mode="json"))), user
        assert session.referral is None
        archived = [plan.model_dump(mode="json") for plan in store_2.archived(int(user))]
        assert archived == RELEASE_2["archived"][user]
        assert store_2.reminders.of(int(user)) == [r for r in RELEASE_2["reminders"] if r["user_id"] == int(user)]


def test_a_release_2_database_gains_an_empty_inbox_and_an_interview_goes_on_from_where_it_stopped(
    store_2: Store,
) -> None:
    assert store_2.inbox.pending() == []
    conversation = Conversation(store_2, Clock())
    replies = conversation.handle(2, Command("start"), update_id=7)
    assert any(isinstance(r, Question) and r.key == "restart" for r in replies)
    assert store_2.inbox.was_saved(7)
    assert store_2.db.execute("SELECT schema FROM sessions WHERE user_id = 2").fetchone()[0] == SCHEMA
    assert store_2.db.execute("SELECT schema FROM sessions WHERE user_id = 1").fetchone()[0] == 2


def test_a_release_2_database_gains_claim_owners_and_leases_and_its_reminders_go_out(store_2: Store) -> None:
    assert store_2.db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    soonest = min(RELEASE_2["reminders"], key=lambda r: (r["due_at"], r["id"]))
    due = instant(soonest["due_at"])
    (claim,) = store_2.reminders.claim(due, 30, "host:1:abcd")
    assert (claim.id, claim.user_id, claim.kind) == (soonest["id"], soonest["user_id"], soonest["kind"])
    assert (claim.owner, claim.lease) == ("host:1:abcd", due + LEASE)
    assert store_2.reminders.sent(claim, due, message_id=9)
    rows = store_2.reminders.of(soonest["user_id"])
    assert [r["status"] for r in rows].count("sent") == 1
    assert len(rows) == len([r for r in RELEASE_2["reminders"] if r["user_id"] == soonest["user_id"]])


def test_a_claim_left_by_a_release_2_process_is_released_at_the_next_start(tmp_path: Path) -> None:
    shutil.copy(DATA / "release-2.db", tmp_path / "planbot.db")
    with closing(sqlite3.connect(tmp_path / "planbot.db")) as raw, raw:
        raw.execute("UPDATE reminders SET status = 'claimed', claimed_at = due_at WHERE id = 1")
    store = Store(tmp_path / "planbot.db")
    assert store.reminders.release_expired(NOW) == 1, "its process has stopped: no lease to wait for"
    assert [r["status"] for r in store.reminders.of(1) if r["id"] == 1] == ["pending"]
    store.close()
