"""The flow documents itself: its steps as a Markdown table, and checks that the graph is sound."""

from __future__ import annotations

import re

from dialogs.answers import Choice, Deadline, MultiChoice, Number, Pick, Rating, Text, TextList
from dialogs.core.flow import Flow
from dialogs.core.steps import Each, Step
from dialogs.phases.interview import FLOW
from domain.i18n import catalog
from domain.models import Language

KINDS = {
    Text: "text",
    TextList: "list",
    Number: "number",
    Rating: "rating 1–5",
    Deadline: "date",
    Choice: "choice",
    MultiChoice: "multi-choice",
    Pick: "pick",
}


def kind(step: Step) -> str:
    """A step's kind of answer, in a word."""
    for cls in type(step.field).__mro__:
        if cls in KINDS:
            return KINDS[cls]
    return type(step.field).__name__.lower()


def _condition(step: Step) -> str:
    name = getattr(step.when, "__name__", "")
    return "" if name == "always" else name


def _express(step: Step) -> str:
    if not step.complete:
        return "express only"
    if callable(step.express):
        return f"if {step.express.__name__}"
    return "asked" if step.express else "preset"


def flow_table(flow: Flow = FLOW) -> str:
    """Every step in order: phase, id, kind, collection, condition, optional, express, prompt (fr)."""
    t = catalog(Language.FR)
    lines = [
        "| # | phase | step | answer | asked for each | when | optional | express | question (fr) |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    number = 0
    for phase, nodes in flow.phases:
        for node in nodes:
            steps = node.steps if isinstance(node, Each) else (node,)
            each = ".".join(str(p) for p in node.items) if isinstance(node, Each) else ""
            for step in steps:
                number += 1
                prompt = t(f"step-{step.id}", name="…", item="…", rival="…", metric="…", capacity="…").replace(
                    "|", "\\|"
                )
                lines.append(
                    f"| {number} | {phase} | `{step.id}` | {kind(step)} | {each} | {_condition(step)} "
                    f"| {'yes' if step.optional else ''} | {_express(step)} | {prompt} |"
                )
    return "\n".join(lines) + "\n"


MARKERS = re.compile(r"(<!-- flow:start -->\n).*?(<!-- flow:end -->)", re.S)


def embed(markdown: str, table: str) -> str:
    """A Markdown text with the flow table replaced between its ``flow:start`` and ``flow:end`` markers."""
    if not MARKERS.search(markdown):
        raise ValueError("no <!-- flow:start --> ... <!-- flow:end --> markers")
    return MARKERS.sub(lambda m: m.group(1) + table + m.group(2), markdown)
