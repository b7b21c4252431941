"""Names with a particle (`patronyms_fa`, `name_shapes_fa`): an Arab patronymic chain with بن
and the house after it, a house written آل‌X after a given name, and the Arab father-of (ابو-)
joined to a name of the faith; a phrase with بن that is no name is not taken."""

import pytest
from tests.extract.helpers import annotated

_FOUND = {
    "a son of": ("سلیمان بن ناصر در صنعا بازداشت شد.", ["سلیمان بن ناصر"]),
    "a chain and a house": (
        "فیصل بن ترکی بن عبدالله آل ثانی به دوحه رفت.",
        ["فیصل بن ترکی بن عبدالله آل ثانی"],
    ),
    "a house after a given name": ("هادی آل‌یاسین به نجف رفت.", ["هادی آل‌یاسین"]),
    "a father-of and a family": ("ابوعلی الزبیدی در موصل دیده شد.", ["ابوعلی الزبیدی"]),
    # An unlisted given name goes before a father's name that surely is one.
    "an unlisted son of a listed father": ("ذیاب بن محمد به ریاض رفت.", ["ذیاب بن محمد"]),
}


@pytest.mark.parametrize(("text", "names"), _FOUND.values(), ids=_FOUND.keys())
def test_name_with_a_particle(text: str, names: list[str]) -> None:
    assert annotated(text, "person") == names


@pytest.mark.parametrize("text", ["پسر بن بست را دیدند.", "راه بن بست بود."])
def test_a_dead_end_is_no_patronym(text: str) -> None:
    assert annotated(text, "person") == []


def test_a_voucher_is_no_father() -> None:
    """ "Soleiman took the voucher": بن before a function word names no father."""
    assert not any("بن" in name for name in annotated("سلیمان بن را گرفت.", "person"))


@pytest.mark.parametrize(
    "text",
    [
        # a plural after the house (the Al-Yasins, a family as a group): no one's family name
        "علی آل‌یاسین‌ها را به خانه دعوت کرد.",
        # آل with two letters after it (آل‌ها, the Āls of folklore): too short for a house
        "هادی آل‌ها را در خواب دید.",
    ],
)
def test_no_house_in_a_plural_or_a_short_word_after_al(text: str) -> None:
    assert not any("آل" in name for name in annotated(text, "person"))
