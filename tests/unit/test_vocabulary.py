"""The domain's words: steps named by id, parts of the plan judged complete once for the score and the documents."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

import pytest

import dialogs.core.steps
from domain.advice import Fix
from domain.completeness import SECTIONS, incomplete
from domain.documents.plan_text import render_plan
from domain.i18n import catalog
from domain.models import Language, Plan
from domain.vocabulary import Phase, StepId, step_key
from tests.plans import strong, weak

TODAY = date(2026, 11, 22)
DOMAIN = Path(__file__).parent.parent.parent / "domain"


def test_a_fix_naming_a_step_that_does_not_exist_fails_where_it_is_written() -> None:
    with pytest.raises(ValueError, match="price_levle"):
        Fix("review", "Revoir", review=("price_levle",))  # type: ignore[arg-type]


def test_a_per_item_step_is_named_by_its_id_and_the_item_it_is_about() -> None:
    assert step_key(StepId.SEGMENT_NEED, 1) == "segment_need:1"
    assert step_key(StepId.BUDGET) == "budget"
    assert Fix("review", "Revoir", review=(step_key(StepId.OBJECTIVE_TARGET, 0),)).review == ("objective_target:0",)


def test_the_dialogs_name_steps_and_phases_with_the_domain_s_words() -> None:
    assert dialogs.core.steps.StepId is StepId
    assert dialogs.core.steps.Phase is Phase


@pytest.mark.parametrize("plan", [Plan(), weak(), strong()], ids=["empty", "weak", "strong"])
def test_the_parts_still_to_complete_are_those_the_plan_marks_unfinished(plan: Plan) -> None:
    document = render_plan(plan, catalog(Language.FR), TODAY)
    assert [s.id for s in document.sections] == list(SECTIONS)
    assert incomplete(plan, TODAY) == tuple(s.id for s in document.sections if not s.complete)


def test_no_rule_imports_the_documents() -> None:
    """Documents are built from the rules, never the reverse: a rule stays testable without a renderer."""
    offenders = []
    for path in DOMAIN.rglob("*.py"):
        if "documents" in path.relative_to(DOMAIN).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                names = [f"{node.module}.{alias.name}" for alias in node.names]
            else:
                names = [alias.name for alias in node.names] if isinstance(node, ast.Import) else []
            offenders += [f"{path.name}: {name}" for name in names if name.startswith("domain.documents")]
    assert offenders == []
