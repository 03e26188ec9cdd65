"""planbot's log: one format, and secrets (the bot token, the webhook secret) never written, whoever logs them.

python-telegram-bot prints the token at DEBUG (``Set Bot API URL: .../bot123:AA...``) and the webhook secret in
the parameters of ``setWebhook``. A filter on the handler rewrites every record that goes out, at every level and
from every library, before it is formatted.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable

HIDDEN = "[secret]"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
QUIET = ("httpx", "httpcore", "apscheduler", "tornado.access")
"""Libraries whose routine lines (one per request) drown the bot's own; their warnings still show."""


class Redact(logging.Filter):
    """Replace each secret in a record's message and traceback with ``[secret]``."""

    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        found = {s for s in secrets if s}
        # The token's part after the colon is the secret one; it is hidden even where it appears alone.
        found |= {s.split(":", 1)[1] for s in found if ":" in s and len(s.split(":", 1)[1]) >= 8}
        self.secrets = sorted(found, key=len, reverse=True)

    def hide(self, text: str) -> str:
        """The text with every secret replaced."""
        for secret in self.secrets:
            text = text.replace(secret, HIDDEN)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite the record's message and traceback; let it through."""
        message = record.getMessage()
        hidden = self.hide(message)
        if hidden != message:
            record.msg, record.args = hidden, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.hide(record.exc_text)
        return True


def configure(level: str, secrets: Iterable[str]) -> None:
    """Log to standard error at ``level``, with the secrets hidden from every line."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(Redact(secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for noisy in QUIET:
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))
