"""A plan as a document: sections of paragraphs, lists and tables, free of any output format."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of plain text."""

    text: str


@dataclass(frozen=True)
class Bullets:
    """A list of items, with an optional heading."""

    items: tuple[str, ...]
    title: str | None = None


@dataclass(frozen=True)
class Pairs:
    """Labelled values: ``Budget: 3 000 €``."""

    items: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Table:
    """Rows under a header."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Grid:
    """Lists laid out as a grid of cells (the SWOT card: strengths and weaknesses above, the outside below)."""

    cells: tuple[Bullets, ...]
    columns: int = 2


Block = Paragraph | Bullets | Pairs | Table | Grid


@dataclass(frozen=True)
class Section:
    """One part of the plan (diagnosis, objectives...), complete or not yet."""

    id: str
    title: str
    blocks: tuple[Block, ...]
    complete: bool = True


@dataclass(frozen=True)
class Document:
    """A titled sequence of sections."""

    title: str
    subtitle: str
    sections: tuple[Section, ...]
