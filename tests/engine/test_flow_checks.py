"""A flow whose steps name a place the plan does not have, or a step it does not have, fails when it is built."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dialogs.answers import Text
from dialogs.core.flow import Flow
from dialogs.core.steps import ITEM, Each, Phase, Step, StepId
from dialogs.phases.interview import FLOW


def test_the_interview_flow_is_checked_and_holds() -> None:
    assert len(FLOW.steps) > 50


@pytest.mark.parametrize(
    "slot",
    [("profile", "nmae"), ("profil", "name"), ("profile", "name", "first"), ("profile", 0), ("segments", ITEM, "nam")],
)
def test_a_misspelt_slot_fails_when_the_flow_is_built(slot: tuple[str | int, ...]) -> None:
    with pytest.raises(ValueError, match=r"no field|not a tuple"):
        Flow([(Phase.PROFILE, [Step(StepId.NAME, Text(), slot)])])


def test_a_step_that_reopens_a_step_the_flow_lacks_fails_when_the_flow_is_built() -> None:
    name = Step(StepId.NAME, Text(), ("profile", "name"), invalidates=(StepId.OFFER,))
    with pytest.raises(ValueError, match="offer"):
        Flow([(Phase.PROFILE, [name])])


def test_per_item_steps_are_checked_against_their_items() -> None:
    need = Step(StepId.SEGMENT_NEED, Text(), ("segmentation", "segments", ITEM, "need"))
    real = next(s for s in FLOW.steps.values() if s.id is StepId.SEGMENT_NEED)
    Flow([(Phase.SEGMENTATION, [Each(real_items(), (replace(need, slot=real.slot),))])])
    with pytest.raises(ValueError, match="no field"):
        Flow([(Phase.SEGMENTATION, [Each(("segmentation", "segmentz"), (replace(need, slot=real.slot),))])])


def real_items() -> tuple[str | int, ...]:
    return FLOW.items_of[StepId.SEGMENT_NEED]
