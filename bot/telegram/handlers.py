"""The few Telegram handlers: commands, text, buttons, everything else, and errors. Each only translates."""

from __future__ import annotations

import logging

from telegram import Message, Update, User
from telegram.constants import ChatType, ParseMode
from telegram.error import BadRequest, Conflict, Forbidden, NetworkError, TelegramError
from telegram.ext import ContextTypes

from bot.telegram.callbacks import decode
from bot.telegram.render import esc, outgoing
from dialogs.conversation import Conversation
from dialogs.replies import Accepted, Command, Event, Reply, Said, Tapped
from domain.i18n import Catalog, catalog
from domain.models import Language

log = logging.getLogger(__name__)

CONVERSATION = "conversation"
Context = ContextTypes.DEFAULT_TYPE


def conversation(context: Context) -> Conversation:
    """The conversation service the composition root put in the application."""
    found: Conversation = context.bot_data[CONVERSATION]
    return found


def language_of(user: User | None) -> Language | None:
    """The language a new user most likely reads, from their Telegram settings (French first)."""
    code = (user.language_code or "") if user else ""
    if not code:
        return None
    return Language.FR if code.lower().startswith("fr") else Language.EN


def catalog_for(context: Context, user: User) -> Catalog:
    """The catalogue of a user's session, or of their Telegram language when they have none yet."""
    return catalog(conversation(context).session(user.id, language_of(user)).lang)


async def reply(context: Context, update: Update, event: Event) -> list[Reply]:
    """Hand an input to the conversation and send what it answers; return the replies."""
    user, chat = update.effective_user, update.effective_chat
    assert user is not None
    assert chat is not None
    service = conversation(context)
    replies = service.handle(user.id, event, language_of(user), update.update_id)
    await send(context, chat.id, user.id, replies)
    return replies


async def send(context: Context, chat_id: int, user_id: int, replies: list[Reply]) -> None:
    """Send replies as messages (in the user's language, with buttons naming their plan)."""
    session = conversation(context).session(user_id)
    for message in outgoing(replies, catalog(session.lang), user_id, session.plan_id):
        await context.bot.send_message(chat_id, message.text, parse_mode=ParseMode.HTML, reply_markup=message.markup)


async def on_command(update: Update, context: Context) -> None:
    """A command in a private chat: ``/plan``, ``/edit``... (unknown ones are explained by the engine)."""
    message = update.effective_message
    assert message is not None
    assert message.text is not None
    name = message.text.split()[0][1:].split("@")[0].lower()
    await reply(context, update, Command(name))


async def on_text(update: Update, context: Context) -> None:
    """Text in a private chat: an answer."""
    message = update.effective_message
    assert message is not None
    assert message.text is not None
    await reply(context, update, Said(message.text))


async def on_button(update: Update, context: Context) -> None:
    """A tapped button: checked against the user who tapped, handed to the engine, always answered."""
    query = update.callback_query
    assert query is not None
    t = catalog_for(context, query.from_user)
    button = decode(query.data)
    if button is None:
        await query.answer(t("button-unknown"))
        return
    if button.owner != query.from_user.id:
        log.warning("user %s tapped a button of user %s: refused", query.from_user.id, button.owner)
        await query.answer(t("button-not-yours"), show_alert=True)
        return
    service = conversation(context)
    event = Tapped(button.key, button.option, button.plan)
    replies = service.handle(query.from_user.id, event, language_of(query.from_user), update.update_id)
    await query.answer()
    message = query.message if isinstance(query.message, Message) else None
    rest: list[Reply] = []
    for found in replies:
        if isinstance(found, Accepted) and message is not None and message.text_html:
            await _mark_answered(message, found.answer)
        else:
            rest.append(found)
    session = service.session(query.from_user.id)
    for out in outgoing(rest, catalog(session.lang), query.from_user.id, session.plan_id):
        if out.replace and message is not None:
            await _replace_keyboard(message, out)
        else:
            await context.bot.send_message(
                message.chat_id if message else query.from_user.id,
                out.text,
                parse_mode=ParseMode.HTML,
                reply_markup=out.markup,
            )


async def _mark_answered(message: Message, answer: str) -> None:
    """Show the chosen answer under the question, and take its buttons away."""
    try:
        await message.edit_text(f"{message.text_html}\n\n✓ {esc(answer)}", parse_mode=ParseMode.HTML)
    except BadRequest as error:
        log.info("could not mark message %s as answered: %s", message.message_id, error)


async def _replace_keyboard(message: Message, out: object) -> None:
    try:
        await message.edit_reply_markup(getattr(out, "markup", None))
    except BadRequest as error:
        if "not modified" not in str(error).lower():
            raise


async def on_edited(update: Update, context: Context) -> None:
    """An edited message: answers are not changed behind the user's back; ``/edit`` does that."""
    user, message = update.effective_user, update.effective_message
    if user is not None and message is not None:
        await message.reply_text(esc(catalog_for(context, user)("telegram-edited")), parse_mode=ParseMode.HTML)


async def on_unsupported(update: Update, context: Context) -> None:
    """A photo, sticker, voice note, document, location...: the bot reads text only."""
    user, message = update.effective_user, update.effective_message
    if user is not None and message is not None:
        await message.reply_text(esc(catalog_for(context, user)("telegram-unsupported")), parse_mode=ParseMode.HTML)


async def on_group(update: Update, context: Context) -> None:
    """A command in a group: the plan is personal, so the bot works in private chat."""
    user, message = update.effective_user, update.effective_message
    if user is not None and message is not None:
        text = catalog_for(context, user)("telegram-private-only", bot=context.bot.username or "")
        await message.reply_text(esc(text), parse_mode=ParseMode.HTML)


async def on_error(update: object, context: Context) -> None:
    """Log what went wrong; tell the user sorry when there is one to tell."""
    error = context.error
    if isinstance(error, Forbidden):
        log.warning("the bot cannot write to a user (blocked, or left): %s", error)
        return
    if isinstance(error, Conflict):
        log.error(
            "Telegram answered 409 Conflict: another process is getting updates with this token. "
            "Stop the other planbot (or the other webhook) and keep only one running. (%s)",
            error,
        )
        return
    if isinstance(error, NetworkError) and update is None:
        log.warning("network trouble while polling, retrying: %s", error)
        return
    log.error("error while handling an update", exc_info=error)
    if isinstance(update, Update) and update.effective_chat and update.effective_chat.type == ChatType.PRIVATE:
        user = update.effective_user
        t = catalog_for(context, user) if user else catalog(Language.FR)
        try:
            await context.bot.send_message(update.effective_chat.id, esc(t("telegram-apology")))
        except TelegramError as failure:
            log.warning("could not apologise: %s", failure)
