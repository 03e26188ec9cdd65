"""The real ``planbot run`` process against the fake Bot API over HTTP, and a person talking to it."""

from __future__ import annotations

import signal
import socket
import subprocess
from pathlib import Path
from typing import Any

from dialogs.conversation import Conversation
from dialogs.core.replies import Question
from domain.models import Language
from domain.storage import Store
from tests.chat import Chat, Clock
from tests.console import command, environment
from tests.fakebot import FakeTelegram, FakeTelegramServer

JSON = dict[str, Any]


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def expected_prompts(lines: list[str], lang: Language) -> list[str]:
    """What the bot asks after each answer, learnt by running the same answers through the engine."""
    store = Store()
    chat = Chat(Conversation(store, Clock()), 1, lang)
    chat.send("/start")
    prompts = []
    for line in lines:
        chat.answer(line)
        questions = [r for r in chat.replies if isinstance(r, Question)]
        prompts.append(questions[-1].text if questions else chat.last_text().splitlines()[-1])
    store.close()
    return prompts


class BotProcess:
    """``planbot run`` in a subprocess, its log in a file."""

    def __init__(self, server: FakeTelegramServer, core: FakeTelegram, db: Path, log: Path, **env: str) -> None:
        self.log = log
        settings = {
            "TELEGRAM_BOT_TOKEN": core.token,
            "TELEGRAM_API_BASE_URL": server.base_url,
            "PLANBOT_DB": str(db),
            "PLANBOT_LOG_LEVEL": "INFO",
            "NO_PROXY": "127.0.0.1,localhost",
            **env,
        }
        with log.open("a") as sink:
            self.process = subprocess.Popen(
                command("run"), env={**environment(), **settings}, stdout=sink, stderr=subprocess.STDOUT
            )

    def stop(self, how: signal.Signals = signal.SIGTERM, timeout: float = 20) -> int:
        self.process.send_signal(how)
        return self.process.wait(timeout=timeout)

    def logs(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


class Person:
    """A Telegram user typing to the bot process and waiting for its answers (on the fake's condition)."""

    def __init__(self, core: FakeTelegram, user_id: int, language_code: str = "fr") -> None:
        self.core = core
        self.user_id = user_id
        core.add_user(user_id, language_code=language_code)

    def _last_id(self) -> int:
        messages = self.core.messages(self.user_id)
        return messages[-1]["message_id"] if messages else 0

    def say(self, text: str, expect: str, timeout: float = 30) -> list[JSON]:
        """Send a message and wait until the bot has said something containing ``expect``."""
        mark = self._last_id()
        self.core.send_text(self.user_id, text)
        return self.wait(expect, mark, timeout)

    def tap(self, label: str, expect: str, timeout: float = 30) -> list[JSON]:
        """Tap a button of the latest keyboard and wait for ``expect``."""
        message = next(m for m in reversed(self.core.messages(self.user_id)) if self.core.buttons(m))
        data = next(d for t, d in self.core.buttons(message) if t.startswith(label))
        mark = self._last_id()
        self.core.tap(self.user_id, message["message_id"], data)
        return self.wait(expect, mark, timeout)

    def wait(self, expect: str, mark: int, timeout: float = 30) -> list[JSON]:
        def arrived() -> list[JSON] | None:
            fresh = [m for m in self.core.messages(self.user_id) if m["message_id"] > mark]
            return fresh if any(expect in m.get("text", "") for m in fresh) else None

        found: list[JSON] = self.core.wait_for(arrived, timeout)
        return found

    def converse(self, lines: list[str], prompts: list[str]) -> None:
        for line, prompt in zip(lines, prompts, strict=True):
            self.say(line, prompt)
