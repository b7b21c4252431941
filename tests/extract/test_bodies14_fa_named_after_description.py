"""A Persian body described by its head and its kind, then named in apposition between commas
(پلیس سیاسی، X، …), is named X, and X alone again later; a given name, a time or a clause in
the commas, or a body that already has a name before them, is none. Every sentence here is
invented."""

import pytest
from tests.extract.helpers import proposed


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        (
            "پلیس سیاسی، کاروسا، هزاران نفر را بازداشت کرد و رئیس کاروسا بر بازجویی‌ها نظارت داشت.",
            ["کاروسا", "کاروسا"],
        ),
        (
            "شبه‌نظامیان وابسته به حزب حاکم، همبستگی مردم ایران، مسئول کشتارها بودند.",
            ["همبستگی مردم ایران"],
        ),
    ],
)
def test_a_name_in_commas_after_a_description_is_the_body_s(text: str, bodies: list[str]) -> None:
    found = proposed(text, "organization")
    assert all(found.count(body) == bodies.count(body) for body in bodies)


@pytest.mark.parametrize(
    "text",
    [
        "پلیس مخفی، مریم، را گرفت.",
        "گروه مسلح، دیروز، حمله کرد.",
        "حزب حاکم، ایران، را کنترل کرد.",
        "پلیس مخفی کالوا، کاروسا، را گرفت.",
        "پلیس مخفی، کابل پایتخت افغانستان، را گرفت.",
        "گروه مسلح، در شهر ایران، حمله کرد.",
    ],
)
def test_no_name_in_commas_or_a_named_body_before_them(text: str) -> None:
    assert "کاروسا" not in proposed(text, "organization")
    found = set(proposed(text, "organization"))
    assert not {"مریم", "دیروز", "ایران", "کابل پایتخت افغانستان", "در شهر ایران"} & found
