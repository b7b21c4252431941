"""A federal state is a body's province, as استان is: a state's prosecutor or police is named
with its state (دادستانی ایالت X، پلیس ایالت X), the state a place of its own. A province's name
of several words is taken whole, its little words too (… استان X د Y); a province's word with
no name after it leaves no body (اداره‌ی ایالت را …: running the state). Every sentence here is
invented."""

import pytest
from tests.extract.helpers import annotated


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("دادستانی ایالت اوهایو اعلام کرد که پرونده باز است.", "دادستانی ایالت اوهایو"),
        ("به گفته‌ی پلیس ایالت نوادا، سه نفر زخمی شدند.", "پلیس ایالت نوادا"),
        ("پلیس استان سانتیاگو د کوبا دو نفر را بازداشت کرد.", "پلیس استان سانتیاگو د کوبا"),
        ("پلیس محلی استان فوز دو لوآچو دو نفر را بازداشت کرد.", "پلیس محلی استان فوز دو لوآچو"),
    ],
)
def test_a_body_is_named_with_its_state(text: str, body: str) -> None:
    assert body in annotated(text, "organization")


@pytest.mark.parametrize(
    "text",
    [
        "مجلس خواست که اداره‌ی ایالت را یک شورای موقت بر عهده بگیرد.",
        "مجلس خواست که اداره‌ی ایالت تا انتخابات با شورایی موقت باشد.",
    ],
)
def test_a_state_with_no_name_is_no_body(text: str) -> None:
    assert not [body for body in annotated(text, "organization") if "ایالت" in body]
