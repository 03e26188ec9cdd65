"""The storage contract: what every backend of ``domain.ports`` does, whatever it is built on.

Each test runs against every backend in :data:`BACKENDS`: SQLite on a file and in memory, and PostgreSQL (a fresh
database per test, on the server ``tests.pg`` finds or starts). Two owners on one backend stand for two processes
claiming reminders.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from domain.models import Language, Plan, Profile
from domain.ports import LEASE, Claimed, Conflict, Receipt, Storage
from domain.reminder_schedule import Due
from domain.session import Session
from domain.storage import Store
from tests.chat import NOW

BACKENDS = ["sqlite-file", "sqlite-memory", "postgres"]
"""The backends the contract is checked against."""
A, B = "host-a:101:aaaa0000", "host-b:202:bbbb0000"
"""Two processes' ids."""
SECOND = timedelta(seconds=1)


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Storage]:
    if request.param == "postgres":
        from domain.storage.postgres import PostgresStore

        store: Store | PostgresStore = PostgresStore(request.getfixturevalue("postgres_url"))
    else:
        store = Store(tmp_path / "contract.db") if request.param == "sqlite-file" else Store()
    yield store
    store.close()


def named(name: str, user_id: int = 7) -> Session:
    return Session(user_id=user_id, plan=Plan(profile=Profile(name=name)))


def due(backend: Storage, user_id: int = 7, *actions: int) -> None:
    """Reminders of a user due now, one per action (the first by default)."""
    backend.reminders.sync(user_id, [Due(action, f"day@{action}", NOW) for action in actions or (1,)])


def claim(backend: Storage, owner: str, now: datetime = NOW) -> list[Claimed]:
    return backend.reminders.claim(now, 30, owner)


def statuses(backend: Storage, user_id: int = 7) -> list[str]:
    return [row["status"] for row in backend.reminders.of(user_id)]


def test_an_unknown_user_has_no_session_and_no_revision(backend: Storage) -> None:
    assert backend.load(404) is None
    assert backend.revision(404) == 0


def test_a_first_save_expects_no_row_and_each_save_counts_one_revision(backend: Storage) -> None:
    first = backend.save(named("Un"), expected=0)
    assert first.revision == 1
    assert backend.load(7) == first
    second = backend.save(first.model_copy(update={"lang": Language.EN}), expected=1)
    assert second.revision == backend.revision(7) == 2
    assert backend.load(7) == second


def test_a_session_reads_back_equal_whatever_characters_were_typed(backend: Storage) -> None:
    saved = backend.save(named("Café\x00 « 🍰 » \u2028 中文 'quoted' \"too\""), expected=0)
    assert backend.load(7) == saved


def test_a_save_stating_a_revision_no_longer_stored_conflicts_and_writes_nothing(backend: Storage) -> None:
    stored = backend.save(backend.save(named("Un"), expected=0), expected=1)
    with pytest.raises(Conflict) as raised:
        backend.save(named("Écrasé"), expected=1)
    assert (raised.value.user_id, raised.value.expected) == (7, 1)
    with pytest.raises(Conflict):
        backend.save(named("Écrasé"), expected=0)
    with pytest.raises(Conflict):
        backend.save(named("Écrasé"), expected=3)
    assert backend.load(7) == stored


def test_a_save_archives_syncs_reminders_and_marks_its_update_together(backend: Storage) -> None:
    soon = [Due(1, "day@1", NOW + timedelta(days=3))]
    old = Plan(profile=Profile(name="Ancien"))
    backend.save(named("Nouveau"), expected=0, archived=old, when=NOW, reminders=soon, update_id=11)
    assert [plan.profile.name for plan in backend.archived(7)] == ["Ancien"]
    assert statuses(backend) == ["pending"]
    assert backend.inbox.was_saved(11)


