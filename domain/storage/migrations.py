"""The database's schema, as migrations applied in order (``PRAGMA user_version`` counts those applied)."""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database


def _create_sessions(db: Database) -> None:
    db.table("sessions").create(
        {"user_id": int, "lang": str, "revision": int, "data": str, "updated_at": str},
        pk="user_id",
    )


def _create_archive(db: Database) -> None:
    db.table("archived_plans").create(
        {"id": int, "user_id": int, "data": str, "archived_at": str},
        pk="id",
    )
    db.table("archived_plans").create_index(["user_id"])


def _create_reminders(db: Database) -> None:
    db.table("reminders").create(
        {
            "id": int,
            "user_id": int,
            "action_id": int,
            "kind": str,
            "due_at": int,
            "next_at": int,
            "status": str,
            "attempts": int,
            "claimed_at": int,
            "sent_at": int,
            "message_id": int,
            "last_error": str,
        },
        pk="id",
        not_null={"user_id", "action_id", "kind", "due_at", "next_at", "status", "attempts"},
        defaults={"attempts": 0},
    )
    db.table("reminders").create_index(["user_id", "action_id", "kind"], unique=True)
    db.table("reminders").create_index(["status", "next_at"])
    db.table("recipients").create({"user_id": int, "paused_at": str}, pk="user_id")


def _add_schema(db: Database) -> None:
    """Each stored session and plan says which version of the model wrote it (release 1 wrote version 1)."""
    for name in ("sessions", "archived_plans"):
        db.table(name).add_column("schema", int, not_null_default=1)


def _create_inbox(db: Database) -> None:
    """Incoming updates, written down before they are acknowledged (see ``domain.storage.inbox``)."""
    db.table("inbox").create(
        {"update_id": int, "user_id": int, "data": str, "received_at": str, "saved_at": str, "handled_at": str},
        pk="update_id",
        not_null={"received_at"},
    )
    db.table("inbox").create_index(["user_id"])
    db.table("inbox").create_index(["handled_at"])


def _add_claim_owner_and_lease(db: Database) -> None:
    """A claimed reminder names the process that holds it and until when (epoch seconds), see ``domain.ports``.

    A claim left by an earlier release belongs to a process that has stopped: its lease is over already. Two
    partial indexes, over claimed reminders only, find the expired claims and the users with a claim without
    reading the others (sqlite-utils' ``create_index`` has no ``WHERE``).
    """
    db.table("reminders").add_column("owner", str)
    db.table("reminders").add_column("lease_until", int)
    db.execute("UPDATE reminders SET owner = 'earlier-release', lease_until = 0 WHERE status = 'claimed'")
    db.execute("CREATE INDEX idx_reminders_leases ON reminders (lease_until) WHERE status = 'claimed'")
    db.execute("CREATE INDEX idx_reminders_claimed_users ON reminders (user_id) WHERE status = 'claimed'")


MIGRATIONS: tuple[Callable[[Database], None], ...] = (
    _create_sessions,
    _create_archive,
    _create_reminders,
    _add_schema,
    _create_inbox,
    _add_claim_owner_and_lease,
)
"""Schema changes in order; never edit one that has shipped, add a new one."""
