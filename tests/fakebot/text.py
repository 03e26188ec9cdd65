"""Message text and captions: parse modes, whitespace trimming, length limits and command entities."""

from __future__ import annotations

import re
from typing import Any

from . import errors
from .html import HtmlParseError, ParsedText, parse_html, utf16_len

JSONDict = dict[str, Any]

MAX_TEXT_LENGTH = 4096
"""Characters (Unicode code points, after entity parsing) in a message text."""
MAX_CAPTION_LENGTH = 1024
"""Characters in a media caption, counted the same way."""

_COMMAND = re.compile(r"(?<![\w/<>])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![\w/<>])")


def format_text(raw: object, parse_mode: object, entities: object, *, strict_html: bool) -> ParsedText:
    """Turn a ``text``/``caption`` parameter into what Telegram stores.

    HTML is parsed and validated (see :func:`tests.fakebot.html.parse_html`); Markdown and
    MarkdownV2 are accepted but not parsed (stored as sent, without entities); without a
    parse mode, explicit ``entities`` are kept. Leading and trailing whitespace is trimmed as
    Telegram does, with entity offsets adjusted.

    Args:
        raw: The parameter value (``None`` when absent).
        parse_mode: The ``parse_mode`` parameter, case-insensitive.
        entities: The ``entities``/``caption_entities`` parameter (a list of dicts) or ``None``.
        strict_html: Refuse an unescaped ``&`` in HTML.

    Raises:
        errors.ApiError: 400 for an unknown parse mode or unparsable HTML.

    """
    text = "" if raw is None else str(raw)
    mode = parse_mode.lower() if isinstance(parse_mode, str) else ""
    if mode == "html":
        try:
            parsed = parse_html(text, strict_ampersand=strict_html)
        except HtmlParseError as exc:
            raise errors.bad_request(f"can't parse entities: {exc}") from exc
    elif mode in ("", "markdown", "markdownv2"):
        given = [dict(e) for e in entities if isinstance(e, dict)] if isinstance(entities, list) and not mode else []
        parsed = ParsedText(text, given)
    else:
        raise errors.bad_request("unsupported parse_mode")
    return strip_formatted(parsed)


def strip_formatted(parsed: ParsedText) -> ParsedText:
    """Trim leading/trailing whitespace, shifting and clipping entities like tdlib does."""
    text = parsed.text
    kept = text.strip()
    if kept == text:
        return parsed
    shift = utf16_len(text[: len(text) - len(text.lstrip())])
    total = utf16_len(kept)
    entities = []
    for entity in parsed.entities:
        start = max(0, int(entity["offset"]) - shift)
        end = min(total, int(entity["offset"]) + int(entity["length"]) - shift)
        if end > start:
            entities.append({**entity, "offset": start, "length": end - start})
    return ParsedText(kept, entities)


def check_text(parsed: ParsedText) -> None:
    """Refuse an empty or over-long message text with Telegram's errors."""
    if not parsed.text:
        raise errors.bad_request(errors.TEXT_EMPTY)
    if len(parsed.text) > MAX_TEXT_LENGTH:
        raise errors.bad_request(errors.TEXT_TOO_LONG)


def check_caption(parsed: ParsedText) -> None:
    """Refuse a caption over 1024 characters (an empty caption is fine)."""
    if len(parsed.text) > MAX_CAPTION_LENGTH:
        raise errors.bad_request(errors.CAPTION_TOO_LONG)


def command_entities(text: str) -> list[JSONDict]:
    """Return the ``bot_command`` entities Telegram attaches to a user's text.

    Like Telegram, every ``/command`` or ``/command@botname`` not glued to a word or to
    ``/``, ``<`` or ``>`` is marked, not only a leading one.
    """
    return [
        {"type": "bot_command", "offset": utf16_len(text[: m.start()]), "length": utf16_len(m.group())}
        for m in _COMMAND.finditer(text)
    ]


def with_text(message: JSONDict, parsed: ParsedText, *, key: str = "text") -> JSONDict:
    """Set ``text``/``caption`` and the matching entities key on a message dict, dropping empty ones."""
    entities_key = "entities" if key == "text" else "caption_entities"
    message.pop(key, None)
    message.pop(entities_key, None)
    if parsed.text:
        message[key] = parsed.text
    if parsed.entities:
        message[entities_key] = parsed.entities
    return message
