"""Phase 7 and follow-up commands in the engine: proposals, natural dates, /actions, /kpi, /reminders."""

from __future__ import annotations

from datetime import date

import pytest

from dialogs.core.steps import StepId
from domain.models import ActionStatus, Cadence, Language, Tactic
from tests.chat import Chat
from tests.scripts import COMPLETE_FR, EXPRESS_FR, until_step

BEFORE_ACTIONS = until_step(COMPLETE_FR, StepId.ACTIONS)


def test_each_tactic_gets_a_concrete_action_fitted_to_the_sector_and_the_target(chat: Chat) -> None:
    chat.answer(*BEFORE_ACTIONS)
    assert chat.question.key == "actions"
    hint = chat.question.hint or ""
    assert "chaque semaine — Publier chaque matin le plat ou la boisson du jour en story" in hint
    assert "Préparer le menu ou la soirée spéciale du prochain temps fort" in hint, "the café's events, on key months"
    assert "Lancer une carte de fidélité" in hint
    assert "jeu-concours" not in hint
    chat.tap("Une par une")
    assert chat.question.key == "action_decision:0"
    assert chat.question.text.startswith("Préparer le menu ou la soirée spéciale"), "the end of year comes first"
    chat.answer("1")
    assert chat.question.text.startswith("Publier chaque matin")
    details = (chat.question.hint or "").replace("\u202f", " ").replace("\xa0", " ")
    assert (
        "Réseaux sociaux · à partir du 10 décembre 2026, chaque semaine · budget 0 € · objectif : Conquête" in details
    )


def test_an_action_is_changed_by_typing_its_rhythm_budget_or_wording(chat: Chat) -> None:
    chat.answer(*BEFORE_ACTIONS, "2", "chaque mois", "200 €", "plutôt : créer la fiche Google Business Profile")
    first, second, third = (chat.session.plan.actions or ())[:3]
    assert (first.cadence, first.status) == (Cadence.MONTHLY, ActionStatus.PLANNED)
    assert second.budget == 200
    assert third.title == "Créer la fiche Google Business Profile"
    assert third.status is ActionStatus.PLANNED


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("15 mars", date(2027, 3, 15)),
        ("dans 2 semaines", date(2026, 12, 6)),
        ("next Friday", date(2026, 11, 27)),
        ("30/04/2027", date(2027, 4, 30)),
    ],
)
def test_an_action_is_re_dated_in_natural_french_or_english(chat: Chat, typed: str, day: date) -> None:
    chat.answer(*BEFORE_ACTIONS, "2", typed)
    actions = chat.session.plan.actions or ()
    assert (actions[0].status, actions[0].due) == (ActionStatus.PLANNED, day)
    assert chat.question.key == "action_decision:1"


def test_accepting_dropping_and_re_dating_gives_a_dated_annual_plan(chat: Chat) -> None:
    chat.answer(*COMPLETE_FR)
    actions = chat.session.plan.actions or ()
    assert (actions[0].tactic, actions[0].cadence) == (Tactic.EVENTS, Cadence.SEASONAL)
    assert (actions[1].tactic, actions[1].cadence, actions[1].status) == (
        Tactic.SOCIAL,
        Cadence.WEEKLY,
        ActionStatus.PLANNED,
    )
    assert (actions[2].tactic, actions[2].status) == (Tactic.LOYALTY_PROGRAMME, ActionStatus.DROPPED)
    assert (actions[3].tactic, actions[3].due) == (Tactic.EVENTS, date(2027, 1, 15))
    assert actions[4].cadence is Cadence.MONTHLY
    kept = [a for a in actions if a.status is not ActionStatus.DROPPED]
    months = {(a.due.year, a.due.month) for a in kept}
    assert len(months) >= 4, "spread over the year"
    chat.send("/plan")
    text = chat.last_text().replace("\u202f", " ").replace("\xa0", " ")
    assert "─── PLAN D'ACTION ANNUEL ───" in text
    assert sum(a.budget for a in kept) == 2571, "the 3 000 € budget less the dropped loyalty card's 429 €"
    assert "5 actions, budget total 2 571 €." in text, "a seasonal action's turns make one action of the plan"


def test_an_unreadable_decision_is_explained_and_asked_again(chat: Chat) -> None:
    chat.answer(*BEFORE_ACTIONS, "2")
    chat.send("banane")
    assert chat.errors()[0].startswith("Je n'ai pas compris. Touchez Accepter ou Retirer")
    chat.send("12/03/2020")
    assert "déjà passé" in chat.errors()[0]
    assert chat.question.key == "action_decision:0"


def test_changing_tactics_proposes_actions_again(chat: Chat) -> None:
    chat.answer(*COMPLETE_FR)
    chat.send("/edit")
    chat.tap("Actions de communication")
    chat.answer("4")  # emailing only
    assert chat.question.key == "actions"
    chat.tap("Tout valider")
    assert [a.tactic for a in chat.session.plan.actions or ()] == [Tactic.EMAILING]


def test_express_accepts_the_proposed_actions_without_asking(chat: Chat) -> None:
    chat.answer(*EXPRESS_FR)
    actions = chat.session.plan.actions or ()
    assert actions
    assert all(a.status is ActionStatus.PLANNED for a in actions)
    assert chat.question.key == "opt_in", "reminders are offered after the plan, outside the 12 questions"


