"""Plans people keep: the PDF, the calendar, the charts, and the user's own data (see, take away, erase)."""

from __future__ import annotations

import io
import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from PIL import Image
from pypdf import PdfReader

from bot.files import make, pdf_bytes
from dialogs.conversation import Conversation
from dialogs.core.steps import StepId
from domain.documents import charts
from domain.i18n import catalog
from domain.models import Language
from domain.session import Session
from domain.storage import Store
from tests.chat import NOW, Chat, Clock
from tests.scripts import COMPLETE_EN, COMPLETE_FR, EXPRESS_FR


def pdf_text(content: bytes) -> str:
    reader = PdfReader(io.BytesIO(content))
    text = " ".join(page.extract_text() for page in reader.pages).replace("\u202f", " ").replace("\xa0", " ")
    return " ".join(text.split())


def finished(chat: Chat, lines: list[str]) -> Session:
    chat.answer(*lines)
    chat.send("1")  # reminders on
    return chat.session


def test_the_pdf_holds_every_section_and_the_users_own_answers_in_french(chat: Chat) -> None:
    lines = [line.replace("Accueil chaleureux", "Savoir-faire œnologique « maison »") for line in COMPLETE_FR]
    lines = [line.replace("accueil chaleureux", "savoir-faire œnologique « maison »") for line in lines]
    text = pdf_text(pdf_bytes(finished(chat, lines), NOW))
    for title in (
        "Plan marketing · Café Lumière",
        "Profil",
        "Diagnostic (SWOT)",
        "Objectifs SMART",
        "Segmentation",
        "Ciblage",
        "Positionnement",
        "Marketing mix (4P)",
        "Plan d'action annuel",
        "Indicateurs à suivre (KPI)",
    ):
        assert title in text, title
    for answer in (
        "Savoir-faire œnologique « maison »",
        "Forces (interne)",
        "Menaces (externe)",
        "Conquête : atteindre 50 nouveaux clients d'ici le 30 juin 2027.",
        "Face à « Starbucks », sa différence : tout est fait maison avec des produits locaux.",
        "Prix moyen : 12 €",
        "Préparer le menu ou la soirée spéciale du prochain temps fort",
        "≤ 35 €",
    ):
        assert answer in text, answer


def test_the_pdf_in_english(chat_en: Chat) -> None:
    text = pdf_text(pdf_bytes(finished(chat_en, COMPLETE_EN), NOW))
    for part in ("Marketing plan", "Diagnosis (SWOT)", "SMART objectives", "Annual action plan", "Bright Desk"):
        assert part in text, part


def test_a_half_finished_plan_exports_with_its_missing_parts_marked(chat: Chat) -> None:
    chat.answer_until(StepId.STRENGTHS, COMPLETE_FR)  # the profile only
    session = chat.session
    text = pdf_text(pdf_bytes(session, NOW))
    assert "Cette partie est à compléter" in text
    assert "Objectifs SMART — à compléter" in text
    for kind in ("ics", "md", "json", "chart:positioning", "chart:kpis", "chart:timeline"):
        make(kind, session, Store(), NOW)  # never a crash; charts without data are simply not drawn


def test_the_calendar_parses_back_into_the_same_actions_dates_timezone_and_alarms(chat: Chat) -> None:
    session = finished(chat, COMPLETE_FR)
    made = make("ics", session, Store(), NOW)
    assert made is not None
    calendar = Calendar.from_ical(made.content)
    events = calendar.walk("VEVENT")
    planned = [a for a in session.plan.actions or () if a.status == "planned"]
    assert [str(e["SUMMARY"]) for e in events] == [a.title for a in planned]
    for event, action in zip(events, planned, strict=True):
        start = event.decoded("DTSTART")
        assert start.date() == action.due
        assert (start.hour, start.minute) == (9, 0)
        assert str(start.tzinfo) == "Europe/Paris"
        assert event.decoded("DTEND") - start == timedelta(hours=1)
        assert [a.decoded("TRIGGER") for a in event.walk("VALARM")] == [-timedelta(days=3), timedelta(0)]
        assert str(event["UID"]).startswith(f"planbot-{session.user_id}-1-{action.id}@")
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Paris"]


@pytest.mark.parametrize("kind", ["chart:positioning", "chart:kpis", "chart:timeline"])
def test_each_chart_is_a_png_of_sensible_size(chat: Chat, kind: str) -> None:
    session = finished(chat, COMPLETE_FR)
    chat.send("/kpi")
    chat.answer("500", "400", "30", "20", "2400", "30", "10", "10")
    made = make(kind, chat.session, Store(), NOW)
    assert made is not None
    assert made.photo
    image = Image.open(io.BytesIO(made.content))
    assert image.format == "PNG"
    assert 600 <= image.width <= 1200
    assert 150 <= image.height <= 900
    assert 5_000 < len(made.content) < 500_000
    assert session.user_id == chat.user_id


