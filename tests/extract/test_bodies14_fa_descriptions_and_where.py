"""A Persian body described only as the main or the student one (حزب اصلی مخالف، جنبش
دانشجویی) is no body's name, and a word of where (جلوی، کنار) ends a body's name; a body with
a name of its own stays. Every sentence here is invented."""

import pytest
from tests.extract.helpers import proposed


@pytest.mark.parametrize(
    "text",
    [
        "حزب اصلی مخالف در انتخابات شرکت نکرد.",
        "جنبش دانشجویی در آن سال گسترش یافت.",
        "پلیس جلوی ماشین ایستاد.",
        "تلویزیون کنار یادمان روشن بود.",
    ],
)
def test_a_described_body_or_a_body_s_head_before_where_is_no_name(text: str) -> None:
    assert proposed(text, "organization") == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("حزب مخالف کالوا در انتخابات شرکت نکرد.", "حزب مخالف کالوا"),
        ("شاهدان گفتند پلیس کالوا جلوی دانشگاه ایستاد.", "پلیس کالوا"),
    ],
)
def test_a_named_body_stays(text: str, body: str) -> None:
    assert body in proposed(text, "organization")
