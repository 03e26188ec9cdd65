"""Numbers as people type them: in words, approximate, per a period or with a unit, said back when inferred."""

from __future__ import annotations

import math
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogs.core.replies import Accepted, Notice, Tone
from dialogs.parsing.numbers import Asked, Noun, Period, Unit, capacity_counts, capacity_period, understand
from dialogs.parsing.text import InvalidAnswer, parse_number
from domain.i18n import catalog
from domain.models import Language, Plan, Profile
from tests.chat import Chat
from tests.scripts import COMPLETE_FR

TODAY = date(2026, 11, 22)
ASKED = {
    "budget": Asked(Unit.MONEY, Period.YEAR),
    "hours": Asked(Unit.HOURS, Period.WEEK, days=5),
    "customers": Asked(Unit.COUNT, Period.YEAR, whole=True),
    "purchases": Asked(Unit.COUNT, Period.YEAR),
    "audience": Asked(Unit.COUNT, whole=True),
    "team": Asked(Unit.COUNT, counts=Noun.PEOPLE, whole=True),
    "billable days": Asked(Unit.COUNT, Period.YEAR, counts=Noun.DAYS),
    "price": Asked(Unit.MONEY, Period.PURCHASE),
    "share": Asked(Unit.PERCENT),
    "nps": Asked(Unit.SCORE, whole=True),
}


def understood(question: str, typed: str, lang: str = "fr") -> tuple[float, list[str]]:
    """The value a typed answer gives at a question, and the lines said back (spaces made plain)."""
    notes: list[str] = []
    value = understand(typed, ASKED[question], catalog(Language(lang)), TODAY, notes)
    return value, [" ".join(n.replace("\u202f", " ").replace("\xa0", " ").split()) for n in notes]


@pytest.mark.parametrize(
    ("question", "typed", "lang", "value"),
    [
        ("budget", "deux mille euros", "fr", 2000),
        ("budget", "deux mille cinq cents", "fr", 2500),
        ("budget", "1,5 k", "fr", 1500),
        ("budget", "2k5", "fr", 2500),
        ("budget", "env. 2000", "fr", 2000),
        ("budget", "environ 3 000 €", "fr", 3000),
        ("budget", "à peu près 2000 balles", "fr", 2000),
        ("budget", "dans les 2000", "fr", 2000),
        ("budget", "~1500", "fr", 1500),
        ("budget", "3 000 € sur l'année", "fr", 3000),
        ("budget", "pas de budget", "fr", 0),
        ("budget", "aucun budget pour l'instant", "fr", 0),
        ("budget", "about two thousand", "en", 2000),
        ("budget", "a hundred and fifty", "en", 150),
        ("budget", "five grand", "en", 5000),
        ("budget", "roughly 6000", "en", 6000),
        ("budget", "nothing yet", "en", 0),
        ("hours", "20ish", "en", 20),
        ("hours", "twenty-ish", "en", 20),
        ("hours", "about twenty", "en", 20),
        ("hours", "1h30", "fr", 1.5),
        ("hours", "deux heures et demie", "fr", 2.5),
        ("hours", "90 min", "fr", 1.5),
        ("hours", "5 h/semaine", "fr", 5),
        ("customers", "vingt-cinq", "fr", 25),
        ("customers", "une vingtaine", "fr", 20),
        ("customers", "une bonne dizaine", "fr", 10),
        ("customers", "une centaine", "fr", 100),
        ("customers", "deux dizaines", "fr", 20),
        ("customers", "a dozen", "en", 12),
        ("customers", "300 clients", "fr", 300),
        ("customers", "je dirais 300 lol", "fr", 300),
        ("customers", "300 sur les 12 derniers mois", "fr", 300),
        ("customers", "2 027", "fr", 2027),
        ("customers", "un peu plus de 20", "fr", 20),
        ("purchases", "une fois par an", "fr", 1),
        ("purchases", "tous les mois", "fr", 12),
        ("purchases", "0,25", "fr", 0.25),
        ("team", "3 (moi, mon associé dev et une alternante)", "fr", 3),
        ("purchases", "12 (mensuel)", "fr", 12),
        ("purchases", "12 par mois", "fr", 144),
        ("purchases", "2 (par mois)", "fr", 24),
        ("team", "2 (me and my wife)", "en", 2),
        ("purchases", "une fois tous les 4 ans", "fr", 0.25),
        ("purchases", "0,25 (une refonte tous les 4 ans, hors maintenance)", "fr", 0.25),
        ("purchases", "every 3 months", "en", 4),
        ("audience", "5k", "fr", 5000),
        ("audience", "1,2 million", "fr", 1_200_000),
        ("team", "juste moi", "fr", 1),
        ("team", "moi et ma femme", "fr", 2),
        ("team", "me plus 2 employees", "en", 3),
        ("billable days", "140 jours", "fr", 140),
        ("price", "29 € par mois", "fr", 29),
        ("price", "12€50", "fr", 12.5),
        ("share", "la moitié", "fr", 50),
        ("share", "trente pour cent", "fr", 30),
        ("share", "seventy-five percent", "en", 75),
        ("nps", "+30", "fr", 30),
        ("nps", "-20", "fr", -20),
    ],
)
def test_a_number_typed_in_words_digits_or_roughly_is_read_as_meant(
    question: str, typed: str, lang: str, value: float
) -> None:
    assert understood(question, typed, lang)[0] == pytest.approx(value)


