"""An objective said as a SMART sentence: specific, measurable, dated; flagged where it is not."""

from __future__ import annotations

from domain.i18n import Catalog
from domain.models import Metric, Objective


def smart_sentence(objective: Objective, t: Catalog) -> str:
    """An objective restated as a SMART sentence, flagged where it is not measurable or not dated."""
    kind = t.label(objective.kind)
    if objective.metric is None:
        return t("smart-no-metric", kind=kind)
    goal = (
        t(
            f"smart-{objective.metric}",
            value=_metric_value(objective.metric, objective.target, t),
            count=objective.target,
        )
        if objective.target is not None
        else t.label(objective.metric)
    )
    deadline = t.day(objective.deadline) if objective.deadline else ""
    sentence = t(
        "smart-sentence" if objective.deadline else "smart-sentence-undated",
        kind=kind,
        goal=goal,
        deadline=deadline,
    )
    flags = []
    if objective.target is None:
        flags.append(t("smart-flag-number"))
    if objective.deadline is None:
        flags.append(t("smart-flag-date"))
    return " ".join([sentence, *flags])


def _metric_value(metric: Metric, value: float | None, t: Catalog) -> str:
    if value is None:
        return ""
    if metric.is_percent:
        return t.percent(value)
    if metric.is_money:
        return t.money(value)
    return t.number(value)
