"""Choices and ratings understood the way people type them: numbers, names, synonyms, typos, years, words, stars."""

from __future__ import annotations

import tomllib
from datetime import date
from enum import StrEnum

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialogs.answers import Choice, Context, Field, MultiChoice, Pick, Rating
from dialogs.core.replies import DONE, Tapped
from dialogs.parsing import choices, synonyms
from dialogs.parsing.choices import match_option
from dialogs.parsing.options import Option
from dialogs.parsing.text import InvalidAnswer
from dialogs.phases.activity import Activity
from domain import models
from domain.i18n import catalog
from domain.models import Channel, Language, Market, Metric, Mode, Plan, PriceStrategy, Stage, Tactic, Website
from tests.chat import Chat
from tests.scripts import COMPLETE_FR

FR, EN = Language.FR, Language.EN
TODAY = date(2026, 11, 22)


def context(lang: Language = FR) -> Context:
    return Context(Plan(), None, catalog(lang), TODAY)


def advance_to(chat: Chat, key: str) -> None:
    for line in COMPLETE_FR:
        if chat.question.key == key:
            return
        chat.answer(line)
    raise AssertionError(f"never asked {key}")


CHOSEN: list[tuple[type[StrEnum], Language, str, str]] = [
    (Mode, FR, "2", "complete"),
    (Mode, FR, "exprss", "express"),
    (Mode, FR, "Express", "express"),
    (Mode, FR, "le rapide", "express"),
    (Mode, FR, "court", "express"),
    (Mode, FR, "détaillé", "complete"),
    (Mode, FR, "le complet svp", "complete"),
    (Mode, EN, "quick", "express"),
    (Mode, EN, "full", "complete"),
    (Mode, EN, "compleet", "complete"),
    (Market, FR, "des particuliers", "b2c"),
    (Market, FR, "des pros surtout", "b2b"),
    (Market, FR, "grand public", "b2c"),
    (Market, EN, "companies", "b2b"),
    (Stage, FR, "ça fait 3 ans", "growing"),
    (Stage, FR, "depuis 2019", "growing"),
    (Stage, FR, "depuis 6 mois", "launched"),
    (Stage, FR, "depuis septembre", "launched"),
    (Stage, FR, "lancé il y a deux ans", "growing"),
    (Stage, FR, "moins d'un an", "launched"),
    (Stage, FR, "un an et demi", "growing"),
    (Stage, FR, "pas encore lancé", "idea"),
    (Stage, FR, "j'ouvre dans 3 mois", "idea"),
    (Stage, FR, "on vient d'ouvrir", "launched"),
    (Stage, EN, "since 2018", "growing"),
    (Stage, EN, "been going for 3 years", "growing"),
    (Stage, EN, "six months", "launched"),
    (Stage, EN, "just an idea", "idea"),
    (Website, FR, "oui j'en ai un", "yes"),
    (Website, FR, "ouais", "yes"),
    (Website, FR, "pas encore", "no"),
    (Website, FR, "je n'ai pas de site", "no"),
    (Website, FR, "juste une page facebook", "no"),
    (Website, FR, "en construction", "building"),
    (Website, FR, "pas encore fini", "building"),
    (Website, EN, "nope", "no"),
    (Website, EN, "yes I have one", "yes"),
    (Website, EN, "working on it", "building"),
    (PriceStrategy, FR, "haut de gamme", "premium"),
    (PriceStrategy, FR, "luxe", "premium"),
    (PriceStrategy, FR, "premum", "premium"),
    (PriceStrategy, FR, "pas cher", "penetration"),
    (PriceStrategy, FR, "low cost", "penetration"),
    (PriceStrategy, FR, "discount", "penetration"),
    (PriceStrategy, FR, "moins cher que les concurrents", "penetration"),
    (PriceStrategy, FR, "comme les autres", "aligned"),
    (PriceStrategy, FR, "gratuit puis payant", "freemium"),
    (PriceStrategy, EN, "high-end", "premium"),
    (PriceStrategy, EN, "not expensive", "penetration"),
    (PriceStrategy, EN, "skiming", "skimming"),
]


@pytest.mark.parametrize(("enum", "lang", "typed", "chosen"), CHOSEN)
def test_a_choice_is_read_by_number_name_synonym_typo_or_years(
    enum: type[StrEnum], lang: Language, typed: str, chosen: str
) -> None:
    assert Choice(enum).parse(typed, context(lang)) == enum(chosen)


