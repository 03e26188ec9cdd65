"""The fonts of the plan's PDF: DejaVu Sans cut down for speed, and the fallbacks that leave no character out.

Every font comes from matplotlib's own data. The main one is DejaVu Sans cut down to the scripts plans usually
hold (French accents and symbols: é, œ, €, « »). A document that holds other characters gets two more fonts, made
for its characters alone in a few milliseconds: DejaVu Sans for those it draws (Greek, Cyrillic, the other Latin
letters, most symbols, its plain emoji such as 😀 ☕ ★), and the Last Resort font for all the others, each drawn
as a visible box that names its Unicode block (中文, हिन्दी, 🍰 and the other emoji). Hebrew and the Arabic
scripts get those boxes too, though DejaVu Sans has their letters: without a shaping engine fpdf2 would set them
unjoined and left to right. Characters that draw nothing (controls, bidi marks, joiners, variation selectors) are
left out.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import logging
import os
import tempfile
import unicodedata
from collections.abc import Callable
from functools import cache
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont, newTable
from fontTools.ttLib.tables._c_m_a_p import CmapSubtable

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
"""The characters kept in the main fonts embedded in the plan's PDF (DejaVu Sans has far more)."""

RIGHT_TO_LEFT = ((0x0590, 0x08FF), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFF))
"""Hebrew and the Arabic scripts, which DejaVu Sans has but fpdf2 cannot set without a shaping engine."""

WIDE = "DejaVuWide"
PLACEHOLDERS = "LastResort"


@cache
def _sources() -> tuple[Path, Path]:
    """Matplotlib's fonts, and the folder of fonts made from them once per machine (in the temporary folder)."""
    import matplotlib

    kept = hashlib.sha1(repr((SCRIPTS, RIGHT_TO_LEFT)).encode()).hexdigest()[:8]
    folder = Path(tempfile.gettempdir()) / f"planbot-fonts-{matplotlib.__version__}-{kept}"
    folder.mkdir(exist_ok=True)
    return Path(matplotlib.get_data_path()) / "fonts" / "ttf", folder


@cache
def font_files() -> tuple[Path, Path]:
    """DejaVu Sans, regular and bold, from matplotlib's own data, cut down to the scripts a plan uses.

    Loading the whole font takes a tenth of a second per document; the cut-down copy, made once per machine, a
    tenth of that.
    """
    source, folder = _sources()
    kept = [code for low, high in SCRIPTS for code in range(low, high + 1)]
    regular, bold = (
        _cut_down(source / name, folder / name, kept, ["*"]) for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
    )
    return regular, bold


@cache
def kept_characters() -> frozenset[str]:
    """What the main fonts draw, and the new line that fpdf2 reads itself; not the bidi marks and other formats."""
    drawn = _characters(font_files()[0])
    return frozenset(c for c in drawn if unicodedata.category(c) != "Cf") | {"\n", "\u00ad"}  # soft hyphen


@cache
def _wide_files() -> tuple[Path, Path]:
    """DejaVu Sans less the right-to-left scripts and the layout tables fpdf2 does not read, once per machine."""
    source, folder = _sources()
    left_out = {code for low, high in RIGHT_TO_LEFT for code in range(low, high + 1)}
    kept = [code for code in TTFont(source / "DejaVuSans.ttf").getBestCmap() if code not in left_out]
    regular, bold = (
        _cut_down(source / name, folder / name.replace(".ttf", "-Wide.ttf"), kept, [])
        for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
    )
    return regular, bold


def _cut_down(source: Path, target: Path, unicodes: list[int], features: list[str]) -> Path:
    if not target.exists():
        logging.getLogger("fontTools.subset").setLevel(logging.ERROR)  # tables it drops on purpose
        options = subset.Options()
        options.layout_features = features
        options.drop_tables += [] if features else ["GSUB", "GPOS", "GDEF"]
        options.glyph_names = True  # else reading the font makes them up again from its cmap, in tens of ms
        options.name_IDs = ["*"]
        options.notdef_outline = True
        font = TTFont(source)
        cutter = subset.Subsetter(options)
        cutter.populate(unicodes=unicodes)
        cutter.subset(font)
        _save(target, font.save)
    return target


def _save(target: Path, write: Callable[[Path], object]) -> None:
    draft = target.with_suffix(f".{os.getpid()}.tmp")
    write(draft)
    draft.replace(target)  # atomic: another process may be making the same file


@cache
def _blocks() -> tuple[list[int], list[str]]:
    """Where each Unicode block starts, and its box in the Last Resort font: read from it once per machine."""
    source, folder = _sources()
    table = folder / "LastResortHE-blocks.json"
    if not table.exists():
        glyphs = TTFont(source / "LastResortHE-Regular.ttf").getBestCmap()
        starts = [[code, name] for code, name in sorted(glyphs.items()) if glyphs.get(code - 1) != name]
        _save(table, lambda draft: draft.write_text(json.dumps(starts)))
    found = json.loads(table.read_text())
    return [code for code, _ in found], [name for _, name in found]


def _placeholders(codes: list[int], target: Path) -> Path:
    """A font that draws each of ``codes`` as the Last Resort box of its Unicode block."""
    starts, names = _blocks()
    mapping = CmapSubtable.newSubtable(12)
    mapping.platformID, mapping.platEncID, mapping.language = 3, 10, 0
    mapping.cmap = {code: names[bisect.bisect_right(starts, code) - 1] for code in codes}
    font = TTFont(_sources()[0] / "LastResortHE-Regular.ttf")
    font["cmap"] = newTable("cmap")  # its own maps all 1.1 million code points: far too many for fpdf2 to read
    font["cmap"].tableVersion, font["cmap"].tables = 0, [mapping]
    font.save(target)
    return target


@cache
def _characters(font: Path) -> frozenset[str]:
    return frozenset(map(chr, TTFont(font).getBestCmap()))


def _invisible(char: str) -> bool:
    """Whether a character draws nothing of its own: a control, a format character, a variation selector."""
    return unicodedata.category(char) in ("Cc", "Cf", "Cs") or "VARIATION SELECTOR" in unicodedata.name(char, "")


class Fallbacks:
    """The fonts one document needs besides the main ones, made in a folder of its own as its text comes."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.drawn = kept_characters()
        self.dropped: dict[int, str | None] = {}
        self.families: list[str] = []

    def fonts_for(self, text: str) -> list[tuple[str, str, Path]]:
        """The fonts to add, as family, style and file, so that every character of the text is drawn."""
        missing = set(text) - self.drawn
        self.dropped |= {ord(c): " " if c.isspace() else None for c in missing if _invisible(c)}
        missing = {c for c in missing if ord(c) not in self.dropped}
        fonts = []
        wide = _characters(_wide_files()[0]) if missing else frozenset()
        if drawable := sorted(ord(c) for c in missing & wide):
            family = f"{WIDE}{len(self.families)}"
            for style, source in zip(("", "B"), _wide_files(), strict=True):
                fonts.append((family, style, _cut_down(source, self.folder / f"{family}{style}.ttf", drawable, [])))
            self.families.append(family)
        if rest := sorted(ord(c) for c in missing - wide):
            family = f"{PLACEHOLDERS}{len(self.families)}"
            fonts.append((family, "", _placeholders(rest, self.folder / f"{family}.ttf")))
            self.families.append(family)
        self.drawn |= missing
        return fonts

    def shown(self, text: str) -> str:
        """The text without the characters that draw nothing (a tab or another space becomes a space)."""
        return text.translate(self.dropped)
