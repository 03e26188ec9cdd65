"""Property-based fuzzing: random inputs through the engine and through the real Telegram Application.

Whatever a user types or taps (buttons of the current question, stale buttons of earlier ones, forged and
foreign button data, any command, text of any kind), planbot never raises, never sends a message Telegram would
refuse (over 4,096 characters, or invalid HTML), and never loses a saved answer: the database always holds what
the chat shows, and an answer only leaves the plan when the user answered again (a question whose change clears
others), started a new plan (the old one is archived), or deleted their data. (A question that stops applying, such
as the description of an "other" activity once a listed sector is chosen, is no longer asked; its answer stays.)

CI runs a few dozen sequences (``HYPOTHESIS_PROFILE=ci``, the default, derandomized so that CI is repeatable);
``HYPOTHESIS_PROFILE=long .venv/bin/pytest tests/test_fuzz.py`` runs thousands, random each time.
"""

from __future__ import annotations

import asyncio
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule
from telegram.ext import ContextTypes

from bot.bootstrap import build
from bot.telegram.app import COMMANDS as MENU
from bot.telegram.app import build_application
from bot.telegram.messages import outgoing
from dialogs.assembly import COMMANDS as ENGINE_COMMANDS
from dialogs.conversation import Conversation
from dialogs.core.flow import Ref
from dialogs.core.replies import Accepted, Command, Event, Question, Reply, Said, Tapped
from dialogs.phases.interview import FLOW
from domain.i18n import catalog
from domain.models import Language, Plan
from domain.session import Session
from domain.storage import Store
from tests.chat import Clock
from tests.fakebot import FakeRequest, FakeTelegram, deliver
from tests.fakebot.html import parse_html, utf16_len
from tests.scripts import COMPLETE_EN, COMPLETE_FR, EXPRESS_EN, EXPRESS_FR

