"""Numbers, round 8: after a verb of sentencing, "N to M" is the people and their term ("sentenced
the four to 30 years"), two figures, not a range; elsewhere "20 to 30" stays a range."""

import pytest

from sabt.text.numbers import find_numbers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The court sentenced the four to 30 years.", [(4, 4), (30, 30)]),
        ("A judge sentenced each of the 12 to 20 years.", [(12, 12), (20, 20)]),
        ("They condemned 9 to 15 years of hard labour.", [(9, 9), (15, 15)]),
        # a term's range and a count's range stay ranges
        ("They were sentenced to 10 to 15 years.", [(10, 15)]),
        ("Between 20 to 30 people were killed.", [(20, 30)]),
        ("Some 200 to 300 people were arrested.", [(200, 300)]),
    ],
)
def test_to_after_a_verb_of_sentencing_joins_no_range(
    text: str, expected: list[tuple[float, float]]
) -> None:
    """The bounds of each figure found."""
    assert [(q.low, q.high) for q in find_numbers(text)] == expected
