"""How a case of the corpus is played: a session at the question, the text typed, and what came of it."""

from __future__ import annotations

import json
import math
import re
import tomllib
from collections.abc import Iterable
from dataclasses import asdict, dataclass, is_dataclass
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from dialogs.assembly import ENGINE
from dialogs.core.engine import Outcome
from dialogs.core.flow import Ref
from dialogs.core.replies import Accepted, Command, Event, Notice, Question, Reply, Said, Tone
from dialogs.core.steps import get
from dialogs.parsing.text import fold
from dialogs.phases.interview import FLOW
from domain.i18n import Catalog, catalog
from domain.models import Language
from domain.session import Session
from tests.chat import NOW
from tests.scripts import COMPLETE_EN, COMPLETE_FR, EXPRESS_EN, EXPRESS_FR

CORPUS = Path(__file__).parent
KINDS = ("text", "list", "number", "rating", "date", "choice", "multi", "split", "action")
SCRIPTS = {
    ("complete", "fr"): COMPLETE_FR,
    ("express", "fr"): EXPRESS_FR,
    ("complete", "en"): COMPLETE_EN,
    ("express", "en"): EXPRESS_EN,
}
EXPECTATIONS = ("value", "within", "contains", "refused", "asks", "nonanswer")
BARE = (
    *("error-number", "error-number-several", "error-choice", "error-choice-unknown", "error-rating", "error-date"),
    *("error-action-date", "error-words-expected", "error-unreadable", "error-list-few", "error-empty"),
    *("error-split-count", "error-split-sum"),
)
"""The errors that only say an answer was not understood: a non-answer deserves more help than these."""


@dataclass(frozen=True, eq=False)
class Case:
    """One answer as typed, where it is typed, and what it must give."""

    kind: str
    lang: str
    step: str
    text: str
    expect: dict[str, Any]
    script: str = "complete"
    at: str | None = None
    via: tuple[str, ...] = ()
    tag: str = "ordinary"

    @property
    def id(self) -> str:
        """How the case is named in test ids and in the list of known cases."""
        where = f"{self.step}@{'+'.join(self.via)}" if self.via else self.step
        return f"{self.kind}/{self.lang}/{where}/{self.text}"


def load(kinds: Iterable[str] = KINDS) -> list[Case]:
    """Every case of the corpus, file by file; a group's keys apply to its cases unless a case says otherwise."""
    found = []
    for kind in kinds:
        data = tomllib.loads((CORPUS / f"{kind}.toml").read_text(encoding="utf-8"))
        for group in data["group"]:
            common = {k: v for k, v in group.items() if k != "cases"}
            for raw in group["cases"]:
                entry = common | raw
                via = entry.pop("via", {})
                keys = ("step", "lang", "text", "script", "tag")
                expect = {k: v for k, v in entry.items() if k not in keys}
                plain = {k: entry[k] for k in keys if k in entry}
                found.append(Case(kind, **plain, expect=expect, at=via.get("at"), via=tuple(via.get("typed", ()))))
    return found


def event(answer: str) -> Event:
    return Command(answer[1:]) if answer.startswith("/") and " " not in answer else Said(answer)


def errors(replies: Iterable[Reply]) -> list[str]:
    return [r.text for r in replies if isinstance(r, Notice) and r.tone is Tone.ERROR]


def asked(replies: Iterable[Reply]) -> Question | None:
    found = [r for r in replies if isinstance(r, Question)]
    return found[-1] if found else None


@cache
def reached(lang: str, script: str, at: str, via: tuple[str, ...]) -> Session:
    """A session of the script played until the question ``at`` is asked, then the answers ``via`` typed."""
    outcome = ENGINE.handle(Session(user_id=1, lang=Language(lang)), Command("start"), NOW)
    answers = iter(SCRIPTS[script, lang])
    while (question := asked(outcome.replies)) is None or question.key != at:
        answer = next(answers, None)
        if answer is None:
            raise LookupError(f"the {script} {lang} script never asks {at}")
        outcome = ENGINE.handle(outcome.session, event(answer), NOW)
        assert not errors(outcome.replies), f"the {script} {lang} script's {answer!r} was refused"
    for answer in via:
        outcome = ENGINE.handle(outcome.session, event(answer), NOW)
        assert not errors(outcome.replies), f"{answer!r} was refused on the way to the question"
    return outcome.session


@cache
def bare(lang: Language) -> tuple[re.Pattern[str], ...]:
    """The bare errors of a language, as patterns (their placeholders match anything)."""
    t, mark = catalog(lang), "\x00"
    args = {name: mark for name in ("answer", "least", "most", "count", "total", "limit", "length", "date", "years")}
    found = (re.escape(t(key, **args)).replace(mark, ".*") for key in BARE if t.has(key))
    return tuple(re.compile(pattern, re.DOTALL) for pattern in found)


def plain(value: Any) -> Any:
    """A stored value as the corpus writes it: members by their value, records as tables, tuples as lists."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, BaseModel):
        return plain(dict(value))
    if is_dataclass(value) and not isinstance(value, type):
        return plain({k: v for k, v in asdict(value).items() if v is not None})
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def stored(plan: Any, ref: Ref, wanted: Any) -> Any:
    """What the plan holds for the question: the step's reading of it, or the fields of the record a table names."""
    if not isinstance(wanted, dict):
        return plain(FLOW.value(plan, ref))
    raw = get(plan, ref.path)
    if isinstance(raw, tuple):  # the budget split: a share per tactic
        return {share.tactic.value: share.percent for share in raw}
    return {k: v for k, v in plain(raw).items() if k in wanted}


