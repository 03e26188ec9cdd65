"""Settings from the environment (and an optional ``.env``), as DESIGN.md section 3 lists them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_API = "https://api.telegram.org/bot"


class Settings(BaseSettings):
    """planbot's configuration; every field comes from an environment variable."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore", populate_by_name=True)

    token: SecretStr | None = Field(default=None, validation_alias="TELEGRAM_BOT_TOKEN")
    db: Path = Field(default=Path("planbot.db"), validation_alias="PLANBOT_DB")
    api_base_url: str = Field(default=DEFAULT_API, validation_alias="TELEGRAM_API_BASE_URL")
    webhook_url: str | None = Field(default=None, validation_alias="PLANBOT_WEBHOOK_URL")
    webhook_listen: str = Field(default="0.0.0.0", validation_alias="PLANBOT_WEBHOOK_LISTEN")
    webhook_port: int = Field(default=8443, validation_alias="PLANBOT_WEBHOOK_PORT")
    webhook_secret: SecretStr | None = Field(default=None, validation_alias="PLANBOT_WEBHOOK_SECRET")
    log_level: str = Field(default="INFO", validation_alias="PLANBOT_LOG_LEVEL")
    frozen_time: datetime | None = Field(default=None, validation_alias="PLANBOT_FROZEN_TIME")
    """For tests and demos only: the bot's clock stands still at this instant (ISO 8601, with its offset)."""

    def clock(self) -> Callable[[], datetime]:
        """The clock the bot runs on: the real one, unless frozen for a test or a demo."""
        frozen = self.frozen_time
        if frozen is None:
            return lambda: datetime.now(UTC)
        moment = frozen if frozen.tzinfo else frozen.replace(tzinfo=UTC)
        return lambda: moment
