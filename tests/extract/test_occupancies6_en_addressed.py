"""English posts in apposition before the name: the post may name its place after "at" ("The
police commander at Sharpeville, X"), a rank joined by a hyphen may stand between it and the
name, and with such a post the rank is a form of address, as with a post after the name."""

from tests.extract.helpers import posts


def test_a_post_at_a_place_before_the_name() -> None:
    text = "The police commander at Sharpeville, John Miller, denied the charges."
    assert ("John Miller", "police commander at Sharpeville") in posts(text)


def test_a_rank_between_the_post_and_the_name_is_address() -> None:
    text = "Two days later the army commander, General Mario Lopez, resigned."
    assert posts(text) == {("Mario Lopez", "army commander")}


def test_a_shortened_rank_after_a_spokesman_is_address() -> None:
    text = "Its spokesman, Lt. Col. John Miller, told reporters the toll was lower."
    assert posts(text) == {("John Miller", "spokesman")}


def test_a_camp_commander_in_a_court_ruling() -> None:
    text = "The camp commander in Omarska, Major Zeljko Mejakic, denied the charges in court."
    assert posts(text) == {("Zeljko Mejakic", "camp commander in Omarska")}


def test_a_rank_alone_is_the_post() -> None:
    text = "General John Miller said the war was over."
    assert ("John Miller", "General") in posts(text)


def test_a_rank_with_no_post_in_apposition_stays() -> None:
    text = "The convoy, led by Colonel John Miller, reached the town."
    assert ("John Miller", "Colonel") in posts(text)