def test_a_conflicting_save_leaves_archive_reminders_and_inbox_as_they_were(backend: Storage) -> None:
    backend.save(named("Un"), expected=0)
    with pytest.raises(Conflict):
        backend.save(named("Deux"), expected=0, archived=Plan(), when=NOW, reminders=[Due(1, "d", NOW)], update_id=12)
    assert list(backend.archived(7)) == []
    assert backend.reminders.of(7) == []
    assert not backend.inbox.was_saved(12)


def test_erasing_a_user_removes_every_row_about_them_and_no_one_else(backend: Storage) -> None:
    for user in (7, 8):
        backend.save(named("Boutique", user), expected=0, archived=Plan(), when=NOW, update_id=user)
        due(backend, user)
        backend.inbox.receive(100 + user, user, "{}", NOW)
    backend.reminders.pause(7, NOW)
    backend.erase(7)
    assert backend.load(7) is None
    assert backend.revision(7) == 0
    assert list(backend.archived(7)) == []
    assert backend.reminders.of(7) == []
    assert not backend.reminders.is_paused(7)
    assert [p.update_id for p in backend.inbox.pending()] == [108]
    assert backend.load(8) is not None
    assert len(backend.reminders.of(8)) == 1
    assert backend.save(named("De retour"), expected=0).revision == 1, "an erased user starts again from nothing"


def test_everything_about_a_user_is_plain_data_without_the_claims_owner(backend: Storage) -> None:
    backend.save(named("Boutique"), expected=0, archived=Plan(profile=Profile(name="Avant")), when=NOW)
    due(backend)
    claim(backend, A)
    found = backend.everything(7)
    assert found["session"]["plan"]["profile"]["name"] == "Boutique"  # type: ignore[index]
    assert found["archived_plans"][0]["profile"]["name"] == "Avant"  # type: ignore[index]
    assert [row["status"] for row in found["reminders"]] == ["claimed"]  # type: ignore[attr-defined]
    assert A not in str(found), "the server's name stays out of a user's data"
    assert found["reminders_paused"] is False


def test_an_update_is_received_then_saved_then_handled(backend: Storage) -> None:
    assert backend.inbox.receive(1, 7, '{"update_id": 1}', NOW) is Receipt.NEW
    assert backend.inbox.receive(1, 7, '{"update_id": 1}', NOW) is Receipt.PENDING
    assert [(p.update_id, p.data) for p in backend.inbox.pending()] == [(1, '{"update_id": 1}')]
    assert not backend.inbox.was_saved(1)
    backend.inbox.saved(1, NOW)
    assert backend.inbox.was_saved(1)
    assert [p.update_id for p in backend.inbox.pending()] == [1], "saved, its replies not yet sent"
    backend.inbox.handled(1, NOW)
    assert backend.inbox.pending() == []
    assert backend.inbox.receive(1, 7, "{}", NOW) is Receipt.HANDLED


def test_handled_updates_are_forgotten_after_two_days(backend: Storage) -> None:
    for update_id in (1, 2):
        backend.inbox.receive(update_id, 7, "{}", NOW)
        backend.inbox.handled(update_id, NOW + timedelta(days=update_id))
    assert backend.inbox.prune(NOW + timedelta(days=3, seconds=1)) == 1
    assert backend.inbox.receive(1, 7, "{}", NOW) is Receipt.NEW
    assert backend.inbox.receive(2, 7, "{}", NOW) is Receipt.HANDLED


def test_a_claim_carries_its_owner_and_a_lease(backend: Storage) -> None:
    due(backend)
    (taken,) = claim(backend, A)
    assert (taken.user_id, taken.action_id, taken.kind, taken.attempts) == (7, 1, "day@1", 1)
    assert (taken.owner, taken.lease) == (A, NOW + LEASE)
    assert claim(backend, B) == [], "held by A"


def test_at_most_one_reminder_per_user_is_claimed_and_none_while_one_is_held(backend: Storage) -> None:
    due(backend, 7, 1, 2)
    due(backend, 8, 1)
    assert sorted(c.user_id for c in claim(backend, A)) == [7, 8]
    assert claim(backend, B) == [], "user 7's second reminder waits until the first is settled"


