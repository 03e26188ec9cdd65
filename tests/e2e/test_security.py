"""Secure by default: a webhook that needs its secret, erased data gone from the disk, private files, quiet logs."""

from __future__ import annotations

import json
import signal
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from domain.models import Language
from domain.session import Session
from domain.storage import Store
from tests.bot_process import BotProcess, Person, expected_prompts, free_port
from tests.conftest import TelegramBed
from tests.fakebot import FakeTelegram, FakeTelegramServer
from tests.scripts import EXPRESS_EN

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
SECRET = "Webhook-Secret_0123456789"
ASK_NAME = "What's your business (or project) called?"


@pytest.fixture
def fake() -> Iterator[tuple[FakeTelegram, FakeTelegramServer]]:
    core = FakeTelegram()
    with FakeTelegramServer(core) as server:
        yield core, server


def behind_a_webhook(
    server: FakeTelegramServer, core: FakeTelegram, tmp_path: Path, **env: str
) -> tuple[BotProcess, str]:
    """``planbot run`` behind a webhook on a free port, once Telegram (the fake) knows the webhook."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram"
    settings = {"PLANBOT_WEBHOOK_URL": url, "PLANBOT_WEBHOOK_LISTEN": "127.0.0.1", "PLANBOT_WEBHOOK_PORT": str(port)}
    bot = BotProcess(server, core, tmp_path / "bot.db", tmp_path / "bot.log", **settings, **env)
    core.wait_for(lambda: core.webhook_info()["url"] == url, 30)
    return bot, url


def forged_delete(user: int) -> dict[str, object]:
    """A made-up update: ``/delete`` typed by someone else's user id."""
    sender = {"id": user, "is_bot": False, "first_name": "Mallory"}
    message = {
        "message_id": 1,
        "date": 1,
        "chat": {"id": user, "type": "private"},
        "from": sender,
        "text": "/delete",
        "entities": [{"type": "bot_command", "offset": 0, "length": 7}],
    }
    return {"update_id": 10**9, "message": message}


def test_a_webhook_without_a_configured_secret_makes_one_and_refuses_forged_updates(
    fake: tuple[FakeTelegram, FakeTelegramServer], tmp_path: Path
) -> None:
    core, server = fake
    bot, url = behind_a_webhook(server, core, tmp_path)
    try:
        bob = Person(core, 7, "en")
        bob.say("/start", ASK_NAME)
        bob.say("Bloom Box", "Which interview")
        for headers in ({}, {SECRET_HEADER: "guessed"}):
            forged = httpx.post(url, json=forged_delete(7), headers=headers)
            assert forged.status_code == 403
        assert not any("delete" in m.get("text", "").lower() for m in core.messages(7)[-1:])
    finally:
        assert bot.stop() == 0
    assert "a secret was made for this run" in bot.logs()
    store = Store(tmp_path / "bot.db")
    session = store.load(7)
    store.close()
    assert session is not None
    assert session.plan.profile.name == "Bloom Box", "nothing changed"


def test_a_body_that_is_not_an_update_gets_400_and_the_bot_carries_on(
    fake: tuple[FakeTelegram, FakeTelegramServer], tmp_path: Path
) -> None:
    core, server = fake
    bot, url = behind_a_webhook(server, core, tmp_path, PLANBOT_WEBHOOK_SECRET=SECRET)
    try:
        headers = {SECRET_HEADER: SECRET, "Content-Type": "application/json"}
        for body in ("{not json", "[1, 2]", json.dumps({"message": {}}), json.dumps({"update_id": "x"})):
            assert httpx.post(url, content=body, headers=headers).status_code == 400, body
        Person(core, 7, "en").say("/start", ASK_NAME)
    finally:
        assert bot.stop() == 0
    assert "Traceback" not in bot.logs()


def test_a_whole_interview_logged_at_debug_shows_neither_the_token_nor_the_secret_and_files_are_private(
    fake: tuple[FakeTelegram, FakeTelegramServer], tmp_path: Path
) -> None:
    core, server = fake
    bot, _ = behind_a_webhook(server, core, tmp_path, PLANBOT_WEBHOOK_SECRET=SECRET, PLANBOT_LOG_LEVEL="DEBUG")
    try:
        bob = Person(core, 7, "en")
        bob.say("/start", ASK_NAME)
        bob.converse(EXPRESS_EN, expected_prompts(EXPRESS_EN, Language.EN))
    finally:
        bot.stop(signal.SIGTERM)
    logs = bot.logs()
    assert "setWebhook" in logs, "the run did log at DEBUG"
    for secret in (core.token, core.token.split(":")[1], SECRET):
        assert secret not in logs
    assert "[secret]" in logs
    for name in ("bot.db", "bot.db-wal", "bot.db-shm"):
        path = tmp_path / name
        if path.exists():
            assert path.stat().st_mode & 0o777 == 0o600, name


def test_a_database_and_its_side_files_are_readable_by_their_owner_only(tmp_path: Path) -> None:
    store = Store(tmp_path / "planbot.db")
    store.save(Session(user_id=1))
    modes = {p.name: p.stat().st_mode & 0o777 for p in tmp_path.iterdir()}
    store.close()
    assert set(modes) >= {"planbot.db", "planbot.db-wal", "planbot.db-shm"}
    assert set(modes.values()) == {0o600}


def test_an_existing_database_made_readable_by_all_is_made_private_when_opened(tmp_path: Path) -> None:
    path = tmp_path / "planbot.db"
    Store(path).close()
    path.chmod(0o644)
    Store(path).close()
    assert path.stat().st_mode & 0o777 == 0o600


UNIQUE = ("Zyglorbane Atelier", "Quixotrel", "xylophonic brioches")


async def test_after_delete_the_users_words_are_in_none_of_the_database_files(
    telegram: TelegramBed, tmp_path: Path
) -> None:
    chat = telegram.user()
    await chat.send("/start")
    await chat.answer(UNIQUE[0], "1", "1", "2", UNIQUE[2], "2000", UNIQUE[1])
    files = [tmp_path / n for n in ("bot.db", "bot.db-wal", "bot.db-shm")]
    before = b"".join(p.read_bytes() for p in files if p.exists())
    assert UNIQUE[0].encode() in before, "the words were stored (else the test proves nothing)"
    await chat.send("/delete")
    await chat.tap("Oui, tout supprimer")
    assert telegram.services.store.load(chat.user_id) is None
    for path in files:
        if path.exists():
            content = path.read_bytes()
            for word in UNIQUE:
                for form in (word.encode(), json.dumps(word).encode()):
                    assert form not in content, (path.name, word)
