"""English persons in apposition with a country's head ("X, Chile's first president"), and a
title's "According to" that names no source (sentences of our own)."""

import pytest
from tests.extract.helpers import proposed


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ollanta Quispe, Peru's president at the time, denied it.", "Ollanta Quispe"),
        ("Branko Velic, Bosnia's wartime leader, left Sarajevo.", "Branko Velic"),
        ("Teodor Arnaut, South Sudan's president, flew home.", "Teodor Arnaut"),
        ("Efua Boateng, the Gold Coast's first premier, resigned.", "Efua Boateng"),
    ],
)
def test_a_countrys_head_in_apposition_is_a_person(text: str, name: str) -> None:
    assert name in proposed(text, "person")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Port Harcourt, Nigeria's oil capital, was calm.", "Port Harcourt"),
        ('The film "Going According to Design" opened in Lima.', "Design"),
        ('The report, "Killing According to Orders", was published.', "Orders"),
    ],
)
def test_no_person_in_a_places_apposition_or_a_titles_according_to(text: str, name: str) -> None:
    assert name not in proposed(text, "person")


def test_according_to_a_source_opening_a_sentence_still_names_a_person() -> None:
    assert "Lena Varga" in proposed("The toll rose. According to Lena Varga, 40 died.", "person")
