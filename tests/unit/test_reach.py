"""A funnel that would have to reach a large part of the target in a year is questioned; a small one is not."""

from __future__ import annotations

from domain.i18n import catalog
from domain.kpis import suggest
from domain.models import KpiId, Language, Plan, Segment, Tactic
from domain.reach import reach_beyond_target
from tests.unit.test_kpi_model import START, plan

FR = catalog(Language.FR)


def agency(size: int) -> Plan:
    found = plan(
        "b2b_agency",
        budget=6000,
        customers=8,
        price=12000,
        purchases=0.25,
        margin=50,
        tactics=(Tactic.OUTREACH,),
        split=(100,),
    )
    return found.model_copy(
        update={"segments": (Segment(name="PME industrielles", size=size),), "target": "PME industrielles"}
    )


def test_a_funnel_reaching_more_than_a_quarter_of_the_target_is_questioned_with_its_share() -> None:
    leads = next(k for k in suggest(agency(1500), START) if k.id is KpiId.LEADS)
    assert leads.target is not None
    small = int(leads.target.value * 2)  # the target twice the leads: half of it contacted in a year
    found = list(reach_beyond_target(agency(small), FR, START))
    assert len(found) == 1
    text = found[0].text.replace("\u202f", " ").replace("\xa0", " ")
    assert f"Votre entonnoir demande {int(leads.target.value)} contacts en un an, soit 50 %" in text
    assert "« PME industrielles »" in text


def test_a_funnel_within_a_quarter_of_the_target_or_without_a_size_is_left_alone() -> None:
    leads = next(k for k in suggest(agency(1500), START) if k.id is KpiId.LEADS)
    assert leads.target is not None
    assert not list(reach_beyond_target(agency(int(leads.target.value * 5)), FR, START))
    assert not list(reach_beyond_target(agency(0), FR, START))
