"""Shared fixtures: an injected clock, a store on disk, and chats that talk to the engine like users."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from bot.bootstrap import Services, build
from bot.telegram.app import build_application
from dialogs.conversation import Conversation
from domain.models import Language
from domain.storage import Store
from tests.chat import Chat, Clock
from tests.fakebot import FakeRequest, FakeTelegram
from tests.telegram_chat import TelegramChat

os.environ.setdefault("PTB_TIMEDELTA", "1")  # PTB 22: RetryAfter.retry_after as a timedelta, without a warning
os.environ["NO_PROXY"] = "127.0.0.1,localhost"


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    found = Store(tmp_path / "planbot.db")
    yield found
    found.close()


@pytest.fixture
def conversation(store: Store, clock: Clock) -> Conversation:
    return Conversation(store, clock)


@pytest.fixture
def chat(conversation: Conversation) -> Chat:
    started = Chat(conversation)
    started.send("/start")
    return started


@pytest.fixture
def chat_en(conversation: Conversation) -> Chat:
    started = Chat(conversation, user_id=2, lang=Language.EN)
    started.send("/start")
    return started


class TelegramBed:
    """The real Application over the in-process fake Bot API, with its services, for one test."""

    def __init__(self, core: FakeTelegram, app: object, services: Services) -> None:
        self.core = core
        self.app = app
        self.services = services

    def user(self, user_id: int = 42, language_code: str = "fr") -> TelegramChat:
        return TelegramChat(self.core, self.app, user_id, language_code)  # type: ignore[arg-type]


@pytest.fixture
async def telegram(tmp_path: Path, clock: Clock) -> AsyncIterator[TelegramBed]:
    core = FakeTelegram()
    services = build(tmp_path / "bot.db", clock)
    app = build_application(services, core.token, request=FakeRequest(core), updates_request=FakeRequest(core))
    async with app:
        yield TelegramBed(core, app, services)
    services.store.close()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The share of the corpus' answers understood (tests/test_corpus.py), per kind, when the corpus ran."""
    import sys  # the hook alone belongs to the corpus: its import stays with it

    corpus = sys.modules.get("tests.engine.test_corpus")
    if corpus is not None:
        corpus.summarize(terminalreporter.write_line)
