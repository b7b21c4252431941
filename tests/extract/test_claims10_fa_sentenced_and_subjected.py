"""Two Persian passives that name an act other than the act noun inside them: "محکوم به اعدام
شدن" (to be sentenced to death), in any tense, is a sentence, not an execution; "در معرض شکنجه
قرار گرفتن" (to be subjected to torture or abuse) is torture, whatever act was named before the
figure (sentences written for these tests)."""

import pytest
from tests.extract.helpers import figures


@pytest.mark.parametrize(
    "text",
    [
        # past perfect, after a place (the place's walk would reach اعدام, then شده)
        "۹ معترض در دادگاه محکوم به اعدام شده‌اند.",
        "۹ معترض در دادگاه محکوم به مرگ شده‌اند.",
        # present, continuous
        "۹ معترض در دادگاه محکوم به مرگ می‌شوند.",
        # a part of people named as arrested: its own verb is still the sentence
        "۹ نفر از بازداشت‌شدگان محکوم به اعدام شده‌اند.",
        "۹ نفر از بازداشت‌شدگان محکوم به اعدام می‌شود.",
        "۹ نفر از بازداشت‌شدگان محکوم به اعدام گردیده‌اند.",
    ],
)
def test_sentenced_to_death_in_any_tense_is_a_sentence(text: str) -> None:
    assert figures(text) == [("sentenced", 9)]


def test_carried_out_with_gardidan_is_still_the_act() -> None:
    assert figures("۹ نفر از بازداشت‌شدگان اعدام گردیده‌اند.") == [("executed", 9)]


@pytest.mark.parametrize(
    "text",
    [
        "۸ نفر از بازداشت‌شدگان در معرض شکنجه قرار گرفتند.",
        "در این زندان ۸ زندانی در معرض آزار و اذیت قرار گرفته‌اند.",
        "۸ نفر از بازداشت‌شدگان در معرض آزارها و شکنجه‌ها قرار گرفتند.",
        "هر هفته ۸ نفر از بازداشت‌شدگان در معرض شکنجه قرار می‌گیرند.",
    ],
)
def test_subjected_to_torture_is_tortured(text: str) -> None:
    assert figures(text) == [("tortured", 8)]


@pytest.mark.parametrize(
    ("text", "killing"),
    [
        ("پس از کشتار ۳۰ نفر، ۸ نفر در معرض شکنجه قرار گرفتند.", ("killed", 30)),
        ("پس از کشته شدن ۳ نفر، ۸ زندانی در معرض آزار قرار گرفته‌اند.", ("killed", 3)),
    ],
)
def test_subjected_to_torture_after_a_killing_is_tortured(
    text: str, killing: tuple[str, int]
) -> None:
    assert figures(text) == [killing, ("tortured", 8)]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # at risk of execution is a sentence; at risk of torture, no act done yet
        ("۸ زندانی در معرض اعدام قرار دارند.", [("sentenced", 8)]),
        ("۸ نفر از بازداشت‌شدگان در معرض شکنجه هستند.", [("arrested", 8)]),
        ("۸ نفر از بازداشت‌شدگان در معرض شکنجه قرار دارند.", [("arrested", 8)]),
    ],
)
def test_at_risk_of_is_no_torture(text: str, count: list[tuple[str, int]]) -> None:
    assert figures(text) == count
