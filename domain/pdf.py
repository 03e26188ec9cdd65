"""The plan as a PDF to show a partner or a banker: a cover, every section, the SWOT grid, tables and charts.

fpdf2 writes it with DejaVu Sans, the TrueType font matplotlib ships, so French accents and symbols (é, œ, €,
« ») come out right.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from fpdf import FPDF, FontFace, XPos, YPos, image_parsing

from domain.document import Block, Bullets, Document, Grid, Pairs, Paragraph, Section, Table
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


SCRIPTS = (
    (0x20, 0x7E),  # ASCII
    (0xA0, 0x17F),  # Latin-1 and Latin Extended-A: every accent of Western and Central Europe, œ and æ
    (0x218, 0x21B),  # Romanian ș and ț
    (0x2000, 0x206F),  # general punctuation: dashes, quotes, bullets, narrow no-break space
    (0x20A0, 0x20CF),  # currency signs: €
    (0x2190, 0x2199),  # arrows
    (0x2212, 0x2215),  # minus and slashes
    (0x2260, 0x2265),  # ≠ ≤ ≥
    (0x2500, 0x2503),  # rules
    (0x25A0, 0x25AB),  # squares
    (0x25CB, 0x25CF),  # circles
    (0x25E6, 0x25E6),  # ◦
    (0x2605, 0x2606),  # ★ ☆
    (0x2610, 0x2612),  # ☐ ☑ ☒
    (0x26A0, 0x26A1),  # ⚠
    (0x2713, 0x2718),  # ✓ ✔ ✕ ✖ ✗ ✘
)
"""The characters kept in the fonts embedded in the plan's PDF (DejaVu Sans has far more)."""


@cache
def font_files() -> tuple[Path, Path]:
    """DejaVu Sans, regular and bold, from matplotlib's own data, cut down to the scripts a plan uses.

    Loading the whole font takes a tenth of a second per document; the cut-down copy, made once per machine
    (in the temporary folder), a tenth of that.
    """
    import matplotlib

    source = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    kept = hashlib.sha1(repr(SCRIPTS).encode()).hexdigest()[:8]
    folder = Path(tempfile.gettempdir()) / f"planbot-fonts-{matplotlib.__version__}-{kept}"
    folder.mkdir(exist_ok=True)
    made = []
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        target = folder / name
        if not target.exists():
            _cut_down(source / name, target)
        made.append(target)
    return made[0], made[1]


def _cut_down(source: Path, target: Path) -> None:
    from fontTools import subset
    from fontTools.ttLib import TTFont

    logging.getLogger("fontTools.subset").setLevel(logging.ERROR)  # tables it drops on purpose
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    font = TTFont(source)
    cutter = subset.Subsetter(options)
    cutter.populate(unicodes=[code for low, high in SCRIPTS for code in range(low, high + 1)])
    cutter.subset(font)
    draft = target.with_suffix(f".{os.getpid()}.tmp")
    font.save(draft)
    draft.replace(target)  # atomic: another process may be making the same file


class _Pdf(FPDF):
    def __init__(self, footer: str) -> None:
        super().__init__(format="A4")
        self.footer_text = footer
        regular, bold = font_files()
        self.add_font(FONT, "", regular)
        self.add_font(FONT, "B", bold)
        self.set_margins(18, 18, 18)
        self.set_auto_page_break(True, margin=18)
        self.set_text_color(*INK)

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
    pdf = _Pdf(t("pdf-footer", title=document.title))
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
