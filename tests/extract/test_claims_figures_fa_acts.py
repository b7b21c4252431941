"""Persian acts told by wordings the gold sets do not hold yet: sent to prison (detained),
a fate still unknown (disappeared)."""

import pytest
from tests.extract.helpers import figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("پس از اعتصاب، ۳۳ راننده‌ی اتوبوس روانه‌ی زندان شدند.", [("detained", 33)]),
        ("به گفته‌ی خانواده‌ها، سرنوشت ۴۶ روستایی هنوز نامشخص است.", [("disappeared", 46)]),
    ],
)
def test_persian_acts_in_other_words(text: str, expected: list[tuple[str, float | None]]) -> None:
    assert figures(text) == expected
