"""Foreign persons in Persian named by their place in the sentence, beyond those of
`test_fa_persons12_context`: a leader's name that a common noun (an event) closes, a given name
that is also a town's before a family name; and a verb after دولت that names no leader."""

import pytest
from tests.extract.helpers import annotated, proposed

_FOUND = {
    "a leader's name closed by an event it ended": (
        "دولت رئیس‌جمهور ژوزه کاتومبا شورش را در دو روز سرکوب کرد.",
        ["ژوزه کاتومبا"],
    ),
}


@pytest.mark.parametrize(("text", "names"), _FOUND.values(), ids=_FOUND.keys())
def test_foreign_persons_by_context(text: str, names: list[str]) -> None:
    assert annotated(text, "person") == names


def test_a_verb_after_a_government_names_no_leader() -> None:
    # خواست (asked) is the verb of the sentence, no word of a leader's name after دولت.
    text = "رهبر حزب از دولت خواست گفت‌وگو را آغاز کند."
    assert proposed(text, "person") == []


def test_a_given_name_that_is_a_town_before_a_family_name() -> None:
    # The pair before a post in apposition is the person's, not the town of the same name.
    text = "روز بعد، سانتیاگو رحمانوف، رئیس‌جمهور پیشین، به پایتخت بازگشت."
    assert annotated(text, "person") == ["سانتیاگو رحمانوف"]
    assert "سانتیاگو" not in annotated(text, "place")
