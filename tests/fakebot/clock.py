"""A controllable clock for the fake Telegram: time moves only when a test says so."""

from __future__ import annotations

import threading

DEFAULT_START = 1_760_000_000.0
"""Epoch seconds the fake clock starts at (an arbitrary moment in October 2025)."""


class FakeClock:
    """A thread-safe clock callable returning epoch seconds, advanced by hand.

    Pass it as ``FakeTelegram(clock=clock)``: message dates, callback query expiry and
    the rate limiter all read it, so a test can step over a rate-limit window with
    ``clock.advance(1.0)`` instead of sleeping.
    """

    def __init__(self, start: float = DEFAULT_START) -> None:
        self._now = float(start)
        self._lock = threading.Lock()

    def __call__(self) -> float:
        """Return the current fake time in epoch seconds."""
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> float:
        """Move the clock forward.

        Args:
            seconds: How far to move; must not be negative (clocks do not run backwards).

        Returns:
            The new time.

        """
        if seconds < 0:
            raise ValueError("a clock does not run backwards")
        with self._lock:
            self._now += seconds
            return self._now
