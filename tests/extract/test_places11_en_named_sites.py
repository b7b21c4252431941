"""A site named before its lower-case kind: a hall, a park, a field, a teahouse, a cinema, a
detention centre ("the Al-Rawda hall", "the Carandiru detention centre")."""

import pytest
from tests.extract.helpers import annotated


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("The planes struck the Al-Rawda Al-Kubra hall during a funeral.", "Al-Rawda Al-Kubra"),
        ("Soldiers fired on the crowd at the Kanu Besa field near the town.", "Kanu Besa"),
        ("The vigil was held in the Taksim park on Sunday.", "Taksim"),
        ("Witnesses met at the Meranti teahouse before the raid.", "Meranti"),
        ("The fire at the Marivan cinema killed dozens.", "Marivan"),
        ("The killings at the Lonthor detention centre were hidden.", "Lonthor"),
    ],
)
def test_a_site_named_before_its_kind(text: str, site: str) -> None:
    assert site in annotated(text, "place")


def test_a_centre_that_holds_no_one_names_no_place() -> None:
    assert annotated("Staff of the Lonthor centre said they saw nothing.", "place") == []
