"""The plan written out: Telegram HTML under 4096 characters, plain text, Markdown; user text inert."""

from __future__ import annotations

from datetime import date

import pytest

from bot.telegram.messages import TELEGRAM_LIMIT, telegram_length
from dialogs.core.summary import plan_document
from dialogs.phases.interview import FLOW
from domain.documents.document import Bullets, Document, Paragraph, Section, Table
from domain.documents.formats import md_escape, to_html_messages, to_markdown, to_text
from domain.documents.plan_text import render_plan
from domain.i18n import catalog
from domain.models import Diagnosis, Language, Plan, Profile
from domain.session import Session
from tests.chat import Chat
from tests.fakebot.html import parse_html
from tests.scripts import COMPLETE_FR

TODAY = date(2026, 11, 22)
HOSTILE = '<b>Café</b> & "Co" <script>alert(1)</script> *gras* _it_ [lien](x) | # &amp;'


def hostile_plan() -> Plan:
    return Plan(
        profile=Profile(name=HOSTILE),
        diagnosis=Diagnosis(strengths=(HOSTILE, "ok"), weaknesses=("<i>", "a&b"), opportunities=("x",), threats=("y",)),
    )


def test_user_text_is_escaped_in_telegram_html_and_every_message_parses() -> None:
    t = catalog(Language.FR)
    document = render_plan(hostile_plan(), t, TODAY)
    messages = to_html_messages(document, t("colon"), t("section-pending"), TELEGRAM_LIMIT, telegram_length)
    for message in messages:
        parsed = parse_html(message)
        assert HOSTILE in parsed.text
    assert "<script>" not in "".join(messages)


def test_the_whole_plan_is_split_on_section_boundaries_under_the_limit(chat: Chat) -> None:
    chat.answer(*COMPLETE_FR)
    t = catalog(Language.FR)
    document = plan_document(chat.session, TODAY, FLOW)
    messages = to_html_messages(document, t("colon"), t("section-pending"), TELEGRAM_LIMIT, telegram_length)
    assert len(messages) >= 2
    for message in messages:
        assert len(parse_html(message).text) <= TELEGRAM_LIMIT
        assert message.startswith(("<b>", "• <b>")), "each message starts at a section title, or a row of a long one"
    narrow = to_html_messages(document, t("colon"), t("section-pending"), 1200, telegram_length)
    for message in narrow:
        assert len(parse_html(message).text) <= 1200
        assert not message.startswith((" ", "\n")), "a long section is cut between its rows and blocks, never inside"


def test_a_section_longer_than_a_message_is_cut_between_lines() -> None:
    long = Section("x", "Long", (Bullets(tuple(f"élément {i} " + "é" * 80 for i in range(120))),))
    messages = to_html_messages(Document("T", "S", (long,)), " : ", "", TELEGRAM_LIMIT, telegram_length)
    assert len(messages) >= 3
    for message in messages:
        assert len(parse_html(message).text) <= TELEGRAM_LIMIT


def test_a_single_enormous_line_is_shortened_not_sent_over_the_limit() -> None:
    huge = Section("x", "Huge", (Paragraph("<&>" * 3000),))
    messages = to_html_messages(Document("T", "S", (huge,)), " : ", "", TELEGRAM_LIMIT, telegram_length)
    for message in messages:
        assert len(parse_html(message).text) <= TELEGRAM_LIMIT


@pytest.mark.parametrize("text", ["a|b", "*x*", "_y_", "[l](u)", "# t", "<b>", "\\"])
def test_markdown_escaping_makes_user_text_inert(text: str) -> None:
    escaped = md_escape(text)
    assert all(escaped[i - 1] == "\\" for i, c in enumerate(escaped) if c in "|*_[]#<>" and i > 0) or escaped[0] == "\\"


def test_markdown_has_real_tables_with_pipes_escaped() -> None:
    document = Document("T", "S", (Section("s", "S", (Table(("a", "b"), (("x|y", "z"),)),)),))
    lines = to_markdown(document, ": ").splitlines()
    assert "| a | b |" in lines
    assert "| x\\|y | z |" in lines


def test_plain_text_has_no_markup_and_marks_unfinished_sections() -> None:
    t = catalog(Language.FR)
    document = plan_document(Session(user_id=1, plan=hostile_plan()), TODAY, FLOW)
    text = to_text(document, t("colon"), t("section-pending"))
    assert HOSTILE in text
    assert "─── OBJECTIFS SMART (à compléter) ───" in text