def same(actual: Any, wanted: Any) -> bool:
    """Equal as the user means it: numbers to the tenth, a text whatever the case of its first letter."""
    if isinstance(wanted, dict):
        keys = isinstance(actual, dict) and actual.keys() == wanted.keys()
        return keys and all(same(actual[k], wanted[k]) for k in wanted)
    if isinstance(wanted, list):
        return isinstance(actual, list) and len(actual) == len(wanted) and all(map(same, actual, wanted))
    if isinstance(wanted, bool) or isinstance(actual, bool):
        return actual is wanted
    if isinstance(wanted, int | float):
        return isinstance(actual, int | float) and math.isclose(actual, wanted, abs_tol=0.051)
    if isinstance(wanted, str) and isinstance(actual, str):
        return actual[:1].casefold() + actual[1:] == wanted[:1].casefold() + wanted[1:]
    return bool(actual == wanted)


def inside(actual: Any, bounds: Any) -> bool:
    """Within the range a case gives (for a record, each field named within its own)."""
    if isinstance(bounds, dict):
        return isinstance(actual, dict) and all(inside(actual.get(k), bounds[k]) for k in bounds)
    low, high = bounds
    return actual is not None and type(actual) is not str and low <= actual <= high


def said_back(replies: list[Reply], t: Catalog, ref: Ref) -> bool:
    """Whether a line right after the accepted answer says back what was understood (besides the usual thanks)."""
    at = next((i for i, r in enumerate(replies) if isinstance(r, Accepted)), len(replies))
    following = 0
    for reply in replies[at + 1 :]:
        if not isinstance(reply, Notice):
            break
        following += 1
    return following > t.has(f"ack-{ref.step.id}")


def described(outcome: Outcome, before: Session, ref: Ref, wanted: Any) -> str:
    """What happened, in a line: the value stored, or the reply that stored nothing."""
    if outcome.session.plan != before.plan:
        now = stored(outcome.session.plan, ref, wanted)
        record = get(before.plan, ref.path)
        if isinstance(record, BaseModel):  # an action: the fields that changed, whichever they are
            was, after = plain(record), plain(get(outcome.session.plan, ref.path))
            now = {k: v for k, v in after.items() if was.get(k) != v}
        return f"stored {json.dumps(now, ensure_ascii=False, default=str)}"[:160]
    notices = [r.text for r in outcome.replies if isinstance(r, Notice)]
    text = " ".join(notices[0].split()) if notices else "the question again, with nothing said"
    return f"{'refused' if errors(outcome.replies) else 'nothing stored'}: {text[:100]}"


def judge(case: Case, before: Session, outcome: Outcome, question: Question) -> str | None:
    """``None`` when the answer was understood as the case expects, else what happened instead."""
    ref = FLOW.ref(case.step)
    assert ref is not None
    expect, replies = case.expect, list(outcome.replies)
    wanted = expect.get("value", expect.get("within"))
    happened = described(outcome, before, ref, wanted)
    changed = outcome.session.plan != before.plan
    if not replies:
        return "no reply at all"
    if "value" in expect or "within" in expect:
        if not changed:
            return happened
        actual = stored(outcome.session.plan, ref, wanted)
        if not (same(actual, wanted) if "value" in expect else inside(actual, wanted)):
            return happened
        if expect.get("says") and not said_back(replies, catalog(before.lang), ref):
            return f"{happened}, without saying back what was understood"
        return None
    if "contains" in expect:
        changed_to = stored(outcome.session.plan, ref, None) if changed else ()
        kept = {str(v) for v in changed_to} if changed else set(outcome.session.draft)
        return None if set(expect["contains"]) <= kept else happened
    if changed:
        return happened
    if "refused" in expect:
        return None if errors(replies) else happened
    again = asked(replies)
    if "asks" in expect:
        labels = [fold(o.label) for o in again.options] if again else []
        found = all(any(fold(label) in shown for shown in labels) for label in expect["asks"])
        return None if found else happened
    notices = [r.text for r in replies if isinstance(r, Notice)]
    helpful = any(not any(p.fullmatch(n) for p in bare(before.lang)) for n in notices)
    explained = again is not None and (again.text, again.hint) != (question.text, question.hint)
    return None if again is not None and (helpful or explained) else happened


VERDICTS: dict[str, str | None] = {}
"""Each case played so far in this run: ``None`` when understood, else what happened."""


def verdict(case: Case) -> str | None:
    """Play a case through the engine: a session at the question, then the text typed."""
    if case.id not in VERDICTS:
        before = reached(case.lang, case.script, case.at or case.step, case.via)
        question = asked(ENGINE.current(before, NOW))
        assert question is not None, f"{case.id}: no question on show"
        assert question.key == case.step, f"{case.id}: the question on show is {question.key}"
        VERDICTS[case.id] = judge(case, before, ENGINE.handle(before, Said(case.text), NOW), question)
    return VERDICTS[case.id]
