"""A Spanish name's two family names in Persian script, lent to the later mentions that name
the person by the pair or by the father's family name alone (`double_family_fa`)."""

from tests.extract.helpers import annotated


def test_the_pair_and_the_fathers_family_name_alone() -> None:
    text = (
        "روبرتو کاررنیو گورتاری، فرماندار ایالت، استعفا داد. اما کاررنیو هرگز محاکمه نشد و "
        "دادگاه از کاررنیو گورتاری نامی نبرد."
    )
    found = annotated(text, "person")
    assert "کاررنیو" in found
    assert "کاررنیو گورتاری" in found


def test_after_a_title_the_first_word_is_the_given_name() -> None:
    text = (
        "ژنرال تئودولو کاررنیو دوبلادو، فرمانده‌ی ارتش، فرمان حمله داد. "
        "کاررنیو دوبلادو تا پایان جنگ بر سر کار ماند."
    )
    assert "کاررنیو دوبلادو" in annotated(text, "person")


def test_a_second_given_name_is_not_lent() -> None:
    # امید (hope) is a given name here, an ordinary word later.
    text = "ناصر امید کاظمی، استاندار، گفت که امید به آینده کم است."
    assert annotated(text, "person") == ["ناصر امید کاظمی"]


def test_short_words_are_not_lent() -> None:
    # لو is a short word of its own later (آب لو رفت: the water leaked out).
    text = "کارلوس لو ماتا، وزیر کشور، استعفا داد. کارلوس رفت و آب لو رفت."
    assert "لو" not in annotated(text, "person")
