"""The flow as a graph: one start, every step reachable, ids unique, and the README's table up to date."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dialogs.answers import Text
from dialogs.conversation import Conversation
from dialogs.core.flow import Flow
from dialogs.core.steps import Phase, Step, StepId
from dialogs.graph import flow_table
from dialogs.phases.interview import FLOW
from dialogs.screens import card_buttons as card
from domain.models import Language, Plan
from domain.screen_state import ScreenKind
from domain.storage import Store
from tests.chat import Chat, Clock
from tests.scripts import COMPLETE_EN, COMPLETE_FR, EXPRESS_EN, EXPRESS_FR

README = Path(__file__).parent.parent.parent / "README.md"


def asked_steps(lines: list[str], lang: Language, store: Store, user: int) -> set[str]:
    chat = Chat(Conversation(store, Clock()), user, lang)
    chat.send("/start")
    asked = {chat.question.key.split(":")[0]}
    for line in lines:
        chat.answer(line)
        asked |= {q.key.split(":")[0] for q in chat.replies if hasattr(q, "key")}
    return asked


def test_step_ids_are_unique() -> None:
    step = Step(StepId.NAME, Text(), ("profile", "name"))
    with pytest.raises(ValueError, match="declared twice"):
        Flow([(Phase.PROFILE, (step,)), (Phase.DIAGNOSIS, (step,))])


def test_the_flow_has_one_start_everything_else_waits_for_an_earlier_answer() -> None:
    refs = list(FLOW.refs(Plan()))
    assert refs[0].step.id is StepId.NAME
    starts = [r for r in refs if FLOW.value(Plan(), r) is None]
    assert starts[0].step.id is StepId.NAME


def test_every_step_is_reachable_by_some_interview(store: Store) -> None:
    reached = set()
    for user, (lines, lang) in enumerate(
        [
            (COMPLETE_FR, Language.FR),
            (COMPLETE_EN, Language.EN),
            (EXPRESS_FR, Language.FR),
            (EXPRESS_EN, Language.EN),
        ]
    ):
        reached |= asked_steps(lines, lang, store, user)
    reached |= asked_steps(["Atelier", "2", "14", "école de musique"], Language.FR, store, 9)
    reached |= asked_steps(["KinéPlan", "2", "10", "2", "2", "France", "40", "3"], Language.FR, store, 10)  # a SaaS
    assert reached - {s.value for s in ScreenKind} - {card.KEY} == {s.value for s in FLOW.steps}


def test_per_item_steps_point_into_their_collection() -> None:
    for step_id, items in FLOW.items_of.items():
        slot = FLOW.steps[step_id].slot
        assert slot[: len(items)] == items, step_id


def test_the_readme_flow_table_is_regenerated_from_the_steps() -> None:
    text = README.read_text(encoding="utf-8")
    found = re.search(r"<!-- flow:start -->\n(.*?)<!-- flow:end -->", text, re.S)
    assert found, "README.md has no flow table between <!-- flow:start --> and <!-- flow:end -->"
    assert found.group(1) == flow_table(), "the flow table is stale: run `planbot flow` and paste it in README.md"
