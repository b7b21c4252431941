"""English parties a sentence's shape hides (sentences written for these tests): a participial
phrase that opens a sentence is no party, and the named person after its comma speaks."""

from tests.extract.helpers import attributions


def test_a_participle_opening_the_sentence_is_no_party() -> None:
    text = (
        "Delivering his ruling at the Old Bailey, Mr Justice Peter Lamb, the trial judge, "
        "said that 14 men were killed."
    )
    assert attributions(text) == ["Peter Lamb"]
    reading = "Reading the verdict aloud, the panel said 31 prisoners were killed."
    assert attributions(reading) == ["panel"]


def test_according_to_opens_no_participial_phrase() -> None:
    text = (
        "According to Ivan Petrenko, most of the bodies showed wounds, and at least 30 bore "
        "marks of torture."
    )
    assert attributions(text) == ["Ivan Petrenko"]
