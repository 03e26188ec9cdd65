"""Both catalogues complete: every key, and every placeholder, in French and in English."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

import pytest
from fluent.syntax import ast, parse, visitor

from dialogs.phases.interview import FLOW
from domain import kpis, models
from domain.i18n import LOCALES, catalog
from domain.models import Language


class _Variables(visitor.Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.names.add(node.id.name)


def messages(lang: Language) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in sorted(Path(LOCALES / lang.value).glob("*.ftl")):
        for entry in parse(path.read_text(encoding="utf-8")).body:
            assert not isinstance(entry, ast.Junk), f"{path}: {entry.annotations}"
            if isinstance(entry, ast.Message):
                assert entry.id.name not in found, f"{entry.id.name} twice in {lang}"
                variables = _Variables()
                variables.visit(entry)
                found[entry.id.name] = variables.names
    return found


def test_french_and_english_have_the_same_keys() -> None:
    fr, en = messages(Language.FR), messages(Language.EN)
    assert sorted(fr.keys() - en.keys()) == []
    assert sorted(en.keys() - fr.keys()) == []


def test_french_and_english_messages_use_the_same_placeholders() -> None:
    fr, en = messages(Language.FR), messages(Language.EN)
    assert {k: v for k, v in fr.items() if en.get(k) != v} == {}


@pytest.mark.parametrize("lang", list(Language))
def test_every_step_has_a_prompt_examples_and_a_review_label(lang: Language) -> None:
    t = catalog(lang)
    for step_id in FLOW.steps:
        for key in (f"step-{step_id}", f"step-{step_id}-hint", f"label-{step_id}"):
            assert t(key, name="N", item="I", rival="R", metric="M", capacity="C").strip(), key


ENUMS = [
    member
    for name in dir(models)
    if isinstance(e := getattr(models, name), type)
    and issubclass(e, StrEnum)
    and e is not StrEnum
    and e is not models.Language
    for member in e
]


@pytest.mark.parametrize("lang", list(Language))
def test_every_value_the_user_can_meet_has_a_label(lang: Language) -> None:
    t = catalog(lang)
    assert all(t.label(member) for member in ENUMS)


@pytest.mark.parametrize("lang", list(Language))
def test_every_kpi_has_a_name_a_formula_and_where_to_measure_it(lang: Language) -> None:
    t = catalog(lang)
    for kpi in kpis.KpiId:
        for part in ("", "-formula", "-where"):
            assert t(f"kpi-{kpi}{part}")


def test_a_missing_key_is_an_error_not_a_silent_blank() -> None:
    with pytest.raises(KeyError):
        catalog(Language.FR)("no-such-key")
