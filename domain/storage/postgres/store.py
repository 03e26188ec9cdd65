"""The PostgreSQL adapter: sessions, archived plans, the inbox and the reminder queue on a server many replicas share.

It implements :class:`domain.ports.Storage` as the SQLite ``Store`` does (the contract tests check both): the same
migrations, the same schema number on every document (upgraded on load by ``domain.storage.upgrades``), and a
save that states the revision it read. A save is one transaction: its session row first, ``INSERT ... ON CONFLICT
DO NOTHING`` for a new user and ``UPDATE ... WHERE revision = expected`` otherwise, either changing no row when
another replica saved first (a :class:`Conflict`, nothing written); then its archived plan, its reminders and its
update's mark. Under PostgreSQL's default isolation the second of two concurrent saves waits for the first to
commit, then finds the revision changed.

What SQLite does on the file, the server does here:

- *The file readable by its owner only* (``private``): the data lives in the server's cluster directory, its
  own user's only; who may connect is the server's roles and ``pg_hba.conf``. The URL may carry a password: it
  is never logged (:func:`domain.storage.postgres.pool.describe`).
- *WAL and checkpoints* (``checkpoint``): the server writes its own write-ahead log and checkpoints it in a
  background process; :meth:`PostgresStore.checkpoint` has nothing to do.
- *Erasure beyond recovery* (``secure_delete``): PostgreSQL has no such switch. An erase deletes every row about
  the user in one transaction; the dead row versions stay in the table's pages until (auto)vacuum frees them for
  new rows to overwrite, and in the server's WAL and in backups until those are recycled. Keep the disk encrypted
  and backups (``pg_dump``) on a rotation, as the README says.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, datetime

from domain.models import Plan
from domain.ports import Conflict, owner_id
from domain.reminder_schedule import Due
from domain.session import Session
from domain.storage.postgres.inbox import PostgresInbox
from domain.storage.postgres.leadership import AdvisoryLeadership
from domain.storage.postgres.migrations import migrate
from domain.storage.postgres.pool import POOL_SIZE, Conn, open_pool, transaction
from domain.storage.postgres.reminder_queue import PostgresReminders
from domain.storage.upgrades import SCHEMA, read_plan, read_session

LOAD = "SELECT data::text, schema FROM sessions WHERE user_id = %s"
INSERT = """
INSERT INTO sessions (lang, revision, data, updated_at, schema, user_id) VALUES (%s, %s, %s, %s, %s, %s)
ON CONFLICT (user_id) DO NOTHING
"""
UPDATE = """
UPDATE sessions SET lang = %s, revision = %s, data = %s, updated_at = %s, schema = %s
WHERE user_id = %s AND revision = %s
"""
ARCHIVE = "INSERT INTO archived_plans (user_id, data, archived_at, schema) VALUES (%s, %s, %s, %s)"
ERASE = (
    "DELETE FROM sessions WHERE user_id = %s",
    "DELETE FROM archived_plans WHERE user_id = %s",
    "DELETE FROM reminders WHERE user_id = %s",
    "DELETE FROM recipients WHERE user_id = %s",
    "DELETE FROM inbox WHERE user_id = %s",
)
"""Every table that holds rows about a user (``USER_TABLES`` in SQLite), all erased by ``/delete``."""


class PostgresStore:
    """The PostgreSQL adapter of the storage ports, over a pool of connections to the database at ``url``."""

    def __init__(self, url: str, *, owner: str | None = None, pool_size: int = POOL_SIZE) -> None:
        """Connect to ``url`` (``postgresql://user:password@host:port/dbname``) and apply missing migrations.

        ``owner`` is the process's id for reminder claims that name none (a new one by default).
        """
        self.url = url
        self.pool = open_pool(url, pool_size)
        self.owner = owner or owner_id()
        try:
            migrate(self.pool)
        except BaseException:
            self.pool.close()
            raise
        self.inbox = PostgresInbox(self.pool)
        self.reminders = PostgresReminders(self.pool, self.owner)
        self.leadership = AdvisoryLeadership(url, name=self.owner)

    def migrate(self) -> int:
        """Apply the migrations this database has not had yet (replicas take turns); return how many."""
        return migrate(self.pool)

    def checkpoint(self) -> None:
        """Nothing to do: the server checkpoints its own write-ahead log (SQLite's store does it here)."""

    def load(self, user_id: int) -> Session | None:
        """A user's session, if they have one (a document of an older schema upgraded as it is read)."""
        with self.pool.connection() as conn:
            row = conn.execute(LOAD, [user_id]).fetchone()
        if row is None:
            return None
        data, schema = row
        return read_session(data, schema)

    def revision(self, user_id: int) -> int:
        """The revision of a user's stored session, 0 if none."""
        with self.pool.connection() as conn:
            row = conn.execute("SELECT revision FROM sessions WHERE user_id = %s", [user_id]).fetchone()
        return 0 if row is None else int(row[0])

    def save(
        self,
        session: Session,
        *,
        expected: int | None = None,
        archived: Plan | None = None,
        when: datetime | None = None,
        reminders: Sequence[Due] | None = None,
        update_id: int | None = None,
    ) -> Session:
        """Save a session read at revision ``expected`` (by default the one it carries), and what goes with it.

        Returns:
            The session with its revision counted (``expected + 1``).

        Raises:
            Conflict: another writer saved first; the transaction is rolled back, nothing is written.
        """
        base = session.revision if expected is None else expected
        saved = session.model_copy(update={"revision": base + 1})
        row = [saved.lang.value, saved.revision, saved.model_dump_json(), datetime.now(UTC), SCHEMA, saved.user_id]
        with transaction(self.pool) as conn:
            cursor = conn.execute(INSERT, row) if base == 0 else conn.execute(UPDATE, [*row, base])
            if cursor.rowcount != 1:
                raise Conflict(saved.user_id, base)
            if archived is not None:
                self._archive(conn, saved.user_id, archived, when or datetime.now(UTC))
            if reminders is not None:
                self.reminders.sync_within(conn, saved.user_id, reminders)
            if update_id is not None:
                self.inbox.saved_within(conn, update_id, when or datetime.now(UTC))
        return saved

    def sync_reminders(self, user_id: int, reminders: Sequence[Due]) -> None:
        """Bring a user's scheduled reminders in line with their plan (``reminders.sync``, by its older name)."""
        self.reminders.sync(user_id, reminders)

    def erase(self, user_id: int) -> None:
        """Remove every row about a user, from every table, in one transaction (see the module on what remains)."""
        with transaction(self.pool) as conn:
            for statement in ERASE:
                conn.execute(statement, [user_id])

    def everything(self, user_id: int) -> dict[str, object]:
        """Everything stored about a user, as plain data (for ``/mydata``)."""
        session = self.load(user_id)
        return {
            "user_id": user_id,
            "session": session.model_dump(mode="json") if session else None,
            "archived_plans": [plan.model_dump(mode="json") for plan in self.archived(user_id)],
            "reminders": self.reminders.of(user_id),
            "reminders_paused": self.reminders.is_paused(user_id),
        }

    def archive(self, user_id: int, plan: Plan, when: datetime) -> None:
        """Keep a plan the user replaced with a new one."""
        with transaction(self.pool) as conn:
            self._archive(conn, user_id, plan, when)

    @staticmethod
    def _archive(conn: Conn, user_id: int, plan: Plan, when: datetime) -> None:
        conn.execute(ARCHIVE, [user_id, plan.model_dump_json(), when, SCHEMA])

    def archived(self, user_id: int) -> Iterator[Plan]:
        """The plans a user archived, oldest first."""
        with self.pool.connection() as conn:
            rows = conn.execute(
                "SELECT data::text, schema FROM archived_plans WHERE user_id = %s ORDER BY id", [user_id]
            ).fetchall()
        for data, schema in rows:
            yield read_plan(data, schema)

    def close(self) -> None:
        """Give up the leadership if held and close every connection."""
        self.leadership.resign()
        self.pool.close()
