"""An item of a list is asserted by whoever asserts the line that introduces the list with a
colon: "According to X, in 2020:" then "- 300 people were killed" (lists written for these
tests)."""

from tests.extract.helpers import parties


def test_items_after_according_to_and_a_colon() -> None:
    text = (
        "According to the Valley Justice Centre, in 2020:\n- 300 people were killed;\n"
        "- 40 people disappeared;\n- 1,200 were arrested."
    )
    assert parties(text) == [
        (300, "Valley Justice Centre"),
        (40, "Valley Justice Centre"),
        (1200, "Valley Justice Centre"),
    ]


def test_bulleted_items_after_a_verb_and_a_colon() -> None:
    text = (
        "The Valley Justice Centre documented the following:\n\n• 300 people killed\n"
        "• 40 people disappeared"
    )
    assert parties(text) == [(300, "Valley Justice Centre"), (40, "Valley Justice Centre")]


def test_persian_items_after_a_colon() -> None:
    text = "به گزارش کانون مدافعان حقوق بشر:\n- ۳۰۰ نفر کشته شدند\n- ۴۰ نفر ناپدید شدند"
    assert parties(text) == [(300, "کانون مدافعان حقوق بشر"), (40, "کانون مدافعان حقوق بشر")]


def test_near_miss_a_list_under_a_heading_with_no_colon_is_the_authors() -> None:
    text = "Casualties\n\n- 300 people were killed\n- 40 people disappeared"
    assert parties(text) == [(300, None), (40, None)]


def test_near_miss_a_list_after_a_colon_line_with_no_source() -> None:
    text = "In 2020:\n- 300 people were killed\n- 40 people disappeared"
    assert parties(text) == [(300, None), (40, None)]
