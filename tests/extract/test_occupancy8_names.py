"""Name faults that cost posts, round 8: a Persian name runs on into neither a post's noun nor
a word of time ("X سمت …", "X هم‌اکنون …") nor a word with a pronoun joined to it ("X
رهبری‌اش را …", whose office is then the indefinite body's); an English name before a post in
apposition with no article ("X, vice-president of …"); a shortened rank ("Maj. Gen. X") ends
no sentence. Each in sentences of our own."""

import pytest
from tests.extract.helpers import annotated, posts, proposed


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("حسن رضایی سمت دادستان کرج را داشت.", "دادستان کرج"),
        ("حسن رضایی هم‌اکنون دادستان کرج است.", "دادستان کرج"),
        ("حسن رضایی اکنون رئیس دادگاه است.", "رئیس دادگاه"),
        ("حسن رضایی هنوز فرماندار شهر است.", "فرماندار شهر"),
    ],
)
def test_a_persian_name_stops_before_a_word_between_it_and_its_post(text: str, post: str) -> None:
    assert annotated(text, "person") == ["حسن رضایی"]
    assert posts(text) == {("حسن رضایی", post)}


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("حزبی که کریم رستمی رهبری‌اش را بر عهده داشت در ۱۳۲۴ تأسیس شد.", "رهبر حزب"),
        ("سازمانی که کریم رستمی ریاستش را بر عهده داشت منحل شد.", "رئیس سازمان"),
        (
            "کمیسیون حقیقت‌یاب، که ریاست‌اش را قاضی کریم رستمی بر عهده داشت، منحل شد.",
            "رئیس کمیسیون حقیقت‌یاب",
        ),
    ],
)
def test_an_office_with_its_pronoun_is_the_bodys(text: str, post: str) -> None:
    assert ("کریم رستمی", post) in posts(text)
    assert annotated(text, "person") == ["کریم رستمی"]


def test_a_word_with_a_pronoun_after_a_title_is_no_part_of_the_name() -> None:
    text = "حزبی که قاضی رستمی رهبری‌اش را بر عهده داشت در ۱۳۲۴ تأسیس شد."
    assert not any("رهبری" in name for name in annotated(text, "person"))


@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        ("The report was criticised by Mark Tessler, vice-president of the university.",
         "Mark Tessler", "vice-president of the university"),
        ("Grace Ndlovu, vice-president of the university, said the report was wrong.",
         "Grace Ndlovu", "vice-president of the university"),
        ("Grace Ndlovu, deputy director of the agency, said the report was wrong.",
         "Grace Ndlovu", "deputy director of the agency"),
        ("Grace Ndlovu, chairman of the board, said the report was wrong.",
         "Grace Ndlovu", "chairman of the board"),
    ],
)  # fmt: skip
def test_an_english_name_before_a_post_with_no_article(text: str, person: str, post: str) -> None:
    assert (person, post) in posts(text)


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("Maj. Gen. Peter Kamau ordered the arrests.", "Maj. Gen."),
        ("Brig. Gen. Peter Kamau ordered the arrests.", "Brig. Gen."),
        ("Capt. Peter Kamau ordered the arrests.", "Capt."),
    ],
)
def test_a_shortened_rank_ends_no_sentence(text: str, post: str) -> None:
    assert posts(text) == {("Peter Kamau", post)}


def test_a_known_given_name_is_no_family_name_alone() -> None:
    # (A given name with a family name's ending, -فر, is the name's first word, never a person
    # alone that a registry's family name beside it could leave standing.)
    text = "محمدجعفر کریمی، دادستان کل کشور، همان روز اعلام کرد."
    assert "محمدجعفر" not in proposed(text, "person")
    assert posts(text) == {("محمدجعفر کریمی", "دادستان کل کشور")}


@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        ("علی اکبر ولایتی در آن زمان وزیر خارجه بود.", "علی اکبر ولایتی", "وزیر خارجه"),
        ("علی اکبر هاشمی رفسنجانی در آن زمان رئیس مجلس بود.", "علی اکبر هاشمی رفسنجانی",
         "رئیس مجلس"),
        ("محمد حسن کریمی در آن زمان دادستان بود.", "محمد حسن کریمی", "دادستان"),
    ],
)  # fmt: skip
def test_two_given_names_written_apart_open_a_name(text: str, person: str, post: str) -> None:
    assert person in annotated(text, "person")
    assert (person, post) in posts(text)
