"""Persian bylines: a name opening a line before a dash is an outlet's where the date follows the
dash or it names a language service, and a town's otherwise or where the gazetteer knows it."""

import pytest

from sabt.extract import Registry, annotate

_BYLINES = {
    "a language service": ("یورونیوز فارسی – ۴ خرداد ۱۴۰۱\n\nمتن خبر.", "organization"),
    "a weekday after the dash": ("کیهان لندن — دوشنبه ۱۲ دی ۱۴۰۰\n\nمتن خبر.", "organization"),
    "a known town with its date": ("کابل – ۱۲ حمل ۱۴۰۰\n\nمتن خبر.", "place"),
    "a town before the story": ("قوشتپه — سربازان به اردوگاه رسیدند.", "place"),
}


@pytest.mark.parametrize(("text", "kind"), _BYLINES.values(), ids=_BYLINES.keys())
def test_a_bylines_name_is_an_outlet_or_a_town(text: str, kind: str) -> None:
    first = annotate(text, registry=Registry.builtin()).mentions[0]
    assert (first.start, first.type) == (0, kind)
