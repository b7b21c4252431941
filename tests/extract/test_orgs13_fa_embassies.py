"""A country's embassy or consulate (سفارت X، کنسولگری X) is a body, as "the X Embassy" is in
English; سفارت of a person is an ambassador's term (دوران سفارت او), no body. Every sentence
and name here is invented."""

import pytest
from tests.extract.helpers import proposed


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("رامین تاجیک، کارمند سفارت کالوا در برن، تبرئه شد.", "سفارت کالوا"),
        ("در گزارش کنسولگری تارناک در شیراز آمده است.", "کنسولگری تارناک"),
    ],
)
def test_an_embassy_or_a_consulate_is_a_body(text: str, body: str) -> None:
    assert body in proposed(text, "organization")


def test_an_ambassadors_term_is_no_body() -> None:
    assert proposed("در دوران سفارت او در لندن نامه‌ای رسید.", "organization") == []
