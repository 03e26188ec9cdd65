"""The crash burst: users answering the real ``planbot run`` while it is killed (SIGKILL) and restarted.

``python -m bench.crash USERS KILLS`` plays USERS users through the French express interview at once, in
polling and then in webhook mode, kills the bot KILLS times at evenly spread moments and restarts it, and prints
one JSON line: for each mode, the users who got every next question, the plans not stored as answered, the time.
"""

from __future__ import annotations

import json
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path

from tests import crash_burst
from tests.scripts import EXPRESS_FR


def main(users: int, kills: int) -> None:
    figures = {}
    for mode in ("polling", "webhook"):
        with tempfile.TemporaryDirectory() as workdir:
            burst = crash_burst.run(Path(workdir), EXPRESS_FR, users=users, kills=kills, webhook=mode == "webhook")
        figures[mode] = {**asdict(burst), "lost": burst.lost, "updates": users * (len(EXPRESS_FR) + 1)}
    print(json.dumps(figures))


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]))
