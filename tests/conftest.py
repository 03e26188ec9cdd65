"""Shared fixtures: an injected clock, a store (SQLite, or PostgreSQL by choice), and chats that talk like users.

The chats and the Telegram tests store on SQLite, or on PostgreSQL when ``PLANBOT_TEST_BACKEND=postgres``
(``tests.pg``); the storage contract runs on both whatever the variable says.
"""

from __future__ import annotations

import inspect
import os
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from types import CodeType
from typing import Any

import pytest

from bot.bootstrap import Backend, Services, build, open_store
from bot.telegram.app import build_application
from dialogs.conversation import Conversation
from domain.models import Language
from tests import pg
from tests.chat import Chat, Clock
from tests.fakebot import FakeRequest, FakeTelegram
from tests.telegram_chat import TelegramChat

os.environ.setdefault("PTB_TIMEDELTA", "1")  # PTB 22: RetryAfter.retry_after as a timedelta, without a warning
os.environ["NO_PROXY"] = "127.0.0.1,localhost"


@pytest.fixture
def clock() -> Clock:
    return Clock()


BACKEND = os.environ.get(pg.BACKEND, "sqlite")
"""Where the chats and the Telegram tests store: ``sqlite`` (a file per test) or ``postgres`` (a database per test)."""
if BACKEND not in ("sqlite", "postgres"):
    raise pytest.UsageError(f"{pg.BACKEND} is {BACKEND!r}: sqlite or postgres")


@pytest.fixture(scope="session")
def postgres() -> Iterator[pg.Server]:
    """A PostgreSQL server for the whole session (found or started once); the tests that need it skip without one.

    With ``PLANBOT_REQUIRE_POSTGRES=1`` (CI) a missing server fails them instead.
    """
    found = pg.find()
    if isinstance(found, str):
        if os.environ.get(pg.REQUIRED) == "1":
            pytest.fail(f"PostgreSQL is required ({pg.REQUIRED}=1) and none could be had: {found}", pytrace=False)
        pytest.skip(f"no PostgreSQL server: {found}")
    yield found
    found.close()


@pytest.fixture
def postgres_url(postgres: pg.Server) -> Iterator[str]:
    """The URL of a fresh, migrated PostgreSQL database of the test's own, dropped after it."""
    name, url = postgres.create()
    yield url
    postgres.drop(name)


def database(request: pytest.FixtureRequest, file: Path) -> str | Path:
    """Where a test's store lives: the SQLite ``file``, or a PostgreSQL database under ``PLANBOT_TEST_BACKEND``."""
    if BACKEND == "postgres":
        return str(request.getfixturevalue("postgres_url"))
    return file


@pytest.fixture
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Backend]:
    found = open_store(database(request, tmp_path / "planbot.db"))
    yield found
    found.close()


@pytest.fixture
def conversation(store: Backend, clock: Clock) -> Conversation:
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
async def telegram(request: pytest.FixtureRequest, tmp_path: Path, clock: Clock) -> AsyncIterator[TelegramBed]:
    core = FakeTelegram()
    services = build(database(request, tmp_path / "bot.db"), clock)
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


SLOW_FOLDERS = {"e2e"}
"""Folders whose every test is slow: real processes end to end."""
SLOW_FIXTURES = {"telegram"}
"""Fixtures that make a test slow: the real Application over the fake Bot API (seconds a test)."""
SLOW_CALLS = {
    ("tests.console", "chat"),
    ("tests.console", "export"),
    ("tests.console", "Running"),
    ("tests.bot_process", "BotProcess"),
    ("tests.crash_burst", "run"),
    ("bot.telegram.app", "build_application"),
}
"""What makes a test slow wherever it lives: a ``planbot`` process, or the real Application built by the test."""


def _calls(function: Callable[..., Any], seen: set[Callable[..., Any]]) -> set[tuple[str, str]]:
    """What a test function calls by name, through the helpers of its own module too, as (module, name)."""
    function = getattr(getattr(function, "hypothesis", None), "inner_test", inspect.unwrap(function))
    if function in seen or not hasattr(function, "__code__"):
        return set()
    seen.add(function)
    found: set[tuple[str, str]] = set()
    for name in _names(function.__code__):
        target = function.__globals__.get(name)
        found.add((getattr(target, "__module__", None) or "", getattr(target, "__qualname__", None) or ""))
        if inspect.isfunction(target) and target.__module__ == function.__module__:
            found |= _calls(target, seen)
    return found


def _names(code: CodeType) -> set[str]:
    """The global names a function's code (and the code nested in it) refers to."""
    found = set(code.co_names)
    for const in code.co_consts:
        if isinstance(const, CodeType):
            found |= _names(const)
    return found


def is_slow(item: pytest.Item) -> bool:
    """Whether a test is slow by where it lives, the fixtures it uses or what it calls."""
    folder = Path(str(item.path)).parent.name
    fixtures = set(getattr(item, "fixturenames", ()))
    function = getattr(item, "function", None)
    calls = _calls(function, set()) if function is not None else set()
    return folder in SLOW_FOLDERS or bool(fixtures & SLOW_FIXTURES) or bool(calls & SLOW_CALLS)


SQLITE_ONLY = pytest.mark.skip(reason="reads SQLite's own file, and the chats store on PostgreSQL in this run")


STORING = {"store", "telegram", "postgres"}
"""Fixtures through which a test stores on the backend ``PLANBOT_TEST_BACKEND`` chooses (``chat`` uses ``store``)."""


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark the slow tests, so that ``pytest -m "not slow"`` is the fast inner loop (the plain run runs them all).

    Under ``PLANBOT_TEST_BACKEND=postgres`` only the tests that store through a fixture run (the others, parsing
    or rendering, do the same whatever the backend, and ran in the plain run), and those marked ``sqlite_only``
    are skipped, saying why.
    """
    for item in items:
        if item.get_closest_marker("slow") is None and is_slow(item):
            item.add_marker(pytest.mark.slow)
        if BACKEND == "postgres" and item.get_closest_marker("sqlite_only") is not None:
            item.add_marker(SQLITE_ONLY)
    if BACKEND == "postgres":
        storing = {item.nodeid for item in items if STORING & set(getattr(item, "fixturenames", ()))}
        config.hook.pytest_deselected(items=[item for item in items if item.nodeid not in storing])
        items[:] = [item for item in items if item.nodeid in storing]
