"""The Telegram application: python-telegram-bot wired to the conversation, its commands registered."""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from telegram import BotCommand, Update
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.request import BaseRequest

from bot.bootstrap import Services
from bot.dispatcher import INTERVAL, Dispatcher
from bot.settings import DEFAULT_API
from bot.telegram import handlers
from bot.telegram.keyboards import LiveKeyboards
from bot.telegram.update_queue import InboxQueue, inbox_handler
from domain.i18n import catalog
from domain.models import Language

COMMANDS = (
    "start",
    "help",
    "new",
    "plan",
    "edit",
    "back",
    "skip",
    "actions",
    "kpi",
    "reminders",
    "export",
    "mydata",
    "delete",
    "language",
    "cancel",
)
"""Commands shown in Telegram's menu (DESIGN.md section 3, those that exist so far)."""
CHECKPOINT = 5.0
"""Seconds between two copies of SQLite's write-ahead log into the database file (``Backend.checkpoint``; on
PostgreSQL the server checkpoints by itself and the job has nothing to do)."""

HANDLED = 1
"""The handler group run after the others: it marks the update handled in the inbox."""
PRIVATE = filters.ChatType.PRIVATE
DISPATCHER = "dispatcher"

log = logging.getLogger(__name__)


def bot_commands(lang: Language) -> list[BotCommand]:
    """The command menu in a language."""
    t = catalog(lang)
    return [BotCommand(name, t(f"command-{name}")) for name in COMMANDS]


DEFAULT_LANGUAGE = Language.EN
"""The language of the menu and profile for users whose Telegram speaks neither French nor English: the one
they are interviewed in (``handlers.language_of``)."""


async def register_commands(application: Application) -> None:
    """Set the command menu and the bot's description in French and in English, and by default in English."""
    bot = application.bot
    for lang, code in [(DEFAULT_LANGUAGE, None), *((lang, lang.value) for lang in Language)]:
        t = catalog(lang)
        await bot.set_my_commands(bot_commands(lang), language_code=code)
        await bot.set_my_description(t("bot-description"), language_code=code)
        await bot.set_my_short_description(t("bot-short-description"), language_code=code)


def build_application(
    services: Services,
    token: str,
    base_url: str = DEFAULT_API,
    request: BaseRequest | None = None,
    updates_request: BaseRequest | None = None,
    rate_limiter: AIORateLimiter | None = None,
    limit_rate: bool = True,
    polling: bool = True,
) -> Application:
    """The bot: the same conversation service as the console's, behind a few thin handlers.

    Every update goes through the store's inbox (see ``bot.telegram.update_queue``); without ``polling`` there is no
    updater: the webhook server (``bot.telegram.webhook``) puts the updates in the queue.
    """
    queue = InboxQueue(services.store, services.clock)
    builder = ApplicationBuilder().token(token).base_url(base_url).post_init(start_up).update_queue(queue)
    if not polling:
        builder = builder.updater(None)
    if limit_rate:
        # ApplicationBuilder is typed for no rate limiter until one is set; the type narrows after this call.
        builder = builder.rate_limiter(rate_limiter or AIORateLimiter(max_retries=5))  # type: ignore[arg-type]
    if request is not None:
        builder = builder.request(request)
    if updates_request is not None:
        builder = builder.get_updates_request(updates_request)
    application = builder.build()
    application.bot_data[handlers.CONVERSATION] = services.conversation
    application.bot_data[handlers.SERVICES] = services
    application.bot_data[handlers.KEYBOARDS] = LiveKeyboards()
    message = filters.UpdateType.MESSAGE
    application.add_handlers(
        [
            MessageHandler(PRIVATE & message & filters.COMMAND, handlers.on_command),
            MessageHandler(PRIVATE & message & filters.TEXT, handlers.on_text),
            CallbackQueryHandler(handlers.on_button),
            MessageHandler(PRIVATE & filters.UpdateType.EDITED_MESSAGE, handlers.on_edited),
            MessageHandler(filters.ChatType.GROUPS & message & filters.COMMAND, handlers.on_group),
            MessageHandler(PRIVATE & message, handlers.on_unsupported),
        ]
    )
    application.add_handler(TypeHandler(Update, inbox_handler(services.store, services.clock)), group=HANDLED)
    application.add_error_handler(handlers.on_error)
    dispatcher = Dispatcher(services, application.bot)
    application.bot_data[DISPATCHER] = dispatcher
    if application.job_queue is not None:
        jobs = application.job_queue
        jobs.run_repeating(until_stopped(dispatcher.job), interval=INTERVAL, first=INTERVAL, name="reminders")
        jobs.run_repeating(until_stopped(checkpoint), interval=CHECKPOINT, first=CHECKPOINT, name="checkpoint")
    return application


Job = Callable[[ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, None]]


def until_stopped(job: Job) -> Job:
    """A job that ends quietly when the bot stops while it runs (the scheduler cancels it: nothing is wrong).

    What it was doing is safe to cut: a reminder claimed and not sent is released at the next start (its lease),
    a checkpoint is done by the next one.
    """

    @functools.wraps(job)
    async def run(context: ContextTypes.DEFAULT_TYPE) -> None:
        try:
            await job(context)
        except asyncio.CancelledError:
            log.info("job %s stopped with the bot", getattr(job, "__name__", "?"))

    return run


async def checkpoint(context: ContextTypes.DEFAULT_TYPE) -> None:
    """The job that copies SQLite's write-ahead log into the database, in a thread: no update waits for it.

    On PostgreSQL the store's ``checkpoint`` does nothing, and the job returns at once.
    """
    services: Services = context.bot_data[handlers.SERVICES]
    await asyncio.to_thread(services.store.checkpoint)


async def start_up(application: Application) -> None:
    """Before serving: updates and reminders a previous process left unhandled taken up, the command menu."""
    dispatcher: Dispatcher = application.bot_data[DISPATCHER]
    dispatcher.recover()
    services: Services = application.bot_data[handlers.SERVICES]
    services.store.inbox.prune(services.clock())
    queue = application.update_queue
    if isinstance(queue, InboxQueue):
        queue.replay(application.bot)
    await register_commands(application)


ALL_UPDATES = Update.ALL_TYPES
