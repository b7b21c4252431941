"""Persian compound numerals join their parts with و, spaced or glued by a ZWNJ; the whole
compound is the figure ("چهل‌وپنج" is 45, not 40)."""

import pytest

from sabt.extract import Registry, annotate
from sabt.text.numbers import find_numbers

REGISTRY = Registry.builtin()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ماموران سی‌وهشت کارگر معدن را بازداشت کردند.", 38),
        ("نود‌و‌یک زندانی در این بند نگه داشته می‌شوند.", 91),
        ("گزارش از دویست‌وپنجاه‌وشش قربانی نام می‌برد.", 256),
        ("در آن سال هزار و سیصد‌وبیست نفر آواره شدند.", 1320),
        # near-misses: a word after the figure that opens with و is no part of it
        ("چهل وزیر در جلسه حاضر بودند.", 40),
        ("بیست وسیله‌ی نقلیه توقیف شد.", 20),
    ],
)
def test_a_compound_numeral_is_one_figure(text: str, value: float) -> None:
    assert [q.value for q in find_numbers(text)] == [value]


def test_the_compound_is_the_claims_figure() -> None:
    text = "به گفته‌ی یک شاهد، نیروهای امنیتی شصت‌وسه معترض را در میدان شهر تیرباران کردند."
    assert [(c.property, c.value) for c in annotate(text, registry=REGISTRY).claims] == [
        ("executed", 63)
    ]
