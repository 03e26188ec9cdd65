"""Back, skip, plan, edit, language, restart: moving around the interview without losing anything."""

from __future__ import annotations

from dialogs.conversation import Conversation
from dialogs.core.replies import SKIP, Option
from domain.business import business, names
from domain.i18n import catalog
from domain.models import Language, Market, Tactic
from domain.storage import Store
from tests.chat import Chat, Clock
from tests.scripts import COMPLETE_FR, until


def test_back_asks_the_previous_question_again_showing_the_current_answer(chat: Chat) -> None:
    chat.answer("Café Lumière", "2", "2")
    assert chat.question.key == "market"
    chat.send("/back")
    assert chat.question.key == "sector"
    assert chat.question.current == "Café, restaurant, bar"
    chat.send("/back")
    assert chat.question.key == "mode"


def test_answering_after_back_returns_to_where_the_user_was(chat: Chat) -> None:
    chat.answer("Café Lumière", "2", "2", "1", "2")
    chat.send("/back")
    chat.send("/back")
    chat.answer("2")  # B2B instead of B2C
    assert chat.session.plan.profile.market is Market.B2B
    assert chat.question.key == "area"


def test_back_at_the_first_question_says_so(chat: Chat) -> None:
    chat.send("/back")
    assert "première question" in chat.last_text()
    assert chat.question.key == "name"


def test_skip_leaves_an_optional_question_unanswered_and_moves_on(chat: Chat) -> None:
    chat.answer("Café Lumière", "2", "2", "1", "2")
    assert chat.question.key == "area"
    assert chat.question.can_skip
    chat.send("/skip")
    assert chat.question.key == "website"
    assert chat.session.plan.profile.area is None
    assert "area" in chat.session.skipped


def test_skip_is_refused_where_the_answer_is_needed(chat: Chat) -> None:
    chat.answer("Café Lumière")
    chat.send("/skip")
    assert chat.errors() == [
        "Cette question est nécessaire pour construire votre plan ; répondez-y, même approximativement."
    ]
    assert chat.question.key == "mode"


def test_skip_on_a_question_asked_again_keeps_its_answer(chat: Chat) -> None:
    chat.answer("Café Lumière", "2", "2")
    chat.send("/back")
    chat.send("/skip")
    assert "Réponse conservée" in chat.last_text()
    assert chat.question.key == "market"
    assert chat.session.plan.profile.sector == "cafe"


def test_the_keep_button_of_a_question_asked_again_works_like_skip(chat: Chat) -> None:
    chat.answer("Café Lumière", "2", "2")
    chat.send("/back")
    chat.tap_key("sector", SKIP)
    assert chat.question.key == "market"


def test_plan_shows_what_is_done_marks_what_is_missing_and_asks_again(chat: Chat) -> None:
    chat.answer("Café Lumière", "2", "2", "1")
    chat.send("/plan")
    text = chat.last_text()
    assert "Plan marketing · Café Lumière" in text
    assert "DIAGNOSTIC (SWOT) (à compléter)" in text
    assert chat.question.key == "stage"


def test_edit_lists_every_answer_and_choosing_one_asks_it_again(chat: Chat) -> None:
    chat.answer("Café Lumière", "2", "2", "1", "2")
    chat.send("/edit")
    labels = [o.label for o in chat.question.options]
    assert labels == [
        "Nom : Café Lumière",
        "Type de parcours : Complet (plan détaillé)",
        "Activité : Café, restaurant, bar",
        "Clientèle : Particuliers (B2C)",
        "Stade : Lancée depuis moins d'un an",
    ]
    chat.send("1")
    assert chat.question.key == "name"
    assert chat.question.current == "Café Lumière"
    chat.answer("Café Soleil")
    assert chat.session.plan.profile.name == "Café Soleil"
    assert chat.question.key == "area", "back to where the user was"


def test_an_answer_to_a_question_that_stops_applying_is_kept_for_when_it_applies_again(chat: Chat) -> None:
    chat.answer("Café Lumière", "2", "2", "1", "2", "Lyon 7e", "1", "60", "1500", "35")
    assert chat.session.plan.facts.customers == 1500
    assert any(o.label.startswith("Clients aujourd'hui") for o in _edit_list(chat))
    chat.send("/edit")
    chat.tap("Stade")
    chat.tap("Idée")
    assert not any(o.label.startswith("Clients aujourd'hui") for o in _edit_list(chat)), "no longer asked"
    assert chat.session.plan.facts.customers == 1500, "but kept"
    chat.send("/edit")
    chat.tap("Stade")
    chat.tap("Lancée")
    assert chat.question.key == "audience", "the customers are back, answered: nothing asked again"
    assert chat.session.plan.facts.customers == 1500


def _edit_list(chat: Chat) -> tuple[Option, ...]:
    chat.send("/edit")
    options = chat.question.options
    chat.send("/cancel")
    return options


def test_an_edit_that_changes_the_market_asks_again_how_each_segment_is_described(chat: Chat) -> None:
    chat.answer(*until(COMPLETE_FR, "parents avec enfants, le week-end"))  # up to the third segment's profile
    assert chat.session.plan.segments is not None
    assert chat.session.plan.segments[0].who is not None
    chat.send("/edit")
    chat.tap("Clientèle")
    chat.tap("Entreprises")
    plan = chat.session.plan
    assert plan.profile.market is Market.B2B
    assert plan.segments is not None
    assert [s.who for s in plan.segments] == [None, None, None], "B2C descriptions no longer hold"
    assert [s.need for s in plan.segments][:2] == [
        "un lieu calme et abordable pour travailler",
        "un déjeuner bon et rapide",
    ]
    assert chat.question.key == "segment_who_b2b:0"
    assert "Secteur et taille" in (chat.question.hint or "")


