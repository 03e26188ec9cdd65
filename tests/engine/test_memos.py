"""What the engine works out once and keeps (per plan, per shape of plan) reads the same as worked out afresh."""

from __future__ import annotations

from datetime import date

import pytest

from dialogs.conversation import Conversation
from dialogs.core.flow import Flow
from dialogs.core.position import settle
from dialogs.core.progress import standing
from dialogs.core.replies import Command, Said
from dialogs.phases.interview import FLOW
from domain.models import Language
from domain.session import Session
from domain.storage import Store
from tests.chat import Clock
from tests.scripts import COMPLETE_EN, COMPLETE_FR, EXPRESS_EN, EXPRESS_FR

TODAY = date(2026, 11, 30)


def fresh_flow() -> Flow:
    """The interview's flow with nothing kept yet."""
    return Flow(FLOW.phases, FLOW.preset)


def sessions_along(script: list[str], store: Store, clock: Clock, lang: Language = Language.FR) -> list[Session]:
    """The session after every answer of a whole interview."""
    conversation = Conversation(store, clock)
    conversation.handle(1, Command("start", ""), lang)
    found = [conversation.session(1)]
    for line in script:
        conversation.handle(1, Command(line[1:], "") if line.startswith("/") else Said(line))
        found.append(conversation.session(1))
    return found


@pytest.mark.parametrize(
    ("script", "lang"),
    [(COMPLETE_FR, Language.FR), (EXPRESS_FR, Language.FR), (COMPLETE_EN, Language.EN), (EXPRESS_EN, Language.EN)],
)
def test_what_is_kept_about_each_plan_reads_as_worked_out_afresh(script: list[str], lang: Language) -> None:
    store = Store()
    sessions = sessions_along(script, store, Clock(), lang)
    assert sessions[-1].finished_at is not None, "the whole interview went through"
    for session in sessions:
        plan, afresh = session.plan, fresh_flow()
        assert FLOW.listed(plan) == list(afresh.refs(plan))
        assert FLOW.answered(plan) == [afresh.value(plan, ref) is not None for ref in afresh.refs(plan)]
        kept, worked = settle(FLOW, session, TODAY), settle(afresh, session, TODAY)
        assert kept.position == worked.position
        assert kept.session.plan == worked.session.plan
        assert (standing(FLOW, session, TODAY).done, standing(FLOW, session, TODAY).total) == (
            standing(afresh, session, TODAY).done,
            standing(afresh, session, TODAY).total,
        )


def test_a_preset_written_on_one_place_carries_the_other_answers_and_reads_its_own_again() -> None:
    flow = fresh_flow()
    store = Store()
    session = sessions_along(EXPRESS_FR, store, Clock())[3]  # early: presets have much left to fill
    plan = session.plan
    flow.answered(plan)
    ref, value = next(
        (ref, value)
        for ref, answered in zip(flow.listed(plan), flow.answered(plan), strict=True)
        if not answered
        and ref.step.write is None
        and (value := FLOW.preset(plan, ref, session.lang, TODAY)) is not None
    )
    missing = flow.listed(plan).index(ref)
    written = flow.write(plan, ref, value)
    carried = flow.answered(written)
    assert carried[missing] is True
    assert carried == [fresh_flow().value(written, r) is not None for r in fresh_flow().refs(written)]
