"""A Persian acquittal (تبرئه) is no count (a sentence written for this test): the acquitted
were neither sentenced nor, by that verb, held, as the English "acquitted"."""

from tests.extract.helpers import figures


def test_the_acquitted_held_before_are_no_count_of_arrests() -> None:
    text = (
        "دادگاهی در شهر در اسفند ۱۳۹۸ نوزده متهم را که بیشترشان از مخالفان دولت بودند تبرئه "
        "کرد؛ برخی از آنان بیش از دو سال در بازداشت موقت مانده بودند."
    )
    assert figures(text) == []
