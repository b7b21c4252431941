"""Foreign persons in Persian script after a title: three words a cue closes, and a foreign
given name that is also a Persian word (جان, life; پل, a bridge) opening such a name."""

from datetime import date

import pytest

from sabt.extract import annotate
from sabt.extract.registry import Registry


def _persons(text: str) -> list[str]:
    got = annotate(text, registry=Registry.builtin(), reference_date=date(2024, 1, 1))
    return [m.text for m in got.mentions if m.type == "person"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("ژنرال جان ریورز، فرمانده وقت ناوگان، به دادگاه احضار شد.", "جان ریورز"),
        ("پروفسور ژان پیر لوفور، استاد دانشگاه سوربن، شهادت داد.", "ژان پیر لوفور"),
        ("دریاسالار پل ریچاردز گفت که ناوگان آماده است.", "پل ریچاردز"),
        ("سرهنگ ماریو دلا کوستا اعلام کرد که عقب‌نشینی آغاز شد.", "ماریو دلا کوستا"),
    ],
)
def test_titled_foreign_names(text: str, want: str) -> None:
    assert want in _persons(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [("سرهنگ رضایی جان باخت.", "رضایی"), ("سرهنگ پیتر هاول در دادگاه شهادت داد.", "پیتر هاول")],
)
def test_no_word_after_the_name(text: str, person: str) -> None:
    assert _persons(text) == [person]
