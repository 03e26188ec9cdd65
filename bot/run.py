"""``planbot run``: the Telegram bot, by long polling or behind a webhook, configured from the environment."""

from __future__ import annotations

import asyncio
import logging
import os
import re
import sys
from urllib.parse import urlsplit

from pydantic import ValidationError

from bot.logs import configure
from bot.settings import Settings
from bot.telegram.webhook import Webhook, make_secret, serve

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
    secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else None
    if settings.webhook_url and not secret:
        secret = make_secret()
    configure(settings.log_level, [token, secret or ""])
    if settings.webhook_url and not settings.webhook_secret:
        log.warning(
            "planbot: PLANBOT_WEBHOOK_SECRET is not set: a secret was made for this run and registered with "
            "Telegram (set one to keep it across restarts and to run several replicas)"
        )

    from bot.bootstrap import build, describe
    from bot.dispatcher import Dispatcher
    from bot.telegram.app import ALL_UPDATES, DISPATCHER, build_application

    database = settings.database()
    services = build(database, settings.clock(), checkpoints_aside=True)
    log.info("planbot: storage on %s", describe(database))
    application = build_application(services, token, settings.api_base_url, polling=not settings.webhook_url)
    try:
        if settings.webhook_url:
            assert secret is not None
            hook = Webhook(
                url=settings.webhook_url,
                path=urlsplit(settings.webhook_url).path.lstrip("/"),
                listen=settings.webhook_listen,
                port=settings.webhook_port,
                secret=secret,
            )
            log.info("planbot: webhook mode on %s:%s for %s", hook.listen, hook.port, hook.url)
            asyncio.run(serve(application, hook, list(ALL_UPDATES)))
        else:
            log.info("planbot: polling Telegram")
            application.run_polling(allowed_updates=ALL_UPDATES)
    finally:
        dispatcher: Dispatcher = application.bot_data[DISPATCHER]
        dispatcher.stop()
        services.store.close()
    log.info("planbot: stopped")
    return 0