def test_the_positioning_map_places_each_business_where_its_levels_say(chat: Chat) -> None:
    plan = finished(chat, COMPLETE_FR).plan
    t = catalog(Language.FR)
    figure = charts.positioning(plan, t)
    assert figure is not None
    png = Image.open(io.BytesIO(charts.png(figure))).convert("RGB")
    axes = figure.axes[0]
    expected = {(p.price, p.quality): p.own for p in charts.positioning_points(plan, t)}
    assert expected == {(3, 4): True, (4, 3): False, (2, 3): False}
    for (price, quality), own in expected.items():
        x, y = axes.transData.transform((price, quality))
        pixel = png.getpixel((round(x), round(png.height - y)))
        colour = charts.ACCENT if own else charts.OTHERS
        assert pixel == tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5)), (price, quality, pixel)
    empty = png.getpixel(
        (round(axes.transData.transform((5, 5))[0]), round(png.height - axes.transData.transform((5, 5))[1]))
    )
    assert empty == (255, 255, 255), "nothing where nobody is"


def rows_about(db: Path, user_id: int) -> list[tuple[str, str]]:
    """Every (table, column) holding the user's id, found by scanning the whole database."""
    found = []
    with sqlite3.connect(db) as connection:
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            columns = [r[1] for r in connection.execute(f"PRAGMA table_info({table})")]
            for row in connection.execute(f"SELECT * FROM {table}"):
                for column, value in zip(columns, row, strict=True):
                    if value == user_id or (
                        isinstance(value, str) and f'"user_id":{user_id}' in value.replace(" ", "")
                    ):
                        found.append((table, column))
    return found


@pytest.mark.sqlite_only  # reads the SQLite file itself
def test_delete_removes_every_row_about_the_user_and_leaves_others_untouched(store: Store, clock: Clock) -> None:
    chat = Chat(Conversation(store, clock), user_id=424242)
    other = Chat(Conversation(store, clock), user_id=737373)
    for person in (chat, other):
        person.send("/start")
    finished(other, EXPRESS_FR)
    finished(chat, COMPLETE_FR)
    chat.send("/new")
    chat.tap("Commencer un nouveau plan")
    chat.answer("Deuxième idée")
    db = Path(store.db.conn.execute("PRAGMA database_list").fetchone()[2])
    assert rows_about(db, chat.user_id), "the user has rows: session, archived plan, reminders"
    before = rows_about(db, other.user_id)
    chat.send("/delete")
    assert chat.question.key == "delete"
    chat.tap("Non, garder")
    assert rows_about(db, chat.user_id)
    chat.send("/delete")
    chat.tap("Oui, tout supprimer")
    assert "toutes vos données sont supprimées" in chat.last_text()
    assert rows_about(db, chat.user_id) == []
    assert rows_about(db, other.user_id) == before
    assert other.session.plan.profile.name == "Atelier Bois Doré"


def test_mydata_is_everything_stored_and_round_trips_into_the_model(chat: Chat, store: Store) -> None:
    session = finished(chat, COMPLETE_FR)
    chat.send("/mydata")
    assert chat.last_text().startswith("Voici tout ce que je garde sur vous")
    made = make("mydata", chat.session, store, NOW)
    assert made is not None
    data = json.loads(made.content)
    assert Session.model_validate(data["session"]) == chat.session
    assert data["session"]["plan"]["profile"]["name"] == session.plan.profile.name
    assert {r["kind"].split("@")[0] for r in data["reminders"]} >= {"before", "day", "review"}
    assert data["archived_plans"] == []


def test_french_accents_and_symbols_survive_every_format(chat: Chat, store: Store) -> None:
    lines = [line.replace("Café Lumière", "Œuvre « Crème » & Cœur") for line in COMPLETE_FR]
    session = finished(chat, lines)
    for kind in ("md", "json", "ics"):
        made = make(kind, session, store, NOW)
        assert made is not None
        text = made.content.decode()
        if kind == "ics":
            text = Calendar.from_ical(made.content).to_ical().decode()
            assert "Plan d'action · Œuvre « Crème » & Cœur" in text.replace("\\,", ",")
        else:
            assert "Œuvre « Crème » & Cœur" in text.replace("\\&", "&").replace("\\\\", "")
    assert "Œuvre « Crème » & Cœur" in pdf_text(pdf_bytes(session, NOW))
    assert date.today() or True