@pytest.mark.parametrize(
    ("question", "typed", "lang", "value", "said"),
    [
        ("budget", "200 € par mois", "fr", 2400, "J'ai compris 2 400 € par an (200 € par mois × 12)."),
        ("budget", "200€/mois", "fr", 2400, "J'ai compris 2 400 € par an (200 € par mois × 12)."),
        ("budget", "100 € mensuel", "fr", 1200, "J'ai compris 1 200 € par an (100 € par mois × 12)."),
        ("budget", "500 par trimestre", "fr", 2000, "J'ai compris 2 000 € par an (500 € par trimestre × 4)."),
        ("budget", "1k a month", "en", 12000, "I understood €12,000 per year (€1,000 per month × 12)."),
        ("hours", "2 h par jour", "fr", 10, "J'ai compris 10 h par semaine (2 h par jour × 5 jours)."),
        ("hours", "half an hour a day", "en", 2.5, "I understood 2.5 h per week (0.5 h per day × 5 days)."),
        ("hours", "1 jour par semaine", "fr", 7, "J'ai compté une journée de travail pour 7 h."),
        ("purchases", "2 fois par semaine", "fr", 104, "J'ai compris 104 par an (2 par semaine × 52)."),
        ("purchases", "twice a month", "en", 24, "I understood 24 per year (2 per month × 12)."),
        ("customers", "150 sur 6 mois", "fr", 300, "J'ai compris 300 par an (150 sur 6 mois × 2)."),
        ("customers", "entre 20 et 30", "fr", 25, "J'ai retenu 25, le milieu entre 20 et 30."),
        ("customers", "20-30", "fr", 25, "J'ai retenu 25, le milieu entre 20 et 30."),
        ("customers", "2-3", "fr", 3, "J'ai retenu 3, à peu près le milieu entre 2 et 3."),
        ("budget", "20-30k", "fr", 25000, "J'ai retenu 25 000 €, le milieu entre 20 000 € et 30 000 €."),
        ("budget", "max 5000", "fr", 5000, "J'ai retenu 5 000 €, votre maximum."),
        ("customers", "au moins 10", "fr", 10, "J'ai retenu 10, votre minimum."),
        ("customers", "10+", "fr", 10, "J'ai retenu 10, votre minimum."),
        ("customers", "pas plus de 50", "fr", 50, "J'ai retenu 50, votre maximum."),
        ("share", "un client sur trois", "fr", 33.3, "J'ai compris 33,3 % (1 sur 3)."),
        ("audience", "450 abonnés insta + 200 mails", "fr", 650, "J'ai additionné : 450 + 200 = 650."),
        ("billable days", "4 x 180", "en", 720, "I multiplied: 4 × 180 = 720."),
        ("budget", "£12k", "en", 12000, "I counted £12k as €12,000: the plan is in euros, with no conversion."),
    ],
)
def test_what_was_inferred_is_said_back_in_one_line(
    question: str, typed: str, lang: str, value: float, said: str
) -> None:
    found, notes = understood(question, typed, lang)
    assert found == pytest.approx(value)
    assert said in notes