def test_a_choice_worked_out_from_a_synonym_is_said_back_and_one_named_plainly_is_not() -> None:
    worked_out, plain = context(), context()
    Choice(PriceStrategy).parse("luxe", worked_out)
    Choice(PriceStrategy).parse("Premium", plain)
    assert worked_out.notes == ["Compris : « Premium (plus cher) »."]
    assert plain.notes == []


@pytest.mark.parametrize(
    ("enum", "typed", "asked"),
    [
        (PriceStrategy, "premium ou pénétration", ("premium", "penetration")),
        (Market, "les deux", ("b2c", "b2b")),
        (Market, "entreprises et particuliers", ("b2b", "b2c")),
        (Website, "oui mais en construction", ("yes", "building")),
        (Stage, "depuis 2025", ("launched", "growing")),
    ],
)
def test_an_answer_as_close_to_two_options_asks_which(enum: type[StrEnum], typed: str, asked: tuple[str, ...]) -> None:
    with pytest.raises(choices.Ambiguous) as unclear:
        Choice(enum).parse(typed, context())
    assert unclear.value.ids == asked


@pytest.mark.parametrize("typed", ["banane", "pas premium", "9", "0"])
def test_a_choice_that_names_nothing_or_denies_an_option_is_refused(typed: str) -> None:
    with pytest.raises(InvalidAnswer) as refused:
        Choice(PriceStrategy).parse(typed, context())
    assert refused.value.key == "error-choice"


def test_a_metric_is_read_from_everyday_words_among_those_offered() -> None:
    field = Choice(Metric, only=lambda ctx: (Metric.NEW_CUSTOMERS, Metric.REVENUE, Metric.CONVERSION_RATE))
    assert field.parse("le CA", context()) is Metric.REVENUE
    assert field.parse("nombre de clients", context()) is Metric.NEW_CUSTOMERS


async def test_an_ambiguous_choice_is_asked_again_with_only_those_options_and_a_tap_settles_it(chat: Chat) -> None:
    advance_to(chat, "price_strategy")
    before = chat.session.plan
    chat.send("premium ou pénétration")
    assert chat.errors() == ["Vous voulez dire « Premium (plus cher) » ou « Pénétration (prix bas) » ?"]
    assert [o.id for o in chat.question.options] == ["premium", "penetration"]
    assert chat.question.key == "price_strategy"
    assert chat.session.plan == before
    chat.tap("Pénétration")
    assert chat.session.plan.mix.price.strategy is PriceStrategy.PENETRATION


MULTI: list[tuple[type[StrEnum], Language, str, tuple[str, ...]]] = [
    (Tactic, FR, "1,3", ("social", "sea")),
    (Tactic, FR, "1 3 5", ("social", "sea", "advertising")),
    (Tactic, FR, "seo, emailing", ("seo", "emailing")),
    (Tactic, FR, "insta et newsletter", ("social", "emailing")),
    (Tactic, FR, "google ads, fiche google", ("sea", "local")),
    (Tactic, FR, "réseaux sociaux et bouche à oreille", ("social", "referral")),
    (Tactic, FR, "emailling, evenements", ("emailing", "events")),
    (Tactic, FR, "pas de pub, seo", ("seo",)),
    (Tactic, EN, "google ads, flyers and word of mouth", ("sea", "advertising", "referral")),
    (Channel, FR, "mon site et amazon", ("own_site", "marketplace")),
    (Channel, FR, "boutique en ligne", ("own_site",)),
    (Channel, FR, "marchés, instagram", ("direct", "social_commerce")),
    (models.ObjectiveKind, FR, "plus de clients et les faire revenir", ("conquest", "loyalty")),
    (models.ObjectiveKind, FR, "les trois", ("conquest", "loyalty", "awareness")),
    (models.ObjectiveKind, EN, "more customers, get known", ("conquest", "awareness")),
]


@pytest.mark.parametrize(("enum", "lang", "typed", "chosen"), MULTI)
def test_each_item_of_a_list_is_read_like_a_single_choice(
    enum: type[StrEnum], lang: Language, typed: str, chosen: tuple[str, ...]
) -> None:
    assert MultiChoice(enum).parse(typed, context(lang)) == tuple(enum(c) for c in chosen)


def test_an_unknown_item_ticks_the_others_and_is_asked_about_in_one_line() -> None:
    with pytest.raises(choices.Unrecognised) as unknown:
        MultiChoice(Tactic).parse("pub, pigeons voyageurs", context())
    assert unknown.value.ticked == ("advertising",)
    assert catalog(FR)(unknown.value.key, **unknown.value.args_) == (
        "J'ai coché le reste, mais je n'ai pas reconnu « pigeons voyageurs » : cochez l'option qui correspond puis "
        "validez, ou retapez toute la liste."
    )


