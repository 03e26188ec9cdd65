"""Ratings understood the way people type them: digits, scales, words, stars, and a comment after the level."""

from __future__ import annotations

from datetime import date

import pytest

from dialogs.answers import Context, Rating
from dialogs.parsing import choices
from dialogs.parsing.options import Option
from dialogs.parsing.scales import score
from dialogs.parsing.text import InvalidAnswer
from domain.i18n import catalog
from domain.models import Language, Plan
from tests.chat import Chat
from tests.scripts import COMPLETE_FR

FR, EN = Language.FR, Language.EN


def context(lang: Language = FR) -> Context:
    return Context(Plan(), None, catalog(lang), date(2026, 11, 22))


def advance_to(chat: Chat, key: str) -> None:
    for line in COMPLETE_FR:
        if chat.question.key == key:
            return
        chat.answer(line)
    raise AssertionError(f"never asked {key}")


RATINGS: list[tuple[Language, str, int]] = [
    (FR, "4", 4),
    (FR, "4/5", 4),
    (FR, "4 sur 5", 4),
    (FR, "quatre", 4),
    (FR, "quatre sur cinq", 4),
    (FR, "8/10", 4),
    (FR, "★★★★", 4),
    (FR, "⭐⭐⭐⭐", 4),
    (FR, "⭐️⭐️⭐️", 3),
    (FR, "★★★☆☆", 3),
    (FR, "4 étoiles", 4),
    (FR, "bien", 4),
    (FR, "très bien", 5),
    (FR, "moyen", 3),
    (FR, "nul", 1),
    (FR, "bof", 2),
    (FR, "pas cher", 2),
    (FR, "très cher", 5),
    (FR, "je dirais 4", 4),
    (EN, "four out of five", 4),
    (EN, "4 stars", 4),
    (EN, "good", 4),
    (EN, "very good", 5),
    (EN, "poor", 1),
    (EN, "not great", 2),
    (EN, "average", 3),
]


@pytest.mark.parametrize(("lang", "typed", "level"), RATINGS)
def test_a_rating_is_read_in_digits_words_or_stars(lang: Language, typed: str, level: int) -> None:
    assert Rating().parse(typed, context(lang)) == level


@pytest.mark.parametrize(
    ("lang", "typed", "level", "note"),
    [
        (FR, "4, ils sont chers mais bons", 4, "Noté 4 sur 5. Votre remarque (« ils sont chers mais bons ») n'est"),
        (FR, "très bien, accueil au top", 5, "Noté 5 sur 5. Votre remarque (« accueil au top »)"),
        (FR, "⭐⭐⭐ service lent", 3, "Noté 3 sur 5. Votre remarque (« service lent »)"),
        (EN, "4, pricey but good", 4, "Noted 4 out of 5. Your remark (“pricey but good”) isn't kept"),
    ],
)
def test_a_rating_followed_by_a_comment_keeps_the_rating_and_says_the_comment_is_not_kept(
    lang: Language, typed: str, level: int, note: str
) -> None:
    ctx = context(lang)
    assert Rating().parse(typed, ctx) == level
    assert len(ctx.notes) == 1
    assert ctx.notes[0].startswith(note)


@pytest.mark.parametrize(
    ("typed", "asked"),
    [("3 ou 4", ("3", "4")), ("entre 3 et 4", ("3", "4")), ("3,5", ("3", "4")), ("7/10", ("3", "4"))],
)
def test_a_rating_between_two_levels_asks_which(typed: str, asked: tuple[str, ...]) -> None:
    with pytest.raises(choices.Ambiguous) as unclear:
        Rating().parse(typed, context())
    assert unclear.value.ids == asked


@pytest.mark.parametrize("typed", ["7", "0", "-2", "beaucoup", "pas vraiment bien", "🚀", "???"])
def test_a_rating_off_the_scale_or_denied_is_refused(typed: str) -> None:
    with pytest.raises(InvalidAnswer):
        Rating().parse(typed, context())


async def test_in_a_chat_a_rating_with_a_comment_is_taken_and_the_comment_said_back(chat: Chat) -> None:
    advance_to(chat, "competitor_price:0")
    chat.answer("4, ils sont chers mais bons")
    competitors = chat.session.plan.diagnosis.competitors
    assert competitors is not None
    assert competitors[0].price == 4
    assert "n'est pas gardée dans le plan" in chat.last_text()


def test_a_level_in_words_then_in_digits_is_no_comment_and_a_phrase_is_not_cut_in_half() -> None:
    t = catalog(Language.FR)
    options = tuple(Option(str(i), str(i)) for i in range(1, 6))
    notes: list[str] = []
    assert score("plutot cher genre 4", options, t, notes) == 4
    assert notes == []
    notes = []
    assert score("dur à atteindre", options, t, notes) == 1
    assert notes == ["Compris : 1 sur 5."]
