"""Measures and things counted beside people are no count of them: rows, floors, metres,
rounds fired (ردیف، طبقه، متر، گلوله) (sentences written for these tests)."""

from sabt.extract import Registry, annotate

REGISTRY = Registry.builtin()


def _values(text: str) -> list[float | None]:
    return [c.value for c in annotate(text, registry=REGISTRY).claims]


def test_rows_and_floors_are_no_count() -> None:
    text = "زندانبانان ۶۰ زن را در سه ردیف روی زمین نشانده و بازداشت کرده بودند."
    assert 3.0 not in _values(text)
    assert _values("در چهار طبقه‌ی ساختمان بازداشتگاه ۸۰ نفر بازداشت شدند.") == [80.0]


def test_a_row_before_the_people_is_no_count() -> None:
    assert _values("در ۱۰ ردیف ۲۰۰ زندانی اعدام شدند.") == [200.0]
    assert _values("ماموران ۳۰ گلوله شلیک کردند و دو نفر کشته شدند.") == [2.0]