async def test_in_a_chat_an_unknown_item_leaves_the_known_ones_ticked_and_a_tap_completes_the_list(chat: Chat) -> None:
    advance_to(chat, "tactics")
    before = chat.session.plan
    chat.send("réseaux sociaux, pigeons voyageurs")
    assert len(chat.errors()) == 1
    assert "« pigeons voyageurs »" in chat.errors()[0]
    assert chat.question.key == "tactics"
    assert chat.question.selected == ("social",)
    assert chat.session.plan == before
    chat.tap("Événements")
    chat._do(Tapped("tactics", DONE))
    assert chat.session.plan.mix.promotion.tactics == (Tactic.SOCIAL, Tactic.EVENTS)


def test_a_pick_among_names_reads_a_typo_and_a_name_within_a_sentence() -> None:
    field = Pick(items=lambda ctx: ("Étudiants", "Actifs du quartier", "Familles"), own=False)
    assert field.parse("actifs du quartiier", context()) == "Actifs du quartier"
    assert field.parse("je prends les familles", context()) == "Familles"
    with pytest.raises(InvalidAnswer):
        field.parse("Touristes", context())


def test_options_matched_elsewhere_stay_strict_so_own_words_are_kept_as_such() -> None:
    activities = Activity().options(context())
    assert match_option("je fais du pain au levain", activities) is None
    assert match_option("2", activities) == activities[1]
    assert match_option("Café restaurnt bar", activities) == next(o for o in activities if o.id == "cafe")
    yes_no = [Option("accept", "Accepter"), Option("drop", "Retirer")]
    assert match_option("acepter", yes_no) == yes_no[0]


def test_both_synonym_files_have_the_same_tables_and_name_only_existing_options() -> None:
    tables = {}
    for lang in Language:
        with (synonyms.SYNONYMS / f"{lang.value}.toml").open("rb") as file:
            tables[lang] = tomllib.load(file)
    assert {t: set(k) for t, k in tables[FR].items()} == {t: set(k) for t, k in tables[EN].items()}
    enums = {synonyms.table_of(e): e for e in vars(models).values() if isinstance(e, type) and issubclass(e, StrEnum)}
    for table, entries in tables[FR].items():
        if table in enums:
            assert set(entries) <= {m.value for m in enums[table]}, table


FIELDS: list[Field] = [
    Choice(PriceStrategy),
    Choice(Stage),
    MultiChoice(Tactic),
    Rating(),
    Pick(items=lambda ctx: ("Starbucks", "Boulangerie Paul"), own=False),
]
WORDS = st.sampled_from(["pas", "cher", "4", "/", "5", "et", "ou", "⭐", "les deux", "2019", "ans", ",", "luxe", "seo"])


@given(typed=st.one_of(st.text(max_size=60), st.lists(WORDS, max_size=8).map(" ".join)))
def test_whatever_is_typed_a_choice_or_rating_is_read_or_refused_with_a_reason(typed: str) -> None:
    for field in FIELDS:
        reason = None
        try:
            field.parse(typed, context())
        except InvalidAnswer as refused:
            reason = catalog(FR)(refused.key, **refused.args_)
        assert reason is None or reason.strip()


def test_the_option_said_to_come_first_wins_over_one_said_to_be_secondary() -> None:
    t = catalog(Language.FR)
    options = (Option("b2c", "Particuliers (B2C)"), Option("b2b", "Entreprises (B2B)"), Option("both", "Les deux"))
    assert choices.one("surtout des particuliers, un peu d'entreprises", options, t, "market").id == "b2c"
    assert choices.one("mostly businesses but some consumers", options, t, "market").id == "b2b"
    with pytest.raises(choices.Ambiguous):
        choices.one("particuliers ou entreprises", options, t, "market")


@pytest.mark.parametrize("typed", ["ok", "OK 👍", "c'est bon", "valider"])
def test_ok_typed_once_options_are_ticked_confirms_them_as_the_done_button_does(chat: Chat, typed: str) -> None:
    advance_to(chat, "tactics")
    chat.tap("Événements")
    chat.tap("Emailing")
    chat.send(typed)
    assert chat.session.plan.mix.promotion.tactics == (Tactic.EMAILING, Tactic.EVENTS)
    assert chat.question.key != "tactics"


def test_ok_typed_with_nothing_ticked_is_not_an_answer(chat: Chat) -> None:
    advance_to(chat, "tactics")
    chat.send("ok")
    assert chat.question.key == "tactics"
    assert chat.session.plan.mix.promotion.tactics is None