def test_actions_lists_the_plan_with_statuses_and_opens_a_card(chat: Chat) -> None:
    chat.answer(*COMPLETE_FR, "2")  # no reminders
    chat.send("/actions")
    labels = [o.label for o in chat.question.options]
    assert labels[:3] == [
        "23 novembre 2026 · Préparer le menu ou la soirée spéciale du prochain temps fort et ouvrir les "
        "réservations — Repas de fin d'année d'entreprise et fêtes entre amis : le mois le plus chargé (prévue)",
        "10 décembre 2026 · Publier chaque matin le plat ou la boisson du jour en story, et un post par semaine "
        "(coulisses, producteurs) (prévue)",
        "11 décembre 2026 · Lancer une carte de fidélité : le 10e café offert, un dessert offert au 8e déjeuner "
        "(retirée)",
    ]
    chat.send("2")
    assert chat.question.key == "action:2"
    assert [o.id for o in chat.question.options] == ["done", "snooze1", "snooze7", "reschedule", "results", "drop"]
    chat.send("1")
    assert "est faite" in chat.last_text()
    chat.send("/actions")
    assert chat.question.options[1].label.endswith("(faite)")


def test_kpi_asks_every_number_computes_the_kpis_and_compares_them_to_targets(chat: Chat) -> None:
    chat.answer(*COMPLETE_FR, "2")
    chat.send("/kpi")
    assert chat.question.key == "results"
    for number in ("500 €", "400", "30", "20", "2 400 €", "30", "10", "10"):
        chat.answer(number)
    text = chat.last_text().replace("\u202f", " ").replace("\xa0", " ")
    assert "Taux de conversion : 7,5 %\n" in text, "a café has no visitor conversion target"
    assert "CAC (coût d'acquisition client) : 25 € (cible ≤ 35 €) ✅ dans la cible" in text
    assert "ROI (retour sur investissement) : 212 % (cible ≥ 30 %) ✅ dans la cible" in text, "on 65 % margin"
    assert "NPS (Net Promoter Score) : 40 (cible ≥ 30) ✅ dans la cible" in text
    result = chat.session.plan.results[-1]
    assert (result.spend, result.new_customers, result.detractors) == (500, 20, 10)


def test_kpi_with_zero_denominators_says_not_enough_data(chat: Chat) -> None:
    chat.answer(*COMPLETE_FR, "2")
    chat.send("/kpi")
    chat.answer("500", "0", "0", "0")
    for _ in range(4):
        chat.send("/skip")
    text = chat.last_text()
    assert "Taux de conversion : pas assez de données" in text
    assert "CAC (coût d'acquisition client) : pas assez de données" in text


def test_results_of_an_action_ask_only_the_numbers_it_needs(chat: Chat) -> None:
    chat.answer(*COMPLETE_FR, "2")
    chat.send("/actions")
    chat.send("1")  # the social-network action serves conquest here (the plan has no awareness objective)
    chat.tap("📊")
    asked = []
    while chat.session.screen is not None:
        asked.append(chat.question.text)
        chat.send("/skip")
    assert len(asked) == 5
    assert asked[0] == "Combien avez-vous dépensé (marketing et ventes) ?"
    assert asked[-1] == "Quel chiffre d'affaires en est venu ?"
    assert "Aucun chiffre saisi" in chat.last_text()


def test_a_wrong_number_in_results_is_explained_and_asked_again(chat: Chat) -> None:
    chat.answer(*COMPLETE_FR, "2")
    chat.send("/kpi")
    chat.send("beaucoup")
    assert chat.errors()
    assert chat.question.text == "Combien avez-vous dépensé (marketing et ventes) ?"


def test_reminders_settings_accept_hours_timezones_and_quiet_hours(chat: Chat) -> None:
    chat.answer(*COMPLETE_FR, "1")
    assert chat.session.reminders.enabled is True
    chat.send("/reminders")
    chat.tap("Changer l'heure")
    chat.send("25h")
    assert chat.errors() == ["Je n'ai pas compris cette heure. Essayez par exemple 9h, 8h30 ou 18:00."]
    chat.answer("8h30")
    chat.tap("Changer les heures calmes")
    chat.answer("22h-7h")
    chat.tap("Changer le fuseau")
    chat.send("Atlantide")
    assert chat.errors()
    chat.answer("UTC+2")
    chat.tap("Désactiver")
    settings = chat.session.reminders
    assert (f"{settings.at:%H:%M}", settings.timezone, settings.enabled) == ("08:30", "Etc/GMT-2", False)
    assert (f"{settings.quiet_start:%H:%M}", f"{settings.quiet_end:%H:%M}") == ("22:00", "07:00")


def test_reminder_settings_in_english(chat_en: Chat) -> None:
    chat_en.send("/reminders")
    chat_en.tap("Change the hour")
    chat_en.answer("9:30 pm")
    assert f"{chat_en.session.reminders.at:%H:%M}" == "21:30"
    assert chat_en.session.lang is Language.EN


def test_the_targets_entered_results_are_measured_against_are_those_of_the_summary(chat: Chat) -> None:
    chat.answer(*COMPLETE_FR, "2")
    summary = chat.session.plan
    chat.conversation.clock.advance(days=45)
    chat.send("/plan")
    assert "Cible : ≤ 35\xa0€" in chat.last_text(), "six weeks later, the CAC target is the summary's"
    assert chat.session.plan.started == summary.started
