"""Where a Persian body's or place's name ends before the clause runs on: a bound on a count,
the responsibility a body claims, a light verb with می‌, and a known country before a light
verb, which stays in the name."""

import pytest

from sabt.extract import Registry, annotate

_ENDS = {
    "a bound on a count": (
        "به گفته\u200cی پلیس شیراز حداقل ۱۲ نفر بازداشت شدند.",
        "organization",
        ["پلیس شیراز"],
    ),
    "the responsibility a body claims": (
        "گروه انصار الفرقان مسئولیت این حمله را بر عهده گرفت.",
        "organization",
        ["گروه انصار الفرقان"],
    ),
    "a light verb with mi": (
        "او سال\u200cها در کنار بازار تجریش کار می\u200cکرد و "
        "اکنون در بازار مولوی زندگی می\u200cکند.",
        "place",
        ["بازار تجریش", "بازار مولوی"],
    ),
    "a known country before a light verb is kept": (
        "معترضان خواستار دخالت ارتش بنگلادش شدند. روستاییان با ارتش سودان جنگیده بودند.",
        "organization",
        ["ارتش بنگلادش", "ارتش سودان"],
    ),
}


@pytest.mark.parametrize(("text", "kind", "names"), _ENDS.values(), ids=_ENDS.keys())
def test_where_a_name_ends(text: str, kind: str, names: list[str]) -> None:
    mentions = annotate(text, registry=Registry.builtin()).mentions
    assert [m.text for m in mentions if m.type == kind] == names
