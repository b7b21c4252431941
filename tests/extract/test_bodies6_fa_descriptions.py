"""Persian: a body's head followed only by words that describe it (its arm, its branch, what it
is for: شاخه‌ی سیاسی، نیروی هوایی، نیروی حافظ صلح، هیئت حقیقت‌یاب) names a kind of body, not
a body; one word that names makes it a name again, and a description before "known as" keeps
the body's own name after it."""

import pytest
from tests.extract.helpers import annotated


@pytest.mark.parametrize(
    ("text", "description"),
    [
        ("ده تن از افسران نیروی هوایی پس از کودتا بازداشت شدند.", "نیروی هوایی"),
        ("دادگاه او را به عضویت در شاخه‌ی سیاسی گروه متهم کرد.", "شاخه‌ی سیاسی"),
        ("سربازان نیروی حافظ صلح در مرز مستقر شدند.", "نیروی حافظ صلح"),
        ("گزارش هیئت حقیقت‌یاب در تیر همان سال منتشر شد.", "هیئت حقیقت‌یاب"),
        ("فرمانده‌ی پیشین نیروی دریایی در دادگاه شهادت داد.", "نیروی دریایی"),
    ],
)
def test_a_head_with_only_descriptions_names_no_body(text: str, description: str) -> None:
    assert description not in annotated(text, "organization")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A named word after the description: the Guards' navy is a body.
        ("فرمانده‌ی نیروی دریایی سپاه در بندرعباس سخنرانی کرد.", "نیروی دریایی سپاه"),
        # Iran's police, نیروی انتظامی, is a body's name of its own.
        ("در همان شب نیروی انتظامی ۳۰ نفر را بازداشت کرد.", "نیروی انتظامی"),
        # A description before "known as" gives the body's own name.
        ("شورای نظامی موسوم به درگ در سال ۱۹۷۴ قدرت را گرفت.", "درگ"),
    ],
)
def test_a_named_word_or_known_as_keeps_the_body(text: str, name: str) -> None:
    assert name in annotated(text, "organization")
