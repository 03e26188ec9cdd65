"""The interview on Telegram: the real Application in-process over the fake API, tapping and typing."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest
from telegram.ext import _aioratelimiter

from bot.telegram.app import COMMANDS, register_commands
from bot.telegram.messages import TELEGRAM_LIMIT
from tests.conftest import TelegramBed
from tests.scripts import COMPLETE_EN, COMPLETE_FR, until

SUMMARY_TITLES = [
    "PROFIL",
    "DIAGNOSTIC (SWOT)",
    "OBJECTIFS SMART",
    "SEGMENTATION",
    "CIBLAGE",
    "POSITIONNEMENT",
]


async def test_a_complete_french_interview_ends_with_its_card_and_plan_shows_the_summary_split_under_the_limit(
    telegram: TelegramBed,
) -> None:
    chat = telegram.user()
    await chat.send("/start")
    assert "Bonjour ! Je suis planbot" in chat.last_text()
    await chat.answer(*COMPLETE_FR)
    ending = chat.texts()
    assert ending[0].startswith("Bravo Café Lumière, votre plan marketing est prêt !\n\nScore du plan : ")
    assert "Voulez-vous que je vous rappelle chaque action" in ending[-1], "reminders are offered last"
    await chat.send("/plan")
    summary = chat.texts()
    assert summary[0].startswith("Plan marketing · Café Lumière")
    plan = summary[:-1]
    assert summary[-1].startswith("Score du plan : "), "the plan, then its score"
    assert len(plan) >= 2, "the plan comes in several messages"
    assert all(len(text) <= TELEGRAM_LIMIT for text in plan)
    joined = "\n".join(plan)
    for title in [*SUMMARY_TITLES, "MARKETING MIX (4P)", "INDICATEURS À SUIVRE (KPI)"]:
        assert title in joined
    assert all(text.split("\n")[0].isupper() or text.startswith(("Plan marketing", "• ")) for text in plan), (
        "cut at titles or rows"
    )


async def test_an_express_english_interview_by_tapping_buttons(telegram: TelegramBed) -> None:
    chat = telegram.user(7, "en")
    await chat.send("/start")
    await chat.answer("Bloom Box")
    await chat.tap("Express")
    await chat.tap("Own brand (fashion")
    assert "\n2. Direct relationship with customers\n" in chat.texts()[-1], "suggestions too long for a button"
    await chat.tap("2")  # that suggestion, ticked
    buttons = [text for text, _ in telegram.core.buttons(chat.keyboard_message())]
    assert buttons[:2] == ["1", "✅ 2"]
    await chat.tap("Done")
    await chat.answer("2k", "Interflora, supermarket flowers")
    await chat.tap("Win new customers")
    await chat.answer("300", "flowers come from growers within 50 km", "45")
    assert "your marketing plan is ready" in chat.texts()[0]
    messages = telegram.core.messages(chat.user_id)
    card = next(m for m in messages if "📋 Full plan" in [text for text, _ in telegram.core.buttons(m)])
    await chat.tap("📋 Full plan", card)
    texts = chat.texts()
    assert any(
        "Compared with “Interflora”, what sets it apart: flowers come from growers within 50 km." in t for t in texts
    )


async def test_every_question_shows_its_phase_and_step(telegram: TelegramBed) -> None:
    chat = telegram.user()
    await chat.send("/start")
    assert "Étape 1 · Profil\nComment s'appelle votre entreprise" in chat.texts()[-1]
    await chat.answer(*until(COMPLETE_FR, "Produits faits maison, accueil chaleureux, emplacement passant"))
    assert chat.texts()[-1].startswith("Étape 13/69 · Diagnostic\n")


async def test_a_tapped_answer_is_shown_under_its_question_and_the_buttons_go(telegram: TelegramBed) -> None:
    chat = telegram.user()
    await chat.send("/start")
    await chat.answer("Café Lumière")
    question = chat.keyboard_message()
    await chat.tap("Complet")
    edited = telegram.core.message(chat.user_id, question["message_id"])
    assert edited is not None
    assert edited["text"].endswith("✓ Complet (plan détaillé)")
    assert telegram.core.buttons(edited) == []


async def test_a_multi_choice_ticks_in_place_then_confirms(telegram: TelegramBed) -> None:
    chat = telegram.user()
    await chat.send("/start")
    await chat.answer(*until(COMPLETE_FR, "1,2"))
    before = len(telegram.core.messages(chat.user_id))
    await chat.tap("Conquête")
    await chat.tap("Notoriété")
    assert len(telegram.core.messages(chat.user_id)) == before, "ticking edits the keyboard, it sends nothing"
    labels = [text for text, _ in telegram.core.buttons(chat.keyboard_message())]
    assert labels[:3] == ["✅ Conquête", "Fidélisation", "✅ Notoriété"]
    await chat.tap("Valider")
    assert "Conquête : que voulez-vous mesurer ?" in chat.last_text()


async def test_commands_are_registered_in_french_and_english(telegram: TelegramBed) -> None:
    await register_commands(telegram.app)  # type: ignore[arg-type]
    french = telegram.core.commands(language_code="fr")
    english = telegram.core.commands(language_code="en")
    assert [c["command"] for c in french] == list(COMMANDS)
    assert [c["command"] for c in english] == list(COMMANDS)
    assert french[3]["description"] == "Voir le plan"
    assert english[3]["description"] == "See the plan"
    assert telegram.core.commands() == english, "users of other languages are interviewed, and see the menu, in English"


async def test_a_german_speaking_user_reads_the_menu_and_the_interview_in_english(telegram: TelegramBed) -> None:
    await register_commands(telegram.app)  # type: ignore[arg-type]
    chat = telegram.user(5, "de")
    await chat.send("/start")
    assert "Hello! I'm planbot" in chat.last_text()
    assert telegram.core.commands(language_code="de") == [], "no German menu: Telegram shows the default one"
    assert telegram.core.commands()[3]["description"] == "See the plan"


async def test_the_bot_describes_itself_in_french_in_english_and_by_default_in_english(
    telegram: TelegramBed,
) -> None:
    await register_commands(telegram.app)  # type: ignore[arg-type]
    assert "plan marketing" in telegram.core.description("fr")
    assert "marketing plan" in telegram.core.description("en")
    assert telegram.core.description() == telegram.core.description("en")
    for code in ("", "fr", "en"):
        assert 0 < len(telegram.core.description(code, short=True)) <= 120
        assert 0 < len(telegram.core.description(code)) <= 512


async def test_start_in_the_middle_offers_to_continue_or_start_anew(telegram: TelegramBed) -> None:
    chat = telegram.user()
    await chat.send("/start")
    await chat.answer("Café Lumière", "2")
    await chat.send("/start")
    assert "Vous avez un plan en cours pour Café Lumière" in chat.last_text()
    await chat.tap("Continuer")
    assert "Quelle est votre activité ?" in chat.last_text()
    assert telegram.services.conversation.session(chat.user_id).plan.profile.name == "Café Lumière"


async def test_a_429_is_waited_out_and_the_message_still_arrives(
    telegram: TelegramBed, monkeypatch: pytest.MonkeyPatch
) -> None:
    waited: list[float] = []

    async def no_wait(seconds: float) -> None:
        waited.append(seconds)

    class LimiterClock:
        """The asyncio the rate limiter sees: everything real but its sleep."""

        sleep = staticmethod(no_wait)

        def __getattr__(self, name: str) -> Any:
            return getattr(asyncio, name)

    monkeypatch.setattr(_aioratelimiter, "asyncio", LimiterClock())
    chat = telegram.user()
    telegram.core.fail_next("sendMessage", 429, retry_after=3)
    await chat.send("/start")
    assert waited == [pytest.approx(3.1)]
    assert "Bonjour ! Je suis planbot" in chat.last_text()


async def test_a_user_who_blocked_the_bot_is_logged_without_crashing(
    telegram: TelegramBed, caplog: pytest.LogCaptureFixture
) -> None:
    chat = telegram.user()
    telegram.core.block(chat.user_id)
    with caplog.at_level(logging.WARNING):
        await chat.send("/start")
    assert "the bot cannot write to a user" in caplog.text
    assert telegram.services.conversation.session(chat.user_id).revision == 1, "the input itself was handled"
    telegram.core.unblock(chat.user_id)
    await chat.send("Café")
    assert "C'est parti pour « Café » : construisons votre plan marketing ensemble." in chat.last_text()


async def test_an_update_delivered_twice_counts_once_and_shows_the_current_question_again(
    telegram: TelegramBed,
) -> None:
    chat = telegram.user()
    await chat.send("/start")
    update = telegram.core.send_text(chat.user_id, "Café Lumière")
    first = await chat.deliver(update)
    revision = telegram.services.conversation.session(chat.user_id).revision
    again = await chat.deliver(update)
    assert len(again) == 1
    assert "Quel parcours préférez-vous" in again[0]["text"]
    assert first[-1]["text"].endswith(again[0]["text"])
    session = telegram.services.conversation.session(chat.user_id)
    assert (session.revision, session.plan.profile.name) == (revision, "Café Lumière")


async def test_english_users_are_greeted_in_english(telegram: TelegramBed) -> None:
    chat = telegram.user(9, "en-GB")
    await chat.send("/start")
    assert "Hello! I'm planbot" in chat.last_text()


async def test_a_complete_english_interview_on_telegram(telegram: TelegramBed) -> None:
    chat = telegram.user(9, "en")
    await chat.send("/start")
    await chat.answer(*COMPLETE_EN)
    assert "your marketing plan is ready" in chat.texts()[0]


async def test_export_sends_the_pdf_the_calendar_and_the_charts_as_files_and_pictures(telegram: TelegramBed) -> None:
    chat = telegram.user()
    await chat.send("/start")
    await chat.answer(*COMPLETE_FR)
    assert telegram.core.uploads(chat.user_id) == [], "pictures are drawn on demand"
    await chat.tap("Oui, rappelez-moi")
    await chat.send("/export")
    await chat.tap("📄 PDF")
    await chat.send("/export")
    await chat.tap("📅 Calendrier")
    await chat.send("/export")
    await chat.tap("📊 Graphiques")
    uploads = telegram.core.uploads(chat.user_id)
    documents = [u.filename for u in uploads if u.method == "sendDocument"]
    assert documents == ["planbot-café-lumière.pdf", "planbot-café-lumière.ics"]
    assert uploads[0].content.startswith(b"%PDF-")
    photos = [u.filename for u in uploads if u.method == "sendPhoto"]
    assert photos == ["planbot-café-lumière-positioning.png", "planbot-café-lumière-timeline.png"]
    assert "Pas encore assez d'éléments pour ce graphique." in chat.last_text(), "no results yet: no KPI chart"


async def test_mydata_and_delete_on_telegram(telegram: TelegramBed) -> None:
    chat = telegram.user()
    await chat.send("/start")
    await chat.answer("Café Lumière", "2")
    await chat.send("/mydata")
    upload = telegram.core.uploads(chat.user_id)[-1]
    assert upload.filename == f"planbot-mydata-{chat.user_id}.json"
    await chat.send("/delete")
    await chat.tap("Oui, tout supprimer")
    assert "toutes vos données sont supprimées" in chat.last_text()
    assert telegram.services.store.load(chat.user_id) is None
