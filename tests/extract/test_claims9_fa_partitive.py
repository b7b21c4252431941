"""A Persian whole a part is taken from ("از شش متهم …، سه نفر …") is no count of the act, with
the part in words as in digits (sentences written for these tests)."""

from sabt.extract import Registry, annotate

REGISTRY = Registry.builtin()


def _claims(text: str) -> list[tuple[float | None, str]]:
    return [(c.value, c.property) for c in annotate(text, registry=REGISTRY).claims]


def test_the_whole_before_a_part_in_words_is_no_count() -> None:
    text = "به این ترتیب از شش متهم این پرونده، سه نفر به زندان محکوم شدند."
    assert _claims(text) == [(3.0, "sentenced")]
    assert _claims("از دوازده زندانی آن بند، هفت نفر اعدام شدند.") == [(7.0, "executed")]


def test_a_count_before_a_time_in_words_stays() -> None:
    assert _claims("از هشت نفر بازداشت‌شده دو روز بعد سه نفر آزاد شدند.") == [(8.0, "arrested")]
