"""End to end: the real `planbot run` process over HTTP against the fake Bot API, restarted mid-way."""

from __future__ import annotations

import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from bot.telegram.messages import TELEGRAM_LIMIT
from dialogs.core.steps import StepId
from domain.models import Language, Mode
from domain.storage import Store
from tests.bot_process import BotProcess, Person, expected_prompts, free_port
from tests.console import command, environment
from tests.fakebot import FakeTelegram, FakeTelegramServer
from tests.scripts import COMPLETE_FR, EXPRESS_EN, until_step

START = "Comment s'appelle votre entreprise"
CARD = "Score du plan : "
"""The card that ends the interview."""


@pytest.fixture
def fake() -> Iterator[tuple[FakeTelegram, FakeTelegramServer]]:
    core = FakeTelegram()
    with FakeTelegramServer(core) as server:
        yield core, server


def stored_plan(db: Path, user: int) -> object:
    store = Store(db)
    try:
        session = store.load(user)
        assert session is not None
        return session.plan
    finally:
        store.close()


def test_a_full_interview_by_long_polling(fake: tuple[FakeTelegram, FakeTelegramServer], tmp_path: Path) -> None:
    core, server = fake
    bot = BotProcess(server, core, tmp_path / "bot.db", tmp_path / "bot.log")
    try:
        ana = Person(core, 42)
        ana.say("/start", START)
        ana.converse(COMPLETE_FR, expected_prompts(COMPLETE_FR, Language.FR))
        card = next(m for m in ana.wait(CARD, 0) if CARD in m.get("text", ""))
        assert len(card["text"]) <= 1200
        assert len(card["text"].splitlines()) <= 20
        summary = ana.say("/plan", "INDICATEURS À SUIVRE (KPI)")
        assert all(len(m.get("text", "")) <= TELEGRAM_LIMIT for m in summary)
    finally:
        assert bot.stop(signal.SIGTERM) == 0
    assert core.commands(language_code="en")[0]["command"] == "start"
    logs = bot.logs()
    assert "Traceback" not in logs
    assert "Café Lumière" not in logs, "what users type is not logged at INFO"


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGKILL])
def test_a_restart_mid_interview_loses_nothing(
    fake: tuple[FakeTelegram, FakeTelegramServer], tmp_path: Path, how: signal.Signals
) -> None:
    core, server = fake
    db, log = tmp_path / "bot.db", tmp_path / "bot.log"
    prompts = expected_prompts(COMPLETE_FR, Language.FR)
    ana = Person(core, 42)
    first = BotProcess(server, core, db, log)
    try:
        ana.say("/start", START)
        before = until_step(COMPLETE_FR, StepId.SEGMENTS)  # the objectives done
        ana.converse(before, prompts[: len(before)])
    finally:
        code = first.stop(how)
    assert code == (0 if how is signal.SIGTERM else -signal.SIGKILL)
    second = BotProcess(server, core, db, log)
    try:
        ana.converse(COMPLETE_FR[len(before) :], prompts[len(before) :])
        ana.wait(CARD, 0)
    finally:
        second.stop()
    plan = stored_plan(db, 42)
    assert plan.profile.name == "Café Lumière"  # type: ignore[attr-defined]
    assert [o.target for o in plan.objectives] == [50, 40]  # type: ignore[attr-defined]
    assert plan.target == "Actifs du quartier"  # type: ignore[attr-defined]


def test_a_full_interview_behind_a_webhook_with_its_secret_checked(
    fake: tuple[FakeTelegram, FakeTelegramServer], tmp_path: Path
) -> None:
    core, server = fake
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram"
    bot = BotProcess(
        server,
        core,
        tmp_path / "bot.db",
        tmp_path / "bot.log",
        PLANBOT_WEBHOOK_URL=url,
        PLANBOT_WEBHOOK_LISTEN="127.0.0.1",
        PLANBOT_WEBHOOK_PORT=str(port),
        PLANBOT_WEBHOOK_SECRET="s3cret-Token_1",
    )
    try:
        core.wait_for(lambda: core.webhook_info()["url"] == url, 30)
        bob = Person(core, 7, "en")
        bob.say("/start", "What's your business (or project) called?")
        bob.converse(EXPRESS_EN, expected_prompts(EXPRESS_EN, Language.EN))
        assert any("your marketing plan is ready" in m.get("text", "") for m in core.messages(7))
        forged = httpx.post(
            url,
            json={"update_id": 999999, "message": {}},
            headers={"X-Telegram-Bot-Api-Secret-Token": "wrong"},
        )
        assert forged.status_code == 403
        assert core.calls_to("getUpdates") == []
    finally:
        assert bot.stop() == 0
    plan = stored_plan(tmp_path / "bot.db", 7)
    assert plan.profile.mode is Mode.EXPRESS  # type: ignore[attr-defined]


def test_a_second_poller_409_produces_a_clear_log_line(
    fake: tuple[FakeTelegram, FakeTelegramServer], tmp_path: Path
) -> None:
    core, server = fake
    bot = BotProcess(server, core, tmp_path / "bot.db", tmp_path / "bot.log")
    try:
        Person(core, 42).say("/start", START)
        core.conflict_polling(True)
        seen = len(core.calls_to("getUpdates"))
        core.wait_for(lambda: len(core.calls_to("getUpdates")) >= seen + 2, 30)
        core.conflict_polling(False)
        assert "409 Conflict: another process is getting updates with this token" in bot.logs()
    finally:
        bot.stop()


@pytest.mark.parametrize(("token", "says"), [("", "is not set"), ("not-a-token", "does not look like a bot token")])
def test_a_missing_or_malformed_token_is_one_line_and_exit_code_2(token: str, says: str) -> None:
    result = subprocess.run(
        command("run"),
        env={**environment(), "TELEGRAM_BOT_TOKEN": token},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert says in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
