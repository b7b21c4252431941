"""A Persian court that sentences people is the party of the count it sentenced, wherever in
its clause it stands and whichever voice the verb takes (sentences written for these tests)."""

from tests.extract.helpers import parties as _parties


def test_a_court_after_a_time_sentences_and_its_name_ends_at_a_count_word() -> None:
    text = "در پاییز ۱۳۹۹ دادگاه نظامی کرمان ده نفر از نظامیان را به زندان محکوم کرد."
    assert _parties(text) == [(10.0, "دادگاه نظامی کرمان")]
    text = "سرانجام دادگاه استان فارس هفت معترض را به زندان محکوم کرد."
    assert _parties(text) == [(7.0, "دادگاه استان فارس")]


def test_two_objects_sharing_one_light_verb() -> None:
    text = "دادگاه ویژه‌ی کیفری لیون در ۱۲ مهر ۱۳۸۰ دو متهم را محکوم و یک نفر را تبرئه کرد."
    assert _parties(text) == [(2.0, "دادگاه ویژه‌ی کیفری لیون")]


def test_a_passive_sentence_after_the_courts_own_in_its_paragraph() -> None:
    text = (
        "دادگاه عالی هامبورگ سه متهم را به حبس ابد محکوم کرد. "
        "دو نفر دیگر به ده سال زندان محکوم شدند."
    )
    assert _parties(text) == [(3.0, "دادگاه عالی هامبورگ"), (2.0, "دادگاه عالی هامبورگ")]


def test_a_passive_sentence_in_another_paragraph_or_with_no_court_stays_the_authors() -> None:
    text = (
        "دادگاه عالی هامبورگ سه متهم را به حبس ابد محکوم کرد.\n\n"
        "در سال بعد، هفت نفر دیگر به ده سال زندان محکوم شدند."
    )
    assert _parties(text) == [(3.0, "دادگاه عالی هامبورگ"), (7.0, None)]
    assert _parties("در سال ۱۳۸۸ دست‌کم ۳۱ نفر به اعدام محکوم شدند.") == [(31.0, None)]


def test_a_court_the_passive_sentence_was_passed_in() -> None:
    text = "سال گذشته نه فعال کارگری در دادگاه انقلاب تبریز به زندان محکوم شدند."
    assert _parties(text) == [(9.0, "دادگاه انقلاب تبریز")]
