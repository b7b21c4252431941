"""Persian places after a plural province or district head (ولایت‌های X و Y) and a school's
name after its head (آموزشگاه X)."""

from sabt.extract import Registry, annotate


def _places(text: str) -> list[str]:
    return [
        m.text for m in annotate(text, registry=Registry.builtin()).mentions if m.type == "place"
    ]


def test_two_provinces_after_a_plural_head_are_both_places() -> None:
    found = _places("نیروها ده\u200cها مرد را در ولسوالی\u200cهای کجران و ناهور بازداشت کردند.")
    assert found == ["ولسوالی\u200cهای کجران", "ناهور"]


def test_a_singular_head_lists_no_second_place_by_and() -> None:
    found = _places("در شهرک سعادت و مردم آن روز خبری نبود.")
    assert found == ["شهرک سعادت"]


def test_a_school_with_its_name_is_a_place() -> None:
    assert _places("یک بمب\u200cگذار در آموزشگاه نور در غرب شهر خود را منفجر کرد.") == [
        "آموزشگاه نور"
    ]


def test_towns_of_war_reporting_with_their_persian_spellings() -> None:
    assert _places("مردم از رقه و فلوجه گریختند.") == ["رقه", "فلوجه"]
