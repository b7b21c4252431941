"""An act noun after در that names the occasion (در جریان کشتار، in the course of the
massacre) is no figure's act when the clause's own verb names one (sentences written for
these tests)."""

from sabt.extract import Registry, annotate

REGISTRY = Registry.builtin()


def _acts(text: str) -> list[tuple[float | None, str]]:
    return [(c.value, c.property) for c in annotate(text, registry=REGISTRY).claims]


def test_the_verb_not_the_occasion_is_the_act() -> None:
    assert _acts("۳۰ نفر در جریان کشتار بازداشت شدند.") == [(30.0, "arrested")]
    assert _acts("۴۵ معترض در روزهای پس از قتل‌عام دستگیر شدند.") == [(45.0, "arrested")]


def test_an_act_after_a_place_stays() -> None:
    assert _acts("۱۲ نفر در زندان جان باختند.") == [(12.0, "killed")]
    assert _acts("هفت زندانی در زندان مرکزی اعدام شدند.") == [(7.0, "executed")]


def test_an_occasion_set_off_by_commas_is_no_act() -> None:
    text = "به گفته‌ی این انجمن، ده نفر از این زندانیان چند سال بعد، در کشتار زندان‌ها، اعدام شدند."
    assert _acts(text) == [(10.0, "executed")]
    assert _acts("بیست نفر از معترضان، در جریان قتل‌عام سال ۱۳۵۸، بازداشت شدند.") == [
        (20.0, "arrested")
    ]
