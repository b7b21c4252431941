"""A Persian body named with what kind of body it is in apposition after it: "X، روزنامه‌ای
نزدیک به …"، "X، سازمانی غیردولتی …"; not "X، گروهی از …" (a number of people)."""

import pytest
from tests.extract.helpers import annotated

_KIND = {
    "a newspaper, in a wire story": (
        "مقام‌ها انتشار هم‌میهن، روزنامه‌ای منتقد دولت، را متوقف کردند.",
        "هم\u200cمیهن",
    ),
    "an NGO, in a report": (
        "به گفته‌ی ترانسپارنسی، سازمانی غیردولتی در برلین، فساد افزایش یافته است.",
        "ترانسپارنسی",
    ),
    "an armed group, in testimony": (
        "شاهد گفت افراد الشباب، گروهی مسلح در جنوب، روستا را آتش زدند.",
        "الشباب",
    ),
}


@pytest.mark.parametrize(("text", "name"), _KIND.values(), ids=_KIND.keys())
def test_kind_after(text: str, name: str) -> None:
    assert name in annotated(text, "organization")


_NOT_A_KIND = {
    "a group of people": "پس از اعلام حکم در اوین، گروهی از خانواده‌ها تجمع کردند.",
    "a time before": "شامگاه شنبه، گروهی مسلح به پاسگاه حمله کرد.",
}


@pytest.mark.parametrize("text", _NOT_A_KIND.values(), ids=_NOT_A_KIND.keys())
def test_not_a_kind(text: str) -> None:
    assert annotated(text, "organization") == []
