"""A party must be a party (sentences written for these tests): never a word of grammar, a
phrase of time, an amount or a number, never a pronoun or reflexive left unresolved, and never
a name inside the counted noun phrase; a candidate that is none falls to the next cue or to
the source's own voice."""

import pytest
from tests.extract.helpers import attributions as _parties

from sabt.extract.attribution_candidate import after_fronted, before_figure, is_party
from sabt.extract.attribution_quotes import PERSON_PRONOUN


@pytest.mark.parametrize(
    "words",
    ["از", "به", "of the", "یک سال", "دو هفته بعد", "two weeks later", "روز دوشنبه",
     "that night", "1,200", "۴۰", "ده‌ها", "dozens", "several", "دو هفته‌ی بعد"],
)  # fmt: skip
def test_grammar_time_and_amounts_are_no_party(words: str) -> None:
    assert not is_party(words)


@pytest.mark.parametrize(
    "words", ["پلیس", "Amnesty International", "the ministry", "خانواده‌های زندانیان"]
)
def test_a_name_or_a_noun_is_a_party(words: str) -> None:
    assert is_party(words)


@pytest.mark.parametrize(
    ("phrase", "party"),
    [
        ("پلیس سه مأمور نیروی انتظامی", "پلیس"),
        ("پلیس ۴۰ عضو حزب توده", "پلیس"),
        ("the army three police officers", "the army"),
        # a name that opens with a number is the name
        ("سه نهاد حقوق بشری", "سه نهاد حقوق بشری"),
        # a year or a day of a month is no count, unless people are counted by it
        ("وزارت کشور در سال ۱۳۶۷", "وزارت کشور در سال ۱۳۶۷"),
        ("وزارت کشور در ۱۵ خرداد", "وزارت کشور در ۱۵ خرداد"),
        ("پلیس ۱۴۰۰ نفر", "پلیس"),
        # a number at the phrase's start, or one that is also a word, opens no counted phrase
        (" سه نهاد حقوق بشری", "سه نهاد حقوق بشری"),
        ("وزارت کشور یک روز بعد", "وزارت کشور یک روز بعد"),
    ],
)
def test_a_party_ends_where_the_counted_phrase_begins(phrase: str, party: str) -> None:
    assert phrase[: before_figure(phrase)].strip() == party


@pytest.mark.parametrize(
    "pronoun", ["خودِ او", "خود او", "خودش", "خود وی", "herself", "she herself", "او"]
)
def test_a_reflexive_is_a_persons_pronoun(pronoun: str) -> None:
    assert PERSON_PRONOUN.match(pronoun)


def test_the_officers_counted_are_not_who_counts_them() -> None:
    assert _parties("به گفته‌ی پلیس سه مأمور نیروی انتظامی کشته شدند.") == ["پلیس"]


def test_a_phrase_of_time_is_no_party() -> None:
    text = (
        "یک سال پس از آن حمله، خانواده‌های ده‌ها زندانی که در میدان شهر بازداشت شدند، "
        "نامه‌ای سرگشاده منتشر کردند."
    )
    assert _parties(text) == [None]


@pytest.mark.parametrize(
    "text",
    [
        "شیرین کریمی در آن شب در خیابان بود. به گفته‌ی خودِ او، دست‌کم ۲۰ نفر بازداشت شدند.",
        "شیرین کریمی در آن شب در خیابان بود. خودش می‌گوید دست‌کم ۲۰ نفر بازداشت شدند.",
    ],
)
def test_her_own_word_is_the_womans_named_before(text: str) -> None:
    assert _parties(text) == ["شیرین کریمی"]


def test_she_herself_is_the_woman_named_before() -> None:
    text = "Laura Chen was in the street that night. She herself counted 20 arrests."
    assert _parties(text) == ["Laura Chen"]


def test_a_reflexive_with_no_one_before_is_the_sources_own_voice() -> None:
    assert _parties("به گفته‌ی خودِ او، دست‌کم ۲۰ نفر بازداشت شدند.") == [None]


def test_the_subject_before_its_apposition_and_but_tells_of_the_arrests() -> None:
    text = (
        "کانون مدافعان حقوق زندانیان، نهادی مستقل در تبعید، اما از بازداشت بیش از ۴۰۰ نفر خبر داد."
    )
    assert _parties(text) == ["کانون مدافعان حقوق زندانیان"]


def test_the_subject_before_but_tells_of_the_arrests() -> None:
    assert _parties("کانون مدافعان حقوق زندانیان اما از بازداشت ۲۰۰ نفر خبر داد.") == [
        "کانون مدافعان حقوق زندانیان"
    ]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("برخی فعالان محلی از کشته شدن ۳۰ نفر خبر دادند.", "فعالان محلی"),
        ("بعضی از خانواده‌ها می‌گویند ۵۰ نفر اعدام شده‌اند.", "خانواده‌ها"),
        ("شماری از فعالان حقوق بشر شمار بازداشت‌شدگان را ۲۰۰ نفر دانستند.", "فعالان حقوق بشر"),
    ],
)
def test_how_many_speak_is_no_part_of_who_speaks(text: str, party: str) -> None:
    assert _parties(text) == [party]


def test_an_english_adjective_may_name_a_party() -> None:
    # The cue holds no noun of report in English: the adjective names a paper, a person.
    assert _parties("According to The Independent, 12 people were killed.") == ["Independent"]


def test_a_fronted_phrase_is_no_part_of_the_party_but_a_name_before_its_apposition_is() -> None:
    assert after_fronted("در مقابل، فعالان محلی") == "فعالان محلی"
    assert after_fronted("مریم احمدی، مادر یک زندانی") == "مریم احمدی، مادر یک زندانی"


def test_a_phrase_of_time_after_but_leaves_the_subject_after_its_comma() -> None:
    text = (
        "کانون مدافعان حقوق زندانیان اما از فردای آن روز، مادران زندانیان از بازداشت ۲۰۰ نفر "
        "خبر دادند."
    )
    assert _parties(text) == ["مادران زندانیان"]
