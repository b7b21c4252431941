"""Round 9 places: a square, street, park, stadium or palace whose kind opens its name in a
Romance language, with that language's joining words (de la, dos, della, du), is one place;
a kind that is also an English word names a place only with its joining word."""

import pytest
from tests.extract.helpers import annotated


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Soldiers fired on the crowd in the Plaza de la Constitución at dusk.",
            "Plaza de la Constitución",
        ),
        ("Students gathered on the Plaza de las Américas before noon.", "Plaza de las Américas"),
        ("Police cleared the Praça dos Três Poderes on Sunday.", "Praça dos Três Poderes"),
        ("Marchers reached the Place de la République at six.", "Place de la République"),
        ("The Avenida de los Insurgentes was closed by troops.", "Avenida de los Insurgentes"),
        ("A bomb went off in the Piazza della Loggia.", "Piazza della Loggia"),
        ("Prisoners were held in the Estadio Nacional for weeks.", "Estadio Nacional"),
    ],
)
def test_a_romance_place_named_after_its_kind(text: str, place: str) -> None:
    assert place in annotated(text, "place")


@pytest.mark.parametrize(
    "text",
    [
        "Place the box on the table, then leave.",
        "Via the back road they reached the town.",
        "Camp followers came later.",
    ],
)
def test_an_english_word_without_a_joining_word_names_no_place(text: str) -> None:
    places = annotated(text, "place")
    assert not any(p.split()[0] in ("Place", "Via", "Camp") for p in places)
