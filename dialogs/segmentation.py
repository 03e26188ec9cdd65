"""Phase 3, segmentation: two to four segments, who they are (by B2C or B2B criteria), their need and size."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from dialogs.fields import Context, Number, Pick, Text, TextList, Unit
from dialogs.steps import ITEM, Each, Node, Path, Phase, Step, StepId, is_b2b, is_b2c, named_items, names
from dialogs.suggestions import segment_names, segment_need, segment_who
from domain.models import Plan, Segment

PHASE = Phase.SEGMENTATION


@dataclass(frozen=True)
class MainTarget(Pick):
    """Express: the main segment, picked among the sector's typical ones or named; the others come along."""

    def parse(self, raw: str, ctx: Context) -> tuple[str, ...]:  # type: ignore[override]
        """The chosen segment first, then the other typical ones."""
        return self._with_others(super().parse(raw, ctx), ctx)

    def choose(self, ids: Sequence[str], ctx: Context) -> tuple[str, ...]:  # type: ignore[override]
        """The tapped segment first, then the other typical ones."""
        return self._with_others(super().choose(ids, ctx), ctx)

    def _with_others(self, name: str, ctx: Context) -> tuple[str, ...]:
        others = (n for n in segment_names(ctx) if n.casefold() != name.casefold())
        return (name, *others)[:4]


def write_main_target(plan: Plan, path: Path, chosen: tuple[str, ...]) -> Plan:
    """Express: the segments, the first of them being the target."""
    plan = named_items(Segment)(plan, ("segments",), chosen)
    return plan.model_copy(update={"target": chosen[0]})


STEPS: tuple[Node, ...] = (
    Step(
        StepId.MAIN_TARGET,
        MainTarget(items=segment_names),
        ("target",),
        complete=False,
        write=write_main_target,
    ),
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
