"""Driving the real ``planbot`` command in a subprocess, as a user at a terminal would."""

from __future__ import annotations

import codecs
import os
import selectors
import subprocess
import sys
import time
from pathlib import Path
from types import TracebackType

from tests.chat import NOW

PLANBOT = Path(sys.executable).with_name("planbot")


def command(*args: str) -> list[str]:
    """The installed ``planbot`` script, or the module when it is not installed."""
    return [str(PLANBOT), *args] if PLANBOT.exists() else [sys.executable, "-m", "bot.cli", *args]


def environment() -> dict[str, str]:
    """A clean environment for the subprocess, its clock frozen at the tests' instant."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PLANBOT_", "TELEGRAM_"))}
    return {**env, "PYTHONUNBUFFERED": "1", "PLANBOT_FROZEN_TIME": NOW.isoformat()}


def chat(db: Path, lines: list[str], *args: str, timeout: float = 60) -> str:
    """Run ``planbot chat`` with piped answers to the end of input; return everything it printed."""
    result = subprocess.run(
        command("chat", "--db", str(db), *args),
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        timeout=timeout,
        env=environment(),
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    return plain(result.stdout)


def plain(text: str) -> str:
    """Text with the typographic no-break spaces of French numbers turned into plain spaces."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def export(db: Path, user: int, fmt: str) -> str:
    result = subprocess.run(
        command("export", "--db", str(db), "--user", str(user), "--format", fmt),
        capture_output=True,
        text=True,
        timeout=60,
        env=environment(),
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


class Running:
    """A ``planbot chat`` process fed line by line, whose output is read until an expected text appears.

    Used in a ``with`` block, the process is killed on the way out if it still runs (a failed test leaves none).
    """

    def __init__(self, db: Path, *args: str) -> None:
        self.process = subprocess.Popen(
            command("chat", "--db", str(db), *args),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=environment(),
        )
        self.output = ""
        self._decoder = codecs.getincrementaldecoder("utf-8")()

    def __enter__(self) -> Running:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self.process.poll() is None:
            self.kill()

    def type(self, *lines: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write("".join(f"{line}\n" for line in lines).encode())
        self.process.stdin.flush()

    def wait_for(self, text: str, timeout: float = 30) -> str:
        """Read the output until ``text`` appears (waiting on the pipe, never sleeping)."""
        assert self.process.stdout is not None
        deadline = time.monotonic() + timeout
        with selectors.DefaultSelector() as selector:
            selector.register(self.process.stdout, selectors.EVENT_READ)
            while text not in self.output:
                left = deadline - time.monotonic()
                if left <= 0 or not selector.select(left):
                    raise TimeoutError(f"{text!r} never appeared in:\n{self.output[-2000:]}")
                chunk = os.read(self.process.stdout.fileno(), 65536)
                if not chunk:
                    raise EOFError(f"{text!r} never appeared before the end:\n{self.output[-2000:]}")
                self.output += self._decoder.decode(chunk)  # a read may end inside a character
        return self.output

    def leave(self, *lines: str, timeout: float = 60) -> str:
        """Stop reading (as ``planbot chat | head`` does), then type ``lines`` and end the input; return stderr.

        Call it once the chat waits for an answer (its question printed to the end): from then on it writes
        nothing until it has read and saved the next line, so that line is saved before its echo meets the
        closed pipe. Standard error is read while the process ends, so it can never block on a full pipe.
        """
        assert self.process.stdout is not None
        self.process.stdout.close()
        _, errors = self.process.communicate("".join(f"{line}\n" for line in lines).encode(), timeout=timeout)
        return errors.decode(errors="replace")

    def kill(self) -> None:
        self.process.kill()
        self.process.wait(timeout=10)
        for pipe in (self.process.stdin, self.process.stdout, self.process.stderr):
            if pipe is not None:
                pipe.close()
