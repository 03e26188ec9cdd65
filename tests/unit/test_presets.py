"""Sector presets: every sector has valid, consistent defaults in both languages."""

from __future__ import annotations

import tomllib

import pytest

from domain.models import Language, Market, Sector
from domain.presets import PRESETS, PresetTexts, SectorPreset, preset

LISTS = ("range", "strengths", "weaknesses", "opportunities", "threats", "skills", "competitors")
SECTORS = list(Sector)
ARTICLES = {Language.FR: ("un ", "une ", "des ", "l'", "l’"), Language.EN: ("a ", "an ")}


def texts(sector: Sector, lang: Language) -> PresetTexts:
    return preset(sector).texts(lang)


@pytest.mark.parametrize("sector", SECTORS)
def test_every_sector_has_a_preset_file_that_validates(sector: Sector) -> None:
    path = PRESETS / f"{sector.value}.toml"
    assert path.is_file()
    with path.open("rb") as file:
        SectorPreset.model_validate(tomllib.load(file))


@pytest.mark.parametrize("sector", SECTORS)
def test_french_and_english_have_the_same_number_of_items_in_each_list(sector: Sector) -> None:
    fr, en = texts(sector, Language.FR), texts(sector, Language.EN)
    for name in LISTS:
        assert len(getattr(fr, name)) == len(getattr(en, name)), name
        assert getattr(fr, name), name


@pytest.mark.parametrize("sector", SECTORS)
def test_french_and_english_have_the_same_segments_and_ratings(sector: Sector) -> None:
    fr, en = texts(sector, Language.FR), texts(sector, Language.EN)
    for name in ("b2c_segments", "b2b_segments"):
        ours, theirs = getattr(fr, name), getattr(en, name)
        assert [s.ratings for s in ours] == [s.ratings for s in theirs], name


@pytest.mark.parametrize("sector", SECTORS)
def test_a_sector_with_a_market_has_segments_for_that_market(sector: Sector) -> None:
    found = preset(sector)
    for lang in Language:
        words = found.texts(lang)
        if found.market is Market.B2B:
            assert words.b2b_segments
        elif found.market is Market.B2C:
            assert words.b2c_segments


@pytest.mark.parametrize("sector", SECTORS)
def test_a_sector_without_a_market_has_both_consumer_and_business_segments(sector: Sector) -> None:
    found = preset(sector)
    for lang in Language:
        words = found.texts(lang)
        if found.market is None:
            assert words.b2c_segments
            assert words.b2b_segments


def test_some_sectors_leave_the_market_open() -> None:
    assert {s for s in SECTORS if preset(s).market is None} >= {Sector.SAAS, Sector.CRAFT, Sector.OTHER}


@pytest.mark.parametrize("lang", list(Language))
@pytest.mark.parametrize("sector", SECTORS)
def test_the_category_starts_with_an_indefinite_article(sector: Sector, lang: Language) -> None:
    assert texts(sector, lang).category.startswith(ARTICLES[lang])


@pytest.mark.parametrize("lang", list(Language))
@pytest.mark.parametrize("sector", SECTORS)
def test_weaknesses_are_internal_and_do_not_mention_competitors(sector: Sector, lang: Language) -> None:
    for weakness in texts(sector, lang).weaknesses:
        lowered = weakness.lower()
        assert "concurren" not in lowered
        assert "competit" not in lowered


@pytest.mark.parametrize("sector", SECTORS)
def test_every_sector_suggests_tactics_and_channels(sector: Sector) -> None:
    found = preset(sector)
    assert found.tactics
    assert found.channels
    assert len(set(found.tactics)) == len(found.tactics)
    assert len(set(found.channels)) == len(found.channels)
