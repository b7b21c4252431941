"""A body that officially recognises or registers a count of victims asserts it (sentences
written for these tests); "recognised the new government" counts no one."""

import pytest
from tests.extract.helpers import attributions


@pytest.mark.parametrize("verb", ["has so far recognised", "recognizes", "registered"])
def test_a_body_recognising_victims_is_their_party(verb: str) -> None:
    text = (
        f"The Harbour Victims Trust, which pays pensions, {verb} about 300 people as killed "
        "and 90 as missing."
    )
    assert set(attributions(text)) == {"Harbour Victims Trust"}
