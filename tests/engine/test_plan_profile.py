"""The plan's profile shows no gap for what the interview never asked."""

from __future__ import annotations

from dialogs.conversation import Conversation
from domain.documents.plan_text import diagnosis_section, profile_section, segmentation_section
from domain.i18n import catalog
from domain.models import Language
from domain.storage import Store
from tests.chat import Chat, Clock
from tests.scripts import COMPLETE_FR, EXPRESS_FR


def profile_text(lines: list[str]) -> str:
    store = Store()
    chat = Chat(Conversation(store, Clock()), 1, Language.FR)
    chat.send("/start")
    chat.answer(*lines)
    session = store.load(1)
    assert session is not None
    section = profile_section(session.plan, catalog(Language.FR), Clock()().date())
    return repr(section)


def test_an_express_plan_shows_no_stage_or_area_to_complete() -> None:
    text = profile_text(EXPRESS_FR)
    assert "Stade" not in text
    assert "à compléter" not in text


def test_a_complete_plan_shows_its_stage_and_area() -> None:
    text = profile_text(COMPLETE_FR)
    assert "Stade" in text


def test_an_express_plan_lists_its_competitors_and_segments_without_columns_of_dashes() -> None:
    store = Store()
    chat = Chat(Conversation(store, Clock()), 1, Language.FR)
    chat.send("/start")
    chat.answer(*EXPRESS_FR)
    session = store.load(1)
    assert session is not None
    t = catalog(Language.FR)
    today = Clock()().date()
    diagnosis = repr(diagnosis_section(session.plan, t, today))
    segments = repr(segmentation_section(session.plan, t, today))
    assert "Ikea" in diagnosis
    assert "'—'" not in diagnosis
    assert "'—'" not in segments
