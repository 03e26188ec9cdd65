"""The corpus of answers as people type them on a phone, played through the engine, checked and counted.

Each case of ``tests/corpus/<kind>.toml`` names a question (a step of an interview script, reached by playing the
script until that question is asked, then the answers of ``via`` if any), the language, the text typed, and what it
must give: the value stored in the plan (``value``; ``within`` a range where the meaning is approximate; for a
multi-choice list, the members it keeps, ``contains``), or a reaction that stores nothing: ``refused`` (an error
saying why), ``asks`` (which one, with those options as buttons), ``nonanswer`` (the question explained, not the
bare error). ``says`` asks for a conversion to be said back in one line.

The cases not understood yet are in ``tests/corpus/known.toml``, with what happens instead: strict expected
failures, so that a case that starts passing is noticed. ``python -m tests.engine.test_corpus`` prints the shares
understood; ``python -m tests.engine.test_corpus --known`` rewrites that list from what the code does now.
"""

from __future__ import annotations

import json
import math
import sys
import tomllib
from collections.abc import Callable, Iterable
from typing import Any

import pytest

from tests.corpus.play import CORPUS, EXPECTATIONS, KINDS, VERDICTS, Case, load, verdict

KNOWN = CORPUS / "known.toml"


def known() -> dict[str, Any]:
    """The cases not understood yet (``known``: what happens instead) and the shares that must hold (``threshold``)."""
    return tomllib.loads(KNOWN.read_text(encoding="utf-8")) if KNOWN.exists() else {}


def shares(cases: Iterable[Case], by: Callable[[Case], str]) -> dict[str, tuple[int, int]]:
    """Cases understood and cases played, by kind (or trait, or language), among the cases played in this run."""
    found: dict[str, tuple[int, int]] = {}
    for case in cases:
        if case.id in VERDICTS:
            understood, total = found.get(by(case), (0, 0))
            found[by(case)] = (understood + (VERDICTS[case.id] is None), total + 1)
    return found


def summarize(write: Callable[[str], Any]) -> None:
    """The shares understood, per kind (French, then English) and overall, then per trait of the answers."""
    cases = [c for c in CASES if c.id in VERDICTS]
    if not cases:
        return
    write("Answers as people type them on a phone (tests/corpus), understood:")
    for name, chosen in [*((kind, [c for c in cases if c.kind == kind]) for kind in KINDS), ("all", cases)]:
        if chosen:
            understood = sum(VERDICTS[c.id] is None for c in chosen)
            langs = sorted(shares(chosen, lambda c: c.lang).items(), reverse=True)
            per = "  ".join(f"{lang} {u:>3}/{n:<3}" for lang, (u, n) in langs)
            write(f"  {name:<7} {understood:>4}/{len(chosen):<4} {understood / len(chosen):>4.0%}   {per}")
    traits = sorted(shares(cases, lambda c: c.tag).items())
    write("  by trait: " + ", ".join(f"{tag} {u}/{n}" for tag, (u, n) in traits))


def rewrite_known() -> None:
    """Write down the cases not understood now, and raise each kind's threshold to its share now (never lower it)."""
    for case in CASES:
        verdict(case)
    was = known().get("threshold", {})
    rows = [f"{json.dumps(c.id, ensure_ascii=False)} = {json.dumps(VERDICTS[c.id], ensure_ascii=False)}" for c in CASES]
    lines = [row for row, case in zip(rows, CASES, strict=True) if VERDICTS[case.id]]
    kinds = [(k, [VERDICTS[c.id] is None for c in CASES if c.kind == k]) for k in KINDS]
    floors = [f"{k} = {max(was.get(k, 0.0), math.floor(100 * sum(ok) / len(ok)) / 100)}" for k, ok in kinds]
    header = (
        "# Rewritten by `python -m tests.engine.test_corpus --known`: the share of each kind that must be understood,"
    )
    header += "\n# and the cases not understood yet, with what happens instead.\n"
    text = header + "[threshold]\n" + "\n".join(floors) + "\n\n[known]\n" + "\n".join(lines) + "\n"
    KNOWN.write_text(text, encoding="utf-8")


CASES = load()
KNOWN_CASES: dict[str, str] = known().get("known", {})
THRESHOLDS: dict[str, float] = known().get("threshold", {})


def expected(case: Case) -> Any:
    """A case as a test: a strict expected failure while it is known not to be understood."""
    if case.id not in KNOWN_CASES:
        return pytest.param(case, id=case.id)
    reason = KNOWN_CASES[case.id]
    return pytest.param(case, id=case.id, marks=pytest.mark.xfail(reason=reason, strict=True, raises=AssertionError))


@pytest.mark.parametrize("case", [expected(case) for case in CASES])
def test_an_answer_typed_on_a_phone_is_understood(case: Case) -> None:
    happened = verdict(case)
    assert happened is None, f"{case.text!r} at {case.step}: {happened}"


@pytest.mark.parametrize("kind", KINDS)
def test_the_share_of_each_kind_understood_holds(kind: str) -> None:
    chosen = [c for c in CASES if c.kind == kind]
    understood = sum(verdict(c) is None for c in chosen)
    print(f"\n{kind}: {understood}/{len(chosen)} understood ({understood / len(chosen):.0%})")
    assert understood / len(chosen) >= THRESHOLDS.get(kind, 1.0)


def test_the_corpus_is_large_bilingual_and_well_formed() -> None:
    ids = [c.id for c in CASES]
    assert len(CASES) >= 400
    assert len(set(ids)) == len(ids), [i for i in ids if ids.count(i) > 1]
    assert 0.55 <= sum(c.lang == "fr" for c in CASES) / len(CASES) <= 0.65
    odd = [c.id for c in CASES if sum(k in c.expect for k in EXPECTATIONS) != 1 or c.lang not in ("fr", "en")]
    assert not odd, odd
    assert set(KNOWN_CASES) <= set(ids), sorted(set(KNOWN_CASES) - set(ids))
    assert set(THRESHOLDS) == set(KINDS)


if __name__ == "__main__":
    if "--known" in sys.argv:
        rewrite_known()
    for case in CASES:
        verdict(case)
    summarize(print)
