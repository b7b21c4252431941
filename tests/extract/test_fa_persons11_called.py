"""A person called by name after a noun for one (`marked_persons_fa`): an old man or woman
(پیرمردی، پیرزنی به نام X Y), and a name of three words where a bracket or a comma closes it,
as a Chinese name written family name first is."""

import pytest
from tests.extract.helpers import annotated

_CALLED = {
    "an old man": ("پیرمردی به نام بون هوا آن روز را به یاد داشت.", ["بون هوا"]),
    "three words before a bracket": (
        "مردی به نام چن هوا مینگ (نامی ساختگی) از آن شب گفت.",
        ["چن هوا مینگ"],
    ),
    "three words before a comma": (
        "زنی به نام تان بون لینگ، که آنجا بود، گریست.",
        ["تان بون لینگ"],
    ),
    "two words when the third is a function word": (
        "سربازان مردی به نام بون هوا را، بی هیچ دلیلی، بردند.",
        ["بون هوا"],
    ),
    "two words when a verb follows": ("مردی به نام سامان کاوه در خانه ماند.", ["سامان کاوه"]),
}


@pytest.mark.parametrize(("text", "names"), _CALLED.values(), ids=_CALLED.keys())
def test_called_by_name(text: str, names: list[str]) -> None:
    assert annotated(text, "person") == names
