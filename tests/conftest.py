"""Shared fixtures: an injected clock, a store on disk, and chats that talk to the engine like users."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from dialogs.conversation import Conversation
from domain.models import Language
from domain.storage import Store
from tests.chat import Chat, Clock

os.environ.setdefault(
    "PTB_TIMEDELTA", "1"
)  # PTB 22: RetryAfter.retry_after as a timedelta, without a warning
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
