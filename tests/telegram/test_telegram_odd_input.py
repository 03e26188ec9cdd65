"""planbot on Telegram with odd input: markup in answers, long or non-text messages, groups, forged buttons."""

from __future__ import annotations

from typing import Any

import pytest

from bot.telegram.callbacks import Button
from tests.conftest import TelegramBed
from tests.fakebot import deliver
from tests.fakebot.html import parse_html
from tests.scripts import COMPLETE_FR

HOSTILE = '<b>Café</b> & "Co" <i>x</i> </pre> &amp; *g* _i_ `c` [l](u) <a href="x">y</a>'
FREE_TEXT = {
    "Café Lumière",
    "Lyon 7e",
    "Petite salle, peu connu",
    "cuisine, accueil",
    "18-25 ans, quartier universitaire, viennent réviser",
    "un lieu calme et abordable pour travailler",
    "offre une pause de qualité dans un lieu chaleureux",
    "tout est fait maison avec des produits locaux",
    "4,7/5 sur Google",
    "Cafés de spécialité et déjeuners faits maison",
    "Carte courte de saison",
    "Carte de fidélité",
}


async def test_html_and_markup_characters_in_every_free_text_answer_are_shown_literally(
    telegram: TelegramBed,
) -> None:
    chat = telegram.user()
    await chat.send("/start")
    hostile = [HOSTILE if line in FREE_TEXT else line for line in COMPLETE_FR]
    hostile[COMPLETE_FR.index("Starbucks, Boulangerie Paul")] = "Starbucks <x>, Paul & Fils"
    segments = COMPLETE_FR.index("Étudiants, Actifs du quartier, Familles")
    hostile[segments] = "<i>Étudiants</i>, Actifs & co, Familles"
    await chat.answer(*hostile)
    assert chat.texts()[0].startswith(f"Bravo {HOSTILE}, votre plan marketing est prêt !")
    await chat.send("/plan")
    joined = chat.last_text()
    assert f"Plan marketing · {HOSTILE}" in joined
    assert "Starbucks <x>" in joined
    for call in telegram.core.calls_to("sendMessage"):
        parse_html(call.params["text"])  # every message the bot sent is valid Telegram HTML
    assert not any("Oups" in m.get("text", "") for m in telegram.core.messages(chat.user_id))


async def test_a_five_thousand_character_message_gets_a_clear_message(telegram: TelegramBed) -> None:
    chat = telegram.user()
    await chat.send("/start")
    await chat.send("x" * 5000)
    [text] = chat.texts()
    assert text.startswith("⚠️ C'est un peu long"), "the reason, then the same question, in one message"
    assert "Comment s'appelle votre entreprise" in text


@pytest.mark.parametrize("kind", ["send_photo", "send_sticker", "send_voice", "send_document", "send_location"])
async def test_every_non_text_message_gets_a_short_reply(telegram: TelegramBed, kind: str) -> None:
    chat = telegram.user()
    await chat.send("/start")
    await chat.deliver(getattr(telegram.core, kind)(chat.user_id))
    assert chat.texts() == ["Je ne lis que le texte. Répondez à la question par écrit, ou touchez un bouton."]


async def test_an_edited_message_changes_no_answer_and_says_how_to(telegram: TelegramBed) -> None:
    chat = telegram.user()
    await chat.send("/start")
    sent = telegram.core.send_text(chat.user_id, "Café")
    await chat.deliver(sent)
    await chat.deliver(telegram.core.edit_text(chat.user_id, sent["message"]["message_id"], "Thé"))
    assert "/edit" in chat.last_text()
    assert telegram.services.conversation.session(chat.user_id).plan.profile.name == "Café"


async def test_channel_posts_are_ignored(telegram: TelegramBed) -> None:
    sent = len(telegram.core.calls_to("sendMessage"))
    await deliver_update(telegram, telegram.core.channel_post(-100123, "hello"))
    assert len(telegram.core.calls_to("sendMessage")) == sent


async def deliver_update(telegram: TelegramBed, update: dict[str, Any]) -> None:
    await deliver(telegram.app, update)  # type: ignore[arg-type]


async def test_in_a_group_the_bot_explains_it_works_in_private(telegram: TelegramBed) -> None:
    chat = telegram.user()
    await deliver_update(telegram, telegram.core.group_message(chat.user_id, -555, "/start"))
    group = telegram.core.messages(-555)
    assert "parlons en privé" in group[-1]["text"]
    await deliver_update(telegram, telegram.core.group_message(chat.user_id, -555, "hello everyone"))
    assert len(telegram.core.messages(-555)) == len(group), "ordinary group chatter is ignored"


async def test_a_double_tapped_button_counts_once(telegram: TelegramBed) -> None:
    chat = telegram.user()
    await chat.send("/start")
    await chat.answer("Café Lumière")
    question = chat.keyboard_message()
    data = next(d for text, d in telegram.core.buttons(question) if text.startswith("Complet"))
    await chat.tap_data(question["message_id"], data)
    await chat.tap_data(question["message_id"], data)
    assert chat.texts() == ["C'est déjà noté."]
    assert telegram.services.conversation.session(chat.user_id).plan.profile.sector is None


async def test_a_stale_button_sends_the_current_question_again(telegram: TelegramBed) -> None:
    chat = telegram.user()
    await chat.send("/start")
    await chat.answer("Café Lumière")
    old = chat.keyboard_message()
    await chat.tap("Complet")
    await chat.tap("Café, restaurant, bar")
    await chat.tap("Express", message=old)
    [text] = chat.texts()
    assert text.startswith("Ce bouton appartient à une question précédente ; voici la question en cours.")
    assert "Vous vendez surtout" in text
    assert telegram.services.conversation.session(chat.user_id).plan.profile.mode == "complete"


async def test_a_button_naming_another_users_plan_is_refused(telegram: TelegramBed) -> None:
    victim, attacker = telegram.user(1), telegram.user(2)
    await victim.send("/start")
    await attacker.send("/start")
    await attacker.answer("Pirate")
    message = attacker.keyboard_message()
    forged = Button(owner=1, plan=1, key="mode", option="express").encode(0)
    await attacker.tap_data(message["message_id"], forged)
    answer = attacker.callback_answers()[-1]
    assert answer["show_alert"] in (True, "true")
    assert "quelqu'un d'autre" in answer["text"]
    assert telegram.services.conversation.session(1).plan.profile.name is None


async def test_garbage_callback_data_is_answered_not_crashed_on(telegram: TelegramBed) -> None:
    chat = telegram.user()
    await chat.send("/start")
    await chat.answer("Café")
    message = chat.keyboard_message()
    for data in ("garbage", "9|x|y|z|w", "1|zz|notanumber|mode|x"):
        await chat.tap_data(message["message_id"], data)
    assert len(chat.callback_answers()) == 3


async def test_every_callback_query_is_answered(telegram: TelegramBed) -> None:
    chat = telegram.user()
    await chat.send("/start")
    await chat.answer("Café")
    await chat.tap("Complet")
    await chat.tap("Café, restaurant, bar")
    taps = [c for c in telegram.core.calls if c.method == "answerCallbackQuery"]
    assert len(taps) == 2
