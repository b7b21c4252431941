"""Claim figures, round 7: the figure itself in every way reports write it: digits with either
thousands separator, decimals with a scale ("1.5 million", "۱٫۵ میلیون"), words ("two thousand",
"دو هزار و پانصد"), hedges ("upwards of", "no fewer than", "قریب به", "بالغ بر", "حداقل"),
ranges ("40-60", "بین ۲۰۰ تا ۳۰۰", "two or three", "۴ یا ۵") and vague amounts, including
"several dozen", "a few dozen", "tens of", چند ده, چندین هزار and چندین صد (read as their
plurals), each with the range its wording implies."""

import pytest
from tests.extract.helpers import figure_ranges


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # vague amounts read as their plural
        ("Several dozen protesters were arrested.", [("arrested", None, 24, 99)]),
        ("A few dozen villagers were killed.", [("killed", None, 24, 99)]),
        ("Tens of protesters were detained.", [("detained", None, 24, 99)]),
        ("Tens of thousands were killed.", [("killed", None, 20_000, 99_999)]),
        ("چندین هزار نفر بازداشت شدند.", [("arrested", None, 2_000, 9_999)]),
        ("چندین صد نفر کشته شدند.", [("killed", None, 200, 999)]),
        ("چند ده نفر کشته شدند.", [("killed", None, 24, 99)]),
        ("صدها هزار نفر کشته شدند.", [("killed", None, 200_000, 999_999)]),
        # near-miss: چند دهه (several decades) is a duration
        ("او چند دهه در زندان ماند.", []),
        # words, decimals with a scale, hedges
        ("Some two thousand people were killed.", [("killed", 2000, 2000, 2000)]),
        ("Nearly forty prisoners were hanged.", [("executed", 40, None, 40)]),
        ("At least 1.5 million people were killed.", [("killed", 1_500_000, 1_500_000, None)]),
        ("۱٫۵ میلیون نفر کشته شدند.", [("killed", 1_500_000, 1_500_000, 1_500_000)]),
        ("دو هزار و پانصد نفر کشته شدند.", [("killed", 2500, 2500, 2500)]),
        ("Fewer than 10 people were executed.", [("executed", 10, None, 10)]),
        ("حداقل ۲۰ نفر اعدام شدند.", [("executed", 20, 20, None)]),
        ("بیش از یکصد نفر بازداشت شدند.", [("arrested", 100, 100, None)]),
        # ranges
        ("40-60 people died in the attack.", [("killed", None, 40, 60)]),
        ("From 40 to 60 people died in the attack.", [("killed", None, 40, 60)]),
        ("بین ۲۰۰ تا ۳۰۰ نفر بازداشت شدند.", [("arrested", None, 200, 300)]),
        # two figures offered as alternatives bound one count
        ("Two or three men were executed.", [("executed", None, 2, 3)]),
        ("Some 2 or 3 thousand people were killed.", [("killed", None, 2000, 3000)]),
        ("۴ یا ۵ نفر اعدام شدند.", [("executed", None, 4, 5)]),
        # near-miss: years offered as alternatives are a date, ages an age
        ("He was arrested in 2019 or 2020.", []),
        ("Aged 17 or 18, they were hanged.", []),
    ],
)
def test_a_figure_is_read_in_any_of_its_forms(
    text: str, expected: list[tuple[str, float | None, float | None, float | None]]
) -> None:
    """The act, the value and the bounds of each figure as written."""
    assert figure_ranges(text) == expected
