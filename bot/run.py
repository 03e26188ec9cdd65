"""``planbot run``: the Telegram bot, by long polling or behind a webhook, configured from the environment."""

from __future__ import annotations

import logging
import os
import re
import sys
from urllib.parse import urlsplit

from pydantic import ValidationError

from bot.settings import Settings

TOKEN = re.compile(r"^\d{3,}:[A-Za-z0-9_-]{30,}$")
log = logging.getLogger("planbot")


def check_token(settings: Settings) -> str | None:
    """The bot token, or ``None`` after saying in one line what is wrong with it."""
    if settings.token is None or not settings.token.get_secret_value().strip():
        print(
            "planbot: TELEGRAM_BOT_TOKEN is not set. Create a bot with @BotFather on Telegram and export "
            "its token (or try `planbot chat`, which needs none).",
            file=sys.stderr,
        )
        return None
    token = settings.token.get_secret_value().strip()
    if not TOKEN.match(token):
        print(
            "planbot: TELEGRAM_BOT_TOKEN does not look like a bot token (expected digits, a colon, then "
            "30 or more letters, digits, - or _, as @BotFather gives it).",
            file=sys.stderr,
        )
        return None
    return token


def run() -> int:
    """Serve the interview on Telegram until stopped (SIGINT or SIGTERM); exit code 2 on bad configuration."""
    os.environ.setdefault("PTB_TIMEDELTA", "1")
    try:
        settings = Settings()
    except ValidationError as error:
        first = error.errors()[0]
        print(f"planbot: bad setting {'.'.join(map(str, first['loc']))}: {first['msg']}", file=sys.stderr)
        return 2
    token = check_token(settings)
    if token is None:
        return 2
    logging.basicConfig(
        level=settings.log_level.upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    for noisy in ("httpx", "apscheduler"):
        logging.getLogger(noisy).setLevel(logging.WARNING)

    from bot.bootstrap import build
    from bot.telegram.app import ALL_UPDATES, build_application

    services = build(settings.db, settings.clock(), checkpoints_aside=True)
    application = build_application(services, token, settings.api_base_url)
    try:
        if settings.webhook_url:
            secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else None
            log.info(
                "planbot: webhook mode on %s:%s for %s",
                settings.webhook_listen,
                settings.webhook_port,
                settings.webhook_url,
            )
            application.run_webhook(
                listen=settings.webhook_listen,
                port=settings.webhook_port,
                url_path=urlsplit(settings.webhook_url).path.lstrip("/"),
                webhook_url=settings.webhook_url,
                secret_token=secret,
                allowed_updates=ALL_UPDATES,
            )
        else:
            log.info("planbot: polling Telegram (database %s)", settings.db)
            application.run_polling(allowed_updates=ALL_UPDATES)
    finally:
        services.store.close()
    log.info("planbot: stopped")
    return 0
