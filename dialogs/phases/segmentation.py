"""Phase 3, segmentation: two to four segments, who they are (by B2C or B2B criteria), their need and size."""

from __future__ import annotations

from dialogs.answers import Number, Text, TextList
from dialogs.core.steps import ITEM, Each, Node, Phase, Step, StepId, is_b2b, is_b2c, named_items, names
from dialogs.parsing.number_lexicon import Unit
from dialogs.phases.suggestions import segment_names, segment_need, segment_who
from domain.models import Segment

PHASE = Phase.SEGMENTATION


STEPS: tuple[Node, ...] = (
    Step(
        StepId.SEGMENTS,
        TextList(least=2, most=4, suggestions=segment_names),
        ("segments",),
        read=names,
        write=named_items(Segment),
        invalidates=(StepId.TARGET,),
    ),
    Each(
        ("segments",),
        (
            Step(
                StepId.SEGMENT_WHO_B2C,
                Text(limit=300, suggestions=segment_who),
                ("segments", ITEM, "who"),
                when=is_b2c,
            ),
            Step(
                StepId.SEGMENT_WHO_B2B,
                Text(limit=300, suggestions=segment_who),
                ("segments", ITEM, "who"),
                when=is_b2b,
            ),
            Step(StepId.SEGMENT_NEED, Text(limit=300, suggestions=segment_need), ("segments", ITEM, "need")),
            Step(
                StepId.SEGMENT_SIZE,
                Number(Unit.COUNT, most=1_000_000_000, whole=True),
                ("segments", ITEM, "size"),
                optional=True,
            ),
        ),
    ),
)
