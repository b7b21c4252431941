"""Persian posts, round 9: a head in the plural ("مقام‌های") is no post's head, so a title
joined to the name after it stands alone ("مقام‌های دولت رئیس‌جمهور X" → رئیس‌جمهور); and a
"name" that opens with a noun of an era ("دوران قاجار") is the post's time, no person, so the
post in apposition is the named person's; a place of two names joined by و ("سیستان و
بلوچستان") closes a post in apposition; each in sentences of our own."""

import pytest
from tests.extract.helpers import posts

FOUND = [
    ("مقام‌های دولت رئیس‌جمهور محمد خاتمی این گزارش را رد کردند.", "محمد خاتمی", "رئیس‌جمهور"),
    ("نماینده‌های مجلس رئیس‌جمهور حسن روحانی را استیضاح کردند.", "حسن روحانی", "رئیس‌جمهور"),
    ("علی رضایی، آخرین نخست‌وزیر دوران قاجار، در تهران درگذشت.",
     "علی رضایی", "نخست‌وزیر دوران قاجار"),
    ("حسن کریمی، وزیر جنگ دوره‌ی پهلوی، اعدام شد.", "حسن کریمی", "وزیر جنگ دوره‌ی پهلوی"),
    # (Here the name rules take "عهد ناصرالدین شاه" for a person: the era's noun keeps the post
    # the named person's.)
    ("علی رضایی، صدراعظم عهد ناصرالدین شاه، درگذشت.", "علی رضایی", "صدراعظم عهد ناصرالدین شاه"),
    # A place of two names joined by و closes the post in apposition.
    ("حسن کریمی، استاندار سیستان و بلوچستان، گفت.", "حسن کریمی", "استاندار سیستان و بلوچستان"),
    ("حسن کریمی، استاندار کهگیلویه و بویراحمد، در همان روز گفت.",
     "حسن کریمی", "استاندار کهگیلویه و بویراحمد"),
    # A second person with a post of their own after the comma is no word of the first's.
    ("حسن کریمی، وزیر کشور و رضایی، وزیر دفاع، گفتند.", "حسن کریمی", "وزیر کشور"),
    ("حسن کریمی، وزیر کشور و علی رضایی، وزیر دفاع، گفتند.", "علی رضایی", "وزیر دفاع"),
]  # fmt: skip

NOT_FOUND = [
    ("مقام‌های دولت رئیس‌جمهور محمد خاتمی این گزارش را رد کردند.",
     "محمد خاتمی", "مقام‌های دولت رئیس‌جمهور"),
    ("علی رضایی، آخرین نخست‌وزیر دوران قاجار، در تهران درگذشت.", "دوران قاجار", "نخست‌وزیر"),
    ("حسن کریمی، استاندار سیستان و بلوچستان، گفت.", "حسن کریمی", "استاندار سیستان"),
    ("حسن کریمی، وزیر کشور و رضایی، وزیر دفاع، گفتند.", "حسن کریمی", "وزیر کشور و رضایی"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "person", "post"), FOUND)
def test_found(text: str, person: str, post: str) -> None:
    assert (person, post) in posts(text)


@pytest.mark.parametrize(("text", "person", "post"), NOT_FOUND)
def test_not_found(text: str, person: str, post: str) -> None:
    assert (person, post) not in posts(text)
