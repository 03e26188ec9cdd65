"""Non-answers explained, never stored; filler taken off what is stored; lists split where people mean them to."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogs.answers import Context, Field, Text, TextList
from dialogs.core.replies import Notice
from dialogs.core.steps import StepId
from dialogs.parsing.hedges import items, tidy, unsure
from dialogs.parsing.text import split_list
from domain.i18n import catalog
from domain.models import Language, Plan
from tests.chat import Chat
from tests.scripts import COMPLETE_EN, COMPLETE_FR

NON_ANSWERS = [
    *("je sais pas", "jsp", "j'sais pas", "aucune idée", "chais pas", "sais pas", "bof je sais pas", "idk", "dunno"),
    *("no idea", "not sure", "?", "??", "euh", "…", "...", "Euh… je sais pas trop 😅", "aucune idée 🤷", "🤷‍♂️"),
    *("idk tbh", "I don't know", "Je ne sais pas du tout", "chépa", "jsp lol", "hmm", "pas sûr", "J’en sais rien"),
    *("tu proposes quoi ?", "c'est quoi ?", "no clue", "honestly no idea", "Bof", "ça dépend", "not really sure"),
    *("je ne sais pas encore", "pas d'idée pour l'instant", "euh...", "what do you suggest?", "je vois pas"),
]
ANSWERS = [
    *("non", "aucun", "rien", "0", "pas encore", "j'ai pas de site", "⭐⭐⭐⭐", "4/5", "ok", "oui", "Instagram ?"),
    *("une idée", "Idée", "no", "none", "🚀🔥✨", "Lol Shop", "les jeunes", "Je sais faire du pain", "I know"),
    *("pas sur Instagram", "Leroy Merlin", "2k", "juin", "à parts égales", "Bof Design"),
]


@pytest.mark.parametrize("typed", NON_ANSWERS)
def test_a_non_answer_is_told_from_an_answer(typed: str) -> None:
    assert unsure(typed)


@pytest.mark.parametrize("typed", ANSWERS)
def test_an_answer_is_not_taken_for_a_non_answer(typed: str) -> None:
    assert not unsure(typed)


FILLER = [
    ("bof... les femmes 30-40 ans je dirais", "les femmes 30-40 ans"),
    ("Bof... les femmes 30-40 ans je dirais", "Les femmes 30-40 ans"),
    ("Euh les jeunes", "Les jeunes"),
    ("euh, les jeunes", "les jeunes"),
    ("genre les étudiants", "les étudiants"),
    ("genre 30 ans", "30 ans"),
    ("les jeunes genre", "les jeunes"),
    ("les jeunes, genre, les étudiants", "les jeunes, les étudiants"),
    ("like, the students", "the students"),
    ("Like the students I guess", "The students"),
    ("Well, students", "Students"),
    ("so, students", "students"),
    ("um, small businesses, like", "small businesses"),
    ("I'd say young mums", "Young mums"),
    ("young mums, I think", "young mums"),
    ("hmm... well... students I guess?", "students"),
    ("students or something like that", "students"),
    ("les jeunes je pense", "les jeunes"),
    ("je pense que les jeunes", "les jeunes"),
    ("Je pense que c'est les jeunes", "C'est les jeunes"),
    ("Je dirais que les jeunes", "Les jeunes"),
    ("J'dirais les jeunes", "Les jeunes"),
    ("Disons 30-40 ans", "30-40 ans"),
    ("Peut-être les jeunes", "Les jeunes"),
    ("maybe students", "students"),
    ("en gros les PME", "les PME"),
    ("je sais pas, les jeunes peut-être", "les jeunes"),
    ("les jeunes ou un truc comme ça", "les jeunes"),
    ("Tout est fait maison, quoi", "Tout est fait maison"),
    ("bon, la qualité", "la qualité"),
    ("ben les jeunes", "les jeunes"),
    ("Bof Leroy Merlin quoi", "Leroy Merlin"),
    ("Mmm les familles", "Les familles"),
    ("les jeunes lol", "les jeunes"),
    ("les jeunes mdr 😂", "les jeunes"),
    ("Café Lumière ☕", "Café Lumière"),
    ("les familles :)", "les familles"),
    ("des produits frais...", "des produits frais"),
    ("...des produits frais", "des produits frais"),
]
CONTENT = [
    *("genre musical", "I like coffee", "un truc de ce genre", "Well located shop", "ce que je pense", "So Chic"),
    *("je crois en la qualité", "what I think", "vente en gros", "tout est fait maison en gros", "Oh My Cake"),
    *("Style scandinave", "Bonne qualité", "un je ne sais quoi", "Ben & Co", "Pourquoi pas ?", "1,5 kg de pain"),
    "Cafés ☕ et gâteaux 🍰 faits maison",
]


@pytest.mark.parametrize(("typed", "stored"), FILLER)
def test_filler_hedges_and_emoji_around_an_answer_are_taken_off(typed: str, stored: str) -> None:
    assert tidy(typed) == stored


@pytest.mark.parametrize("typed", CONTENT)
def test_words_that_are_content_where_they_stand_are_kept(typed: str) -> None:
    assert tidy(typed) == typed


LISTS = [
    ("Ikea, Maisons du Monde et Conforama", ["Ikea", "Maisons du Monde", "Conforama"]),
    ("Ikea; Conforama", ["Ikea", "Conforama"]),
    ("Ikea\nConforama\n\nBut", ["Ikea", "Conforama", "But"]),
    ("Ikea / Conforama", ["Ikea", "Conforama"]),
    ("a, b, and c", ["a", "b", "c"]),
    ("Ikea, Conforama & Maisons du Monde", ["Ikea", "Conforama", "Maisons du Monde"]),
    ("Ikea, Zara & Mango", ["Ikea", "Zara & Mango"]),  # refused: "X & Y" is read as one name (Black & Decker)
    ("Ikea, Conforama ou But", ["Ikea", "Conforama", "But"]),
    ("Leroy Merlin (Paris, Lyon), Castorama", ["Leroy Merlin (Paris, Lyon)", "Castorama"]),
    ("Leroy Merlin (Paris, Lyon", ["Leroy Merlin (Paris, Lyon"]),
    ("« a, b », c", ["« a, b »", "c"]),
    ('"a, b", c', ['"a, b"', "c"]),
    ("« Le Bon Coin », Vinted", ["Le Bon Coin", "Vinted"]),
    ("et les familles", ["les familles"]),
    ("Ikea, Conforama et", ["Ikea", "Conforama"]),
    ("Ikea, , Conforama,", ["Ikea", "Conforama"]),
    ("Ikea, IKEA, ikéa", ["Ikea"]),
    ("Ikea, Conforama, etc.", ["Ikea", "Conforama"]),
    ("Marks and Spencer", ["Marks and Spencer"]),
    ("Pierre et Vacances", ["Pierre et Vacances"]),
    ("Procter & Gamble", ["Procter & Gamble"]),
    ("Ikea, Pierre et Vacances", ["Ikea", "Pierre et Vacances"]),
    ("Tesco, Marks and Spencer", ["Tesco", "Marks and Spencer"]),
    ("Ikea, Black & Decker", ["Ikea", "Black & Decker"]),
    ("Accueil chaleureux\nProduits frais et locaux", ["Accueil chaleureux", "Produits frais et locaux"]),
    ("Ikea :(, Conforama :)", ["Ikea :(", "Conforama :)"]),
    ("1. a\n2) b", ["a", "b"]),
    ("50, 30 et 20", ["50", "30", "20"]),
]


@pytest.mark.parametrize(("typed", "items"), LISTS)
def test_lists_split_where_people_mean_them_to(typed: str, items: list[str]) -> None:
    assert split_list(typed) == items


CONTEXT = Context(Plan(), None, catalog(Language.FR), date(2026, 11, 22))
LIST_ITEMS = [
    (TextList(), "bof... les femmes 30-40 ans je dirais", ("Les femmes 30-40 ans",)),
    (TextList(), "euh Ikea, jsp, Conforama je pense 😅", ("Ikea", "Conforama")),
    (TextList(least=2), "étudiants et familles", ("Étudiants", "Familles")),
    (TextList(), "étudiants et familles", ("Étudiants et familles",)),
    (TextList(suggestions=lambda ctx: ["Audit / diagnostic"]), "1\nformation", ("Audit / diagnostic", "Formation")),
    (TextList(least=0), "euh aucun", ()),
    (Text(), "Bof... les femmes 30-40 ans je dirais", "Les femmes 30-40 ans"),
]


@pytest.mark.parametrize(("field", "typed", "stored"), LIST_ITEMS)
def test_free_text_and_list_items_are_stored_without_filler(field: Field, typed: str, stored: object) -> None:
    assert field.parse(typed, CONTEXT) == stored


PIECES = sorted({word for typed in [*NON_ANSWERS, *CONTENT, *dict(FILLER), *dict(LISTS)] for word in typed.split(" ")})
"""Words, signs and emoji of the tables above, to be typed in any order."""
TYPED = st.lists(st.sampled_from(PIECES), max_size=12).map(" ".join) | st.text(max_size=80)


@settings(max_examples=300, deadline=None)
@given(TYPED)
def test_what_is_kept_of_any_text_is_typed_by_the_user_and_never_a_non_answer(typed: str) -> None:
    kept = tidy(typed)
    assert not unsure(kept) or not kept
    assert set(kept.casefold()) <= set(typed.casefold()) | set(typed.upper().casefold())
    assert tidy(kept) == kept
    assert all(item and not unsure(item) for item in items(typed))


# Through the engine ---------------------------------------------------------------------------------------


def advance_to(chat: Chat, key: str, script: list[str] = COMPLETE_FR) -> None:
    for line in script:
        if chat.question.key == key:
            return
        chat.answer(line)
    raise AssertionError(f"never asked {key}")


def help_text(chat: Chat) -> str:
    notices = [r.text for r in chat.replies if isinstance(r, Notice)]
    assert len(notices) == 1, chat.last_text()
    return notices[0]


@pytest.mark.parametrize(
    ("key", "typed", "options", "skip"),
    [
        ("name", "jsp", None, False),
        ("mode", "je sais pas", "Touchez la réponse", False),
        ("area", "aucune idée", "Touchez une proposition", True),
        ("budget", "je sais pas", "Touchez une proposition", False),
        ("customers", "?", None, True),
        ("strengths", "bof je sais pas", "Touchez une proposition", False),
        ("competitor_price:0", "euh…", "Touchez la réponse", False),
        ("objective_deadline:0", "jsp", "Touchez une proposition", True),
    ],
)
def test_a_non_answer_gets_the_question_explained_its_options_and_a_skip_offer_and_stores_nothing(
    chat: Chat, key: str, typed: str, options: str | None, skip: bool
) -> None:
    advance_to(chat, key)
    before = chat.session
    chat.send(typed)
    assert chat.errors() == []
    said = help_text(chat)
    assert said.startswith("Pas de souci, je reformule. ")
    assert catalog(Language.FR)("explain-generic") not in said, "each step has its own explanation"
    assert (options is not None) == ("Touchez" in said)
    if options:
        assert options in said
    assert ("/skip" in said) == skip
    assert chat.question.key == key
    assert chat.question.can_skip == skip
    assert chat.session.plan == before.plan
    assert chat.session.skipped == before.skipped


def test_the_explanation_is_the_steps_own_with_its_item(chat: Chat) -> None:
    advance_to(chat, "competitor_price:0")
    chat.send("jsp")
    assert "Comparé aux autres, Starbucks est-il plutôt bon marché (1) ou très cher (5) ?" in help_text(chat)
    assert [o.label for o in chat.question.options] == ["1", "2", "3", "4", "5"]


def test_a_non_answer_at_a_number_question_gets_help_not_the_number_error(chat: Chat) -> None:
    advance_to(chat, "budget")
    chat.send("je sais pas")
    assert chat.errors() == []
    assert "La somme que vous pouvez dépenser en un an" in help_text(chat)
    chat.answer("2k")
    assert chat.session.plan.diagnosis.budget == 2000


def test_after_a_non_answer_an_optional_question_can_be_skipped(chat: Chat) -> None:
    advance_to(chat, "area")
    chat.send("aucune idée")
    chat.send("/skip")
    assert chat.question.key != "area"
    assert "area" in chat.session.skipped
    assert chat.session.plan.profile.area is None


def test_a_question_asked_again_offers_to_keep_the_answer(chat: Chat) -> None:
    chat.answer("Café Lumière")
    chat.send("/back")
    chat.send("jsp")
    assert "Ou /skip pour garder votre réponse actuelle." in help_text(chat)
    assert chat.session.plan.profile.name == "Café Lumière"


def test_ticked_suggestions_stay_ticked_after_a_non_answer(chat: Chat) -> None:
    advance_to(chat, "strengths")
    chat.tap(chat.question.options[0].label)
    ticked = chat.session.draft
    chat.send("jsp")
    assert chat.session.draft == ticked
    assert chat.question.selected == ticked


def test_a_non_answer_in_english_gets_help_in_english(chat_en: Chat) -> None:
    advance_to(chat_en, "customers", COMPLETE_EN)
    chat_en.send("idk")
    said = help_text(chat_en)
    assert said.startswith("No problem, let me put it another way. How many different customers bought")
    assert "/skip to move on" in said
    assert chat_en.session.plan.facts.customers is None


def test_filler_never_reaches_the_plan(chat: Chat) -> None:
    advance_to(chat, "strengths")
    chat.answer("bof... produits faits maison, accueil je dirais 😅")
    assert chat.session.plan.diagnosis.strengths == ("Produits faits maison", "Accueil")


def test_a_competitor_with_a_comma_in_brackets_is_one_competitor(chat: Chat) -> None:
    advance_to(chat, "competitors")
    chat.answer("Leroy Merlin (Paris, Lyon), Castorama et Brico Dépôt")
    names = [c.name for c in chat.session.plan.diagnosis.competitors or ()]
    assert names == ["Leroy Merlin (Paris, Lyon)", "Castorama", "Brico Dépôt"]
    assert chat.question.key == f"{StepId.COMPETITOR_PRICE}:0"


def test_every_step_has_its_own_explanation_in_both_languages() -> None:
    for lang in Language:
        t = catalog(lang)
        assert [s.value for s in StepId if not t.has(f"explain-{s.value}")] == []
