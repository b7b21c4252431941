"""Every wording of "according to X" a careful writer uses, and the Persian passive of
reporting (sentences written for these tests): a Persian preposition paired with a noun of
saying, reporting or counting ("بنا بر اعلام", "طبق آمار رسمی", "بر پایه‌ی اعلام", "به
تأیید", "مطابق آمار"), "از سوی / توسط X … اعلام شد" (but "از سوی مأموران بازداشت شدند"
names who arrested, not who asserts), "Per X", "In the words of X"; a report's adjective alone
("طبق آمار رسمی،") names no one; a Persian verb with its subject unsaid ("در ادامه افزود")
is the last speaker's, and a fronted phrase ("در مقابل،") is no part of the subject."""

import pytest

from sabt.extract import Registry, annotate

REGISTRY = Registry.builtin()

SENTENCES = [
    (
        "بنا بر اعلام وزارت کشور، ۱۲ نفر کشته شدند.",
        "وزارت کشور",
    ),
    (
        "طبق اعلام وزارت کشور ۱۲ نفر کشته شدند.",
        "وزارت کشور",
    ),
    (
        "براساس اعلام وزارت کشور ۱۲ نفر کشته شدند.",
        "وزارت کشور",
    ),
    (
        "بر اساس اعلام وزارت کشور، ۱۲ نفر کشته شدند.",
        "وزارت کشور",
    ),
    (
        "طبق گفته‌ی وزارت کشور ۱۲ نفر کشته شدند.",
        "وزارت کشور",
    ),
    (
        "بنا به اعلام وزارت کشور ۱۲ نفر کشته شدند.",
        "وزارت کشور",
    ),
    (
        "به تأیید وزارت کشور ۱۲ نفر کشته شدند.",
        "وزارت کشور",
    ),
    (
        "به اعتراف وزارت کشور ۱۲ نفر کشته شدند.",
        "وزارت کشور",
    ),
    (
        "مطابق آمار وزارت کشور ۱۲ نفر کشته شدند.",
        "وزارت کشور",
    ),
    (
        "بر پایه‌ی اعلام وزارت کشور ۱۲ نفر کشته شدند.",
        "وزارت کشور",
    ),
    (
        "بنا بر آمار وزارت کشور ۱۲ نفر کشته شدند.",
        "وزارت کشور",
    ),
    (
        "به استناد گزارش وزارت کشور ۱۲ نفر کشته شدند.",
        "وزارت کشور",
    ),
    (
        "طبق آمار رسمی وزارت کشور ۱۲ نفر کشته شدند.",
        "وزارت کشور",
    ),
    (
        "به گفته‌ی مقام‌های وزارت کشور ۱۲ نفر کشته شدند.",
        "وزارت کشور",
    ),
    (
        "شمار کشته‌ها از سوی وزارت کشور ۱۲ نفر اعلام شد.",
        "وزارت کشور",
    ),
    (
        "شمار کشته‌ها توسط وزارت کشور ۱۲ نفر اعلام شد.",
        "وزارت کشور",
    ),
    (
        "وزارت کشور در ادامه افزود که ۱۲ نفر کشته شدند.",
        "وزارت کشور",
    ),
    (
        "مریم احمدی به رادیو فردا گفت همسرش بازداشت شد. در ادامه افزود که ۲۰ "
        "نفر دیگر نیز بازداشت شدند.",
        "مریم احمدی",
    ),
    (
        "مریم احمدی به رادیو فردا گفت همسرش بازداشت شد. او افزود که ۲۰ نفر دیگر نیز بازداشت شدند.",
        "مریم احمدی",
    ),
    (
        "مریم احمدی به رادیو فردا گفت همسرش بازداشت شد و ۲۰ نفر دیگر نیز بازداشت شدند.",
        "مریم احمدی",
    ),
    (
        "مریم احمدی به رادیو فردا گفت: «۲۰ نفر دیگر نیز بازداشت شدند.»",
        "مریم احمدی",
    ),
    (
        "«۲۰ نفر دیگر نیز بازداشت شدند»، مریم احمدی به رادیو فردا گفت.",
        "مریم احمدی",
    ),
    (
        "مریم احمدی، مادر یکی از بازداشت‌شدگان، می‌گوید ۲۰ نفر دیگر نیز بازداشت شدند.",
        "مریم احمدی",
    ),
    (
        "خانم مریم احمدی می‌گوید ۲۰ نفر دیگر نیز بازداشت شدند.",
        "مریم احمدی",
    ),
    (
        "As reported by the Interior Ministry, 12 people were killed.",
        "Interior Ministry",
    ),
    (
        "Per the Interior Ministry, 12 people were killed.",
        "Interior Ministry",
    ),
    (
        "In the words of the Interior Ministry, 12 people were killed.",
        "Interior Ministry",
    ),
    (
        "According to figures from the Interior Ministry, 12 people were killed.",
        "Interior Ministry",
    ),
    (
        "Sources at the Interior Ministry said 12 people were killed.",
        "Interior Ministry",
    ),
    (
        "The death toll, as given by the Interior Ministry, stood at 12.",
        "Interior Ministry",
    ),
    (
        "The Interior Ministry's spokesman said 12 people were killed.",
        "Interior Ministry",
    ),
    (
        "A spokesperson for the Interior Ministry said 12 people were killed.",
        "Interior Ministry",
    ),
    (
        "Officials at the Interior Ministry said 12 people were killed.",
        "Interior Ministry",
    ),
    (
        "The Interior Ministry on Monday confirmed that 12 people were killed.",
        "Interior Ministry",
    ),
    (
        "The Interior Ministry, for its part, said 12 people were killed.",
        "Interior Ministry",
    ),
    (
        "The Interior Ministry, however, said 12 people were killed.",
        "Interior Ministry",
    ),
    (
        "The Interior Ministry later added that 12 people were killed.",
        "Interior Ministry",
    ),
    (
        '"Twelve people were killed," Maria Gomez said.',
        "Maria Gomez",
    ),
    (
        '"Twelve people were killed," said Maria Gomez, a nurse.',
        "Maria Gomez",
    ),
    (
        'Maria Gomez said: "Twelve people were killed."',
        "Maria Gomez",
    ),
    (
        "۳۰ نفر از سوی مأموران امنیتی بازداشت شدند.",
        None,
    ),
    (
        "۳۰ نفر توسط نیروهای امنیتی بازداشت شدند.",
        None,
    ),
    (
        "طبق آمار رسمی، ۱۲ نفر کشته شدند.",
        None,
    ),
    (
        "از سوی مأموران ۳۰ نفر بازداشت شدند.",
        None,
    ),
    (
        "توسط مأموران ۳۰ نفر بازداشت شدند و از گزارش شدن آن جلوگیری شد.",
        None,
    ),
    (
        "میزان متوسط بازداشت‌ها ۱۲ نفر در روز ثبت شد.",
        None,
    ),
    (
        "طرح بازداشت ۲۰ فعال مدنی به تأیید شورای شهر رسید.",
        None,
    ),
    (
        "Per Olsen was in the village when 12 people died.",
        None,
    ),
    (
        "این کشتار با ۴۰ کشته بزرگ‌ترین کشتار آن سال به شمار می‌رود.",
        None,
    ),
    (
        "در مقابل، فعالان محلی مدعی شدند که بیش از ۱۰۰ نفر جان باختند.",
        "فعالان محلی",
    ),
]


@pytest.mark.parametrize(("text", "party"), SENTENCES)
def test_each_wording_gives_its_figures_to_its_party(text: str, party: str | None) -> None:
    found = [c.attributed_to for c in annotate(text, registry=REGISTRY).claims]
    assert found and all(p == party for p in found), found


def test_per_before_a_name_is_the_given_name() -> None:
    claims = annotate("Per Olsen, a witness, said 12 people died.", registry=REGISTRY).claims
    assert [c.attributed_to for c in claims] == ["Per Olsen"]


def test_an_english_verb_with_no_subject_is_not_the_last_speakers() -> None:
    # English never leaves its subject unsaid: a verb with none is misread, not the ministry's.
    text = "The ministry said 12 died. A week later reported 20 more deaths."
    claims = annotate(text, registry=REGISTRY).claims
    assert [c.attributed_to for c in claims] == ["ministry", None]
