"""Budget shares and action decisions typed the way people say them (the corpus has many more cases)."""

from __future__ import annotations

from datetime import date

import pytest

from dialogs.answers import Context
from dialogs.conversation import Conversation
from dialogs.parsing import shares
from dialogs.phases.actions import Decide
from domain.i18n import catalog
from domain.models import ActionStatus, Language, Plan
from domain.storage import Store
from tests.chat import Chat, Clock
from tests.scripts import EXPRESS_FR


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("50/30/20", "50, 30, 20"),
        ("60-40", "60, 40"),
        ("1500 et 1500", "1500, 1500"),
        ("reseaux 50 evenements 30 fidelite 20", "reseaux 50, evenements 30, fidelite 20"),
        ("moitié réseaux, 30 événements, 20 fidélité", "réseaux 50, événements 30, fidélité 20"),
        ("deux tiers réseaux, un tiers événements", "réseaux 66.7, événements 33.3"),
        ("80 % réseaux, le reste en événements", "réseaux 80, événements 20"),
        ("euh 50/30/20 je dirais", "50, 30, 20"),
        ("SEO 50, emailing 50", "SEO 50, emailing 50"),
    ],
)
def test_shares_are_brought_to_one_label_and_number_per_item(typed: str, read: str) -> None:
    assert shares.canonical(typed) == read


@pytest.mark.parametrize(
    "typed",
    ["pareil", "tout pareil", "équitablement", "moitié moitié", "half and half", "fifty-fifty", "same for each"],
)
def test_equal_shares_said_in_words(typed: str) -> None:
    assert shares.equal(typed)


@pytest.mark.parametrize("typed", ["50/50", "réseaux 50", "la moitié sur les réseaux", "tout sur les réseaux"])
def test_what_is_not_equal_shares(typed: str) -> None:
    assert not shares.equal(typed)


def test_everything_on_one_tactic() -> None:
    assert shares.everything_on("tout sur les réseaux") == "les reseaux"
    assert shares.everything_on("all on SEO") == "seo"
    assert shares.everything_on("50 réseaux") is None


@pytest.mark.parametrize(("typed", "enabled"), [("ouais", True), ("carrément", True), ("non merci", False)])
def test_the_reminders_offer_answered_in_words(typed: str, enabled: bool) -> None:
    chat = Chat(Conversation(Store(), Clock()), 1, Language.FR)
    chat.send("/start")
    chat.answer(*EXPRESS_FR)
    assert chat.question.key == "opt_in"
    chat.send(typed)
    assert not chat.errors()
    session = chat.conversation.session(1)
    assert session.reminders.enabled is enabled


def test_an_action_accepted_with_a_new_budget_keeps_the_budget() -> None:
    ctx = Context(Plan(), 0, catalog(Language.FR), date(2026, 11, 22))
    decision = Decide().parse("oui mais 600€", ctx)
    assert (decision.status, decision.budget) == (ActionStatus.PLANNED, 600.0)
