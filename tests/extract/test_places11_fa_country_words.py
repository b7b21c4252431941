"""A country whose Persian name is also an adjective (مالی: Mali, and "financial").

After a noun the word is the adjective (کمک مالی، منابع مالی); after a preposition or کشور it
is the country (در مالی، کشور مالی). Once found, the country is not found again bare, since the
adjective may follow any noun; and a government described (دولت انتقالی X) names no leader.
"""

import pytest
from tests.extract.helpers import annotated


@pytest.mark.parametrize(
    "text",
    [
        "گروهی از پناهجویان از مالی به نیجر رسیدند.",
        "خبرنگاران در کشور مالی با محدودیت روبه‌رو هستند.",
        "سربازان کشورهای مالی و نیجر به مرز رفتند.",
    ],
)
def test_country_after_a_preposition_or_country(text: str) -> None:
    assert "مالی" in annotated(text, "place")


@pytest.mark.parametrize(
    "text",
    [
        "سازمان کمک مالی به خانواده‌ها را قطع کرد.",
        "منابع مالی این گروه هنوز روشن نیست.",
    ],
)
def test_adjective_after_a_noun(text: str) -> None:
    assert "مالی" not in annotated(text, "place")


def test_adjective_not_found_again_after_the_country() -> None:
    text = "هیئتی در مالی سه روز ماند. پس از آن، کمک مالی به روستاها رسید."
    places = annotated(text, "place")
    assert places.count("مالی") == 1


def test_described_government_names_no_leader() -> None:
    text = "دولت انتقالی مالی به ریاست یک سرهنگ گزارش را مغرضانه خواند."
    assert not any("انتقالی" in name for name in annotated(text, "person"))
