"""find_numbers: figures, words, vague amounts and hedges in English and Persian."""

import pytest

from sabt.text.numbers import Quantity, find_numbers

N = None


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "qualifier", "span"),
    [
        ("30,000 prisoners", 30000, 30000, 30000, "", "30,000"),
        ("30.000 Gefangene", 30000, 30000, 30000, "", "30.000"),
        ("۳۰٬۰۰۰ نفر", 30000, 30000, 30000, "", "۳۰٬۰۰۰"),
        ("٣٠٬٠٠٠ شخص", 30000, 30000, 30000, "", "٣٠٬٠٠٠"),
        ("1,234,567 votes", 1234567, 1234567, 1234567, "", "1,234,567"),
        ("2.5 million", 2.5e6, 2.5e6, 2.5e6, "", "2.5 million"),
        ("۲٫۵ میلیون", 2.5e6, 2.5e6, 2.5e6, "", "۲٫۵ میلیون"),
        ("30 thousand", 30000, 30000, 30000, "", "30 thousand"),
        ("۳۰ هزار نفر", 30000, 30000, 30000, "", "۳۰ هزار"),
        ("thirty thousand people", 30000, 30000, 30000, "", "thirty thousand"),
        ("five thousand", 5000, 5000, 5000, "", "five thousand"),
        ("two hundred and fifty men", 250, 250, 250, "", "two hundred and fifty"),
        ("twenty-five", 25, 25, 25, "", "twenty-five"),
        ("a hundred", 100, 100, 100, "", "a hundred"),
        ("a dozen", 12, 12, 12, "", "a dozen"),
        ("two dozen", 24, 24, 24, "", "two dozen"),
        ("سی هزار نفر", 30000, 30000, 30000, "", "سی هزار"),
        ("سی و پنج هزار", 35000, 35000, 35000, "", "سی و پنج هزار"),
        ("سیصد نفر", 300, 300, 300, "", "سیصد"),
        ("دو هزار و پانصد", 2500, 2500, 2500, "", "دو هزار و پانصد"),
        # a unit before صد multiplies it (یک‌صد, Dari دو صد); after it, with و, adds to it
        ("یک\u200cصد نفر", 100, 100, 100, "", "یک\u200cصد"),
        ("دو صد نفر", 200, 200, 200, "", "دو صد"),
        ("صد و یک نفر", 101, 101, 101, "", "صد و یک"),
        # Persian ranges with میان … و and الی, "more than" as متجاوز از
        ("میان ۵۰ و ۷۰ نفر", None, 50, 70, "between", "میان ۵۰ و ۷۰"),
        ("۱۰ الی ۱۵ نفر", None, 10, 15, "between", "۱۰ الی ۱۵"),
        ("متجاوز از ۲۰۰ نفر", 200, 200, None, "more_than", "متجاوز از ۲۰۰"),
        # parts of a scale
        ("half a million refugees", 5e5, 5e5, 5e5, "", "half a million"),
        ("a quarter of a million", 2.5e5, 2.5e5, 2.5e5, "", "a quarter of a million"),
        ("three and a half thousand", 3500, 3500, 3500, "", "three and a half thousand"),
        ("nearly 2 and a half million", 2.5e6, N, 2.5e6, "nearly", "nearly 2 and a half million"),
        ("نیم میلیون نفر", 5e5, 5e5, 5e5, "", "نیم میلیون"),
        ("دو و نیم هزار نفر", 2500, 2500, 2500, "", "دو و نیم هزار"),
        # digits and words mixed, as Persian writes them: one figure, not two
        ("۲۴ هزار و ۳۱۵ نفر", 24315, 24315, 24315, "", "۲۴ هزار و ۳۱۵"),
        ("سه هزار و ۷۵ نفر", 3075, 3075, 3075, "", "سه هزار و ۷۵"),
        ("۲ میلیون و ۴۰۰ هزار و ۹ نفر", 2400009, 2400009, 2400009, "", "۲ میلیون و ۴۰۰ هزار و ۹"),
        ("بیش از ۹ هزار و ۲۰ نفر", 9020, 9020, N, "more_than", "بیش از ۹ هزار و ۲۰"),
        ("about 30,000 prisoners", 30000, 30000, 30000, "about", "about 30,000"),
        ("around 400", 400, 400, 400, "about", "around 400"),
        ("approximately 4,000", 4000, 4000, 4000, "about", "approximately 4,000"),
        ("some 30,000", 30000, 30000, 30000, "about", "some 30,000"),
        ("an estimated 5,000", 5000, 5000, 5000, "about", "an estimated 5,000"),
        ("حدود ۴۰۰۰ نفر", 4000, 4000, 4000, "about", "حدود ۴۰۰۰"),
        ("تقریباً ۴۰۰۰", 4000, 4000, 4000, "about", "تقریباً ۴۰۰۰"),
        ("at least 5,000", 5000, 5000, N, "at_least", "at least 5,000"),
        ("no fewer than 5,000", 5000, 5000, N, "at_least", "no fewer than 5,000"),
        ("دست‌کم ۳۰۰ نفر", 300, 300, N, "at_least", "دست‌کم ۳۰۰"),
        ("دست کم ۳۰۰", 300, 300, N, "at_least", "دست کم ۳۰۰"),
        ("حداقل ۳۰۰", 300, 300, N, "at_least", "حداقل ۳۰۰"),
        ("5,000 or more", 5000, 5000, N, "at_least", "5,000 or more"),
        ("30,000+", 30000, 30000, N, "at_least", "30,000+"),
        ("more than 2,800", 2800, 2800, N, "more_than", "more than 2,800"),
        ("over 400", 400, 400, N, "more_than", "over 400"),
        ("in excess of 1,000", 1000, 1000, N, "more_than", "in excess of 1,000"),
        ("بیش از ۵ هزار", 5000, 5000, N, "more_than", "بیش از ۵ هزار"),
        ("بیش از پنج هزار نفر", 5000, 5000, N, "more_than", "بیش از پنج هزار"),
        ("nearly 4,000", 4000, N, 4000, "nearly", "nearly 4,000"),
        ("almost 4,000", 4000, N, 4000, "nearly", "almost 4,000"),
        ("نزدیک به ۵۰۰۰", 5000, N, 5000, "nearly", "نزدیک به ۵۰۰۰"),
        ("up to 30.000", 30000, N, 30000, "up_to", "up to 30.000"),
        ("as many as 30,000", 30000, N, 30000, "up_to", "as many as 30,000"),
        ("تا ۳۰ هزار نفر", 30000, N, 30000, "up_to", "تا ۳۰ هزار"),
        ("fewer than 100", 100, N, 100, "fewer_than", "fewer than 100"),
        ("کمتر از ۱۰۰", 100, N, 100, "fewer_than", "کمتر از ۱۰۰"),
        ("at most 200", 200, N, 200, "at_most", "at most 200"),
        ("between 2,800 and 4,500", N, 2800, 4500, "between", "between 2,800 and 4,500"),
        ("from 20 to 30 thousand", N, 20000, 30000, "between", "from 20 to 30 thousand"),
        ("2,800-4,500", N, 2800, 4500, "between", "2,800-4,500"),
        ("از ۱۰ تا ۲۰ هزار نفر", N, 10000, 20000, "between", "از ۱۰ تا ۲۰ هزار"),
        ("بین ۳ و ۵ هزار", N, 3000, 5000, "between", "بین ۳ و ۵ هزار"),
        ("dozens of people", N, 24, 99, "vague", "dozens"),
        ("hundreds", N, 200, 999, "vague", "hundreds"),
        ("thousands of prisoners", N, 2000, 9999, "vague", "thousands"),
        ("tens of thousands", N, 20000, 99999, "vague", "tens of thousands"),
        ("hundreds of thousands", N, 200000, 999999, "vague", "hundreds of thousands"),
        ("several hundred", N, 200, 999, "vague", "several hundred"),
        ("a few thousand", N, 2000, 5000, "vague", "a few thousand"),
        ("ده‌ها هزار نفر", N, 20000, 99999, "vague", "ده‌ها هزار"),
        ("هزاران زندانی", N, 2000, 9999, "vague", "هزاران"),
        ("صدها نفر", N, 200, 999, "vague", "صدها"),
        ("more than thousands", N, 2000, N, "more_than", "more than thousands"),
    ],
)
def test_one_quantity(
    text: str,
    value: float | None,
    low: float | None,
    high: float | None,
    qualifier: str,
    span: str,
) -> None:
    found = find_numbers(text)
    assert len(found) == 1, found
    q = found[0]
    assert (q.value, q.low, q.high, q.qualifier) == (value, low, high, qualifier)
    assert q.text == span
    assert text[q.start : q.end] == span


