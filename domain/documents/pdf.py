"""The plan as a PDF to show a partner or a banker: a cover, every section, the SWOT grid, tables and charts.

fpdf2 writes it with DejaVu Sans, the TrueType font matplotlib ships, so French accents and symbols (é, œ, €,
« ») come out right; what else a user types is drawn by the fallback fonts of ``domain.documents.fonts``, or shown as a
box naming its script (CJK, Devanagari, Arabic, Hebrew, most emoji), never left out.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import astuple
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from fpdf import FPDF, FontFace, XPos, YPos, image_parsing

from domain.documents.document import Block, Bullets, Document, Grid, Pairs, Paragraph, Section, Table
from domain.documents.fonts import Fallbacks, font_files, kept_characters
from domain.i18n import Catalog

if TYPE_CHECKING:
    from PIL.Image import Image

FONT = "DejaVu"
INK = (44, 62, 80)
ACCENT = (211, 84, 0)
MUTED = (127, 140, 141)
HEADING_FILL = (236, 240, 241)
SWOT_FILLS = ((212, 239, 223), (250, 219, 216), (214, 234, 248), (252, 243, 207))
IMAGE_WIDTH = 165
TABLE = {"text_align": "LEFT", "v_align": "TOP", "padding": (0.8, 1.2)}

image_parsing.SETTINGS.compression_level = 1
"""fpdf2 compresses the charts' pixels itself: its fastest level saves 16 ms a PDF for 15 % more bytes (measured)."""


def column_widths(header: Sequence[str], rows: Sequence[Sequence[str]], total: float, char: float) -> tuple[float, ...]:
    """Column widths in mm: each wide enough for its longest word, the rest shared by how much text it holds."""
    least, weights = [], []
    for index, title in enumerate(header):
        column = [title, *(row[index] for row in rows if index < len(row))]
        longest = max(len(word) for text in column for word in (text.split() or [""]))
        least.append(longest * char + 3)
        weights.append(sum(len(text) for text in column[1:]) / max(len(column) - 1, 1) + 1)
    spare = total - sum(least)
    if spare <= 0:
        return tuple(width * total / sum(least) for width in least)
    return tuple(width + spare * weight / sum(weights) for width, weight in zip(least, weights, strict=True))


class _Pdf(FPDF):
    def __init__(self, footer: str, scratch: Path) -> None:
        super().__init__(format="A4")
        self.footer_text = footer
        regular, bold = font_files()
        self.add_font(FONT, "", regular)
        self.add_font(FONT, "B", bold)
        self.kept = kept_characters()
        self.fallbacks = Fallbacks(scratch)
        self.set_margins(18, 18, 18)
        self.set_auto_page_break(True, margin=18)
        self.set_text_color(*INK)

    def normalize_text(self, text: str) -> str:
        """Every text on its way in: with the fallback fonts on if it needs them, without what draws nothing.

        Fallbacks are on only while a text needs them (fpdf2 lays text out twice as slowly with them), and never
        turned off by the footer, which may be drawn in the middle of another text.
        """
        if needed := not self.kept.issuperset(text):
            self.add_fonts_for(text)
            text = self.fallbacks.shown(text)
            needed = not self.kept.issuperset(text)
        if self.fallbacks.families and (needed or not self.in_footer):
            self.set_fallback_fonts(self.fallbacks.families if needed else [], exact_match=False)
        if needed:
            self.set_page_font()
        return super().normalize_text(text)

    def add_fonts_for(self, text: str) -> None:
        """Add the fallback fonts that the characters of a text need."""
        for family, style, path in self.fallbacks.fonts_for(text):
            self.add_font(family, style, path)

    def set_page_font(self) -> None:
        """Set the current font for the page before a text that may start with a fallback font, and on each page.

        fpdf2 2.8.9 would set it inside that text's first line, where the text colour's ``q … Q`` undoes it, and
        the texts after it on the page would come out in no font at all: invisible (py-pdf/fpdf2#1772).
        """
        if self.page and self.fallbacks.families and self.current_font and not self.current_font_is_set_on_page:
            self._out(self._set_font_for_page(self.current_font, self.font_size_pt))

    def header(self) -> None:
        self.set_page_font()

    def footer(self) -> None:
        if self.page_no() == 1:
            return
        self.set_y(-12)
        self.set_font(FONT, "", 8)
        self.set_text_color(*MUTED)
        self.cell(0, 5, f"{self.footer_text} · {self.page_no()}/{{nb}}", align="C")
        self.set_text_color(*INK)


