"""Beaten as the act befalling a count is torture, as the gold reads a witness's "said they
had been beaten" and «کتک خورده‌اند»; and people set free who tell of an act count it (the
freed are no count only when freedom is all that is told of them)."""

import pytest
from tests.extract.helpers import figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Of the dockers we spoke to, 14 said they had been beaten in the cells.",
            [("tortured", 14)],
        ),
        ("Nine teachers were beaten or otherwise tortured at the police post.", [("tortured", 9)]),
        ("پنج معلم در بازجویی کتک خوردند.", [("tortured", 5)]),
        # the freed who tell of what befell them count it
        (
            "Four of the released prisoners told us they had been beaten in the jail.",
            [("tortured", 4)],
        ),
        (
            "شش راننده‌ی تاکسی که آزاد شدند بعدها گفتند که در پاسگاه کتک خورده‌اند.",
            [("tortured", 6)],
        ),
        (
            "چهار نفر از زندانیان آزادشده به خبرنگار ما گفتند که در زندان شکنجه شده‌اند.",
            [("tortured", 4)],
        ),
        # near-misses: beaten to death is killed; the freed alone are no count
        ("Witnesses said 12 porters were beaten to death.", [("killed", 12)]),
        ("Police arrested 14 people; 9 of them were released the next day.", [("arrested", 14)]),
        ("۱۴ نفر بازداشت شدند و ۹ نفر از آنان آزاد شدند.", [("arrested", 14)]),
    ],
)
def test_beaten_and_the_freed_who_tell(text: str, expected: list[tuple[str, float | None]]) -> None:
    assert figures(text) == expected
