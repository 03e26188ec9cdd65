"""Dates as people say them: holidays, seasons, parts of a month or a year, each said back, at every date question."""

from __future__ import annotations

from datetime import date

import pytest

from dialogs.answers import Context, Deadline
from dialogs.core.replies import Notice, Tone
from dialogs.core.steps import StepId
from dialogs.parsing.spoken_dates import is_date_like
from dialogs.parsing.text import InvalidAnswer
from dialogs.parsing.written_dates import action_date
from dialogs.phases.actions import Decide
from dialogs.screens import action_card
from domain.feasts import black_friday, mothers_day, summer_sales, winter_sales
from domain.i18n import catalog
from domain.models import ActionStatus, Language, Plan
from tests.chat import Chat
from tests.scripts import COMPLETE_FR, EXPRESS_FR, until_step

TODAY = date(2026, 11, 22)  # a Sunday, as in the chats

UNDERSTOOD_FR = [
    ("avant Noël", date(2026, 12, 18), "J'ai compris le 18 décembre 2026, une semaine avant Noël."),
    ("à Noël", date(2026, 12, 25), "J'ai compris le 25 décembre 2026 (Noël)."),
    ("pour la rentrée", date(2027, 9, 1), "J'ai compris le 1er septembre 2027 (la rentrée)."),
    ("à la rentrée", date(2027, 9, 1), "J'ai compris le 1er septembre 2027 (la rentrée)."),
    ("l'été prochain", date(2027, 9, 21), "J'ai compris le 21 septembre 2027 (la fin de l'été)."),
    ("cet été", date(2027, 9, 21), "J'ai compris le 21 septembre 2027 (la fin de l'été)."),
    ("au printemps", date(2027, 6, 20), "J'ai compris le 20 juin 2027 (la fin du printemps)."),
    ("fin de l'hiver", date(2027, 3, 19), "J'ai compris le 19 mars 2027 (la fin de l'hiver)."),
    ("début de l'été", date(2027, 6, 21), "J'ai compris le 21 juin 2027 (le début de l'été)."),
    ("avant l'été", date(2027, 6, 20), "J'ai compris le 20 juin 2027."),
    ("pour Pâques", date(2027, 3, 28), "J'ai compris le 28 mars 2027 (Pâques)."),
    ("Saint-Valentin", date(2027, 2, 14), "J'ai compris le 14 février 2027 (la Saint-Valentin)."),
    ("fête des mères", date(2027, 5, 30), "J'ai compris le 30 mai 2027 (la fête des mères)."),
    ("le Black Friday", date(2026, 11, 27), "J'ai compris le 27 novembre 2026 (le Black Friday)."),
    ("les soldes", date(2027, 1, 6), "J'ai compris le 6 janvier 2027 (les soldes d'hiver)."),
    ("les soldes d'été", date(2027, 6, 23), "J'ai compris le 23 juin 2027 (les soldes d'été)."),
    ("après les fêtes", date(2027, 1, 2), "J'ai compris le 2 janvier 2027, un jour après les fêtes de fin d'année."),
    ("fin juin", date(2027, 6, 30), "J'ai compris le 30 juin 2027."),
    ("début juillet", date(2027, 7, 1), "J'ai compris le 1er juillet 2027."),
    ("mi-mars", date(2027, 3, 15), "J'ai compris le 15 mars 2027."),
    ("avant juin", date(2027, 5, 31), "J'ai compris le 31 mai 2027."),
    ("d'ici la fin de l'année", date(2026, 12, 31), "J'ai compris le 31 décembre 2026."),
    ("fin de l'année prochaine", date(2027, 12, 31), "J'ai compris le 31 décembre 2027."),
    ("fin 2027", date(2027, 12, 31), "J'ai compris le 31 décembre 2027."),
    ("début 2027", date(2027, 1, 1), "J'ai compris le 1er janvier 2027."),
    ("dans 3 mois", date(2027, 2, 22), "J'ai compris le 22 février 2027."),
    ("dans trois mois", date(2027, 2, 22), "J'ai compris le 22 février 2027."),
    ("d'ici un an et demi", date(2028, 5, 22), "J'ai compris le 22 mai 2028."),
    ("dans quinze jours", date(2026, 12, 6), "J'ai compris le 6 décembre 2026."),
    ("le mois prochain", date(2026, 12, 31), "J'ai compris le 31 décembre 2026."),
    ("fin de la semaine", date(2026, 11, 27), "J'ai compris le 27 novembre 2026."),
    ("au 3e trimestre", date(2027, 9, 30), "J'ai compris le 30 septembre 2027."),
    ("T1 2027", date(2027, 3, 31), "J'ai compris le 31 mars 2027."),
    ("S2", date(2026, 12, 31), "J'ai compris le 31 décembre 2026."),
    ("le 15", date(2026, 12, 15), "J'ai compris le 15 décembre 2026."),
    ("Noel", date(2026, 12, 25), "J'ai compris le 25 décembre 2026 (Noël)."),
    ("la rentrer", date(2027, 9, 1), "J'ai compris le 1er septembre 2027 (la rentrée)."),
    ("juin 2027 au plus tard", date(2027, 6, 30), "J'ai compris le 30 juin 2027."),
    ("15 mars", date(2027, 3, 15), None),
    ("30/06/2027", date(2027, 6, 30), None),
]
UNDERSTOOD_EN = [
    ("before Christmas", date(2026, 12, 18), "I understood 18 December 2026, a week before Christmas."),
    ("by Easter", date(2027, 3, 28), "I understood 28 March 2027 (Easter)."),
    ("next summer", date(2027, 9, 21), "I understood 21 September 2027 (the end of summer)."),
    ("back to school", date(2027, 9, 1), "I understood 1 September 2027 (the start of the school year)."),
    ("Valentine's Day", date(2027, 2, 14), "I understood 14 February 2027 (Valentine's Day)."),
    ("Mother's Day", date(2027, 5, 30), "I understood 30 May 2027 (Mother's Day in France)."),
    ("by the end of next year", date(2027, 12, 31), "I understood 31 December 2027."),
    ("end of June", date(2027, 6, 30), "I understood 30 June 2027."),
    ("early July", date(2027, 7, 1), "I understood 1 July 2027."),
    ("mid-March", date(2027, 3, 15), "I understood 15 March 2027."),
    ("in six months", date(2027, 5, 22), "I understood 22 May 2027."),
    ("in a couple of weeks", date(2026, 12, 6), "I understood 6 December 2026."),
    ("next month", date(2026, 12, 31), "I understood 31 December 2026."),
    ("Q3", date(2027, 9, 30), "I understood 30 September 2027."),
    ("second half of 2027", date(2027, 12, 31), "I understood 31 December 2027."),
    ("March 15th", date(2027, 3, 15), None),
]


