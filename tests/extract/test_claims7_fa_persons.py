"""Claim figures, round 7: Persian verbs in other persons and voices (بازداشت شدیم, را به قتل
رساندند, را به دار آویختند, به جوخه‌ی اعدام سپردند, به زندان افتادند, را ناپدید کردند), tolls of
the dead named by participles (جان‌باختگان, کشته‌ها), a count left behind (۱۱ کشته برجای
گذاشت), and a cause after در (در زیر شکنجه جان باختند: died, not tortured)."""

import pytest
from tests.extract.helpers import figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ما ۴۰ نفر بودیم که همان شب بازداشت شدیم.", [("arrested", 40)]),
        ("ماموران ۱۲ نفر را به قتل رساندند.", [("killed", 12)]),
        ("۵ زندانی را به دار آویختند.", [("executed", 5)]),
        ("۸ نفر را به جوخه\u200cی اعدام سپردند.", [("executed", 8)]),
        ("۱۰ نفر به حبس ابد محکوم شدند.", [("sentenced", 10)]),
        ("شمار جان\u200cباختگان به ۳۰۰ تن رسید.", [("killed", 300)]),
        ("تعداد کشته\u200cها به ۵۰ نفر رسید.", [("killed", 50)]),
        ("دست\u200cکم ۷ نفر به زندان افتادند.", [("detained", 7)]),
        ("۴ نفر را ناپدید کردند.", [("disappeared", 4)]),
        ("پنج تن از اعضای این گروه تیرباران شدند.", [("executed", 5)]),
        ("این حمله ۱۱ کشته برجای گذاشت.", [("killed", 11)]),
        # a cause after در is not the act
        ("۱۲ نفر در زیر شکنجه جان باختند.", [("killed", 12)]),
        ("۹ نفر در بازداشت جان باختند.", [("killed", 9)]),
        ("۱۸ زندانی در اعتصاب غذا به سر می\u200cبرند.", []),
    ],
)
def test_persian_persons_and_voices(text: str, expected: list[tuple[str, float | None]]) -> None:
    """Persian acts in other persons and voices, each with its count."""
    assert figures(text) == expected
