"""A returning-customers objective several times today's share is questioned, with a reachable step to take."""

from __future__ import annotations

from datetime import date

import pytest

from domain.i18n import catalog
from domain.models import Facts, Language, Metric, Objective, ObjectiveKind, Plan
from domain.share_jump import share_jump
from tests.plans import strong

FR = catalog(Language.FR)
TODAY = date(2026, 11, 22)


def loyal(now: float | None, target: float, metric: Metric = Metric.RETENTION_RATE) -> Plan:
    objective = Objective(kind=ObjectiveKind.LOYALTY, metric=metric, target=target, deadline=date(2027, 11, 30))
    return strong().model_copy(update={"facts": Facts(returning=now), "objectives": (objective,)})


def test_ninety_percent_aimed_at_from_twelve_is_questioned_with_a_step_to_take() -> None:
    found = list(share_jump(loyal(12, 90), FR, TODAY))
    assert [f.rule for f in found] == ["jump:loyalty"]
    assert "7,5 fois plus qu'aujourd'hui" in found[0].text
    step = found[0].fixes[0].change
    assert step is not None
    assert step(loyal(12, 90)).objectives[0].target == 24  # type: ignore[index]
    assert list(share_jump(step(loyal(12, 90)), FR, TODAY)) == []


@pytest.mark.parametrize(
    ("now", "target", "metric"),
    [
        (35, 45, Metric.REPEAT_RATE),
        (12, 30, Metric.RETENTION_RATE),
        (None, 90, Metric.RETENTION_RATE),
        (12, 90, Metric.NPS),
    ],
)
def test_a_reachable_target_an_unknown_today_or_another_metric_is_no_finding(
    now: float | None, target: float, metric: Metric
) -> None:
    assert list(share_jump(loyal(now, target, metric), FR, TODAY)) == []