def deadline(typed: str, lang: Language, today: date = TODAY) -> tuple[date, list[str]]:
    """The date understood and what is said back about it (a deadline weeks away is also pointed out: left out)."""
    ctx = Context(Plan(), None, catalog(lang), today)
    day = Deadline().parse(typed, ctx)
    soon = catalog(lang)("deadline-soon", days=(day - today).days)
    return day, [note for note in ctx.notes if note != soon]


def test_a_deadline_weeks_away_is_pointed_out_with_how_to_aim_further() -> None:
    ctx = Context(Plan(), None, catalog(Language.FR), date(2026, 11, 30))
    assert Deadline().parse("avant l'hiver prochain", ctx) == date(2026, 12, 20)
    assert ctx.notes[-1].startswith("C'est dans 20 jours seulement : pour viser plus loin, tapez /back")
    far = Context(Plan(), None, catalog(Language.FR), date(2026, 11, 30))
    Deadline().parse("fin octobre 2027", far)
    assert far.notes == ["J'ai compris le 31 octobre 2027."]


@pytest.mark.parametrize("typed", ["non, fin octobre 2027", "plutôt fin octobre 2027", "no, end of October 2027"])
def test_a_date_typed_as_a_correction_is_read_without_its_no(typed: str) -> None:
    ctx = Context(Plan(), None, catalog(Language.FR), date(2026, 11, 30))
    assert Deadline().parse(typed, ctx) == date(2027, 10, 31)


