"""A conquest objective below the customers lost in a year is questioned, with the number that grows the business."""

from __future__ import annotations

from datetime import date

from domain.i18n import catalog
from domain.models import Facts, Language, Plan
from domain.replacement import shrinking
from domain.score import score
from tests.unit.test_kpi_model import START, plan

FR = catalog(Language.FR)


def agency(customers: int, returning: float, new: float) -> Plan:
    found = plan("b2b_agency", budget=6000, customers=new, price=12000, purchases=0.25, margin=50)
    return found.model_copy(update={"facts": Facts(customers=customers, returning=returning)})


def test_eight_new_clients_when_eleven_of_fourteen_do_not_come_back_shrinks_the_agency() -> None:
    found = list(shrinking(agency(14, 20, 8), FR, START))
    assert len(found) == 1
    text = found[0].text.replace("\u202f", " ").replace("\xa0", " ")
    assert "14 clients et 80 % ne reviennent pas" in text
    assert "environ 11 nouveaux juste pour garder le même volume" in text
    assert "visez au moins 13" in text
    change = found[0].fixes[0].change
    assert change is not None
    grown = change(agency(14, 20, 8))
    assert grown.objectives is not None
    assert grown.objectives[0].target == 13
    assert not list(shrinking(grown, FR, START))


def test_an_objective_above_the_customers_lost_or_without_todays_numbers_is_left_alone() -> None:
    assert not list(shrinking(agency(14, 20, 12), FR, START))
    bare = plan("b2b_agency", budget=6000, customers=3, price=12000, purchases=0.25, margin=50)
    assert not list(shrinking(bare, FR, START))
    cafe = plan("cafe", budget=2000, customers=50, price=8, purchases=40, margin=70)
    cafe = cafe.model_copy(update={"facts": Facts(customers=450, returning=35)})
    assert not list(shrinking(cafe, FR, START)), "a café's objective counts what marketing adds to its regulars"
    assert any(f.rule == "consistency:shrinking" for f in score(agency(14, 20, 8), FR, date(2026, 12, 1)).findings)
