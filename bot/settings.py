"""Settings from the environment (and an optional ``.env``), as DESIGN.md section 3 lists them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_API = "https://api.telegram.org/bot"
SCHEMES = ("postgresql://", "postgres://", "sqlite:///")
"""The URLs ``PLANBOT_DATABASE_URL`` takes (anything without ``://`` is a SQLite file's path)."""


class Settings(BaseSettings):
    """planbot's configuration; every field comes from an environment variable."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore", populate_by_name=True)

    token: SecretStr | None = Field(default=None, validation_alias="TELEGRAM_BOT_TOKEN")
    db: Path = Field(default=Path("planbot.db"), validation_alias="PLANBOT_DB")
    database_url: str | None = Field(default=None, validation_alias="PLANBOT_DATABASE_URL")
    """``postgresql://user:password@host:port/dbname`` for several replicas on one server; a SQLite path (or
    ``sqlite:///path``) or nothing keeps SQLite, at ``PLANBOT_DB``'s path when nothing."""
    api_base_url: str = Field(default=DEFAULT_API, validation_alias="TELEGRAM_API_BASE_URL")
    webhook_url: str | None = Field(default=None, validation_alias="PLANBOT_WEBHOOK_URL")
    webhook_listen: str = Field(default="0.0.0.0", validation_alias="PLANBOT_WEBHOOK_LISTEN")
    webhook_port: int = Field(default=8443, validation_alias="PLANBOT_WEBHOOK_PORT")
    webhook_secret: SecretStr | None = Field(default=None, validation_alias="PLANBOT_WEBHOOK_SECRET")
    log_level: str = Field(default="INFO", validation_alias="PLANBOT_LOG_LEVEL")
    frozen_time: datetime | None = Field(default=None, validation_alias="PLANBOT_FROZEN_TIME")
    """For tests and demos only: the bot's clock stands still at this instant (ISO 8601, with its offset)."""

    @field_validator("database_url")
    @classmethod
    def _known_scheme(cls, url: str | None) -> str | None:
        """A URL of a kind planbot opens, or a path; empty counts as unset."""
        url = (url or "").strip() or None
        if url is not None and "://" in url and not url.startswith(SCHEMES):
            raise ValueError("expected postgresql://user:password@host:port/dbname, or a SQLite file's path")
        return url

    def database(self) -> str | Path:
        """Where the data lives: ``PLANBOT_DATABASE_URL`` when set, else the SQLite file at ``PLANBOT_DB``."""
        return self.database_url or self.db

    def clock(self) -> Callable[[], datetime]:
        """The clock the bot runs on: the real one, unless frozen for a test or a demo."""
        frozen = self.frozen_time
        if frozen is None:
            return lambda: datetime.now(UTC)
        moment = frozen if frozen.tzinfo else frozen.replace(tzinfo=UTC)
        return lambda: moment
