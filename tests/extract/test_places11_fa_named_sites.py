"""Persian sites named after their head: a mosque, a cinema, a corridor (مسجد X، سینما X،
دالان X); not a town's or a village's own (مسجد جامع، مسجد روستا), nor a country's cinema as
an art (سینمای X)."""

import pytest
from tests.extract.helpers import annotated


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("ماموران به مسجد نور محمد یورش بردند.", "مسجد نور محمد"),
        ("در آتش‌سوزی سینما ستاره دهها نفر جان باختند.", "سینما ستاره"),
        ("کامیون‌های کمک از دالان کوهسار عبور کردند.", "دالان کوهسار"),
    ],
)
def test_a_site_named_after_its_head(text: str, site: str) -> None:
    assert site in annotated(text, "place")


@pytest.mark.parametrize(
    "text",
    [
        "نمازگزاران به مسجد جامع رفتند.",
        "مردان به مسجد روستا رفتند.",
        "او گفت سینمای کره جایزه گرفت.",
    ],
)
def test_a_described_site_names_no_place(text: str) -> None:
    assert not [p for p in annotated(text, "place") if p.startswith(("مسجد", "سینما"))]
