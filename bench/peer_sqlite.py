"""A python-telegram-bot persistence that commits ``user_data`` and conversation states to SQLite as they change.

What a developer writes when PicklePersistence's rewrite of the whole file gets too slow, or a crash must not cost
a minute of answers: one row per user (its ``user_data`` as JSON) and one per conversation, written in WAL mode
with ``synchronous = NORMAL`` (as planbot's own database), each write its own commit. Bot data, chat data and
callback data are not kept: the peer uses none of them.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from telegram.ext import BasePersistence, PersistenceInput
from telegram.ext._utils.types import CDCData, ConversationDict, ConversationKey

UserData = dict[str, Any]
SCHEMA = """
CREATE TABLE IF NOT EXISTS user_data (user_id INTEGER PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS conversations (name TEXT NOT NULL, key TEXT NOT NULL, state TEXT NOT NULL,
    PRIMARY KEY (name, key));
"""
SAVE_USER = (
    "INSERT INTO user_data (user_id, data) VALUES (?, ?) ON CONFLICT (user_id) DO UPDATE SET data = excluded.data"
)
SAVE_STATE = (
    "INSERT INTO conversations (name, key, state) VALUES (?, ?, ?) "
    "ON CONFLICT (name, key) DO UPDATE SET state = excluded.state"
)


class SQLitePersistence(BasePersistence[UserData, dict[Any, Any], dict[Any, Any]]):
    """``user_data`` and conversations in one SQLite file, each change committed as the Application hands it over.

    Args:
        path: The database file (created when missing).
        update_interval: Seconds between two runs of the Application's own persistence loop.
    """

    def __init__(self, path: str | Path, update_interval: float = 1) -> None:
        super().__init__(
            store_data=PersistenceInput(bot_data=False, chat_data=False, user_data=True, callback_data=False),
            update_interval=update_interval,
        )
        self.db = sqlite3.connect(path)
        self.db.execute("PRAGMA journal_mode = WAL")
        self.db.execute("PRAGMA synchronous = NORMAL")
        self.db.executescript(SCHEMA)

    def close(self) -> None:
        """Close the database."""
        self.db.close()

    async def get_user_data(self) -> dict[int, UserData]:
        """Every user's data, read once when the Application starts."""
        rows = self.db.execute("SELECT user_id, data FROM user_data").fetchall()
        return {user_id: json.loads(data) for user_id, data in rows}

    async def update_user_data(self, user_id: int, data: UserData) -> None:
        """Write and commit one user's data."""
        with self.db:
            self.db.execute(SAVE_USER, (user_id, json.dumps(data)))

    async def drop_user_data(self, user_id: int) -> None:
        """Forget a user's data."""
        with self.db:
            self.db.execute("DELETE FROM user_data WHERE user_id = ?", (user_id,))

    async def refresh_user_data(self, user_id: int, user_data: UserData) -> None:
        """Nothing to do: this process is the only writer, so memory is never behind the database."""

    async def get_conversations(self, name: str) -> ConversationDict:
        """The states of one ConversationHandler's conversations, read once when the Application starts."""
        rows = self.db.execute("SELECT key, state FROM conversations WHERE name = ?", (name,)).fetchall()
        return {tuple(json.loads(key)): json.loads(state) for key, state in rows}

    async def update_conversation(self, name: str, key: ConversationKey, new_state: object | None) -> None:
        """Write and commit one conversation's state (its row goes when the conversation ends)."""
        with self.db:
            if new_state is None:
                self.db.execute("DELETE FROM conversations WHERE name = ? AND key = ?", (name, json.dumps(key)))
            else:
                self.db.execute(SAVE_STATE, (name, json.dumps(key), json.dumps(new_state)))

    async def flush(self) -> None:
        """Nothing is pending: every change is committed as it comes."""

    async def get_chat_data(self) -> dict[int, dict[Any, Any]]:
        """Not kept."""
        return {}

    async def update_chat_data(self, chat_id: int, data: dict[Any, Any]) -> None:
        """Not kept."""

    async def drop_chat_data(self, chat_id: int) -> None:
        """Not kept."""

    async def refresh_chat_data(self, chat_id: int, chat_data: dict[Any, Any]) -> None:
        """Not kept."""

    async def get_bot_data(self) -> dict[Any, Any]:
        """Not kept."""
        return {}

    async def update_bot_data(self, data: dict[Any, Any]) -> None:
        """Not kept."""

    async def refresh_bot_data(self, bot_data: dict[Any, Any]) -> None:
        """Not kept."""

    async def get_callback_data(self) -> CDCData | None:
        """Not kept."""
        return None

    async def update_callback_data(self, data: CDCData) -> None:
        """Not kept."""
