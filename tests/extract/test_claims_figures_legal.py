"""Legal steps: a court condemning people to death sentences them, a death sentence issued
(حکم اعدام … صادر) is a sentence not an execution, and those charged are no count."""

import pytest
from tests.extract.helpers import figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A military tribunal condemned 26 soldiers to death in March.", [("sentenced", 26)]),
        ("وکلای خانواده‌ها گفتند حکم اعدام ۹ معترض صادر شده است.", [("sentenced", 9)]),
        # carried out: an execution
        ("حکم اعدام ۹ معترض سحرگاه امروز اجرا شد.", [("executed", 9)]),
        ("Prosecutors said 14 inmates were charged with murder last week.", []),
    ],
)
def test_legal_steps(text: str, expected: list[tuple[str, float | None]]) -> None:
    assert figures(text) == expected