def plan_pdf(
    document: Document,
    t: Catalog,
    today: date,
    subtitle: str = "",
    images: Mapping[str, Sequence[Image]] | None = None,
) -> bytes:
    """Write a plan document as PDF bytes; ``images`` are charts to show at the end of a section."""
    with tempfile.TemporaryDirectory(prefix="planbot-pdf-") as scratch:
        pdf = _Pdf(t("pdf-footer", title=document.title), Path(scratch))
        pdf.add_fonts_for(json.dumps(astuple(document), ensure_ascii=False, default=str) + subtitle)  # all at once
        pdf.set_title(document.title)
        pdf.set_author("planbot")
        pdf.set_creation_date(datetime.combine(today, datetime.min.time(), tzinfo=UTC))
        _cover(pdf, document, t, today, subtitle)
        for section in document.sections:
            _section(pdf, section, t, (images or {}).get(section.id, ()))
        return bytes(pdf.output())


def _cover(pdf: _Pdf, document: Document, t: Catalog, today: date, subtitle: str) -> None:
    pdf.add_page()
    pdf.set_y(80)
    pdf.set_font(FONT, "", 14)
    pdf.set_text_color(*ACCENT)
    pdf.cell(0, 10, t("pdf-cover-kicker"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(*INK)
    pdf.set_font(FONT, "B", 28)
    pdf.multi_cell(0, 13, document.title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.set_font(FONT, "", 13)
    if subtitle:
        pdf.multi_cell(0, 8, subtitle, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(*MUTED)
    pdf.multi_cell(0, 8, t("pdf-cover-date", date=t.day(today)), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(10)
    pdf.set_font(FONT, "", 10)
    pdf.set_text_color(*INK)
    for number, section in enumerate(document.sections, start=1):
        mark = "" if section.complete else f" — {t('section-pending')}"
        pdf.cell(0, 6, f"{number}. {section.title}{mark}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _section(pdf: _Pdf, section: Section, t: Catalog, images: Sequence[Image]) -> None:
    if pdf.get_y() > 200 or pdf.page_no() == 1:
        pdf.add_page()
    else:
        pdf.ln(6)
    pdf.set_font(FONT, "B", 16)
    pdf.set_text_color(*ACCENT)
    pdf.cell(0, 10, section.title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    if not section.complete:
        pdf.set_font(FONT, "", 9)
        pdf.set_text_color(*MUTED)
        pdf.cell(0, 5, t("pdf-incomplete"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(*INK)
    pdf.ln(2)
    for block in section.blocks:
        _block(pdf, block, t)
        pdf.ln(3)
    for image in images:
        if pdf.get_y() > 180:
            pdf.add_page()
        pdf.image(image, x=pdf.l_margin + 4, w=IMAGE_WIDTH)
        pdf.ln(3)


def _block(pdf: _Pdf, block: Block, t: Catalog) -> None:
    match block:
        case Paragraph(text):
            pdf.set_font(FONT, "", 10)
            pdf.multi_cell(0, 5.5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        case Bullets(items, title):
            if title:
                pdf.set_font(FONT, "B", 10.5)
                pdf.cell(0, 6.5, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_font(FONT, "", 10)
            for item in items:
                pdf.multi_cell(0, 5.5, f"•  {item}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        case Pairs(items):
            pdf.set_font(FONT, "", 9.5)
            with pdf.table(col_widths=(1, 2), first_row_as_headings=False, line_height=5.5, **TABLE) as table:
                for label, value in items:
                    row = table.row()
                    row.cell(label, style=FontFace(emphasis="BOLD"))
                    row.cell(value)
        case Table(header, rows):
            size = 8 if len(header) > 4 else 9
            pdf.set_font(FONT, "", size)
            headings = FontFace(emphasis="BOLD", fill_color=HEADING_FILL)
            widths = column_widths(header, rows, pdf.epw, pdf.get_string_width("m") * 0.92)
            with pdf.table(col_widths=widths, line_height=4.4, headings_style=headings, **TABLE) as table:
                for cells in (header, *rows):
                    row = table.row()
                    for cell in cells:
                        row.cell(cell)
        case Grid(cells, columns):
            pdf.set_font(FONT, "", 9.5)
            with pdf.table(first_row_as_headings=False, line_height=5.2, **TABLE) as table:
                for start in range(0, len(cells), columns):
                    chunk = cells[start : start + columns]
                    heading_row = table.row()
                    for index, box in enumerate(chunk, start=start):
                        fill = SWOT_FILLS[index % len(SWOT_FILLS)]
                        heading_row.cell(box.title or "", style=FontFace(emphasis="BOLD", fill_color=fill))
                    body_row = table.row()
                    for box in chunk:
                        body_row.cell("\n".join(f"•  {entry}" for entry in box.items))