def test_renaming_segments_keeps_the_answers_of_those_that_stay_and_re_opens_the_target(chat: Chat) -> None:
    chat.answer(*until(COMPLETE_FR, "offre une pause de qualité dans un lieu chaleureux"))
    assert chat.session.plan.target == "Actifs du quartier"
    chat.send("/edit")
    chat.tap("Segments")
    chat.answer("Étudiants, Touristes")
    plan = chat.session.plan
    assert [s.name for s in plan.segments or ()] == ["Étudiants", "Touristes"]
    assert plan.segments is not None
    assert plan.segments[0].need == "un lieu calme et abordable pour travailler"
    assert plan.target is None
    assert chat.question.key == "segment_who_b2c:1"


def test_changing_an_objectives_metric_re_asks_its_number_only(chat: Chat) -> None:
    chat.answer(*until(COMPLETE_FR, "Étudiants, Actifs du quartier, Familles"))  # every objective answered
    chat.send("/edit")
    chat.tap("Conquête · indicateur")
    chat.tap("Chiffre d'affaires")
    objectives = chat.session.plan.objectives or ()
    assert [o.target for o in objectives] == [None, 40]
    assert chat.question.key == "objective_target:0"
    chat.answer("20 000 €")
    assert chat.question.key == "segments"


def test_changing_tactics_asks_for_the_budget_split_again(chat: Chat) -> None:
    chat.answer(*COMPLETE_FR)
    chat.send("/edit")
    chat.tap("Actions de communication")
    chat.answer("1,2")
    assert chat.session.plan.mix.promotion.tactics == (Tactic.SOCIAL, Tactic.SEO)
    assert chat.session.plan.mix.promotion.split is None
    assert chat.question.key == "split"
    chat.answer("70, 30")
    assert chat.question.key == "actions", "the actions are proposed again for the new tactics"
    assert "Mettre la carte en texte sur le site" in (chat.question.hint or ""), "SEO, for a café with a website"
    chat.tap("Tout valider")
    assert "votre plan est à jour" in chat.last_text()


def test_a_button_of_an_older_question_sends_the_current_question_again(chat: Chat) -> None:
    chat.answer("Café Lumière", "2")
    chat.tap_key("mode", "express")
    assert "question précédente" in chat.last_text()
    assert chat.question.key == "sector"
    assert chat.session.plan.profile.mode == "complete"


def test_a_multi_choice_is_ticked_then_confirmed(chat: Chat) -> None:
    chat.answer(*until(COMPLETE_FR, "1,2"))
    assert chat.question.key == "objective_kinds"
    chat.tap("Conquête")
    assert chat.question.update
    assert chat.question.selected == ("conquest",)
    chat.tap("Notoriété")
    chat.tap("Conquête")
    assert chat.question.selected == ("awareness",)
    chat.tap_key("objective_kinds", "!done")
    assert [o.kind for o in chat.session.plan.objectives or ()] == ["awareness"]


def test_confirming_a_multi_choice_with_nothing_ticked_asks_again(chat: Chat) -> None:
    chat.answer(*until(COMPLETE_FR, "1,2"))
    chat.tap_key("objective_kinds", "!done")
    assert chat.errors()
    assert chat.question.key == "objective_kinds"


def test_language_switches_to_english_and_asks_the_same_question(chat: Chat) -> None:
    chat.answer("Café Lumière", "2")
    chat.send("/language")
    chat.tap("English")
    assert chat.session.lang is Language.EN
    assert chat.question.key == "sector"
    assert chat.question.text == catalog(Language.EN)("step-sector")
    assert [o.label for o in chat.question.options] == [business(name).texts(Language.EN).label for name in names()]
    assert chat.question.options[11].label == "Maker, handmade goods"


def test_start_in_the_middle_offers_to_continue_or_start_anew_and_never_wipes_silently(
    chat: Chat, store: Store
) -> None:
    chat.answer("Café Lumière", "2", "2")
    chat.send("/start")
    assert chat.question.key == "restart"
    chat.tap("Continuer")
    assert chat.question.key == "market"
    chat.send("/start")
    chat.tap("Commencer un nouveau plan")
    assert chat.session.plan.profile.name is None
    assert chat.question.key == "name"
    assert [p.profile.name for p in store.archived(chat.user_id)] == ["Café Lumière"]


def test_cancel_closes_the_review_card_and_asks_the_current_question(chat: Chat) -> None:
    chat.answer("Café Lumière", "2")
    chat.send("/edit")
    chat.send("/cancel")
    assert chat.session.screen is None
    assert chat.question.key == "sector"


def test_an_unknown_command_is_explained_and_the_question_asked_again(chat: Chat) -> None:
    chat.send("/frobnicate")
    assert "/frobnicate" in chat.errors()[0]
    assert chat.question.key == "name"


def test_quitting_and_coming_back_resumes_at_the_same_question_with_every_answer(store: Store, clock: Clock) -> None:
    first = Chat(Conversation(store, clock))
    first.send("/start")
    first.answer(*until(COMPLETE_FR, "50"))
    asked = first.question.key
    again = Chat(Conversation(store, clock))
    again.send("/resume")
    assert "Bon retour, Café Lumière" in again.last_text()
    assert again.question.key == asked
    assert again.session.plan == first.session.plan
