"""Claim figures, round 19: «شکنجه دادن» (to torture, with the light verb دادن) ends a Persian
figure's clause as شکنجه کردن does, so a part of people tortured after an arrest told before
(«… و ده‌ها نفر از آنان را شکنجه داد») takes the torture, not the arrest."""

import pytest
from tests.extract.helpers import figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "پلیس بیش از سیصد نفر را بازداشت کرد و ده‌ها نفر از آنان را شکنجه داد.",
            [("arrested", 300), ("tortured", None)],
        ),
        (
            "پلیس بیش از سیصد نفر را بازداشت کرد و ۴۰ نفر از آنان را شکنجه دادند.",
            [("arrested", 300), ("tortured", 40)],
        ),
        # the same with کردن, as before
        (
            "پلیس بیش از سیصد نفر را بازداشت کرد و ۴۰ نفر از آنان را شکنجه کرد.",
            [("arrested", 300), ("tortured", 40)],
        ),
    ],
)
def test_torture_with_its_light_verb_is_the_act(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    """The verb «شکنجه داد» names the torture of the part it ends."""
    assert figures(text) == expected