settings.register_profile(
    "ci",
    max_examples=25,
    stateful_step_count=40,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "long", max_examples=2000, stateful_step_count=80, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

LIMIT = 4096
"""Telegram's limit on a message's text, in UTF-16 code units once the HTML is parsed."""

ANSWERS = sorted({*COMPLETE_FR, *EXPRESS_FR, *COMPLETE_EN, *EXPRESS_EN})
"""Plausible answers: every line of the scripted interviews (numbers, dates, lists, names...)."""
ODD = [
    "",
    "   ",
    "0",
    "-5",
    "1e309",
    "12,5 k€",
    "31/02/2027",
    "hier",
    "<b>gras</b> & <script>",
    "&amp; &lt;",
    "a" * 5000,
    "🙂" * 2100,
    "/",
    "1, 2, 99",
    "Retirer",
    "oui",
    "non",
]
SCRIPTS = {
    "complete": [*COMPLETE_FR, "1"],
    "express": [*EXPRESS_FR, "1"],
    "complete-en": ["/language", "2", *COMPLETE_EN, "1"],
    "express-en": ["/language", "2", *EXPRESS_EN, "1"],
}
"""Whole interviews (then reminders on): random inputs start anywhere in one, up to its end and the follow-up."""
prefixes = st.tuples(st.sampled_from(sorted(SCRIPTS)), st.floats(min_value=0, max_value=1)).map(
    lambda chosen: SCRIPTS[chosen[0]][: round(len(SCRIPTS[chosen[0]]) * chosen[1])]
)
texts = st.one_of(st.sampled_from(ANSWERS), st.sampled_from(ODD), st.text(max_size=300))
commands = st.sampled_from(sorted({*ENGINE_COMMANDS, *MENU, "nope", "start@planbot"}))


def answered(plan: Plan, defaults: frozenset[str]) -> dict[str, Ref]:
    """The questions of this plan that hold an answer the user gave (not one filled in by presets)."""
    return {
        ref.key: ref
        for ref, done in zip(FLOW.listed(plan), FLOW.answered(plan), strict=True)
        if done and ref.key not in defaults
    }


def kept(plan: Plan, ref: Ref) -> bool:
    """Whether the plan still holds an answer, asked or not (a condition that stops holding hides it, keeps it)."""
    try:
        return FLOW.value(plan, ref) is not None
    except IndexError:  # its segment, competitor or objective is gone
        return False


def invalidated(ref: Ref) -> list[Ref]:
    """The questions an answer to ``ref`` clears, for the same item where they are asked once per item."""
    found = (FLOW.ref(f"{d.value}:{ref.index}" if d in FLOW.items_of else d.value) for d in ref.step.invalidates)
    return [r for r in found if r is not None]


def overlap(one: Ref, other: Ref) -> bool:
    """Whether two questions store their answers in the same part of the plan."""
    shortest = min(len(one.path), len(other.path))
    return one.path[:shortest] == other.path[:shortest]


def may_clear(accepted: list[str], lost: Ref) -> bool:
    """Whether answering the questions ``accepted`` may have cleared ``lost`` (by design, not by accident)."""
    for key in accepted:
        ref = FLOW.ref(key)
        if ref is None:
            continue
        if ref.step.id == lost.step.id or lost.step.id in ref.step.invalidates or lost.step.id in ref.step.rechecks:
            return True
        if any(overlap(cleared, lost) for cleared in invalidated(ref)):
            return True  # another view of what was cleared (express's number of new customers is the objective's)
        items = FLOW.items_of.get(lost.step.id)
        if items is not None and items[: len(ref.step.slot)] == ref.step.slot:
            return True  # a list answered again with fewer entries: the questions about the ones removed go
    return False


def check_message(text: str) -> None:
    """A message Telegram accepts: HTML it can parse, at most 4,096 characters once parsed."""
    parsed = parse_html(text)
    assert 0 < utf16_len(parsed.text) <= LIMIT, (utf16_len(parsed.text), text[:200])


# The engine ------------------------------------------------------------------------------------------------


class EngineUser(RuleBasedStateMachine):
    """One user talking to the conversation service with random inputs; the database checked after each."""

    def __init__(self) -> None:
        super().__init__()
        self.store = Store()
        self.clock = Clock()
        self.conversation = Conversation(self.store, self.clock)
        self.user = 7
        self.seen: list[Question] = []
        self.before = self._state()
        self.archived = 0

    @initialize(lines=prefixes)
    def begin(self, lines: list[str]) -> None:
        """Start the interview and give some of a script's answers (random inputs then go from there)."""
        self._do(Command("start"))
        for line in lines:
            self._do(Command(line[1:]) if line.startswith("/") else Said(line))

    def _session(self) -> Session:
        return self.conversation.session(self.user, Language.FR)

    def _state(self) -> tuple[Session, dict[str, Ref]]:
        session = self._session()
        return session, answered(session.plan, session.defaults)

    def _do(self, event: Event) -> list[Reply]:
        before_session, before_answers = self.before
        replies = self.conversation.handle(self.user, event, Language.FR)
        session = self._session()
        t = catalog(session.lang)
        for message in outgoing(replies, t, self.user, session.plan_id):
            check_message(message.text)
        self.seen.extend(r for r in replies if isinstance(r, Question))
        stored = self.store.load(self.user)
        archived = len(list(self.store.archived(self.user)))
        if stored is None:  # data deleted, at the user's request
            assert isinstance(event, Tapped | Said), event
            self.archived = 0
        else:
            assert stored == session, "what the chat shows is what the database holds"
            after_answers = answered(session.plan, session.defaults)
            accepted = [r.key for r in replies if isinstance(r, Accepted)]
            for key in accepted:
                ref = FLOW.ref(key)
                assert ref is None or FLOW.value(stored.plan, ref) is not None, f"{key}: noted, then not saved"
            lost = [r for key, r in before_answers.items() if key not in after_answers and not kept(session.plan, r)]
            if lost and archived == self.archived + 1:
                assert next(iter(self.store.archived(self.user))) == before_session.plan or any(
                    p == before_session.plan for p in self.store.archived(self.user)
                ), "a plan set aside is kept whole"
            else:
                for ref in lost:
                    assert may_clear(accepted, ref), f"{ref.key} lost after {event!r}"
            self.archived = archived
        self.clock.advance(minutes=1)
        self.before = self._state()
        return replies

    @rule(text=texts)
    def type_text(self, text: str) -> None:
        self._do(Said(text))

    @rule(name=commands)
    def command(self, name: str) -> None:
        self._do(Command(name))

    @rule(name=commands, pick=st.integers(min_value=0, max_value=9))
    def command_then_tap(self, name: str, pick: int) -> None:
        """A command, then one of the options it offers (start anew, delete, export, an action...)."""
        replies = self._do(Command(name))
        questions = [r for r in replies if isinstance(r, Question) and r.options]
        if questions:
            question = questions[-1]
            option = question.options[pick % len(question.options)]
            self._do(Tapped(question.key, option.id, self._session().plan_id))

    @precondition(lambda self: bool(self.seen))
    @rule(data=st.data())
    def tap_current(self, data: st.DataObject) -> None:
        question = self.seen[-1]
        if question.options:
            option = data.draw(st.sampled_from(question.options))
            self._do(Tapped(question.key, option.id, self._session().plan_id))

    @precondition(lambda self: len(self.seen) > 1)
    @rule(data=st.data())
    def tap_stale(self, data: st.DataObject) -> None:
        question = data.draw(st.sampled_from(self.seen[:-1]))
        if question.options:
            option = data.draw(st.sampled_from(question.options))
            plan = data.draw(st.sampled_from([self._session().plan_id, self._session().plan_id - 1, 0]))
            self._do(Tapped(question.key, option.id, plan))

    @rule(
        key=st.one_of(st.text(max_size=30), st.sampled_from(["review", "actions", "action", "segment_need:9", "x:1"])),
        option=st.one_of(st.text(max_size=20), st.sampled_from(["!skip", "!back", "!done", "1", "99", "-1"])),
        plan=st.one_of(st.none(), st.integers()),
    )
    def tap_forged(self, key: str, option: str, plan: int | None) -> None:
        self._do(Tapped(key, option, plan))

    @rule()
    def resume(self) -> None:
        """The process restarts: the session comes back from the database, nothing held only in memory."""
        self.conversation = Conversation(self.store, self.clock)

    @invariant()
    def never_more_than_one_session(self) -> None:
        assert self.store.sessions.count <= 1


TestEngineFuzz = EngineUser.TestCase


# The Telegram adapter --------------------------------------------------------------------------------------


@dataclass
class Phone:
    """A user's phone on the fake Telegram, with the bot's messages and their buttons."""

    core: FakeTelegram
    user: int = 42
    errors: list[BaseException] = field(default_factory=list)

    def buttons(self) -> list[tuple[int, str]]:
        """Every button of every bot message in the chat (the latest keyboards and stale ones)."""
        return [
            (m["message_id"], data)
            for m in self.core.messages(self.user)
            for _, data in self.core.buttons(m)
            if data is not None
        ]


inputs = st.lists(
    st.one_of(
        st.tuples(st.just("text"), texts),
        st.tuples(st.just("command"), commands),
        st.tuples(st.just("tap"), st.integers(min_value=0, max_value=10_000)),
        st.tuples(st.just("stale"), st.integers(min_value=0, max_value=10_000)),
        st.tuples(st.just("forged"), st.text(min_size=1, max_size=64).filter(lambda s: len(s.encode()) <= 64)),
        st.tuples(st.just("foreign"), st.integers(min_value=0, max_value=10_000)),
        st.tuples(st.just("edit"), texts),
        st.tuples(st.just("sticker"), st.just("")),
    ),
    min_size=1,
    max_size=30,
)


async def play(lines: list[str], moves: list[tuple[str, Any]], folder: Path) -> None:
    core = FakeTelegram()
    services = build(folder / "bot.db", Clock())
    app = build_application(services, core.token, request=FakeRequest(core), updates_request=FakeRequest(core))
    phone = Phone(core)

    async def collect(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert context.error is not None
        phone.errors.append(context.error)

    app.add_error_handler(collect)
    core.add_user(phone.user, first_name="Ana", language_code="fr")
    async with app:
        for line in ["/start", *lines]:
            await deliver(app, core.send_text(phone.user, line))
        for kind, value in moves:
            buttons = phone.buttons()
            match kind:
                case "text" if value.strip():  # Telegram apps send no empty message
                    update = core.send_text(phone.user, value)
                case "command":
                    update = core.send_text(phone.user, f"/{value}")
                case "tap" | "stale" if buttons:
                    latest = max(message for message, _ in buttons)
                    pool = [b for b in buttons if (b[0] == latest) == (kind == "tap")] or buttons
                    message, data = pool[value % len(pool)]
                    update = core.tap(phone.user, message, data, force=True)
                case "foreign" if buttons:
                    message, data = buttons[value % len(buttons)]
                    parts = data.split("|")
                    if len(parts) > 1:
                        parts[1] = "zz"
                    update = core.tap(phone.user, message, "|".join(parts), force=True)
                case "forged":
                    message = max([m for m, _ in buttons] or [1])
                    update = core.tap(phone.user, message, value, force=True)
                case "edit":
                    sent = [m for m in core.messages(phone.user, from_bot=False) if "text" in m]
                    if not sent or not value.strip():
                        continue
                    update = core.edit_text(phone.user, sent[-1]["message_id"], value)
                case "sticker":
                    update = core.send_sticker(phone.user)
                case _:
                    continue
            await deliver(app, update)
            assert not phone.errors, phone.errors
            for message in core.messages(phone.user):
                assert utf16_len(message.get("text", "x")) <= LIMIT
            stored = services.store.load(phone.user)
            shown = services.conversation.session(phone.user)
            assert stored is None or stored == shown, "what the chat shows is what the database holds"
    services.store.close()


@given(lines=prefixes, moves=inputs)
def test_any_input_through_telegram_is_answered_within_telegrams_rules(
    lines: list[str], moves: list[tuple[str, Any]]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        asyncio.run(play(lines, moves, Path(folder)))
