"""Persian persons, round 23: a foreign compound given name cut by a half-space (ژان‌کلود, as
Jean-Claude is hyphened) opens a name, though a foreign given name opens no compound written as
one (tests/extract/test_fa_persons21_session.py). Sentences and names written for these tests."""

from tests.extract.helpers import proposed


def test_a_foreign_compound_given_name_cut_by_a_half_space_opens_a_name() -> None:
    text = "ژان‌کلود دورولاک، کشیش کلیسای کوچک شهر، این حمله را محکوم کرد."
    assert proposed(text, "person") == ["ژان‌کلود دورولاک"]
