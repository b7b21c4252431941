"""A Persian report names itself in its first line as an English one does ("X – گزارش فصلی"):
what its authors state in their own voice is theirs (sentences written for this test)."""

from tests.extract.helpers import attributions


def test_a_persian_reports_own_voice_is_its_author_body() -> None:
    text = (
        "کانون مستندسازی البرز – گزارش فصلی، بهار ۱۴۰۲\n\n"
        "مأموران عصر آن روز به سوی جمعیت شلیک کردند. دست‌کم ۷ نفر کشته شدند."
    )
    assert attributions(text) == ["کانون مستندسازی البرز"]
