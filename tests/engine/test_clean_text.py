"""Typed text is stored clean (no controls, no bidi overrides), and the PDF shows every character typed."""

from __future__ import annotations

import io
import unicodedata
from datetime import date
from typing import cast

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from dialogs.core.summary import plan_document
from dialogs.parsing.text import clean_typed
from dialogs.phases.interview import FLOW
from domain.documents.document import Document, Paragraph, Section
from domain.documents.pdf import plan_pdf
from domain.i18n import catalog
from domain.models import Language
from tests.chat import NOW, Chat
from tests.scripts import COMPLETE_FR

RLO, PDF_, LRI, PDI = "\u202e", "\u202c", "\u2066", "\u2069"
ZWJ, VS16 = "\u200d", "\ufe0f"


def test_a_nul_character_is_removed() -> None:
    assert clean_typed("Café\x00 Lumière\x00") == "Café Lumière"


def test_bidi_overrides_embeddings_isolates_and_marks_are_removed() -> None:
    typed = f"{RLO}Café{PDF_} \u202aLu\u202bmi\u202dère\u202c {LRI}7e{PDI} \u200e\u200f\u061c\u2067\u2068x"
    assert clean_typed(typed) == "Café Lumière 7e x"


def test_c0_and_c1_control_characters_are_removed() -> None:
    assert clean_typed("a\x01b\x1bc\x7fd\x80e\x9bf\x9fg") == "abcdefg"


def test_tabs_become_spaces_and_every_kind_of_line_break_a_new_line() -> None:
    assert clean_typed("Nom\tPrix\r\nCafé\r12 €\x85Thé\u2028Eau\x0cFin\n") == "Nom Prix\nCafé\n12 €\nThé\nEau\nFin\n"


def test_emoji_sequences_keep_their_joiners_variation_selectors_skin_tones_and_tags() -> None:
    scotland = "🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f"
    typed = f"👩{ZWJ}💻 ❤{VS16} 👍🏽 {scotland} 👨{ZWJ}👩{ZWJ}👧"
    assert clean_typed(typed) == typed


def test_accents_typed_as_combining_marks_are_composed() -> None:
    typed = unicodedata.normalize("NFD", "Crème brûlée à Göteborg")
    assert len(typed) > len("Crème brûlée à Göteborg")
    assert clean_typed(typed) == "Crème brûlée à Göteborg"


def test_a_control_between_a_letter_and_its_accent_does_not_keep_them_apart() -> None:
    assert clean_typed("e\x00\u0301") == "é"


def test_text_made_only_of_controls_cleans_to_nothing() -> None:
    assert clean_typed(f"\x00{RLO}\t\x1b{PDF_}") == " "
    assert clean_typed(f"\x00{RLO}{PDF_}\u200e") == ""


@settings(max_examples=500)
@given(st.text())
def test_cleaning_leaves_no_control_character_and_cleaning_again_changes_nothing(typed: str) -> None:
    cleaned = clean_typed(typed)
    assert all(c == "\n" or unicodedata.category(c) not in ("Cc", "Cs") for c in cleaned)
    assert not set(cleaned) & set(f"{RLO}{PDF_}{LRI}{PDI}\u202a\u202b\u202d\u2067\u2068\u200e\u200f\u061c\ufeff")
    assert clean_typed(cleaned) == cleaned


def test_a_business_name_typed_with_a_bidi_override_and_a_nul_is_stored_clean(chat: Chat) -> None:
    assert chat.question.key == "name"
    chat.answer(f"{RLO}Café\x00 Lumière{PDF_}")
    assert chat.session.plan.profile.name == "Café Lumière"
    assert chat.question.key != "name"


def test_an_answer_of_only_invisible_characters_reads_as_an_empty_one(chat: Chat) -> None:
    chat.send("")
    empty = chat.errors()
    chat.send(f"\x00{RLO}{PDF_}\u200e")
    assert empty
    assert chat.errors() == empty
    assert chat.question.key == "name"
    assert chat.session.plan.profile.name is None


SCRIPTS = {
    "Café Lumière": "Café 😀🍰☕ 中文",
    "Lyon 7e": "Lyon 7e, Русский Ελληνικά",
    "Produits faits maison, accueil chaleureux, emplacement passant": (
        "Produits faits maison 🍰, accueil chaleureux العربية, emplacement हिन्दी"
    ),
    "Petite salle, peu connu": "Petite salle ★ ✈ ♥, peu connu 한글 ไทย",
}
"""Answers of the complete interview, and what the user types instead: emoji, other scripts, symbols."""


def pdf_text(content: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def font_names(content: bytes) -> set[str]:
    pages = PdfReader(io.BytesIO(content)).pages
    fonts = (cast(DictionaryObject, cast(DictionaryObject, page["/Resources"])["/Font"]) for page in pages)
    return {str(cast(DictionaryObject, font.get_object())["/BaseFont"]) for each in fonts for font in each.values()}


def test_the_pdf_shows_every_character_typed_in_any_script_as_a_glyph_or_a_named_box(
    chat: Chat, caplog: pytest.LogCaptureFixture
) -> None:
    chat.answer(*(SCRIPTS.get(line, line) for line in COMPLETE_FR), "1")
    session = chat.session
    assert session.plan.profile.name == "Café 😀🍰☕ 中文"
    document = plan_document(session, NOW.date(), FLOW)
    content = plan_pdf(document, catalog(session.lang), NOW.date(), "Lyon 7e · ελληνικά")
    text = pdf_text(content)
    for char in {c for typed in SCRIPTS.values() for c in typed if not c.isspace()} | set("ελληνικά"):
        assert char in text, f"{char!r} ({unicodedata.name(char, '?')}) is not in the PDF"
    assert "missing the following glyphs" not in caplog.text
    assert any("LastResort" in name for name in font_names(content)), font_names(content)


def test_a_plan_in_french_only_embeds_no_fallback_font(chat: Chat, caplog: pytest.LogCaptureFixture) -> None:
    chat.answer(*COMPLETE_FR, "1")
    session = chat.session
    content = plan_pdf(plan_document(session, NOW.date(), FLOW), catalog(session.lang), NOW.date())
    assert font_names(content) == {"/MPDFAA+DejaVuSansBook", "/MPDFAA+DejaVuSansBold"}
    assert "missing the following glyphs" not in caplog.text


@pytest.mark.parametrize("odd", ["中文", "Кафе", "🍰", "العربية"])
def test_the_text_after_one_that_starts_in_a_fallback_font_stays_visible(odd: str) -> None:
    """A paragraph long enough to run onto a new page, starting with a character that only a fallback draws."""
    blocks = (Paragraph("Avant"), Paragraph(" ".join([f"{odd} mot"] * 1200)), Paragraph("Après, en clair"))
    document = Document(
        "Plan",
        "",
        (
            Section(
                "one",
                "Section",
                (*blocks, Paragraph(f"{odd} puis la fin")),
            ),
        ),
    )
    text = pdf_text(plan_pdf(document, catalog(Language.FR), date(2026, 1, 1)))
    assert "Après, en clair" in text
    assert "puis la fin" in text


def test_control_characters_stored_before_cleaning_are_left_out_of_the_pdf_not_drawn_as_boxes() -> None:
    document = Document("Plan", "", (Section("one", "Section", (Paragraph(f"Ca\x00fé\t{RLO}Lu{PDF_}mière"),)),))
    content = plan_pdf(document, catalog(Language.FR), date(2026, 1, 1))
    assert "Café Lumière" in pdf_text(content)
    assert not any("LastResort" in name for name in font_names(content))