@pytest.mark.parametrize(
    ("question", "typed", "reason"),
    [
        ("customers", "juin 2027", "error-number-date"),
        ("customers", "le 15/03", "error-number-date"),
        ("customers", "15/03/2027", "error-number-date"),
        ("customers", "dans 6 mois", "error-number-date"),
        ("customers", "en 2027", "error-number-date"),
        ("customers", "2027", "error-number-year"),
        ("customers", "20 ans d'expérience", "error-number-unit"),
        ("customers", "50 €", "error-number-unit"),
        ("customers", "20 %", "error-number-unit"),
        ("hours", "5 €", "error-number-unit"),
        ("budget", "10 %", "error-number-unit"),
        ("budget", "6 mois", "error-number-unit"),
        ("audience", "10 par mois", "error-number-per"),
        ("customers", "quelques centaines", "error-number-vague"),
        ("customers", "hundreds", "error-number-vague"),
        ("customers", "le plus possible", "error-number-vague"),
        ("customers", "20 30 40", "error-number-many"),
        ("hours", "3h par semaine, parfois 5", "error-number-many"),
        ("customers", "12.5", "error-number-whole"),
        ("budget", "beaucoup", "error-number"),
        ("budget", "1kk", "error-number"),
    ],
)
def test_what_is_not_the_number_asked_is_refused_with_its_reason(question: str, typed: str, reason: str) -> None:
    with pytest.raises(InvalidAnswer) as refused:
        understood(question, typed)
    assert refused.value.key == reason


@pytest.mark.parametrize(
    ("question", "typed", "reason"),
    [
        ("customers", "20 ans d'expérience", "« 20 ans », c'est une durée : ici, j'attends un nombre."),
        (
            "customers",
            "2027",
            "2027 ressemble à une année : ici, j'attends un nombre. Si c'en est bien un, écrivez-le 2 027.",
        ),
        ("audience", "10 par mois", "Ici, j'attends un total, pas un chiffre par mois : combien en tout ?"),
        ("customers", "juin 2027", "« juin 2027 » ressemble à une date : ici, j'attends un nombre."),
    ],
)
def test_a_refusal_says_what_was_seen_and_what_is_asked(question: str, typed: str, reason: str) -> None:
    t = catalog(Language.FR)
    with pytest.raises(InvalidAnswer) as refused:
        understood(question, typed)
    assert " ".join(t(refused.value.key, **refused.value.args_).replace("\u202f", " ").split()) == reason


PIECES = ["2", "12", "2027", "1 500", "1,5", "k", "€", "$", "%", "h", "ans", "par", "mois", "/", "-", "+", "~", "x"]
PIECES += ["sur", "entre", "et", "à", "une", "vingtaine", "deux", "mille", "moitié", "fois", "environ", "max", "juin"]
PIECES += ["15/03", "tous les", "et demie", "moi", "ma femme", "half", "dozen", "hundreds", "\ue000", "\u202f", ""]


