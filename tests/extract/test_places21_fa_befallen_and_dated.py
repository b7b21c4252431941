"""Persian places, round 21: a town no list knows after در and what befell someone there (در X
کشته شد), not an event or a setting; such a town in a family name's shape stays a town; a
letter's place and date opening a line; a shrine named after its saint (حرم X). Sentences and
towns written for these tests."""

import pytest
from tests.extract.helpers import annotated, proposed


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("پدرش در زلوتیکا کشته شد.", ["زلوتیکا"]),
        ("دو برادرم در براندوسک ناپدید شدند.", ["براندوسک"]),
        ("صدها نفر در ورمیلو و کاستوری بازداشت شدند.", ["ورمیلو", "کاستوری"]),
        ("مادربزرگم در مارسیلوک به دنیا آمد.", ["مارسیلوک"]),
    ],
)
def test_a_town_where_something_befell_someone(text: str, places: list[str]) -> None:
    assert proposed(text, "place") == places


@pytest.mark.parametrize(
    "text",
    [
        "پسرش در درگیری کشته شد.",
        "ده‌ها نفر در تظاهرات بازداشت شدند.",
        "هر سه در آن‌جا کشته شدند.",
        "دو نفر در جنگل جان باختند.",
        "او را در حیاط بازداشت کردند.",
    ],
)
def test_an_event_or_a_setting_is_no_town(text: str) -> None:
    assert proposed(text, "place") == []


def test_a_town_in_a_family_names_shape_placed_by_a_cue_stays_a_town() -> None:
    text = "کارگران در پلوسنیا کشته شدند. خانواده‌های پلوسنیا هنوز سوگوارند."
    assert annotated(text, "place") == ["پلوسنیا", "پلوسنیا"]
    assert annotated(text, "person") == []


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("براندوسک، ۳ مهر ۱۴۰۱\n\nدوستان عزیز، …", ["براندوسک"]),
        ("امروز، ۳ مهر ۱۴۰۱، یک سال می‌گذرد.", []),
    ],
)
def test_a_letters_place_and_date_opening_a_line(text: str, places: list[str]) -> None:
    assert proposed(text, "place") == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("زائران هر سال در حرم سیدآرمان گرد می‌آیند.", ["حرم سیدآرمان"]),
        ("صدها نفر وارد حرم شدند.", []),
    ],
)
def test_a_shrine_named_after_its_saint(text: str, places: list[str]) -> None:
    assert proposed(text, "place") == places
