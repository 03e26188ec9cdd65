"""Release 3 stored the screen on show as a name and a string (``screen_arg``); release 4 as one typed record.

``tests/data/release-3.db`` was written by the release before (commit 76bdf3e) with five users each standing on
a screen that carried an argument: an action's card, a reminder setting, a results entry halfway, a restart
confirmation, an action being rescheduled. Each opens on the same screen, typed, and carries on from there.
"""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from dialogs.conversation import Conversation
from dialogs.core.replies import Notice, Question, Said, Tapped
from domain.models import ActionStatus, Language
from domain.screen_state import ActionCard, ReminderSettings, Reschedule, Restart, ResultsEntry, Setting
from domain.storage import Store
from domain.storage.upgrades import SCHEMA, upgrade_session

DATA = Path(__file__).parent.parent / "data"
RELEASE_3 = json.loads((DATA / "release-3.json").read_text(encoding="utf-8"))
NOW = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    shutil.copy(DATA / "release-3.db", tmp_path / "planbot.db")
    return Store(tmp_path / "planbot.db")


def test_the_fixture_was_written_in_schema_3_with_screens_and_their_arguments(store: Store) -> None:
    rows = store.db.execute("SELECT user_id, schema, data FROM sessions ORDER BY user_id").fetchall()
    assert [(user, schema) for user, schema, _ in rows] == [(1, 3), (2, 3), (3, 3), (4, 3), (5, 3)]
    assert [json.loads(data)["screen_arg"] for _, _, data in rows] == ["1", "timezone", None, "restart-confirm", "1"]


def test_each_screen_of_release_3_reads_as_its_typed_record(store: Store) -> None:
    screens = {user: store.load(user).screen for user in (1, 2, 3, 4, 5)}  # type: ignore[union-attr]
    assert screens[1] == ActionCard(action=1)
    assert screens[2] == Setting(name="timezone")
    assert isinstance(screens[3], ResultsEntry)
    assert screens[3].values == {"spend": 1200.0}
    assert screens[3].fields == tuple(RELEASE_3["sessions"]["3"]["entry"]["fields"])
    assert screens[4] == Restart(prompt="restart-confirm")
    assert screens[5] == Reschedule(action=1)


def test_everything_else_in_the_sessions_reads_the_same(store: Store) -> None:
    for user, old in RELEASE_3["sessions"].items():
        new = store.load(int(user))
        assert new is not None
        dumped = new.model_dump(mode="json")
        kept = {k: v for k, v in old.items() if k not in ("screen", "screen_arg", "entry", "last_update", "revision")}
        assert unordered({k: dumped[k] for k in kept}) == unordered(kept)
        assert "last_update" not in dumped


def unordered(session: dict[str, Any]) -> dict[str, Any]:
    """Sets of step keys are stored as lists in no particular order."""
    sets = ("skipped", "defaults", "recheck", "opened", "coached")
    return {k: sorted(v) if k in sets else v for k, v in session.items()}


def chat(store: Store) -> Conversation:
    return Conversation(store, clock=lambda: NOW)


def test_an_action_card_left_open_takes_its_buttons(store: Store) -> None:
    replies = chat(store).handle(1, Tapped("action_card", "done"), Language.FR)
    action = store.load(1).plan.action(1)  # type: ignore[union-attr]
    assert action is not None
    assert action.status is ActionStatus.DONE
    assert any(isinstance(r, Question) for r in replies)


def test_a_setting_left_open_takes_its_value(store: Store) -> None:
    chat(store).handle(2, Said("Europe/Paris"), Language.EN)
    session = store.load(2)
    assert session is not None
    assert session.reminders.timezone == "Europe/Paris"
    assert session.screen == ReminderSettings()


def test_a_results_entry_left_halfway_takes_its_next_number_and_keeps_the_first(store: Store) -> None:
    chat(store).handle(3, Said("300"), Language.FR)
    screen = store.load(3).screen  # type: ignore[union-attr]
    assert isinstance(screen, ResultsEntry)
    assert screen.values == {"spend": 1200.0, "visitors": 300.0}


def test_a_restart_confirmation_left_open_carries_on(store: Store) -> None:
    replies = chat(store).handle(4, Tapped("restart", "continue"), Language.FR)
    assert store.load(4).screen is None  # type: ignore[union-attr]
    assert isinstance(replies[-1], Question)


def test_a_rescheduling_left_open_takes_its_date(store: Store) -> None:
    replies = chat(store).handle(5, Said("15/01/2027"), Language.FR)
    action = store.load(5).plan.action(1)  # type: ignore[union-attr]
    assert action is not None
    assert action.due.isoformat() == "2027-01-15"
    assert any(isinstance(r, Notice) for r in replies)


def test_a_session_saved_again_is_written_in_schema_4(store: Store) -> None:
    chat(store).handle(2, Said("Europe/Paris"), Language.EN)
    row = store.db.execute("SELECT schema, data FROM sessions WHERE user_id = 2").fetchone()
    assert row[0] == SCHEMA == 4
    assert json.loads(row[1])["screen"] == {"kind": "reminders"}


@pytest.mark.parametrize(
    ("screen", "arg", "entry"),
    [("action_card", "not a number", None), ("setting", "colour", None), ("results", None, None)],
)
def test_a_screen_whose_argument_no_longer_reads_is_closed(screen: str, arg: str | None, entry: None) -> None:
    old = {**RELEASE_3["sessions"]["1"], "screen": screen, "screen_arg": arg, "entry": entry}
    assert upgrade_session(old, 3)["screen"] is None
