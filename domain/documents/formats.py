"""A document written out: plain text, HTML cut into messages under a limit, and Markdown.

The limit and how a message's length is counted belong to the transport that sends the messages.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator

from domain.documents.document import Block, Bullets, Document, Grid, Pairs, Paragraph, Section, Table

INLINE_ROW = 90

Length = Callable[[str], int]
"""How a transport counts a message's length (Python's ``len`` counts code points)."""


def _table_lines(
    header: tuple[str, ...], rows: tuple[tuple[str, ...], ...], colon: str, bold: Callable[[str], str]
) -> list[str]:
    """A table for a chat: a line per row, first cell in bold; or a line per cell when rows are long."""
    cells = [[f"{h}{colon}{v}" for h, v in zip(header[1:], row[1:], strict=False) if v] for row in rows]
    inline = [f"• {row[0]} — " + " · ".join(c) for row, c in zip(rows, cells, strict=True)]
    if all(len(line) <= INLINE_ROW for line in inline):
        return [f"• {bold(row[0])} — " + " · ".join(c) for row, c in zip(rows, cells, strict=True)]
    return [line for row, c in zip(rows, cells, strict=True) for line in (f"• {bold(row[0])}", *(f"   {x}" for x in c))]


def _blocks(section: Section, colon: str, bold: Callable[[str], str], esc: Callable[[str], str]) -> Iterator[str]:
    for block in section.blocks:
        yield "\n".join(_block(block, colon, bold, esc))


def _block(block: Block, colon: str, bold: Callable[[str], str], esc: Callable[[str], str]) -> list[str]:
    match block:
        case Paragraph(text):
            return [esc(text)]
        case Bullets(items, title):
            lines = [bold(esc(title))] if title else []
            return lines + [f"• {esc(item)}" for item in items]
        case Pairs(items):
            return [f"{esc(label)}{colon}{esc(value)}" for label, value in items]
        case Table(header, rows):
            escaped = tuple(tuple(esc(c) for c in row) for row in rows)
            return _table_lines(tuple(esc(h) for h in header), escaped, colon, bold)
        case Grid(cells):
            return [line for i, cell in enumerate(cells) for line in ([""] * bool(i) + _block(cell, colon, bold, esc))]
    raise TypeError(block)


def _html_bold(text: str) -> str:
    return f"<b>{text}</b>"


def _escape(text: str) -> str:
    return html.escape(text, quote=False)


def section_chunks(section: Section, colon: str, pending: str = "") -> list[str]:
    """One section as HTML (user text escaped), in pieces that may go to separate messages."""
    title = f"<b>{_escape(section.title.upper())}</b>" + (f" <i>{_escape(pending)}</i>" if pending else "")
    chunks = [title]
    for block in section.blocks:
        lines = _block(block, colon, _html_bold, _escape)
        if isinstance(block, Table):
            chunks.extend("\n".join(lines).replace("\n• ", "\n\0• ").split("\n\0"))
        else:
            chunks.append("\n".join(lines))
    return chunks


def section_html(section: Section, colon: str, pending: str = "") -> str:
    """One section as HTML, in one piece."""
    return _joined(section_chunks(section, colon, pending))


def _joined(chunks: list[str]) -> str:
    """Chunks of a section put back together: rows of a table by a line, blocks by a blank line."""
    return "".join(
        chunk if i == 0 else ("\n" if chunk.startswith("• ") else "\n\n") + chunk for i, chunk in enumerate(chunks)
    )


def to_html_messages(document: Document, colon: str, pending: str, limit: int, length: Length = len) -> list[str]:
    """The document as HTML messages of at most ``limit`` as ``length`` counts; a section too long is cut by rows.

    Only ``<b>`` and ``<i>`` are used, around escaped text.
    """
    head = f"<b>{_escape(document.title)}</b>\n<i>{_escape(document.subtitle)}</i>" if document.title else ""
    messages: list[str] = []
    current = head
    for section in document.sections:
        mark = "" if section.complete else pending
        chunks = section_chunks(section, colon, mark)
        whole = _joined(chunks)
        if current and length(current) + 2 + length(whole) <= limit:
            current = f"{current}\n\n{whole}"
            continue
        if current:
            messages.append(current)
        current = ""
        for chunk in chunks:
            for piece in _fit(chunk, limit, length):
                joined = f"{current}\n{piece}" if piece.startswith("• ") else f"{current}\n\n{piece}"
                if not current:
                    current = piece
                elif length(joined) <= limit:
                    current = joined
                else:
                    messages.append(current)
                    current = piece
    if current:
        messages.append(current)
    return messages


def _fit(part: str, limit: int, length: Length) -> list[str]:
    """A section cut on paragraph, then line boundaries when it alone exceeds the limit."""
    if length(part) <= limit:
        return [part]
    pieces: list[str] = []
    current = ""
    for line in re.split(r"(?<=\n)", part):
        if length(line) > limit:
            line = _cut(line, limit)
        if length(current + line) > limit:
            pieces.append(current.rstrip("\n"))
            current = ""
        current += line
    if current.strip():
        pieces.append(current.rstrip("\n"))
    return pieces


def _cut(line: str, limit: int) -> str:
    """A single over-long line shortened, without breaking a tag or an entity."""
    plain = html.unescape(re.sub(r"<[^>]+>", "", line))
    return _escape(plain[: limit - 10]) + "…\n"


def to_text(document: Document, colon: str, pending: str = "") -> str:
    """The document as plain text, for the console."""
    rule = "─" * 3
    lines = [document.title, document.subtitle] if document.title else []
    for section in document.sections:
        mark = f" ({pending})" if pending and not section.complete else ""
        lines.append(f"{rule} {section.title.upper()}{mark} {rule}")
        lines.extend(f"{text}\n" for text in _blocks(section, colon, str, str))
    return "\n".join(lines).strip() + "\n"


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def md_escape(text: str) -> str:
    """User text made inert in Markdown (and kept on one line in tables)."""
    return _MD_SPECIAL.sub(r"\\\1", text).replace("\n", " ")


def to_markdown(document: Document, colon: str, pending: str = "") -> str:
    """The document as Markdown, with real tables."""
    out = [f"# {md_escape(document.title)}", "", f"_{md_escape(document.subtitle)}_", ""] if document.title else []
    for section in document.sections:
        mark = f" _({md_escape(pending)})_" if pending and not section.complete else ""
        out += [f"## {md_escape(section.title)}{mark}", ""]
        for block in section.blocks:
            out += [*_md_block(block, colon), ""]
    return "\n".join(out).rstrip() + "\n"


def _md_block(block: Block, colon: str) -> list[str]:
    match block:
        case Paragraph(text):
            return [md_escape(text)]
        case Bullets(items, title):
            lines = [f"**{md_escape(title)}**", ""] if title else []
            return lines + [f"- {md_escape(item)}" for item in items]
        case Pairs(items):
            return [f"- **{md_escape(label)}**{colon}{md_escape(value)}" for label, value in items]
        case Table(header, rows):
            lines = ["| " + " | ".join(md_escape(h) for h in header) + " |", "|" + "---|" * len(header)]
            return lines + ["| " + " | ".join(md_escape(c) for c in row) + " |" for row in rows]
        case Grid(cells):
            return [line for i, cell in enumerate(cells) for line in ([""] * bool(i) + _md_block(cell, colon))]
    raise TypeError(block)
