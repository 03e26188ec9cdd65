"""Whole interviews through the engine and its storage: every phase asked, every answer kept."""

from __future__ import annotations

from datetime import date

import pytest

from dialogs.conversation import Conversation
from dialogs.core.replies import Question
from domain.business import names
from domain.models import Language, Market, Metric, Mode, ObjectiveKind, PriceStrategy, Tactic, Website
from tests.chat import Chat
from tests.scripts import COMPLETE_EN, COMPLETE_FR, EXPRESS_EN, EXPRESS_FR


def questions_answered(chat: Chat, lines: list[str]) -> int:
    count = 0
    for line in lines:
        assert isinstance(chat.question, Question)
        chat.answer(line)
        count += 1
    return count


def test_a_complete_french_interview_fills_every_part_of_the_plan(chat: Chat) -> None:
    chat.answer(*COMPLETE_FR)
    plan = chat.session.plan
    assert plan.profile.name == "Café Lumière"
    assert plan.profile.model == "cafe"
    assert plan.profile.mode is Mode.COMPLETE
    assert (plan.facts.website, plan.facts.capacity, plan.facts.customers) == (Website.YES, 100, 800)
    assert (plan.facts.returning, plan.facts.audience, plan.facts.team) == (35, 450, 2)
    assert plan.diagnosis.strengths == ("Produits faits maison", "Accueil chaleureux", "Emplacement passant")
    assert plan.diagnosis.budget == 3000
    assert [(c.name, c.price, c.quality) for c in plan.diagnosis.competitors or ()] == [
        ("Starbucks", 4, 3),
        ("Boulangerie Paul", 2, 3),
    ]
    conquest = plan.objective(ObjectiveKind.CONQUEST)
    assert conquest is not None
    assert (conquest.metric, conquest.target, conquest.deadline) == (
        Metric.NEW_CUSTOMERS,
        50,
        date(2027, 6, 30),
    )
    assert [s.name for s in plan.segments or ()] == ["Étudiants", "Actifs du quartier", "Familles"]
    assert [s.score for s in plan.segments or ()] == [10, 14, 10]
    assert plan.target == "Actifs du quartier"
    assert plan.positioning.rival == "Starbucks"
    assert plan.mix.price.point == 12
    assert plan.mix.promotion.tactics == (Tactic.SOCIAL, Tactic.EVENTS, Tactic.LOYALTY_PROGRAMME)
    assert [s.percent for s in plan.mix.promotion.split or ()] == [50, 30, 20]
    assert "votre plan marketing est prêt" in chat.last_text()
    assert chat.session.finished_at is not None


def test_the_complete_interview_recaps_each_phase_as_it_ends(chat: Chat) -> None:
    recaps = []
    for line in COMPLETE_FR:
        chat.answer(line)
        recaps += [section.id for card in chat.plan_cards() for section in card.document.sections]
    assert recaps[:6] == ["profile", "diagnosis", "objectives", "segmentation", "targeting", "positioning"]


def test_a_complete_english_interview_reads_b2b_answers_and_english_dates(chat_en: Chat) -> None:
    chat_en.answer(*COMPLETE_EN)
    plan = chat_en.session.plan
    assert plan.profile.market is Market.B2B
    assert plan.diagnosis.budget == 12000
    assert plan.mix.price.point == 5000
    assert plan.mix.price.strategy is PriceStrategy.PREMIUM
    revenue = plan.objective(ObjectiveKind.CONQUEST)
    assert revenue is not None
    assert (revenue.metric, revenue.target, revenue.deadline) == (Metric.REVENUE, 60000, date(2027, 12, 31))
    awareness = plan.objective(ObjectiveKind.AWARENESS)
    assert awareness is not None
    assert awareness.deadline == date(2027, 5, 22)
    assert plan.segments is not None
    assert plan.segments[0].who == "accounting firms with 5 to 20 staff"
    assert plan.positioning.proof is None
    assert "positioning" not in chat_en.session.skipped
    assert "your marketing plan is ready" in chat_en.last_text().lower()


def test_an_express_interview_takes_at_most_twelve_answers_and_still_fills_every_section(chat: Chat) -> None:
    answers = questions_answered(chat, EXPRESS_FR)
    assert answers == 11
    plan = chat.session.plan
    assert plan.profile.mode is Mode.EXPRESS
    assert plan.diagnosis.weaknesses, "weaknesses come from the craft presets"
    assert plan.diagnosis.opportunities
    assert plan.diagnosis.threats
    assert plan.segments is not None
    assert len(plan.segments) == 3
    assert all(s.score for s in plan.segments)
    assert plan.target == max(plan.segments, key=lambda s: s.score or 0).name, "the best-rated segment is proposed"
    assert plan.facts.website is Website.NO
    assert plan.positioning.benefit
    assert plan.mix.price.strategy is PriceStrategy.PREMIUM
    assert plan.mix.promotion.tactics
    conquest = plan.objective(ObjectiveKind.CONQUEST)
    assert conquest is not None
    assert conquest.target == 40
    assert conquest.deadline == date(2027, 11, 30)
    chat.send("/plan")
    sections = [s.id for s in chat.plan_cards()[0].document.sections]
    assert sections == [
        "profile",
        "diagnosis",
        "objectives",
        "segmentation",
        "targeting",
        "positioning",
        "mix",
        "actions",
        "kpis",
    ]
    assert "Proposé d'après votre secteur" in chat.last_text()


def test_an_express_interview_does_not_ask_the_market_when_the_sector_implies_it(chat_en: Chat) -> None:
    answers = questions_answered(chat_en, EXPRESS_EN)
    assert answers == 10
    assert chat_en.session.plan.profile.market is Market.B2C
    assert "market" in chat_en.session.defaults


def test_presets_are_listed_as_proposed_in_the_review_card(chat: Chat) -> None:
    chat.answer(*EXPRESS_FR)
    chat.send("/edit")
    labels = [o.label for o in chat.question.options]
    assert any(label.startswith("Faiblesses") and "(proposé)" in label for label in labels)
    assert any(label.startswith("Forces") and "(proposé)" not in label for label in labels)


def generic_answer(question: Question) -> str:
    """What a hurried user types: the first option, or a plausible value."""
    if question.options and question.numbered:
        return "1"
    if question.options:
        return question.options[0].label
    return "Une réponse"


@pytest.mark.parametrize("lang", list(Language))
@pytest.mark.parametrize("model", names())
def test_every_business_model_runs_the_express_interview_in_both_languages(
    conversation: Conversation, model: str, lang: Language
) -> None:
    chat = Chat(conversation, user_id=100, lang=lang)
    chat.send("/start")
    chat.answer("Mon entreprise", "1", str(names().index(model) + 1))
    asked = 3
    while chat.session.finished_at is None:
        question = chat.question
        if not question.key.startswith(("coach", "opt_in", "score")):
            asked += 1
        chat.answer(generic_answer(question))
        assert asked <= 12, f"{model}: more than 12 questions"
    plan = chat.session.plan
    assert plan.profile.model == model
    assert plan.mix.promotion.tactics
    assert plan.actions
    chat.send("/plan")
    sections = chat.plan_cards()[0].document.sections
    assert all(s.complete for s in sections if s.id not in ("profile",)), [s.id for s in sections if not s.complete]
