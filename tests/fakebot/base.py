"""The lock, condition and change notifications every part of FakeTelegram shares."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from .state import Options, State

T = TypeVar("T")


class LockedState:
    """Owns the fake's :class:`State` behind one re-entrant lock and a condition on it.

    Every change notifies the condition (for threads: HTTP long polls, webhook delivery,
    ``wait_for``) and the subscribed callbacks (for asyncio: the in-process long poll).
    The lock is re-entrant so a ``wait_for`` predicate may call the reading methods.
    """

    def __init__(self, options: Options, clock: Callable[[], float]) -> None:
        self._st = State(options, clock)
        self._lock = threading.RLock()
        self._cond = threading.Condition(self._lock)
        self._subscribers: list[Callable[[], None]] = []

    def _notify(self) -> None:
        """Wake waiters; call with the lock held."""
        self._cond.notify_all()
        for callback in list(self._subscribers):
            callback()

    def wake(self) -> None:
        """Wake every waiter so it re-checks its condition (e.g. after setting a stop event)."""
        with self._lock:
            self._notify()

    def subscribe(self, callback: Callable[[], None]) -> Callable[[], None]:
        """Call ``callback`` (with the lock held; it must not block) after every change.

        Returns:
            A function that unsubscribes.

        """
        with self._lock:
            self._subscribers.append(callback)

        def unsubscribe() -> None:
            with self._lock:
                if callback in self._subscribers:
                    self._subscribers.remove(callback)

        return unsubscribe

    def wait_for(self, predicate: Callable[[], T | None], timeout: float = 5.0) -> T:
        """Block until ``predicate()`` is truthy, re-checking after each change of the fake.

        Meant for end-to-end tests where the bot runs in another thread or process. It waits
        on a condition variable (no polling loop), so it returns as soon as the bot's call
        that makes the predicate true has been handled.

        Args:
            predicate: Evaluated with the lock held; may call this object's reading methods.
            timeout: Seconds to wait at most.

        Returns:
            The predicate's truthy value.

        Raises:
            TimeoutError: If it is still falsy after ``timeout`` seconds.

        """
        with self._cond:
            result = self._cond.wait_for(predicate, timeout)
        if not result:
            raise TimeoutError(f"condition not met within {timeout} s")
        return result
