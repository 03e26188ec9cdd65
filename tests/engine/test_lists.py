"""Lists and ratings typed the way people do: equal numbers, proposals typed back, "bof" at a rating."""

from __future__ import annotations

from dialogs.parsing import lists
from tests.chat import Chat
from tests.engine.test_hedges import advance_to


def test_a_list_of_equal_numbers_keeps_every_one() -> None:
    assert lists.split("40, 20, 20, 20") == ["40", "20", "20", "20"]


def test_a_proposal_typed_back_whole_is_not_split_on_its_own_et() -> None:
    typed = "Chercheurs de cadeaux, Amateurs de fait main, Visiteurs de marchés et touristes"
    kept = ["Visiteurs de marchés et touristes"]
    assert lists.split(typed, keep=kept) == ["Chercheurs de cadeaux", "Amateurs de fait main", kept[0]]


def test_bof_at_a_rating_is_a_rating_of_two_and_jsp_is_explained(chat: Chat) -> None:
    advance_to(chat, "competitor_quality:0")
    chat.send("bof")
    assert chat.question.key != "competitor_quality:0"
    chat.send("/back")
    chat.send("jsp")
    assert chat.question.key == "competitor_quality:0"
    assert not chat.errors()


def test_a_decimal_comma_does_not_cut_an_item_in_two() -> None:
    typed = "Réactif, 4,6 sur Google (23 avis), 2,5 % de remise fidélité"
    assert lists.split(typed) == ["Réactif", "4,6 sur Google (23 avis)", "2,5 % de remise fidélité"]


def test_numbers_separated_by_commas_are_still_several() -> None:
    assert lists.split("1,3") == ["1", "3"]
    assert lists.split("1,3 et 5") == ["1", "3", "5"]
    assert lists.split("40,20,20,20") == ["40", "20", "20", "20"]


def test_a_strength_with_a_google_rating_is_kept_whole_in_the_plan(chat: Chat) -> None:
    advance_to(chat, "strengths")
    chat.send("réactif, 4,6 sur google (23 avis)")
    assert chat.session.plan.diagnosis.strengths == ("Réactif", "4,6 sur google (23 avis)")