@pytest.mark.parametrize(
    ("typed", "day", "said", "lang"),
    [(*row, Language.FR) for row in UNDERSTOOD_FR] + [(*row, Language.EN) for row in UNDERSTOOD_EN],
)
def test_a_date_said_in_words_is_understood_and_said_back(
    typed: str, day: date, said: str | None, lang: Language
) -> None:
    assert deadline(typed, lang) == (day, [said] if said else [])


@pytest.mark.parametrize(
    ("typed", "today", "day"),
    [
        ("avant Noël", date(2026, 12, 20), date(2026, 12, 24)),
        ("à Noël", date(2026, 12, 26), date(2027, 12, 25)),
        ("cet été", date(2026, 7, 10), date(2026, 9, 21)),
        ("l'été prochain", date(2026, 7, 10), date(2027, 9, 21)),
        ("l'été prochain", date(2026, 3, 10), date(2026, 9, 21)),
        ("les soldes", date(2027, 3, 1), date(2027, 6, 23)),
        ("fin juin", date(2026, 7, 1), date(2027, 6, 30)),
    ],
)
def test_a_holiday_or_a_season_is_its_next_occurrence_after_today(typed: str, today: date, day: date) -> None:
    assert deadline(typed, Language.FR, today)[0] == day


def test_the_day_before_a_holiday_is_said_once_the_week_before_has_begun() -> None:
    assert deadline("avant Noël", Language.FR, date(2026, 12, 20))[1] == [
        "J'ai compris le 24 décembre 2026, un jour avant Noël."
    ]


@pytest.mark.parametrize(
    ("typed", "key", "args"),
    [
        ("Noël 2025", "error-date-past", {"date": "25 décembre 2025"}),
        ("fin 2025", "error-date-past", {"date": "31 décembre 2025"}),
        ("2099", "error-date-far", {"years": 10}),
        ("quelques mois", "error-date", {}),
        ("bientôt", "error-date", {}),
        ("un de ces jours", "error-date", {}),
        ("le 3e mardi de mars", "error-date", {}),
        ("Q5", "error-date", {}),
        ("31/02/2027", "error-date-impossible", {"date": "31/02/2027"}),
    ],
)
def test_a_date_past_vague_or_impossible_is_refused_with_its_reason(
    typed: str, key: str, args: dict[str, object]
) -> None:
    with pytest.raises(InvalidAnswer) as refused:
        deadline(typed, Language.FR)
    assert (refused.value.key, refused.value.args_) == (key, args)


def test_an_action_may_be_dated_up_to_three_years_ahead_in_words() -> None:
    assert action_date("Pâques 2029", Language.FR, TODAY) == date(2029, 4, 1)
    with pytest.raises(InvalidAnswer) as refused:
        action_date("Noël 2029", Language.FR, TODAY)
    assert refused.value.key == "error-date-far"


@pytest.mark.parametrize(
    ("year", "mothers", "winter", "summer", "friday"),
    [
        (2020, date(2020, 6, 7), date(2020, 1, 8), date(2020, 6, 24), date(2020, 11, 27)),  # Whit Sunday on 31 May
        (2025, date(2025, 5, 25), date(2025, 1, 8), date(2025, 6, 25), date(2025, 11, 28)),
        (2026, date(2026, 5, 31), date(2026, 1, 7), date(2026, 6, 24), date(2026, 11, 27)),
        (2027, date(2027, 5, 30), date(2027, 1, 6), date(2027, 6, 23), date(2027, 11, 26)),
    ],
)
def test_the_french_calendar_gives_mothers_day_the_sales_and_black_friday(
    year: int, mothers: date, winter: date, summer: date, friday: date
) -> None:
    assert (mothers_day(year), winter_sales(year)[0], summer_sales(year)[0], black_friday(year)) == (
        mothers,
        winter,
        summer,
        friday,
    )


@pytest.mark.parametrize(
    ("typed", "dated"),
    [
        ("le 3e mardi de mars", True),
        ("avant la fin du mois", True),
        ("bof", False),
        ("organiser une soirée à Noël", False),
    ],
)
def test_words_a_date_is_said_with_are_told_from_a_sentence(typed: str, dated: bool) -> None:
    assert is_date_like(typed) is dated


