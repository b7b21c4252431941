"""Persian bodies of a province: the border guard (مرزبانی) heads a body, and a province may
follow a body's head straight away (پلیس استان X، دادگستری استان X)."""

import pytest

from sabt.extract import Registry, annotate

_BODIES = {
    "a border guard of a province": (
        "مرزبانی استان سیستان به پرسش خبرنگاران پاسخ نداد.",
        ["مرزبانی استان سیستان"],
    ),
    "a judiciary of a province": (
        "دادگستری استان فارس اعلام کرد که پرونده بسته شد.",
        ["دادگستری استان فارس"],
    ),
    "the border guard alone is no name": ("ماموران مرزبانی به سوی کولبران شلیک کردند.", []),
}


@pytest.mark.parametrize(("text", "bodies"), _BODIES.values(), ids=_BODIES.keys())
def test_a_body_of_a_province(text: str, bodies: list[str]) -> None:
    mentions = annotate(text, registry=Registry.builtin()).mentions
    assert [m.text for m in mentions if m.type == "organization"] == bodies
