"""Time from starting ``planbot chat`` to its first question on the screen, a new user each time.

``python -m bench.startup [runs]`` prints one line of JSON.
"""

from __future__ import annotations

import json
import os
import re
import selectors
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tests.console import command, environment

QUESTION = re.compile(rb" 1(?:/\d+)? [^\]\n]*\]\n")
"""The first question's heading (``[Étape 1 · Profil]``): once it and the blank line after the question are out, the
console waits for the answer (with input from a pipe, it prints no ``>`` prompt)."""


def first_question(db: Path, timeout: float = 30) -> float:
    """Seconds from launching ``planbot chat`` until it waits for the first answer."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command("chat", "--db", str(db)),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=environment(),
    )
    assert process.stdout is not None
    seen = b""
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        while not (QUESTION.search(seen) and seen.endswith(b"\n\n")):
            if not selector.select(timeout=max(0.0, started + timeout - time.perf_counter())):
                process.kill()
                raise TimeoutError(f"no question after {timeout} s: {seen[-200:]!r}")
            chunk = os.read(process.stdout.fileno(), 65536)
            if not chunk:
                raise RuntimeError(f"planbot chat ended before asking anything: {seen[-200:]!r}")
            seen += chunk
    elapsed = time.perf_counter() - started
    process.communicate(b"", timeout=timeout)  # end of input: it says goodbye and stops
    return elapsed


def measure(runs: int = 7) -> dict[str, Any]:
    """The first launch (cold caches) and the median and slowest of the next ones."""
    with tempfile.TemporaryDirectory() as folder:
        times = [first_question(Path(folder) / f"run{n}.db") for n in range(runs + 1)]
    return {"first_s": times[0], "median_s": statistics.median(times[1:]), "max_s": max(times[1:])}


def main() -> None:
    print(json.dumps(measure(int(sys.argv[1]) if len(sys.argv) > 1 else 7)))


if __name__ == "__main__":
    main()
