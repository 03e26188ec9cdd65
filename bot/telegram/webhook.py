"""planbot behind a webhook: a small tornado server that writes each update down before it answers ``200``.

python-telegram-bot's own webhook server answers ``500`` to a body that is not JSON and compares the secret
with ``!=``; this one answers ``400``, compares in constant time, and never runs without a secret (one is made
for the run when none is configured, and registered with Telegram by ``setWebhook``).
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import secrets
import signal
from dataclasses import dataclass
from http import HTTPStatus

import tornado.web
from telegram import Bot, Update
from telegram.ext import Application
from tornado.httpserver import HTTPServer

from bot.telegram.update_queue import InboxQueue

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_BODY = 1 << 20
"""The largest request accepted (an update is a few kilobytes)."""


@dataclass(frozen=True)
class Webhook:
    """Where Telegram posts updates, where this process listens, and the secret each request must carry."""

    url: str
    path: str
    listen: str
    port: int
    secret: str


def make_secret() -> str:
    """A secret for one run: 43 characters of ``A-Z a-z 0-9 _ -``, as Telegram allows (1 to 256)."""
    return secrets.token_urlsafe(32)


class Receiver(tornado.web.RequestHandler):
    """``POST`` of one update: checked, written to the inbox, queued, then ``200``."""

    def initialize(self, queue: InboxQueue, bot: Bot, secret: str) -> None:
        """What each request needs (tornado calls this with the route's arguments)."""
        self.queue = queue
        self.bot = bot
        self.secret = secret.encode()

    def check_xsrf_cookie(self) -> None:
        """Telegram sends no cookie; the secret header stands for it."""

    async def post(self) -> None:
        """Refuse a request without the secret (403) or that is not an update (400); else take the update."""
        given = self.request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, self.secret):
            log.warning("webhook request from %s without the right secret: refused", self.request.remote_ip)
            self.send_error(HTTPStatus.FORBIDDEN)
            return
        try:
            data = json.loads(self.request.body)
            if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
                raise ValueError("not an update")
            update = Update.de_json(data, self.bot)
        except (ValueError, TypeError, KeyError) as error:
            log.warning("webhook request that is not an update: refused (%s)", type(error).__name__)
            self.send_error(HTTPStatus.BAD_REQUEST)
            return
        await self.queue.put(update)
        self.set_status(HTTPStatus.OK)
        self.finish()


async def serve(application: Application, hook: Webhook, allowed_updates: list[str]) -> None:
    """Run the application behind the webhook until SIGINT or SIGTERM; stop cleanly."""
    queue = application.update_queue
    assert isinstance(queue, InboxQueue)
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for number in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(number, stopping.set)
    routes = [(f"/{hook.path}", Receiver, {"queue": queue, "bot": application.bot, "secret": hook.secret})]
    server = HTTPServer(tornado.web.Application(routes), max_body_size=MAX_BODY)
    async with application:
        if application.post_init is not None:
            await application.post_init(application)
        server.listen(hook.port, hook.listen)
        await application.bot.set_webhook(hook.url, secret_token=hook.secret, allowed_updates=allowed_updates)
        await application.start()
        try:
            await stopping.wait()
        finally:
            server.stop()
            await application.stop()
