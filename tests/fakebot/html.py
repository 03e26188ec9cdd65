"""Telegram's HTML parse mode: validation and entity extraction, following tdlib's ``parse_html``."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

JSONDict = dict[str, Any]

ALLOWED_TAGS = frozenset(
    {
        "a", "b", "strong", "i", "em", "s", "strike", "del", "u", "ins",
        "tg-spoiler", "tg-emoji", "span", "pre", "code", "blockquote",
    }
)  # fmt: skip
_SIMPLE_TYPES = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
}
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_SPACES = frozenset(" \t\r\n\v\f\0")


class HtmlParseError(ValueError):
    """The text is not valid Telegram HTML; the message is tdlib's wording (without the API prefix)."""


@dataclass
class ParsedText:
    """Plain text and the Bot API ``MessageEntity`` dicts (UTF-16 offsets) it was parsed into."""

    text: str
    entities: list[JSONDict] = field(default_factory=list)


@dataclass
class _Open:
    tag: str
    argument: str
    offset: int
    out_start: int
    expandable: bool


def utf16_len(text: str) -> int:
    """Return the length of ``text`` in UTF-16 code units, the unit of entity offsets."""
    return len(text.encode("utf-16-le")) // 2


def _decode_entity(src: str, pos: int) -> tuple[str, int] | None:
    """Decode the character reference starting at ``src[pos] == "&"``, like tdlib's decode_html_entity."""
    end = pos + 1
    if src.startswith("#", end):
        end += 1
        hexa = src.startswith("x", end)
        end += hexa
        digits = "0123456789abcdefABCDEF" if hexa else "0123456789"
        start = end
        while end < len(src) and src[end] in digits:
            end += 1
        code = int(src[start:end], 16 if hexa else 10) if end > start else 0
        if code == 0 or code >= 0x10FFFF or end - pos >= 10 or 0xD800 <= code <= 0xDFFF:
            return None
        char = chr(code)
    else:
        while end < len(src) and src[end].isascii() and src[end].isalpha():
            end += 1
        named = _NAMED_ENTITIES.get(src[pos + 1 : end])
        if named is None:
            return None
        char = named
    return char, end + 1 if src.startswith(";", end) else end


_SPECIAL = re.compile(r"[&<]")


