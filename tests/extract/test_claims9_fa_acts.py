"""Persian acts of a count: people assassinated (ترور شدند، ترور کردند) are killed, while
ترور alone, which is also "terror", names no act (sentences written for these tests)."""

from sabt.extract import Registry, annotate

REGISTRY = Registry.builtin()


def _acts(text: str) -> list[tuple[float | None, str]]:
    return [(c.value, c.property) for c in annotate(text, registry=REGISTRY).claims]


def test_people_assassinated_are_killed() -> None:
    assert _acts("دست‌کم ۴۲ فعال سیاسی در خارج از کشور ترور شده‌اند.") == [(42.0, "killed")]
    assert _acts("پنج نفر از رهبران حزب در وین ترور شدند.") == [(5.0, "killed")]
    assert _acts("مأموران ۱۱ مخالف را در اروپا ترور کردند.") == [(11.0, "killed")]


def test_terror_alone_is_no_act() -> None:
    assert _acts("این مردم ۳۰ سال ترور دولتی را تجربه کردند.") == []
