"""Time to make the PDF of a whole plan (with its three charts) and each chart on its own.

The plan is the one a user gets from the complete French interview, with a month of results entered, so that
every section and every chart has something in it. ``python -m bench.exports [runs]`` prints one line of JSON.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

from bot.files import make
from dialogs.conversation import Conversation
from domain.session import Session
from domain.storage import Store
from tests.chat import NOW, Chat, Clock
from tests.scripts import COMPLETE_FR

KINDS = ("pdf", "chart:positioning", "chart:kpis", "chart:timeline")


def full_plan() -> tuple[Session, Store]:
    """A finished complete interview, reminders on, and a month of results."""
    store = Store()
    chat = Chat(Conversation(store, Clock()), 1)
    chat.send("/start")
    chat.answer(*COMPLETE_FR, "1")
    chat.send("/kpi")
    chat.answer("500", "400", "30", "20", "2400", "30", "10", "10")
    return chat.session, store


def timed(make_one: Callable[[], object], runs: int) -> list[float]:
    """Seconds taken by each of ``runs`` calls."""
    times = []
    for _ in range(runs):
        begin = time.perf_counter()
        made = make_one()
        times.append(time.perf_counter() - begin)
        assert made is not None
    return times


def measure(runs: int = 15) -> dict[str, Any]:
    """The first of each (fonts and matplotlib loading), then the median and slowest of ``runs`` more."""
    session, store = full_plan()
    figures: dict[str, Any] = {}
    for kind in KINDS:
        first, *rest = timed(lambda kind=kind: make(kind, session, store, NOW), runs + 1)
        figures[kind] = {
            "first_ms": first * 1000,
            "median_ms": statistics.median(rest) * 1000,
            "max_ms": max(rest) * 1000,
        }
    pdf = make("pdf", session, store, NOW)
    assert pdf is not None
    figures["pdf"]["bytes"] = len(pdf.content)
    return figures


def main() -> None:
    print(json.dumps(measure(int(sys.argv[1]) if len(sys.argv) > 1 else 15)))


if __name__ == "__main__":
    main()