class _Parser:
    def __init__(self, src: str, strict_ampersand: bool) -> None:
        self.src = src
        self.strict = strict_ampersand
        self.pos = 0
        self.out: list[str] = []
        self.utf16 = 0
        self.stack: list[_Open] = []
        self.entities: list[JSONDict] = []

    def ch(self, index: int) -> str:
        return self.src[index] if index < len(self.src) else "\0"

    def byte_offset(self, index: int) -> int:
        return len(self.src[:index].encode("utf-8"))

    def emit(self, text: str) -> None:
        self.out.append(text)
        self.utf16 += utf16_len(text)

    def run(self) -> ParsedText:
        src = self.src
        while self.pos < len(src):
            special = _SPECIAL.search(src, self.pos)
            end = special.start() if special else len(src)
            if end > self.pos:  # a run of plain text, emitted at once
                self.emit(src[self.pos : end])
                self.pos = end
                continue
            char = src[self.pos]
            if char == "&":
                decoded = _decode_entity(src, self.pos)
                if decoded is not None:
                    self.emit(decoded[0])
                    self.pos = decoded[1]
                    continue
                if self.strict:
                    offset = self.byte_offset(self.pos)
                    raise HtmlParseError(f'Character "&" at byte offset {offset} must be escaped as "&amp;"')
            if char != "<":
                self.emit(char)
                self.pos += 1
            elif self.ch(self.pos + 1) == "/":
                self.end_tag()
            else:
                self.start_tag()
        if self.stack:
            raise HtmlParseError(f"Can't find end tag corresponding to start tag {self.stack[-1].tag}")
        self.entities.sort(key=lambda e: (e["offset"], -e["length"]))
        return ParsedText("".join(self.out), self.entities)

    def start_tag(self) -> None:
        begin = self.pos
        i = begin + 1
        while self.ch(i) not in _SPACES and self.ch(i) != ">":
            i += 1
        if i >= len(self.src):
            raise HtmlParseError(f"Unclosed start tag at byte offset {self.byte_offset(begin)}")
        tag = self.src[begin + 1 : i].lower()
        where = f"at byte offset {self.byte_offset(begin)}"
        if tag not in ALLOWED_TAGS:
            raise HtmlParseError(f'Unsupported start tag "{tag}" {where}')
        argument, expandable = "", False
        while self.ch(i) != ">":
            while i < len(self.src) and self.ch(i) in _SPACES:
                i += 1
            if self.ch(i) == ">":
                break
            name_start = i
            while self.ch(i) not in _SPACES and self.ch(i) not in "=>":
                i += 1
            name = self.src[name_start:i]
            if not name:
                raise HtmlParseError(f'Empty attribute name in the tag "{tag}" {where}')
            while i < len(self.src) and self.ch(i) in _SPACES:
                i += 1
            if self.ch(i) != "=":
                if tag == "blockquote" and name == "expandable":
                    expandable = True
                    continue
                raise HtmlParseError(f'Expected equal sign in declaration of an attribute of the tag "{tag}" {where}')
            i += 1
            while i < len(self.src) and self.ch(i) in _SPACES:
                i += 1
            if i >= len(self.src):
                raise HtmlParseError(f'Unclosed start tag "{tag}" {where}')
            value, i = self.attribute_value(i)
            if i >= len(self.src):
                raise HtmlParseError(f"Unclosed start tag {where}")
            argument = _tag_argument(tag, name, value, argument)
        if tag == "span" and argument != "spoiler":
            raise HtmlParseError(f'Tag "span" must have class "tg-spoiler" {where}')
        self.stack.append(_Open(tag, argument, self.utf16, len("".join(self.out)), expandable))
        self.pos = i + 1

    def attribute_value(self, i: int) -> tuple[str, int]:
        quote = self.ch(i)
        if quote not in "'\"":
            start = i
            while self.ch(i).isascii() and (self.ch(i).isalnum() or self.ch(i) in ".-"):
                i += 1
            if self.ch(i) not in _SPACES and self.ch(i) != ">":
                raise HtmlParseError(f"Unexpected end of name token at byte offset {self.byte_offset(start)}")
            return self.src[start:i].lower(), i
        i += 1
        chars: list[str] = []
        while i < len(self.src) and self.src[i] != quote:
            decoded = _decode_entity(self.src, i) if self.src[i] == "&" else None
            if decoded is not None:
                chars.append(decoded[0])
                i = decoded[1]
            else:
                chars.append(self.src[i])
                i += 1
        if self.ch(i) == quote:
            i += 1
        return "".join(chars), i

    def end_tag(self) -> None:
        begin = self.pos
        if not self.stack:
            raise HtmlParseError(f"Unexpected end tag at byte offset {self.byte_offset(begin)}")
        i = begin + 2
        while self.ch(i) not in _SPACES and self.ch(i) != ">":
            i += 1
        name = self.src[begin + 2 : i].lower()
        while i < len(self.src) and self.ch(i) in _SPACES:
            i += 1
        if self.ch(i) != ">":
            raise HtmlParseError(f"Unclosed end tag at byte offset {self.byte_offset(begin)}")
        top = self.stack[-1]
        if name and name != top.tag:
            raise HtmlParseError(
                f'Unmatched end tag at byte offset {self.byte_offset(begin)}, expected "</{top.tag}>", '
                f'found "</{name}>"'
            )
        if self.utf16 > top.offset:
            self.close_entity(top)
        self.stack.pop()
        self.pos = i + 1

    def close_entity(self, top: _Open) -> None:
        span: JSONDict = {"offset": top.offset, "length": self.utf16 - top.offset}
        last = self.entities[-1] if self.entities else None
        same_span = last is not None and last["offset"] == span["offset"] and last["length"] == span["length"]
        if top.tag in _SIMPLE_TYPES:
            self.entities.append({"type": _SIMPLE_TYPES[top.tag], **span})
        elif top.tag == "tg-emoji":
            if not top.argument.isdigit() or int(top.argument) == 0:
                raise HtmlParseError("Invalid custom emoji identifier specified")
            self.entities.append({"type": "custom_emoji", **span, "custom_emoji_id": top.argument})
        elif top.tag == "a":
            url = top.argument or "".join(self.out)[top.out_start :]
            if url:
                self.entities.append({"type": "text_link", **span, "url": url})
        elif top.tag == "pre":
            if last is not None and same_span and last["type"] == "code" and last.get("language"):
                last["type"] = "pre"
            else:
                self.entities.append({"type": "pre", **span})
        elif top.tag == "code":
            if last is not None and same_span and last["type"] == "pre" and top.argument:
                last["language"] = top.argument
            else:
                self.entities.append({"type": "code", **span, **({"language": top.argument} if top.argument else {})})
        else:  # blockquote
            kind = "expandable_blockquote" if top.expandable else "blockquote"
            self.entities.append({"type": kind, **span})


def _tag_argument(tag: str, name: str, value: str, current: str) -> str:
    if tag == "a" and name == "href":
        return value
    if tag == "code" and name == "class" and value.startswith("language-"):
        return value[len("language-") :]
    if tag == "span" and name == "class" and value.startswith("tg-"):
        return value[len("tg-") :]
    if tag == "tg-emoji" and name == "emoji-id":
        return value
    return current


def parse_html(source: str, *, strict_ampersand: bool = True) -> ParsedText:
    """Parse Telegram-flavoured HTML into plain text and entities.

    The grammar and error messages follow tdlib's ``parse_html`` (what the Bot API runs).
    One deliberate difference: with ``strict_ampersand`` (the default) an ``&`` that does not
    start ``&lt;``/``&gt;``/``&amp;``/``&quot;``/``&#NN;``/``&#xHH;`` is refused, as the Bot API
    documentation demands; tdlib itself keeps such an ``&`` literally. A stray ``&`` always
    means the bot forgot to escape user text, which a stray ``<`` would break for real.

    Args:
        source: The ``text``/``caption`` parameter as sent with ``parse_mode=HTML``.
        strict_ampersand: Refuse unescaped ``&`` (see above).

    Returns:
        The text without tags and entity references, with its entities.

    Raises:
        HtmlParseError: With tdlib's wording, e.g. ``Unsupported start tag "foo" at byte offset 0``.

    """
    parsed = _Parser(source, strict_ampersand).run()
    for entity in parsed.entities:
        if entity["type"] == "code":
            entity.pop("language", None)  # only <pre><code class="language-x"> keeps a language
    return parsed
