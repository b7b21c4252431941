"""Persian claims, round 5: the verbs of asserting are a closed class built from nouns and
light verbs; the formal نمودن, the literary ساختن and the state شدن ("یادآور شد") join کردن,
دادن, زدن and داشتن, and more nouns of making known (عنوان، خاطرنشان، فاش، توضیح، اطلاع …)."""

import pytest

from sabt.extract import Registry, annotate

REGISTRY = Registry.builtin()


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("سازمان پزشکی قانونی اعلام نمود که ۴۳ جسد شناسایی شده است.", "سازمان پزشکی قانونی"),
        ("دادستان استان تصریح نمود که ۱۳ متهم اعدام شدند.", "دادستان استان"),
        ("شورای شهر در نامه‌ای خاطرنشان کرد که ۱۹ نفر در این سیل جان باختند.", "شورای شهر"),
        (
            "بنیاد مستقل عدالت فاش ساخت که ۲۸ نفر در زندان‌های مخفی شکنجه شده‌اند.",
            "بنیاد مستقل عدالت",
        ),
        ("فرماندار شهرستان عنوان کرد که ۱۶ نفر در درگیری‌ها کشته شدند.", "فرماندار شهرستان"),
        ("انجمن پزشکان محلی توضیح داد که ۵۵ نفر با گلوله‌ی جنگی کشته شده‌اند.", "انجمن پزشکان محلی"),
        ("کانون وکلای استان اطلاع داد که ۲۱ نفر از موکلانش اعدام شده‌اند.", "کانون وکلای استان"),
        ("سخنگوی پلیس یادآور شد که ۳۲ نفر از معترضان بازداشت شده‌اند.", "سخنگوی پلیس"),
    ],
)
def test_a_light_verb_of_saying_names_its_subject(text: str, party: str) -> None:
    assert [c.attributed_to for c in annotate(text, registry=REGISTRY).claims] == [party]


def test_published_with_shodan_is_no_verb_of_saying() -> None:
    """ "منتشر شد" (was published) says who published nothing: no party from its subject."""
    text = "این گزارش روز شنبه منتشر شد و ۱۷ نفر در آن روز کشته شدند."
    assert [c.attributed_to for c in annotate(text, registry=REGISTRY).claims] != ["این گزارش"]
