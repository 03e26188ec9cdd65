"""The fake Bot API with one user, on its own clock; a PTB bot on each front-end."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from telegram import Bot

from tests.fake_api.common import USER
from tests.fakebot import FakeClock, FakeRequest, FakeTelegram, FakeTelegramServer


@pytest.fixture(autouse=True)
def _ptb_timedelta(monkeypatch: pytest.MonkeyPatch) -> None:
    # Without it PTB 22 warns (PTBDeprecationWarning) inside RetryAfter.__init__, an error under
    # filterwarnings=error, so a 429 would surface as a warning instead of RetryAfter.
    monkeypatch.setenv("PTB_TIMEDELTA", "1")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def core(clock: FakeClock) -> FakeTelegram:
    fake = FakeTelegram(clock=clock)
    fake.add_user(USER, first_name="Ana", language_code="fr")
    return fake


@pytest.fixture
def server(core: FakeTelegram, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeTelegramServer]:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    with FakeTelegramServer(core) as running:
        yield running


@pytest.fixture
async def bot(core: FakeTelegram) -> AsyncIterator[Bot]:
    async with Bot(core.token, request=FakeRequest(core), get_updates_request=FakeRequest(core)) as ptb_bot:
        yield ptb_bot


@pytest.fixture
async def http_bot(core: FakeTelegram, server: FakeTelegramServer) -> AsyncIterator[Bot]:
    async with Bot(core.token, base_url=server.base_url, base_file_url=server.base_file_url) as ptb_bot:
        yield ptb_bot
