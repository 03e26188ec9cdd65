"""The interview as a service: load a session, let the engine handle the input, save before replying."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from datetime import UTC, datetime

from dialogs.core.engine import current, handle
from dialogs.core.replies import Event, Reply
from domain.models import Language
from domain.reminder_schedule import schedule
from domain.session import Session
from domain.storage import Store

Clock = Callable[[], datetime]
CACHED = 256
"""Sessions of recently active users kept in memory."""


def utc_now() -> datetime:
    """The real clock."""
    return datetime.now(UTC)


class Conversation:
    """Every transport's way in: one call per user input, the answer saved before the replies are returned."""

    def __init__(
        self, store: Store, clock: Clock = utc_now, default_lang: Language = Language.FR, cached: int = CACHED
    ) -> None:
        self.store = store
        self.clock = clock
        self.default_lang = default_lang
        self.cached = cached
        self._sessions: OrderedDict[int, Session] = OrderedDict()

    def session(self, user_id: int, lang: Language | None = None) -> Session:
        """The user's session, or a new one in the given (or default) language.

        The sessions of recently active users are kept in memory: this process is the only one that writes
        them, and every change is written to the database before it is kept here.
        """
        found = self._sessions.get(user_id)
        if found is not None:
            self._sessions.move_to_end(user_id)
            return found
        found = self.store.load(user_id)
        if found is None:
            return Session(user_id=user_id, lang=lang or self.default_lang)
        self._remember(found)
        return found

    def _remember(self, session: Session) -> None:
        self._sessions[session.user_id] = session
        self._sessions.move_to_end(session.user_id)
        while len(self._sessions) > self.cached:
            self._sessions.popitem(last=False)

    def forget(self, user_id: int) -> None:
        """Drop a user's session from memory (the database is the reference)."""
        self._sessions.pop(user_id, None)

    def handle(
        self, user_id: int, event: Event, lang: Language | None = None, update_id: int | None = None
    ) -> list[Reply]:
        """Handle one input of a user; the new session is saved before the replies are returned.

        ``update_id`` is the transport's number for the input (Telegram's update id), received in the store's
        inbox: it is marked saved in the transaction that saves the answer (the transport marks it handled once
        the replies went out). An input taken up again after a crash, its effect already saved, counts once: the
        user is shown their current question again (the reply may have been lost with the process).
        """
        session = self.session(user_id, lang)
        now = self.clock()
        if update_id is not None and self.store.inbox.was_saved(update_id):
            return list(current(session, now))
        if self.store.reminders.is_paused(user_id):
            self.store.reminders.resume(user_id, now)
        outcome = handle(session, event, now)
        if outcome.erased:
            self.store.erase(user_id)
            self.forget(user_id)
            return list(outcome.replies)
        new = outcome.session
        reminders = None
        if new.plan.actions != session.plan.actions or new.reminders != session.reminders:
            reminders = schedule(new.plan, new.reminders, now)
        if new is not session or session.revision == 0:
            saved = self.store.save(new, archived=outcome.archived, when=now, reminders=reminders, update_id=update_id)
            self._remember(saved)
        elif update_id is not None:
            self.store.saved(update_id, now)
        return list(outcome.replies)

    def reschedule(self, user_id: int) -> None:
        """Bring a user's reminders up to date with their plan (after a review went out, the next one)."""
        session = self.store.load(user_id)
        if session is not None:
            self.store.sync_reminders(user_id, schedule(session.plan, session.reminders, self.clock()))

    def set_language(self, user_id: int, lang: Language) -> None:
        """Switch a user's language (the console's ``--lang``)."""
        session = self.session(user_id, lang)
        if session.lang is not lang or session.revision == 0:
            self._remember(self.store.save(session.model_copy(update={"lang": lang})))
