"""The few Telegram handlers: commands, text, buttons, everything else, and errors. Each only translates."""

from __future__ import annotations

import asyncio
import logging

from telegram import InputFile, Message, Update, User
from telegram.constants import ChatAction, ChatType, ParseMode
from telegram.error import BadRequest, Conflict, Forbidden, NetworkError, TelegramError
from telegram.ext import ContextTypes

from bot.bootstrap import Services
from bot.files import make
from bot.telegram.callbacks import decode
from bot.telegram.keyboards import LiveKeyboards
from bot.telegram.messages import esc, outgoing
from dialogs.conversation import Conversation
from dialogs.core.replies import Accepted, Attachment, Command, Event, Reply, Said, Tapped
from domain.i18n import Catalog, catalog
from domain.models import Language
from domain.session import Session

log = logging.getLogger(__name__)

CONVERSATION = "conversation"
SERVICES = "services"
KEYBOARDS = "keyboards"
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


async def send(
    context: Context, chat_id: int, user_id: int, replies: list[Reply], tapped: Message | None = None
) -> None:
    """Send replies in order: messages (with buttons naming the user's plan), files and pictures.

    ``tapped`` is the message whose button was tapped: an accepted answer is shown under it, and a ticked option
    changes its keyboard rather than sending a new message.
    """
    service = conversation(context)
    session = service.session(user_id)
    t = catalog(session.lang)
    live: LiveKeyboards = context.bot_data[KEYBOARDS]
    said: list[Reply] = []
    for found in [*replies, None]:
        if found is not None and not isinstance(found, Attachment | Accepted):
            said.append(found)
            continue
        for out in outgoing(said, t, user_id, session.plan_id):
            if out.replace and tapped is not None:
                await _replace_keyboard(tapped, out)
                continue
            await live.retire(context.bot, chat_id)
            sent = await context.bot.send_message(chat_id, out.text, parse_mode=ParseMode.HTML, reply_markup=out.markup)
            if out.markup is not None:
                live.shown(chat_id, sent.message_id, out.lasting)
        said = []
        if isinstance(found, Attachment):
            await live.retire(context.bot, chat_id)
            await _send_file(context, chat_id, session, found)
        elif isinstance(found, Accepted) and tapped is not None and tapped.text_html:
            await _mark_answered(tapped, found.answer)
            live.answered(chat_id, tapped.message_id)


async def _send_file(context: Context, chat_id: int, session: Session, attachment: Attachment) -> None:
    services: Services = context.bot_data[SERVICES]
    now = services.clock()
    photo = attachment.kind.startswith("chart:")
    await context.bot.send_chat_action(chat_id, ChatAction.UPLOAD_PHOTO if photo else ChatAction.UPLOAD_DOCUMENT)
    if attachment.kind == "mydata":
        made = make(attachment.kind, session, services.store, now)
    else:  # PDFs and charts take a moment: drawn off the event loop (they do not touch the database)
        made = await asyncio.to_thread(make, attachment.kind, session, services.store, now)
    if made is None:
        await context.bot.send_message(chat_id, esc(catalog(session.lang)("file-nothing")))
        return
    upload = InputFile(made.content, filename=made.name)
    if made.photo:
        await context.bot.send_photo(chat_id, upload, caption=esc(made.caption), parse_mode=ParseMode.HTML)
    else:
        await context.bot.send_document(chat_id, upload, caption=esc(made.caption), parse_mode=ParseMode.HTML)


async def on_command(update: Update, context: Context) -> None:
    """A command in a private chat: ``/plan``, ``/edit``... (unknown ones are explained by the engine)."""
    message = update.effective_message
    assert message is not None
    assert message.text is not None
    head, _, rest = message.text.partition(" ")
    name = head[1:].split("@")[0].lower()
    await reply(context, update, Command(name, rest.strip() if name == "start" else ""))


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
    nth = button.nth
    event = Tapped(button.key, "" if nth is not None else button.option, button.plan, nth)
    replies = service.handle(query.from_user.id, event, language_of(query.from_user), update.update_id)
    try:
        await query.answer()
    except TelegramError as error:  # too old (delivered again after a restart), network: what was done is said
        log.info("could not answer a button tap: %s", error)
    message = query.message if isinstance(query.message, Message) else None
    chat_id = message.chat_id if message else query.from_user.id
    await send(context, chat_id, query.from_user.id, replies, tapped=message)


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