def test_only_the_owner_records_what_became_of_its_claim(backend: Storage) -> None:
    due(backend)
    (taken,) = claim(backend, A)
    forged = replace(taken, owner=B)
    assert not backend.reminders.sent(forged, NOW)
    assert not backend.reminders.retry(forged, NOW, "boom")
    assert not backend.reminders.skipped(forged)
    assert statuses(backend) == ["claimed"]
    assert backend.reminders.sent(taken, NOW, message_id=5)
    assert statuses(backend) == ["sent"]
    assert not backend.reminders.sent(taken, NOW), "recorded once"


def test_a_live_lease_is_never_released_an_expired_one_is(backend: Storage) -> None:
    due(backend)
    (taken,) = claim(backend, A)
    assert backend.reminders.release_expired(NOW + LEASE - SECOND) == 0
    assert statuses(backend) == ["claimed"]
    assert backend.reminders.release_expired(NOW + LEASE) == 1
    assert statuses(backend) == ["pending"]
    (again,) = claim(backend, B, NOW + LEASE)
    assert (again.owner, again.attempts) == (B, 2)
    assert not backend.reminders.sent(taken, NOW + LEASE), "A's lease ended: its record comes too late"
    assert backend.reminders.sent(again, NOW + LEASE)


def test_a_claim_whose_lease_passed_is_due_again_at_the_next_claim(backend: Storage) -> None:
    due(backend)
    claim(backend, A)
    assert claim(backend, B, NOW + LEASE - SECOND) == []
    assert [c.owner for c in claim(backend, B, NOW + LEASE)] == [B]


def test_renewing_extends_the_owners_claims_and_no_others(backend: Storage) -> None:
    due(backend, 7)
    due(backend, 8)
    claim(backend, A)
    due(backend, 9)
    claim(backend, B)
    assert backend.reminders.renew(A, NOW + LEASE - SECOND) == 2
    assert backend.reminders.release_expired(NOW + LEASE) == 1, "B's claim only"
    assert statuses(backend, 9) == ["pending"]
    assert statuses(backend, 7) == statuses(backend, 8) == ["claimed"]


def test_an_owner_that_stops_gives_back_its_claims_only(backend: Storage) -> None:
    due(backend, 7)
    claim(backend, A)
    due(backend, 8)
    claim(backend, B)
    assert backend.reminders.release_held(A) == 1
    assert statuses(backend, 7) == ["pending"]
    assert statuses(backend, 8) == ["claimed"]


def test_a_failed_send_is_retried_later_and_given_up_after_eight_tries(backend: Storage) -> None:
    due(backend)
    now = NOW
    for attempt in range(1, 9):
        (taken,) = claim(backend, A, now)
        assert taken.attempts == attempt
        assert backend.reminders.retry(taken, now, "Bad Gateway")
        assert claim(backend, A, now) == []
        now += timedelta(hours=1)
    assert statuses(backend) == ["failed"]


def test_a_paused_user_keeps_their_reminders_until_they_write_again(backend: Storage) -> None:
    due(backend, 7, 1, 2)
    (taken,) = claim(backend, A)
    backend.reminders.pause(7, NOW, taken)
    assert backend.reminders.is_paused(7)
    assert statuses(backend) == ["paused", "paused"]
    assert claim(backend, A) == []
    backend.reminders.resume(7, NOW + SECOND)
    assert not backend.reminders.is_paused(7)
    assert [c.attempts for c in claim(backend, A, NOW + SECOND)] == [1], "the refused send is not counted"


def test_a_schedule_change_keeps_what_was_sent_or_is_being_sent(backend: Storage) -> None:
    due(backend, 7, 1, 2)
    (taken,) = claim(backend, A)
    backend.reminders.sync(7, [Due(3, "day@3", NOW + timedelta(days=1))])
    assert [(row["action_id"], row["status"]) for row in backend.reminders.of(7)] == [
        (taken.action_id, "claimed"),
        (3, "pending"),
    ]
