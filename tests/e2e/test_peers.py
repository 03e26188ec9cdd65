"""The peer bots planbot is measured against: each finishes every interview and keeps the answers where it says."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from telegram.ext import PicklePersistence

from bench.peer import NAME, Variant, build_peer
from bench.peer_sqlite import SQLitePersistence
from bench.peers import figures, floors_of, measure, unfinished, users_of
from bench.replay import Replay, replay_app
from bench.throughput import Run, feed, interviews
from bot.bootstrap import build
from bot.telegram.app import build_application
from bot.telegram.update_queue import InboxQueue
from tests.chat import Clock
from tests.fakebot import FakeRequest, FakeTelegram

USERS = 2
"""One complete interview and one express."""


async def interview_everyone(variant: Variant, folder: Path) -> tuple[set[int], dict[int, Any], dict[int, Any]]:
    """Feed a peer two whole interviews; the users, their data in memory, and what is on disk before shutdown."""
    core = FakeTelegram()
    updates = interviews(core, USERS, 7_000)
    app = build_peer(variant, folder, core.token, FakeRequest(core), FakeRequest(core))
    async with app:
        await feed(app, updates)
        assert not unfinished(app, users_of(updates))
        in_memory = {user: dict(data) for user, data in app.user_data.items()}
        on_disk = await stored(variant, folder)
    if isinstance(app.persistence, SQLitePersistence):
        app.persistence.close()
    return users_of(updates), in_memory, on_disk


async def stored(variant: Variant, folder: Path) -> dict[int, Any]:
    """The user data a variant has written to its file so far."""
    if variant is Variant.SQLITE:
        with sqlite3.connect(folder / "peer.db") as db:
            assert db.execute("SELECT count(*) FROM conversations WHERE name = ?", [NAME]).fetchone() == (0,)
            return {user: json.loads(data) for user, data in db.execute("SELECT user_id, data FROM user_data")}
    path = folder / f"peer-{variant.value}.pickle"
    return await PicklePersistence(path).get_user_data() if path.exists() else {}


@pytest.mark.parametrize("variant", [Variant.SQLITE, Variant.PICKLE_EVERY_UPDATE])
async def test_a_peer_that_saves_every_update_has_every_answer_on_disk_before_it_stops(
    variant: Variant, tmp_path: Path
) -> None:
    users, in_memory, on_disk = await interview_everyone(variant, tmp_path)
    assert set(on_disk) == users
    assert on_disk == in_memory
    complete = next(data for data in on_disk.values() if data["mode"] == "complete")
    assert complete["name"] == "Café Lumière"
    assert complete["segments"][1]["rate_fit"] == 5
    assert [a["action_decision"] for a in complete["actions"]][2:5] == ["drop", "15/01/2027", "chaque mois"]
    assert all(data["reminders"] == "no" for data in on_disk.values())


async def test_the_peer_with_the_default_interval_writes_its_pickle_only_when_it_stops(tmp_path: Path) -> None:
    users, in_memory, on_disk = await interview_everyone(Variant.PICKLE, tmp_path)
    assert on_disk == {}, "nothing is written within the minute of the default interval"
    after = await PicklePersistence(tmp_path / "peer-pickle.pickle").get_user_data()
    assert set(after) == users
    assert after == in_memory


def test_the_figures_give_planbots_cost_over_each_peer_and_each_bots_work_above_its_replay() -> None:
    planbot = Run(10, 0.02, [0.002] * 10)
    peers = {variant.value: Run(10, 0.01, [0.001] * 10) for variant in Variant}
    replays = {"planbot-replay": Run(10, 0.008, [0.0008] * 10), "sqlite-replay": Run(10, 0.005, [0.0005] * 10)}
    runs = {"planbot": planbot, **peers, **replays}
    found = figures(1, 1, runs, floors_of(runs))
    assert found["planbot"]["per_second"] == pytest.approx(500)
    assert {name: f["ratio"] for name, f in found["peers"].items()} == pytest.approx(dict.fromkeys(peers, 2.0))
    assert found["floors"]["planbot_replay_ratio"] == pytest.approx(0.8), "planbot's calls alone: 0.8 ms, the peer 1"
    assert found["floors"]["own_ms"] == pytest.approx({"planbot": 1.2, "sqlite": 0.5})
    json.dumps(found)


async def test_a_replay_makes_the_very_calls_planbot_made_and_planbots_updates_go_through_its_inbox(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    core = FakeTelegram()
    updates = interviews(core, 1, 9_000)[:6]  # /start, the name, then express answers (typed, keyboards retired)
    services = build(tmp_path / "planbot.db", Clock())
    planbot = build_application(
        services, core.token, request=FakeRequest(core), updates_request=FakeRequest(core), limit_rate=False
    )
    replay = Replay()
    replaying = replay_app(replay, core.token, FakeRequest(core))
    queue = planbot.update_queue
    assert isinstance(queue, InboxQueue)
    received: list[int] = []
    receive = queue.receive
    monkeypatch.setattr(queue, "receive", lambda update: received.append(update.update_id) or receive(update))
    async with planbot, replaying:
        first = len(core.calls)
        await feed(planbot, updates, replay, core)
        made = [c.method for c in core.calls[first:]]
        middle = len(core.calls)
        await feed(replaying, updates)
        again = [c.method for c in core.calls[middle:]]
    assert "editMessageReplyMarkup" in made
    assert again == made
    assert received == [update["update_id"] for update in updates], "planbot's updates go through its inbox"
    assert services.store.inbox.pending() == [], "and are marked handled there"
    services.store.close()


@pytest.mark.slow
def test_planbot_and_every_peer_handle_the_same_updates() -> None:
    found = measure(USERS, 1)
    counts = {found["planbot"]["updates"], *(f["updates"] for f in found["peers"].values())}
    assert counts == {93}, "one complete interview (80 updates) and one express (13)"
    assert all(f["ratio"] > 0 for f in found["peers"].values())
    assert {r["updates"] for r in found["floors"]["replays"].values()} == {93}, "each replay made every update's calls"


async def test_a_peer_user_can_answer_by_tapping_the_buttons(tmp_path: Path) -> None:
    core = FakeTelegram()
    core.add_user(8)
    app = build_peer(Variant.SQLITE, tmp_path, core.token, FakeRequest(core), FakeRequest(core))

    async def tap(label: str) -> None:
        last = core.last_message(8)
        assert last is not None
        await feed(app, [core.tap_text(8, last["message_id"], label)])

    async with app:
        await feed(app, [core.send_text(8, "/start"), core.send_text(8, "Bloom Box")])
        await tap("Express (quelques minutes)")
        await tap("Fleuriste, atelier floral")
        await tap("Non, pas encore")
        data = app.user_data[8]
    assert isinstance(app.persistence, SQLitePersistence)
    app.persistence.close()
    assert (data["mode"], data["sector"], data["website"]) == ("express", "florist", "no")
