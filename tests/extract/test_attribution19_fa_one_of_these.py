""" "یکی از این گروه‌ها" (one of these groups) speaks for the plural bodies named before it
(sentences written for these tests)."""

from tests.extract.helpers import attributions


def test_one_of_these_groups_is_the_groups_named_before() -> None:
    text = (
        "گروه‌های امدادی در مرز از وضعیت پناهجویان ابراز نگرانی کردند. "
        "بنا بر گزارش یکی از این گروه‌ها، صدها پناهجو بازداشت شده‌اند."
    )
    party = attributions(text)[-1]
    assert party and party.startswith("گروه‌های امدادی")
