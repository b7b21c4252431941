"""Persian bodies headed by an archive (آرشیو، بایگانی), a chamber of commerce (اتاق بازرگانی)
or a state's service named by what it serves (سرویس ملی/مرزی/امنیت …); a room (اتاق) and a
bus or a lavatory (سرویس مدرسه، سرویس بهداشتی) are none. Every sentence here is invented."""

import pytest
from tests.extract.helpers import proposed


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("آرشیو ملی کالوا این اسناد را منتشر کرد.", "آرشیو ملی کالوا"),
        ("او در بایگانی مردمی تارنک کار می‌کرد.", "بایگانی مردمی تارنک"),
        ("اتاق بازرگانی کالوا اعلام کرد که ۲۰ نفر کشته شدند.", "اتاق بازرگانی کالوا"),
        ("سرویس ملی اطلاعات کالوا او را بازداشت کرد.", "سرویس ملی اطلاعات کالوا"),
        ("مأموران سرویس مرزی تارنک او را گرفتند.", "سرویس مرزی تارنک"),
    ],
)
def test_an_archive_a_chamber_or_a_state_service_is_a_body(text: str, body: str) -> None:
    assert body in proposed(text, "organization")


@pytest.mark.parametrize(
    "text",
    [
        "دانش‌آموزان با سرویس مدرسه به خانه رفتند.",
        "او به سرویس بهداشتی رفت.",
        "او را در اتاق بازجویی زدند.",
        "سرویس مرزی او را گرفت.",
    ],
)
def test_a_bus_a_lavatory_a_room_or_a_service_of_no_name_is_no_body(text: str) -> None:
    assert proposed(text, "organization") == []
