"""The update inbox: every incoming update written down before it is acknowledged, handled from there.

An update goes through three states:

- *received*: stored, with its JSON, before Telegram is told it arrived (for polling, before the next
  ``getUpdates`` moves the offset past it; behind a webhook, before the ``200``);
- *saved*: its effect (the answer it carries) is saved, in the same transaction as the answer itself;
- *handled*: the replies went out; its text and user are dropped, only its id is kept.

A process killed at any instant leaves each update in one of them. At the next start, received and saved ones
are taken up again: a received one is handled as new; a saved one, its effect already stored, shows the user
their current question (the reply may have died with the process). What Telegram delivers again is recognised
by its id in the same way. So every effect counts once, and every user has their next question in front of them.

Handled ids are kept two days, the window in which Telegram may deliver an update again; after a week without
updates Telegram may start numbering anew, so none is kept longer.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlite_utils import Database

from domain.ports import Pending, Receipt
from domain.storage.transaction import writing

KEPT = timedelta(days=2)
"""How long a handled update's id is remembered, to recognise it if Telegram delivers it again."""


class InboxTable:
    """The ``inbox`` table (the :class:`domain.ports.Inbox` on SQLite)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def receive(self, update_id: int, user_id: int | None, data: str, now: datetime) -> Receipt:
        """Write an update down (one commit), unless it is already there; say which it was."""
        with writing(self.db):
            cursor = self.db.conn.execute(
                "INSERT OR IGNORE INTO inbox (update_id, user_id, data, received_at) VALUES (?, ?, ?, ?)",
                [update_id, user_id, data, now.isoformat()],
            )
            if cursor.rowcount:
                return Receipt.NEW
            row = self.db.conn.execute("SELECT handled_at FROM inbox WHERE update_id = ?", [update_id]).fetchone()
        return Receipt.PENDING if row is None or row[0] is None else Receipt.HANDLED

    def saved(self, update_id: int, now: datetime) -> None:
        """Mark saved an update that changed nothing, in a transaction of its own."""
        with writing(self.db):
            self.saved_within(update_id, now)

    def saved_within(self, update_id: int, now: datetime) -> None:
        """Mark an update's effect saved, inside the transaction that saves it.

        An update the inbox never received (a transport that hands updates straight to the conversation) is
        recorded all the same, so that it is recognised if delivered again.
        """
        self.db.conn.execute(
            """
            INSERT INTO inbox (update_id, user_id, data, received_at, saved_at) VALUES (?, NULL, NULL, ?, ?)
            ON CONFLICT (update_id) DO UPDATE SET saved_at = excluded.saved_at WHERE saved_at IS NULL
            """,
            [update_id, now.isoformat(), now.isoformat()],
        )

    def handled(self, update_id: int, now: datetime) -> None:
        """Mark an update handled (its replies went out), keeping only its id."""
        with writing(self.db):
            self.db.conn.execute(
                """
                UPDATE inbox SET user_id = NULL, data = NULL, saved_at = coalesce(saved_at, ?), handled_at = ?
                WHERE update_id = ? AND handled_at IS NULL
                """,
                [now.isoformat(), now.isoformat(), update_id],
            )

    def was_saved(self, update_id: int) -> bool:
        """Whether an update's effect is already saved (it is being delivered, or taken up, again)."""
        row = self.db.conn.execute("SELECT saved_at FROM inbox WHERE update_id = ?", [update_id]).fetchone()
        return row is not None and row[0] is not None

    def pending(self) -> list[Pending]:
        """The updates received and not handled, oldest first (left by a process that stopped)."""
        rows = self.db.conn.execute(
            "SELECT update_id, data FROM inbox WHERE handled_at IS NULL AND data IS NOT NULL "
            "ORDER BY received_at, update_id"
        ).fetchall()
        return [Pending(update_id, data) for update_id, data in rows]

    def forget(self, user_id: int) -> None:
        """Remove a user's updates, inside the caller's transaction (an erase)."""
        self.db.conn.execute("DELETE FROM inbox WHERE user_id = ?", [user_id])

    def prune(self, now: datetime) -> int:
        """Forget handled updates older than :data:`KEPT`; return how many."""
        with writing(self.db):
            cursor = self.db.conn.execute(
                "DELETE FROM inbox WHERE handled_at IS NOT NULL AND handled_at < ?", [(now - KEPT).isoformat()]
            )
        return cursor.rowcount