@pytest.mark.parametrize(
    ("typed", "due", "title"),
    [
        ("à la rentrée", date(2027, 9, 1), None),
        ("plutôt en mars", date(2027, 3, 31), None),
        ("the week before Christmas", date(2026, 12, 18), None),
        ("dès que possible", date(2026, 11, 23), None),
        ("ce week-end", date(2026, 11, 28), None),
        ("plutôt : créer la fiche Google", None, "Créer la fiche Google"),
        ("organiser une soirée pour Noël", None, "Organiser une soirée pour Noël"),
    ],
)
def test_an_action_decision_tells_a_date_in_words_from_the_action_in_new_words(
    typed: str, due: date | None, title: str | None
) -> None:
    decision = Decide().parse(typed, Context(Plan(), 0, catalog(Language.FR), TODAY))
    assert (decision.due, decision.title) == (due, title)


@pytest.mark.parametrize(("typed", "key"), [("bof", "error-action-date"), ("janvier ou février", "error-date")])
def test_an_action_decision_not_understood_says_what_it_expects(typed: str, key: str) -> None:
    with pytest.raises(InvalidAnswer) as refused:
        Decide().parse(typed, Context(Plan(), 0, catalog(Language.FR), TODAY))
    assert refused.value.key == key


# In the chats -------------------------------------------------------------------------------------------------

BEFORE_ACTIONS = until_step(COMPLETE_FR, StepId.ACTIONS)


def notices(chat: Chat) -> list[str]:
    return [r.text for r in chat.replies if isinstance(r, Notice) and r.tone is not Tone.ERROR]


def advance_to(chat: Chat, key: str) -> None:
    for line in COMPLETE_FR:
        if chat.question.key == key:
            return
        chat.answer(line)
    raise AssertionError(f"never asked {key}")


def test_an_objectives_deadline_said_in_words_is_stored_and_said_back(chat: Chat) -> None:
    advance_to(chat, "objective_deadline:0")
    chat.answer("avant Noël")
    assert (chat.session.plan.objectives or ())[0].deadline == date(2026, 12, 18)
    assert "J'ai compris le 18 décembre 2026, une semaine avant Noël." in notices(chat)


@pytest.mark.parametrize(
    ("typed", "day", "said"),
    [
        ("avant Noël", date(2026, 12, 18), "J'ai compris le 18 décembre 2026, une semaine avant Noël."),
        ("à la rentrée", date(2027, 9, 1), "J'ai compris le 1er septembre 2027 (la rentrée)."),
        ("dans trois mois", date(2027, 2, 22), "J'ai compris le 22 février 2027."),
        ("début mars", date(2027, 3, 1), "J'ai compris le 1er mars 2027."),
    ],
)
def test_an_actions_date_typed_in_words_is_accepted_and_said_back(chat: Chat, typed: str, day: date, said: str) -> None:
    chat.answer(*BEFORE_ACTIONS, "2", typed)
    first = (chat.session.plan.actions or ())[0]
    assert (first.status, first.due, first.title.startswith(typed)) == (ActionStatus.PLANNED, day, False)
    assert said in notices(chat)
    assert chat.question.key == "action_decision:1"


def test_an_actions_date_not_understood_asks_for_a_date_not_for_a_tap(chat: Chat) -> None:
    chat.answer(*BEFORE_ACTIONS, "2")
    chat.send("le 3e mardi de mars")
    assert chat.errors() == [catalog(Language.FR)("error-date")]
    assert chat.question.key == "action_decision:0"


def test_rescheduling_an_action_in_words_says_the_date_back(chat: Chat) -> None:
    chat.answer(*EXPRESS_FR)
    chat.tap("Non")
    action = (chat.session.plan.actions or ())[0]
    chat.tap_key(action_card.action_key(action.id), action_card.RESCHEDULE)
    chat.send("pour les soldes")
    assert chat.errors() == []
    assert chat.session.plan.action(action.id).due == date(2027, 1, 6)  # type: ignore[union-attr]
    assert "J'ai compris le 6 janvier 2027 (les soldes d'hiver)." in notices(chat)


def test_a_percentage_or_an_amount_typed_at_a_date_is_not_taken_for_a_far_year(chat: Chat) -> None:
    advance_to(chat, "objective_deadline:0")
    for typed in ("60%", "500 €"):
        chat.send(typed)
        assert chat.errors()[0].startswith("Je n'ai pas compris cette date")
