"""A Persian outlet or party named once with its head (خبرگزاری X، روزنامه‌ی X، حزب X) is named
again by X alone where a body stands: opening a sentence, or before a report's verb."""

import pytest
from tests.extract.helpers import annotated

_AGAIN = {
    "a newspaper opening a sentence": (
        "روزنامه‌ی آرمان در شماره‌ی دیروز خود از بازداشت دو خبرنگار خبر داد. آرمان پیش‌تر "
        "نیز درباره‌ی این پرونده هشدار داده بود.",
        ["روزنامه\u200cی آرمان", "آرمان"],
    ),
    "a party before a report's verb, in a ruling": (
        "دادگاه قانون اساسی حزب رفاه را منحل کرد؛ به گفته‌ی وکلای متهمان، رفاه اعلام کرد که "
        "به این حکم اعتراض خواهد کرد.",
        ["دادگاه قانون اساسی", "حزب رفاه", "رفاه"],
    ),
}


@pytest.mark.parametrize(("text", "names"), _AGAIN.values(), ids=_AGAIN.keys())
def test_short_name_again(text: str, names: list[str]) -> None:
    assert annotated(text, "organization") == names


_NOT_AGAIN = {
    "the word inside a clause": (
        "خبرگزاری فارس این خبر را تأیید کرد. او به زبان فارس و عربی سخن می‌گفت.",
    ),
    "the word before a date": ("این گزارش را خبرگزاری مهر منتشر کرد. مهر ۱۴۰۱ ماه اعتراض‌ها بود.",),
}


@pytest.mark.parametrize("text", [t for (t,) in _NOT_AGAIN.values()], ids=_NOT_AGAIN.keys())
def test_no_short_name_again(text: str) -> None:
    assert len(annotated(text, "organization")) == 1
