"""Persian counted people as the object (را) of a verb that names the act only with them:
taken away (arrested), lost (killed); a figure never counts across another figure."""

import pytest
from tests.extract.helpers import figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("مأموران آن شب ۹ نفر را از خوابگاه دانشگاه بیرون کشیدند و بردند.", [("arrested", 9)]),
        ("نیروهای امنیتی ۵ جوان را با خود بردند.", [("arrested", 5)]),
        # "از بین بردند" is destroyed, not taken away
        ("سیل ۳۰ خانه را از بین برد و ۴ نفر را از بین بردند.", []),
        # lost: the dead of a family; the two attacks are no count of the dead
        ("در آن سه حمله ۸ نفر از بستگان را از دست دادیم.", [("killed", 8)]),
    ],
)
def test_persian_object_verbs(text: str, expected: list[tuple[str, float | None]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("گزارشگران می‌گویند دست‌کم ۲۰۰ نفر در آن بازداشتگاه‌ها بازداشت شده‌اند.", [("detained", 200)]),
        ("پلیس روز شنبه ۱۵ دانشجو را در خیابان بازداشت کرد.", [("arrested", 15)]),
    ],
)
def test_persian_arrested_in_a_camp_is_detained(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    assert figures(text) == expected
