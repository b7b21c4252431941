"""A Persian body that identified, listed or gathered the names of N people asserts that
count (شناسایی کرد، فهرست کرد، جمع‌آوری کرد، گرد آورد), and the hedge before the count
(دست‌کم، حدود) is no part of its name (sentences written for these tests)."""

from tests.extract.helpers import parties as _parties


def test_a_body_that_gathered_names_asserts_their_count() -> None:
    text = "این انجمن همچنین نام دست‌کم ۲۰۰ نفر را گرد آورده است که پس از بازداشت ناپدید شده‌اند."
    assert _parties(text) == [(200.0, "این انجمن")]


def test_a_body_that_identified_people_asserts_their_count() -> None:
    text = "کمیته‌ی حقیقت‌یاب دست‌کم ۵۴ قربانی را شناسایی کرده که در زندان کشته شده‌اند."
    assert _parties(text) == [(54.0, "کمیته‌ی حقیقت‌یاب")]


def test_a_body_that_collected_a_list_asserts_its_count() -> None:
    text = "این گروه فهرست ۱۲۰ نفر از کشته‌شدگان را جمع‌آوری کرده است."
    assert _parties(text) == [(120.0, "این گروه")]
