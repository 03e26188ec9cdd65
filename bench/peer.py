"""The bot a python-telegram-bot developer would write instead of planbot: the same interview, one ConversationHandler.

A state per question, a ``MessageHandler`` (and a ``CallbackQueryHandler`` for the buttons, a ``/skip`` command
for the optional ones) per state, the answers in ``context.user_data``, and one reply per update: the next
question. It comes in three persistence variants, which is what :mod:`bench.peers` compares planbot with.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Coroutine
from enum import StrEnum
from pathlib import Path
from typing import Any

from telegram import Message, Update
from telegram.constants import ParseMode
from telegram.ext import (
    Application,
    ApplicationBuilder,
    BasePersistence,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    ConversationHandler,
    MessageHandler,
    PicklePersistence,
    TypeHandler,
    filters,
)
from telegram.request import BaseRequest
from telegram.warnings import PTBUserWarning

from bench.peer_dialog import Refused, acknowledged, question, read, store
from bench.peer_sqlite import SQLitePersistence
from bench.peer_steps import KIND, OPTIONAL, Kind, Step, following
from bench.peer_texts import ACCEPTED, DECLINED, ERROR_CHOICE, WELCOME

Context = ContextTypes.DEFAULT_TYPE
State = Step | int | None
Callback = Callable[[Update, Context], Coroutine[Any, Any, State]]
NAME = "interview"
"""The ConversationHandler's name, under which its states are persisted."""


class Variant(StrEnum):
    """How the peer keeps its users' answers."""

    PICKLE = "pickle"
    """Stock ``PicklePersistence`` at its default ``update_interval`` (60 s): a crash loses up to a minute."""
    PICKLE_EVERY_UPDATE = "pickle-every-update"
    """``PicklePersistence`` written after every update (the whole file, twice: user data and state)."""
    SQLITE = "sqlite"
    """A ``BasePersistence`` committing each user's data and conversation state to SQLite after every update."""


async def start(update: Update, context: Context) -> Step:
    """Welcome the user and ask for the business's name (a new interview each time)."""
    assert update.effective_message is not None
    assert context.user_data is not None
    context.user_data.clear()
    await update.effective_message.reply_text(f"{WELCOME}\n\n{question(Step.NAME, {})[0]}", parse_mode=ParseMode.HTML)
    return Step.NAME


async def proceed(message: Message, step: Step, value: Any, data: dict[str, Any]) -> State:
    """Keep the answer, then ask the next question (or close the interview)."""
    store(step, value, data)
    if step is Step.REMINDERS:
        await message.reply_text(ACCEPTED if value == "yes" else DECLINED, parse_mode=ParseMode.HTML)
        return ConversationHandler.END
    following_step = following(data, step)
    text, markup = question(following_step, data)
    await message.reply_text(acknowledged(following_step, data, text), parse_mode=ParseMode.HTML, reply_markup=markup)
    return following_step


def answering(step: Step) -> Callback:
    """The callback of the text typed in answer to ``step``."""

    async def answer(update: Update, context: Context) -> State:
        message = update.effective_message
        assert message is not None
        assert message.text is not None
        assert context.user_data is not None
        try:
            value = read(step, message.text, context.user_data)
        except Refused as refused:
            await message.reply_text(str(refused))
            return None  # the same question stays open
        return await proceed(message, step, value, context.user_data)

    answer.__name__ = f"answer_{step.value}"
    return answer


def skipping(step: Step) -> Callback:
    """The callback of ``/skip`` at an optional question."""

    async def skip(update: Update, context: Context) -> State:
        assert update.effective_message is not None
        assert context.user_data is not None
        return await proceed(update.effective_message, step, None, context.user_data)

    return skip


def tapping(step: Step) -> Callback:
    """The callback of a button under ``step``'s question: an option, Skip, or Done after ticking options."""

    async def tap(update: Update, context: Context) -> State:
        query = update.callback_query
        assert query is not None
        assert query.data is not None
        assert context.user_data is not None
        await query.answer()
        message = query.message
        if not isinstance(message, Message):
            return None
        data, key = context.user_data, query.data.partition("|")[2]
        if key == "!skip" and step in OPTIONAL:
            return await proceed(message, step, None, data)
        if KIND.get(step) is Kind.MULTI:
            return await tick(message, step, key, data)
        try:  # an option's id reads as the option, a rating's as the rating
            value = read(step, key, data)
        except Refused as refused:
            await message.reply_text(str(refused))
            return None
        return await proceed(message, step, value, data)

    return tap


async def tick(message: Message, step: Step, key: str, data: dict[str, Any]) -> State:
    """Tick or untick an option of a multiple choice; Done answers with those ticked."""
    ticked: list[str] = data.setdefault("ticked", [])
    if key != "!done":
        if key in ticked:
            ticked.remove(key)
        else:
            ticked.append(key)
        return None
    if not ticked:
        await message.reply_text(ERROR_CHOICE)
        return None
    return await proceed(message, step, data.pop("ticked"), data)


def handlers(step: Step) -> list[Any]:
    """What a state listens to: typed text, its buttons, and /skip when the question is optional."""
    found: list[Any] = [
        MessageHandler(filters.TEXT & ~filters.COMMAND, answering(step)),
        CallbackQueryHandler(tapping(step), pattern=f"^{step.value}\\|"),
    ]
    if step in OPTIONAL:
        found.append(CommandHandler("skip", skipping(step)))
    return found


def conversation() -> ConversationHandler[Context]:
    """The whole interview as one persistent ConversationHandler; /start begins it again at any time."""
    with warnings.catch_warnings():  # buttons are tracked per chat, not per message, on purpose
        warnings.filterwarnings("ignore", "If 'per_message=False'", PTBUserWarning)
        return ConversationHandler(
            entry_points=[CommandHandler("start", start)],
            states={step: handlers(step) for step in Step},
            fallbacks=[],
            allow_reentry=True,
            name=NAME,
            persistent=True,
        )


async def save_now(update: Update, context: Context) -> None:
    """Hand this update's user data and conversation state to the persistence now, rather than within a minute.

    Runs in a later handler group, once the conversation has moved to its new state. The Application marks an
    update's user for the next persistence run only after every group, so this marks it first.
    """
    if update.effective_user is not None:
        context.application.mark_data_for_update_persistence(user_ids=update.effective_user.id)
    await context.application.update_persistence()


def persistence(variant: Variant, folder: Path) -> BasePersistence[Any, Any, Any]:
    """The persistence of a variant, its file in ``folder``."""
    if variant is Variant.SQLITE:
        return SQLitePersistence(folder / "peer.db")
    return PicklePersistence(folder / f"peer-{variant.value}.pickle")


def build_peer(
    variant: Variant, folder: Path, token: str, request: BaseRequest, updates_request: BaseRequest
) -> Application[Any, Any, Any, Any, Any, Any]:
    """The peer bot with one persistence variant, talking to the Bot API through ``request``."""
    app = (
        ApplicationBuilder()
        .token(token)
        .request(request)
        .get_updates_request(updates_request)
        .persistence(persistence(variant, folder))
        .build()
    )
    app.add_handler(conversation())
    if variant is not Variant.PICKLE:
        app.add_handler(TypeHandler(Update, save_now), group=1)
    return app
