"""Persian places: every word of a bare list of places, the known ones that no gazetteer emits
too; a shrine or tomb after a cue is a building, no town; a noun that a light verb follows
after a cue is the verb's (در جنوب نظارت داشت), though a town before "to be" stays one."""

import pytest
from tests.extract.helpers import annotated


def test_a_bare_list_keeps_its_known_towns() -> None:
    text = "اعتراض‌ها در کمتر از یک هفته به بهبهان، دزفول، شوشتر و نایین کشیده شد."
    assert {"بهبهان", "دزفول", "شوشتر", "نایین"} <= set(annotated(text, "place"))


_NO_TOWN = {
    "a tomb near": "شاهدان گفتند تیراندازی در نزدیکی آرامگاه آغاز شد.",
    "a shrine near": "زائران در اطراف حرم تحصن کردند.",
    "a light verb's noun after a direction": "او سال‌ها در شمال فعالیت می‌کرد و در جنوب نظارت داشت.",
}


@pytest.mark.parametrize("text", _NO_TOWN.values(), ids=_NO_TOWN.keys())
def test_no_town(text: str) -> None:
    assert annotated(text, "place") == []


def test_a_town_before_to_be_stays() -> None:
    assert annotated("این اردوگاه در نزدیکی کلاته‌نو است.", "place") == ["کلاته\u200cنو"]
