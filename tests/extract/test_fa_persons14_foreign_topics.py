"""Foreign persons in Persian on foreign topics (`name_shapes_fa`, `marked_persons_fa`): a Central
Asian family name built on a given name (‌اف، ‌اوا, or joined: ممدکریمف), a governor's, an
agent's or a preacher's post in apposition, a given name alone before a closed apposition or an
age, and a foreign given name spelt as a town's before a post in apposition; and the near
shapes that are no name: an Arabic noun in -اف, a season before a post, a country of two words."""

import pytest
from tests.extract.helpers import annotated, proposed

_FOUND = {
    "a family name in -اف after a half-space": (
        "نورالله کمال‌اف گفت که خانه‌اش ویران شد.",
        ["نورالله کمال\u200cاف"],
    ),
    "a woman's family name in -اوا after a body's name": (
        "دادگاه عالی قرقیزستان زرینه‌خانم سلیم‌اوا، روزنامه‌نگار، را به ده سال زندان محکوم کرد.",
        ["زرینه\u200cخانم سلیم\u200cاوا"],
    ),
    "a family name in -ف joined to a given name": (
        "رستم ممدکریمف در خانه‌اش کشته شد.",
        ["رستم ممدکریمف"],
    ),
    "a governor in apposition": (
        "سلیم ادریس، والی شمال کردفان، روز دوشنبه گفت که شهر آرام است.",
        ["سلیم ادریس"],
    ),
    "an agent of a service in apposition": (
        "دیوید هاگن، مأمور سیا در بیروت، بعدها نوشت که نقشه شکست خورد.",
        ["دیوید هاگن"],
    ),
    "a given name alone before a preacher's post": (
        "روز بعد، عبدالکریم، خطیب مسجد، هنگام فرار دستگیر شد.",
        ["عبدالکریم"],
    ),
    "a witness's given name alone before a description": (
        "شیرین، زنی اهل روستا که نخواست نامش منتشر شود، گفت که پسرش را بردند.",
        ["شیرین"],
    ),
    "a given name alone before an age": (
        "شیرین، ۴۲ ساله، گفت که پسرش را بردند.",
        ["شیرین"],
    ),
    "a given name spelt as a town's before a post": (
        "دنور مایلز، سخنگوی وزارت خارجه، گفت که گفت‌وگو ادامه دارد.",
        ["دنور مایلز"],
    ),
}


@pytest.mark.parametrize(("text", "names"), _FOUND.values(), ids=_FOUND.keys())
def test_foreign_persons(text: str, names: list[str]) -> None:
    assert annotated(text, "person") == names


_NOT_NAMES = {
    # An Arabic noun in -اف (a confession) after a given name: its stem is no given name.
    "an Arabic noun in -اف": "حسن اعتراف کرد که پول را برده است.",
    # A given name that is also a word (spring) before a post with no closing comma: the post
    # is the sentence's subject.
    "a season before an unclosed post": "بهار، رئیس شورا برکنار شد.",
}


@pytest.mark.parametrize("text", _NOT_NAMES.values(), ids=_NOT_NAMES.keys())
def test_near_shapes_name_no_one(text: str) -> None:
    assert annotated(text, "person") == []


def test_a_country_of_two_words_is_no_name() -> None:
    # The first word is a country's name too, but so are both together: no person's name.
    text = "سودان جنوبی، عضو اتحادیه‌ی آفریقا، گفت که کمک می‌خواهد."
    assert proposed(text, "person") == []