@settings(max_examples=400, deadline=None)
@given(
    pieces=st.lists(st.sampled_from(PIECES), max_size=6),
    glue=st.sampled_from([" ", ""]),
    question=st.sampled_from(sorted(ASKED)),
    lang=st.sampled_from(["fr", "en"]),
)
def test_whatever_is_typed_gives_a_number_or_a_reason_the_user_can_read(
    pieces: list[str], glue: str, question: str, lang: str
) -> None:
    try:
        value, notes = understood(question, glue.join(pieces), lang)
    except InvalidAnswer as refused:
        catalog(Language(lang))(refused.key, **refused.args_)  # a reason of the catalogue, its placeholders filled
        return
    assert math.isfinite(value)
    assert all(notes)


@pytest.mark.parametrize(("typed", "value"), [("deux mille", 2000), ("vingt-cinq euros", 25), ("twelve", 12)])
def test_parse_number_reads_a_number_in_words_too(typed: str, value: float) -> None:
    assert parse_number(typed) == value


def test_parse_number_still_refuses_a_range_it_cannot_say_back() -> None:
    with pytest.raises(InvalidAnswer) as refused:
        parse_number("dix à vingt")
    assert refused.value.key == "error-number-several"


@pytest.mark.parametrize(
    ("model", "period", "counts"),
    [("cafe", Period.DAY, None), ("personal_services", Period.WEEK, None), ("b2b_consultant", Period.YEAR, Noun.DAYS)],
)
def test_the_capacity_question_counts_over_the_period_its_model_asks(
    model: str, period: Period, counts: Noun | None
) -> None:
    plan = Plan(profile=Profile(model=model))
    assert capacity_period(plan) is period
    assert capacity_counts(plan) is counts


def advance_to(chat: Chat, key: str) -> None:
    for line in COMPLETE_FR:
        if chat.question.key == key:
            return
        chat.answer(line)
    raise AssertionError(f"never asked {key}")


def said_after_the_answer(chat: Chat) -> list[str]:
    """The lines right after the accepted answer."""
    at = next(i for i, r in enumerate(chat.replies) if isinstance(r, Accepted))
    lines = []
    for reply in chat.replies[at + 1 :]:
        if not isinstance(reply, Notice):
            break
        lines.append(" ".join(reply.text.replace("\u202f", " ").replace("\xa0", " ").split()))
    return lines


def test_a_budget_typed_per_month_is_stored_per_year_and_said_back_after_the_answer(chat: Chat) -> None:
    advance_to(chat, "budget")
    chat.answer("200 € par mois")
    assert chat.session.plan.diagnosis.budget == 2400
    assert "J'ai compris 2 400 € par an (200 € par mois × 12)." in said_after_the_answer(chat)


def test_hours_typed_per_day_are_stored_per_week_of_five_days(chat: Chat) -> None:
    advance_to(chat, "hours")
    chat.answer("2 h par jour")
    assert chat.session.plan.diagnosis.hours_per_week == 10
    assert "J'ai compris 10 h par semaine (2 h par jour × 5 jours)." in said_after_the_answer(chat)


def test_a_month_and_year_typed_for_a_count_is_refused_and_the_question_asked_again(chat: Chat) -> None:
    advance_to(chat, "customers")
    before = chat.session.plan
    chat.send("juin 2027")
    assert chat.errors() == ["« juin 2027 » ressemble à une date : ici, j'attends un nombre."]
    assert chat.question.key == "customers"
    assert chat.session.plan == before


def test_a_plain_number_says_nothing_more_than_the_answer(chat: Chat) -> None:
    advance_to(chat, "budget")
    chat.answer("3 000 €")
    assert not [r for r in chat.replies if isinstance(r, Notice) and r.tone is Tone.ERROR]
    assert not any("J'ai compris" in line for line in said_after_the_answer(chat))


def test_a_number_under_one_is_shown_with_its_two_decimals() -> None:
    assert catalog(Language.FR).number(0.25) == "0,25"
    assert catalog(Language.EN).number(0.25) == "0.25"
    assert catalog(Language.FR).number(2.25) == "2,2", "above one, a decimal is enough"
