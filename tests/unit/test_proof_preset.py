"""The proof express fills in is the user's own words: a figure, else a credential; never a claim they did not make."""

from __future__ import annotations

import pytest

from dialogs.phases.defaults import _proof
from domain.business import business
from domain.models import Diagnosis, Language, Plan
from tests.unit.test_kpi_model import START

COACH = business("personal_services")


def proof(*strengths: str) -> str | None:
    plan = Plan(diagnosis=Diagnosis(strengths=strengths))
    return _proof(plan, None, COACH, Language.FR, START)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("strengths", "found"),
    [
        (("Diplômée BPJEPS", "Séances en plein air"), "Diplômée BPJEPS"),
        (("Certifié RGE", "15 ans de métier"), "15 ans de métier"),
        (("Accueil chaleureux", "Ponctuel"), None),
    ],
)
def test_a_figure_else_a_credential_among_the_strengths_is_the_proof(
    strengths: tuple[str, ...], found: str | None
) -> None:
    assert proof(*strengths) == found
