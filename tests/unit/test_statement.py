"""The positioning statement reads as one sentence, however the benefit was typed."""

from __future__ import annotations

import pytest

from domain.documents.strategy_sections import statement
from domain.i18n import catalog
from domain.models import Language, Plan, Positioning, Profile, Segment

FR = catalog(Language.FR)


def agency(benefit: str) -> Plan:
    return Plan(
        profile=Profile(name="Pixel Forge", model="b2b_agency"),
        segments=(Segment(name="PME industrielles"),),
        target="PME industrielles",
        positioning=Positioning(benefit=benefit),
    )


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (
            "une agence web qui transforme le site d'un industriel en machine à devis",
            "Pour « PME industrielles », Pixel Forge est une agence web qui transforme le site d'un industriel en "
            "machine à devis.",
        ),
        (
            "Pixel Forge est une agence web qui parle le langage de l'industrie",
            "Pour « PME industrielles », Pixel Forge est une agence web qui parle le langage de l'industrie.",
        ),
    ],
)
def test_a_benefit_typed_with_what_the_business_is_completes_the_sentence_alone(typed: str, expected: str) -> None:
    assert statement(agency(typed), FR) == expected


def test_a_benefit_that_is_only_a_benefit_comes_after_the_sectors_category() -> None:
    found = statement(agency("livre des projets fiables"), FR)
    assert found is not None
    assert found.startswith("Pour « PME industrielles », Pixel Forge est ")
    assert found.endswith(" qui livre des projets fiables.")
    assert " qui une " not in found