@pytest.mark.parametrize(
    "text",
    [
        "one of them",
        "a man",
        "19th July",
        "G20 summit",
        "the 1988 massacre",
        "in 1988",
        "on 19 July 1988",
        "on 19 June",
        "۲۴ مرداد ۱۳۶۷",
        "در سال ۶۷",
        "1367/05/24",
        "نه، او نبود",
        "moreover they left",
        "half the prisoners",
    ],
)
def test_no_quantity(text: str) -> None:
    assert find_numbers(text) == []


def test_dates_are_kept_when_asked() -> None:
    assert [q.value for q in find_numbers("in 1988", skip_dates=False)] == [1988]


def test_several_quantities_in_order() -> None:
    text = "In 1988 about 30,000 were killed; the committee says at least 4,482, others thousands."
    found = find_numbers(text)
    assert [(q.qualifier, q.value) for q in found] == [
        ("about", 30000),
        ("at_least", 4482),
        ("vague", None),
    ]
    assert all(isinstance(q, Quantity) and text[q.start : q.end] == q.text for q in found)


def test_a_compound_figure_joins_only_below_its_scale() -> None:
    text = "۵ هزار و ۲ هزار نفر؛ ۴۰ نفر و ۷ نفر؛ از ۶ هزار و ۵۰۰ تا ۸ هزار نفر"
    found = find_numbers(text)
    assert [(q.value, q.low, q.high) for q in found] == [
        (5000, 5000, 5000),
        (2000, 2000, 2000),
        (40, 40, 40),
        (7, 7, 7),
        (None, 6500, 8000),
    ]


def test_persian_words_that_are_numbers_only_before_a_counted_noun() -> None:
    # نه (no / nine), ده (village / ten), یک (a / one): numbers before a counted noun
    assert [(q.text, q.value) for q in find_numbers("نه کارگر و ده دانشجو")] == [
        ("نه", 9),
        ("ده", 10),
    ]
    assert [q.value for q in find_numbers("یک نفر زخمی شد")] == [1]
    assert find_numbers("نه، ده را ندیدم و یک روز ماندم") == []
    assert find_numbers("نه مرد و نه زن آنجا نبود") == []  # neither … nor
    # نه with its vowel written is nine
    assert [q.value for q in find_numbers("نُه زندانی")] == [9]


def test_a_number_word_glued_by_a_zwnj_to_the_word_before_is_part_of_that_word() -> None:
    # سی ("thirty") ends بی‌بی‌سی, the BBC; alone it is still thirty.
    found = find_numbers("به گزارش بی‌بی‌سی، ۲۰ نفر کشته شدند.")
    assert [q.value for q in found] == [20]
    assert [q.value for q in find_numbers("سی نفر کشته شدند.")] == [30]
