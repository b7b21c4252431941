"""English places, round 20: a name before "in" and a compass part of a region is a town placed
in it ("the raid on Kemba in southern Angola"); not a sentence's first word nor a people's.
Sentences written for these tests."""

import pytest
from tests.extract.helpers import proposed


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("They remembered the raid on Kemba in southern Angola.", "Kemba"),
        ("Soldiers burned Lowa in north-eastern Congo last year.", "Lowa"),
        ("The convoy reached Port Olbet in central Freland at dusk.", "Port Olbet"),
    ],
)
def test_a_name_before_a_compass_part_of_a_region_is_a_place(text: str, place: str) -> None:
    assert place in proposed(text, "place")


def test_a_sentences_first_word_before_a_region_is_no_place() -> None:
    assert "Soldiers" not in proposed("Soldiers in northern Uganda fled.", "place")


def test_a_people_before_a_region_is_no_place() -> None:
    assert "Kurds" not in proposed("They attacked the Kurds in northern Iraq.", "place")
