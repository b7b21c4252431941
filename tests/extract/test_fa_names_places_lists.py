"""Persian places listed bare ("در X، Y، Z و W"): two known places in a list make the other words
of it places, and a word found so is a place again where it stands alone."""

from sabt.extract import Registry, annotate


def _places(text: str) -> list[str]:
    return [
        m.text for m in annotate(text, registry=Registry.builtin()).mentions if m.type == "place"
    ]


def test_small_towns_listed_beside_known_ones_are_places() -> None:
    text = "نیروهای دولتی به حلب، سراقب، منبج و ادلب حمله کردند. منبج سه روز محاصره بود."
    assert _places(text) == ["حلب", "سراقب", "منبج", "ادلب", "منبج"]


def test_an_unknown_town_may_open_the_list() -> None:
    text = "پناهجویان از چغچران، هرات و کابل به مرز رسیدند."
    assert _places(text) == ["چغچران", "هرات", "کابل"]


def test_one_known_place_or_a_common_word_makes_no_list_of_places() -> None:
    assert _places("از کابل، چغچران و ترینکوت گزارش رسید.") == ["کابل"]
    assert _places("در حلب، ادلب، خانه و مدرسه ویران شد.") == ["حلب", "ادلب"]
