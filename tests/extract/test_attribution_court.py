"""A court that sentences people is the party of the count it sentenced (sentences written
for these tests)."""

from sabt.extract import Registry, annotate

REGISTRY = Registry.builtin()


def _parties(text: str) -> list[tuple[float | None, str | None]]:
    return [(c.value, c.attributed_to) for c in annotate(text, registry=REGISTRY).claims]


def test_an_english_court_that_sentences_is_the_party_of_its_sentence() -> None:
    text = "A district court in Velmora on Monday sentenced 27 guards to life in prison."
    assert [(v, p and "court" in p) for v, p in _parties(text)] == [(27, True)]


def test_a_court_speaks_of_those_it_sentenced_not_of_the_crime_after() -> None:
    text = (
        "The tribunal sentenced eight officers to prison for the raid on Ostrava Creek, "
        "in which dozens of farmers were killed."
    )
    parties = _parties(text)
    assert (8, "tribunal") in parties
    assert all(p is None for v, p in parties if v != 8)


def test_those_sentenced_by_no_named_court_stay_the_authors() -> None:
    text = "In 2009, 31 militiamen were sentenced to death for the killings."
    assert [p for _, p in _parties(text)] == [None]


def test_a_persian_court_opening_the_sentence_is_the_party() -> None:
    text = "دادگاه انقلاب ۶ نفر از معترضان را به اعدام و ۱۲ نفر را به زندان محکوم کرد."
    assert [p for _, p in _parties(text)] == ["دادگاه انقلاب", "دادگاه انقلاب"]


def test_a_persian_court_after_and_before_a_semicolon_verb() -> None:
    text = (
        "در این پرونده ده نفر محاکمه شدند و دادگاه در پایان چهار متهم را محکوم کرد؛ بقیه آزاد شدند."
    )
    assert [p for _, p in _parties(text)] == ["دادگاه"]
