"""The general name and attribution rules added after the second held-out measurement, each on
sentences of its own (not the held-out documents)."""

from sabt.extract.annotate import annotate
from sabt.extract.names import propose_names
from sabt.extract.registry import Registry


def _names(text: str) -> set[tuple[str, str]]:
    return {(m.type, m.text) for m in propose_names(text)}


def test_armed_bodies_lists_of_places_and_named_witnesses() -> None:
    found = _names(
        "Iraqi forces shelled villages near Halabja, Penjwen and Sayid Sadiq. "
        "A survivor, called Shirin Ahmadi here, lost her father in the city of Kirkuk."
    )
    assert {("organization", "Iraqi forces"), ("place", "Halabja"), ("place", "Penjwen"),
            ("place", "Sayid Sadiq"), ("person", "Shirin Ahmadi"),
            ("place", "Kirkuk")} <= found  # fmt: skip


def test_organisation_with_several_of_phrases_and_its_acronym() -> None:
    found = _names("The Office of the Prosecutor of the Court of Justice (OPCJ) said so.")
    assert ("organization", "OPCJ") in found


def test_persian_bodies() -> None:
    found = _names("خبرگزاری فارس و پلیس امنیت گزارش دادند.")
    assert {("organization", "خبرگزاری فارس"), ("organization", "پلیس امنیت")} <= found


def test_source_is_the_sentence_subject_and_she_is_the_last_person() -> None:
    text = (
        "Human Rights Watch, in a report that appeared in 2019, estimated that at least 300 "
        "protesters were killed.\nThe witness Sara Karimi was held for a year. “They hanged "
        "at least 12 men in one night,” she said."
    )
    claims = annotate(text, registry=Registry(())).claims
    assert [(c.value, c.attributed_to) for c in claims] == [
        (300.0, "Human Rights Watch"), (12.0, "Sara Karimi"),
    ]  # fmt: skip
