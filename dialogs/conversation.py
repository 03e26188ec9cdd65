"""The interview as a service: load a session, let the engine handle the input, save before replying.

The conversation sees storage through its ports (``domain.ports``) only. Several processes may serve the same
user: every save states the revision it read, and when another process saved first (:class:`Conflict`), the
input is handled again on the session as that process left it, so that neither change is lost.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TypeVar

from dialogs.assembly import ENGINE
from dialogs.core.replies import Event, Reply
from domain.models import Language
from domain.ports import Conflict, Storage
from domain.reminder_schedule import schedule
from domain.session import Session

Clock = Callable[[], datetime]
CACHED = 256
"""Sessions of recently active users kept in memory."""
ATTEMPTS = 3
"""How many times an input is handled before a conflict is given up on (raised): each attempt after the first
follows another process's save of the same session, which takes a user typing faster than a save."""
T = TypeVar("T")


def utc_now() -> datetime:
    """The real clock."""
    return datetime.now(UTC)


class Conversation:
    """Every transport's way in: one call per user input, the answer saved before the replies are returned."""

    def __init__(
        self, store: Storage, clock: Clock = utc_now, default_lang: Language = Language.FR, cached: int = CACHED
    ) -> None:
        self.store = store
        self.clock = clock
        self.default_lang = default_lang
        self.cached = cached
        self._sessions: OrderedDict[int, Session] = OrderedDict()

    def session(self, user_id: int, lang: Language | None = None) -> Session:
        """The user's session, or a new one in the given (or default) language."""
        return self._session(user_id, lang)[0]

    def _session(self, user_id: int, lang: Language | None) -> tuple[Session, bool]:
        """The user's session, and whether it came from memory.

        The sessions of recently active users are kept in memory, as this process last saved or read them.
        Another process may have saved one since: the next save, which states the revision read, finds out.
        """
        found = self._sessions.get(user_id)
        if found is not None:
            self._sessions.move_to_end(user_id)
            return found, True
        found = self.store.load(user_id)
        if found is None:
            return Session(user_id=user_id, lang=lang or self.default_lang), False
        self._remember(found)
        return found, False

    def _remember(self, session: Session) -> None:
        self._sessions[session.user_id] = session
        self._sessions.move_to_end(session.user_id)
        while len(self._sessions) > self.cached:
            self._sessions.popitem(last=False)

    def forget(self, user_id: int) -> None:
        """Drop a user's session from memory (the database is the reference)."""
        self._sessions.pop(user_id, None)

    def _retrying(self, user_id: int, attempt: Callable[[], T]) -> T:
        """Run ``attempt``; after a :class:`Conflict`, again on the stored session, up to :data:`ATTEMPTS` times."""
        for _ in range(ATTEMPTS - 1):
            try:
                return attempt()
            except Conflict:
                self.forget(user_id)
        return attempt()

    def handle(
        self, user_id: int, event: Event, lang: Language | None = None, update_id: int | None = None
    ) -> list[Reply]:
        """Handle one input of a user; the new session is saved before the replies are returned.

        ``update_id`` is the transport's number for the input (Telegram's update id), received in the store's
        inbox: it is marked saved in the transaction that saves the answer (the transport marks it handled once
        the replies went out). An input taken up again after a crash, its effect already saved, counts once: the
        user is shown their current question again (the reply may have been lost with the process).
        """
        now = self.clock()
        return self._retrying(user_id, lambda: self._handle_once(user_id, event, lang, update_id, now))

    def _handle_once(
        self, user_id: int, event: Event, lang: Language | None, update_id: int | None, now: datetime
    ) -> list[Reply]:
        session, cached = self._session(user_id, lang)
        if update_id is not None and self.store.inbox.was_saved(update_id):
            return list(ENGINE.current(session, now))
        if self.store.reminders.is_paused(user_id):
            self.store.reminders.resume(user_id, now)
        outcome = ENGINE.handle(session, event, now)
        if outcome.erased:
            self.store.erase(user_id)
            self.forget(user_id)
            return list(outcome.replies)
        new = outcome.session
        if new is not session or session.revision == 0:
            reminders = None
            if new.plan.actions != session.plan.actions or new.reminders != session.reminders:
                reminders = schedule(new.plan, new.reminders, now)
            saved = self.store.save(
                new,
                expected=session.revision,
                archived=outcome.archived,
                when=now,
                reminders=reminders,
                update_id=update_id,
            )
            self._remember(saved)
            return list(outcome.replies)
        if cached and self.store.revision(user_id) != session.revision:
            raise Conflict(user_id, session.revision)  # what was shown came from an outdated session
        if update_id is not None:
            self.store.inbox.saved(update_id, now)
        return list(outcome.replies)

    def reschedule(self, user_id: int) -> None:
        """Bring a user's reminders up to date with their plan (after a review went out, the next one)."""

        def once() -> None:
            session = self.store.load(user_id)
            if session is not None:
                reminders = schedule(session.plan, session.reminders, self.clock())
                self._remember(self.store.save(session, expected=session.revision, reminders=reminders))

        self._retrying(user_id, once)

    def set_language(self, user_id: int, lang: Language) -> None:
        """Switch a user's language (the console's ``--lang``)."""

        def once() -> None:
            session = self.session(user_id, lang)
            if session.lang is not lang or session.revision == 0:
                changed = session.model_copy(update={"lang": lang})
                self._remember(self.store.save(changed, expected=session.revision))

        self._retrying(user_id, once)
