"""Persian posts, round 8: an office that is also a body's name given as its holder after an
appointment ("به وزارت کشور منصوب شد" → وزیر کشور), an abstract office kept as written, the
body of "به ریاست X" in the text's own words (never a registry's canonical name in the other
script), and a capacity "در مقام" closed by an indefinite object and a compound verb; each in
sentences of our own."""

import pytest
from tests.extract.helpers import posts

FOUND = [
    # An office that is also a body's name: its holder.
    ("حسن کریمی در دولت دوم به وزارت کشور منصوب شد.", "حسن کریمی", "وزیر کشور"),
    ("حسن کریمی در سال ۱۳۷۰ به استانداری خوزستان منصوب شد.", "حسن کریمی", "استاندار خوزستان"),
    ("حسن کریمی در سال ۱۳۷۰ به شهرداری تبریز منصوب شد.", "حسن کریمی", "شهردار تبریز"),
    ("رضا شریفی در سال ۱۳۷۰ به سفارت ایران در لندن منصوب شد.", "رضا شریفی",
     "سفیر ایران در لندن"),
    ("رضا شریفی چند ماه بعد به دادستانی شیراز منصوب شد.", "رضا شریفی", "دادستان شیراز"),
    # An abstract office, no body's name, stays as written.
    ("حسن کریمی در سال ۱۳۷۰ به ریاست دادگاه انقلاب منصوب شد.", "حسن کریمی",
     "ریاست دادگاه انقلاب"),
    # A capacity closed by an indefinite object and a compound verb.
    ("حسن کریمی در مقام فرمانده کل قوا پیامی صادر کرد.", "حسن کریمی", "فرمانده کل قوا"),
    ("حسن کریمی در مقام فرمانده نیروی دریایی دستوری صادر کرد.", "حسن کریمی",
     "فرمانده نیروی دریایی"),
    ("حسن کریمی در سمت دادستان تهران کیفرخواستی صادر کرد.", "حسن کریمی", "دادستان تهران"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "person", "post"), FOUND)
def test_post_found(text: str, person: str, post: str) -> None:
    assert (person, post) in posts(text)


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("دادگاه انقلاب به ریاست حسن کریمی در شهر جلسه برگزار کرد.", "رئیس دادگاه انقلاب"),
        ("شورای نگهبان به ریاست حسن کریمی این قانون را رد کرد.", "رئیس شورای نگهبان"),
    ],
)
def test_the_body_before_the_office_is_the_texts_own_words(text: str, post: str) -> None:
    assert posts(text) == {("حسن کریمی", post)}


def test_an_english_body_before_by_is_the_texts_own_words() -> None:
    got = posts("The Revolutionary Guards, led by Hamid Karimi, denied the report.")
    assert got == {("Hamid Karimi", "leader of Revolutionary Guards")}


@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        ("حسن کریمی در سمت فرمانده سپاه دستوری داد.", "حسن کریمی", "فرمانده سپاه"),
        ("مریم کریمی، ملکه اردن، به تهران رفت.", "مریم کریمی", "ملکه اردن"),
        ("حسن کریمی، ولیعهد عربستان، به تهران رفت.", "حسن کریمی", "ولیعهد عربستان"),
    ],
)
def test_a_capacity_closed_by_a_simple_verb_and_royal_posts(
    text: str, person: str, post: str
) -> None:
    assert (person, post) in posts(text)
