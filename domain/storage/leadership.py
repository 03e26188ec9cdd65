"""Which process dispatches the reminders of a SQLite database: the one holding a lock on a file beside it.

Several ``planbot run`` processes may share one database file (a redeploy that starts the new process before
stopping the old one). The dispatcher is the process that holds an exclusive ``flock`` on ``<database>-leader``;
the kernel releases it when the process dies, however it dies, and the next process to ask takes it. The file
holds nothing: it exists to be locked. A database in memory belongs to one process, which always leads.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from pathlib import Path

PRIVATE = 0o600
"""The lock file is the owner's only, like the database and its side files."""


def lock_path(database: Path) -> Path:
    """The file locked by the dispatcher of ``database`` (``planbot.db`` → ``planbot.db-leader``)."""
    return database.with_name(database.name + "-leader")


class FileLeadership:
    """The :class:`domain.ports.Leadership` of a SQLite database: an exclusive ``flock`` on a file beside it.

    A lock belongs to the open file, so two stores of one process on the same database do not both lead; the
    dispatchers of one store share its leadership.
    """

    def __init__(self, database: Path | None) -> None:
        """The leadership of the database at ``database`` (``None``: in memory, always led by this process)."""
        self.path = None if database is None else lock_path(database)
        self._fd: int | None = None

    def lead(self) -> bool:
        """Whether this process holds the lock: held already, or taken now because nobody held it."""
        if self.path is None or self._fd is not None:
            return True
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, PRIVATE)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def resign(self) -> None:
        """Release the lock (a clean stop): the next process to ask takes it."""
        fd, self._fd = self._fd, None
        if fd is not None:
            with contextlib.suppress(OSError):
                fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)
