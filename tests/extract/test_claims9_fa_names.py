"""Persian numbers that name, not count: a flight's number (پرواز ۶۵۵، پرواز پی‌اس ۷۵۲) is no
figure; a body's long name before اما (perhaps holding such a number) is the subject of the
verb after it (sentences written for these tests)."""

from tests.extract.helpers import parties as _claims


def test_a_flights_number_is_no_count() -> None:
    text = "خانواده‌های جان‌باختگان پرواز ۶۵۵ در بندرعباس گرد آمدند."
    assert _claims(text) == []
    text = "انجمن خانواده‌های جان‌باختگان پرواز ام‌اچ ۱۷ اعلام کرد که ۸۰ کودک در میان قربانیان بودند."
    assert [v for v, _ in _claims(text)] == [80.0]


def test_a_count_in_the_flights_own_sentence_stays() -> None:
    assert _claims("در این پرواز ۱۲ نفر کشته شدند.") == [(12.0, None)]


def test_a_long_name_before_but_is_the_subject() -> None:
    text = "انجمن خانواده‌های جان‌باختگان پرواز ۶۵۵ ایران‌ایر اما می‌گوید ۲۹۰ نفر کشته شدند."
    parties = _claims(text)
    assert len(parties) == 1 and parties[0][0] == 290.0
    assert parties[0][1] is not None and parties[0][1].startswith("انجمن خانواده‌های")
    text = "کانون مدافعان حقوق کارگران ساختمانی شهر سنندج اما می‌گوید ۴۰ نفر کشته شدند."
    assert _claims(text)[0][1] is not None
