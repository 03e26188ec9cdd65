"""The ``planbot`` command line: ``chat``, ``run``, ``export`` and ``flow``."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from domain.models import Language

if TYPE_CHECKING:
    from bot.settings import Settings


def _settings() -> Settings:
    from bot.settings import Settings

    return Settings()


def chat(args: argparse.Namespace) -> int:
    """Run the interview in the terminal."""
    from bot.bootstrap import build
    from bot.console import Console

    settings = _settings()
    services = build(args.db or settings.database(), settings.clock())
    lang = Language(args.lang) if args.lang else None
    console = Console(services.conversation, args.user, sys.stdout, echo=not sys.stdin.isatty())
    try:
        console.run(_lines(), lang)
    except KeyboardInterrupt:
        print(file=sys.stdout)
    finally:
        services.store.close()
    return 0


def _lines() -> Iterator[str]:
    interactive = sys.stdin.isatty()
    while True:
        try:
            line = input("> ") if interactive else sys.stdin.readline()
        except EOFError:
            return
        if not interactive and not line:
            return
        yield line


def export(args: argparse.Namespace) -> int:
    """Write a user's plan as Markdown, JSON, PDF or iCalendar, to a file or to standard output."""
    from bot.exports import export_plan

    settings = _settings()
    content = export_plan(args.db or settings.database(), args.user, args.format, settings.clock()())
    if content is None:
        print(f"planbot: no plan for user {args.user}", file=sys.stderr)
        return 1
    if args.out:
        Path(args.out).write_bytes(content)
    else:
        sys.stdout.buffer.write(content)
        sys.stdout.flush()
    return 0


def run(args: argparse.Namespace) -> int:
    """Serve the bot on Telegram."""
    from bot.run import run as serve

    return serve()


def flow(args: argparse.Namespace) -> int:
    """Print the interview's flow table, or write it into a Markdown file between its markers."""
    from dialogs.graph import embed, flow_table

    if args.write:
        path = Path(args.write)
        path.write_text(embed(path.read_text(encoding="utf-8"), flow_table()), encoding="utf-8")
    else:
        sys.stdout.write(flow_table())
    return 0


DB_HELP = "SQLite file or postgresql:// URL (default: $PLANBOT_DATABASE_URL, else $PLANBOT_DB or planbot.db)"


def parser() -> argparse.ArgumentParser:
    """The command line's grammar."""
    root = argparse.ArgumentParser(prog="planbot", description="A marketing-plan coach in a chat.")
    commands = root.add_subparsers(dest="command", required=True)
    p = commands.add_parser("chat", help="the interview in this terminal (no token needed)")
    p.add_argument("--db", help=DB_HELP)
    p.add_argument("--lang", choices=[lang.value for lang in Language])
    p.add_argument("--user", type=int, default=0, help="local user id (default 0)")
    p.set_defaults(run=chat)
    p = commands.add_parser("run", help="the Telegram bot (settings from the environment, see README)")
    p.set_defaults(run=run)
    p = commands.add_parser("export", help="a user's plan as md, json, pdf or ics")
    p.add_argument("--user", type=int, required=True)
    p.add_argument("--format", choices=["md", "json", "pdf", "ics"], default="md")
    p.add_argument("--db", help=DB_HELP)
    p.add_argument("--out")
    p.set_defaults(run=export)
    p = commands.add_parser("flow", help="the interview's steps as a Markdown table")
    p.add_argument("--write", metavar="FILE", help="update the table between <!-- flow:start/end --> in FILE")
    p.set_defaults(run=flow)
    return root


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``planbot`` script."""
    args = parser().parse_args(argv)
    try:
        return int(args.run(args))
    except BrokenPipeError:  # the reader went away (``planbot chat < answers | head``): every answer is saved
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error when Python flushes
        return 1


if __name__ == "__main__":
    sys.exit(main())
