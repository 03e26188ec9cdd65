"""Memory: RSS over 100,000 updates through the real Application, and with 100,000 plans stored.

Run in a process of its own (``python -m bench.memory updates|plans``); prints one line of JSON.
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from telegram import Update

from bot.bootstrap import build
from bot.telegram.app import build_application
from tests.chat import NOW, Chat, Clock
from tests.fakebot import FakeRequest, FakeTelegram
from tests.scripts import COMPLETE_FR, EXPRESS_FR

os.environ.setdefault("PTB_TIMEDELTA", "1")


def rss_mb() -> float:
    """The resident memory of the current process, in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def interview(user: int) -> list[str]:
    return ["/start", *(COMPLETE_FR if user % 2 else EXPRESS_FR), "2", "/plan"]


async def updates(total: int, checkpoints: tuple[int, ...]) -> dict[str, Any]:
    """Feed ``total`` updates (new users one after another), recording RSS at the checkpoints."""
    core = FakeTelegram()
    with tempfile.TemporaryDirectory() as folder:
        services = build(Path(folder) / "bench.db", Clock())
        app = build_application(
            services, core.token, request=FakeRequest(core), updates_request=FakeRequest(core), limit_rate=False
        )
        seen: dict[int, float] = {}
        fed, user = 0, 10_000
        started = time.perf_counter()
        async with app:
            while fed < total:
                user += 1
                core.add_user(user)
                for line in interview(user):
                    await app.process_update(Update.de_json(core.send_text(user, line), app.bot))
                    fed += 1
                    if fed in checkpoints:
                        core.forget()  # the fake's own records of every call are not the bot's memory
                        gc.collect()
                        seen[fed] = rss_mb()
                core.forget_user(user)
                core.forget()
        services.store.close()
    return {"rss": seen, "seconds": time.perf_counter() - started}


def stored_plans(count: int, touched: int) -> dict[str, Any]:
    """RSS of a bot with ``count`` finished plans in its database, after ``touched`` of their users came back."""
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.db"
        services = build(db, Clock())
        chat = Chat(services.conversation, 1)
        chat.send("/start")
        chat.answer(*COMPLETE_FR, "2")
        template = services.store.load(1)
        assert template is not None
        rows = (
            (
                user,
                template.lang.value,
                1,
                template.model_copy(update={"user_id": user}).model_dump_json(),
                NOW.isoformat(),
            )
            for user in range(2, count + 2)
        )
        with services.store.db.conn:
            services.store.db.conn.executemany(
                "INSERT INTO sessions (user_id, lang, revision, data, updated_at) VALUES (?, ?, ?, ?, ?)", rows
            )
        services.store.close()
        gc.collect()
        before = rss_mb()

        async def come_back() -> float:
            core = FakeTelegram()
            fresh = build(db, Clock())
            app = build_application(
                fresh, core.token, request=FakeRequest(core), updates_request=FakeRequest(core), limit_rate=False
            )
            async with app:
                step = max(1, count // touched)
                for user in range(2, count + 2, step):
                    core.add_user(user)
                    await app.process_update(Update.de_json(core.send_text(user, "/plan"), app.bot))
                    core.forget()
            gc.collect()
            used = rss_mb()
            fresh.store.close()
            return used

        after = asyncio.run(come_back())
        size = db.stat().st_size / 1024 / 1024
    return {"plans": count, "touched": touched, "rss_before": before, "rss": after, "database_mb": size}


def main() -> None:
    which = sys.argv[1] if len(sys.argv) > 1 else "updates"
    if which == "updates":
        total = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
        result = asyncio.run(updates(total, tuple(total * tenth // 10 for tenth in range(1, 11))))
    else:
        count = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
        result = stored_plans(count, touched=min(2_000, count))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
