"""Persian forms of bodies of the wider world (`bodies_world.txt`): a cartel, a militia and
Iran's martial-law governorate as the Persian press writes them."""

import pytest
from tests.extract.helpers import annotated


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("به گفته‌ی دادستان، لس زتاس مسئول این کشتار بود.", "لس زتاس"),
        ("شاهدان داوطلبان دفاع از میهن را مسئول حمله دانستند.", "داوطلبان دفاع از میهن"),
        ("در آن سال فرمانداری نظامی روزنامه‌ها را توقیف کرد.", "فرمانداری نظامی"),
    ],
)
def test_world_body_by_its_persian_form(text: str, body: str) -> None:
    assert body in annotated(text, "organization")
