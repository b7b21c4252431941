"""English person shapes that recur across writers: particles and apostrophes inside a name,
initials, a post held of a country, a relative or a witness named in apposition, a name given
in a testimony, and a building after "the" that is no person (sentences of their own)."""

import pytest

from sabt.extract.names import propose_names


def _persons(text: str) -> set[str]:
    return {m.text for m in propose_names(text) if m.type == "person"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Major Paulo de Souza Lemos, a battalion commander, was arrested.",
            "Paulo de Souza Lemos",
        ),
        ("Captain Ana dos Reis Tavares ordered the raid.", "Ana dos Reis Tavares"),
        (
            "Colonel Marie de Lourdes Kanku, a logistics officer, was acquitted.",
            "Marie de Lourdes Kanku",
        ),
        ("General Andres dela Pena, who led the unit, denied it.", "Andres dela Pena"),
        (
            "Nabil Sa'eed al-Rashid, who chaired the panel, resigned in May.",
            "Nabil Sa'eed al-Rashid",
        ),
        ("T.R. Okafor, director of a legal aid clinic, said the men were beaten.", "T.R. Okafor"),
        ("J. K. Mensah, the head of the bar, said the trial was unfair.", "J. K. Mensah"),
        (
            "Olena Hrytsenko, Moldova's deputy ombudsman, said the camp was closed.",
            "Olena Hrytsenko",
        ),
        ("UN Resident Coordinator Tomas Varga said aid was blocked.", "Tomas Varga"),
        (
            "A survivor, given the synthetic name Amina Bello in this file, saw the shooting.",
            "Amina Bello",
        ),
        ("A guard, known under the pseudonym Kofi Asante, described the cells.", "Kofi Asante"),
        ("The mayor and his wife, Lidia Moreno, were taken from their home.", "Lidia Moreno"),
        ("My son, Teodoro, was taken by men in masks.", "Teodoro"),
        ("My name is Rosalind Okafor. I am 52 and I sell fish.", "Rosalind Okafor"),
    ],
)
def test_person_found(text: str, name: str) -> None:
    assert name in _persons(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A building named after "the" and described in apposition is no person.
        ("Troops surrounded the Masjid Nurani, the town's main mosque, at dawn.", "Masjid Nurani"),
        # A country's initials open no name; a possessive is no apostrophe inside a name.
        ("U.S. Army, the largest branch, said nothing.", "U.S. Army"),
        ("Elena Marsh's brother said the unit fired first.", "Elena Marsh's"),
        # A relative's apposition needs a possessive before it.
        ("The son, Who Knows, was never found.", "Who Knows"),
    ],
)
def test_no_person(text: str, name: str) -> None:
    assert name not in _persons(text)


def _found(text: str) -> set[tuple[str, str]]:
    return {(m.type, m.text) for m in propose_names(text)}


@pytest.mark.parametrize(
    ("text", "kind", "name", "found"),
    [
        # A lower-case armed unit after its name is a body.
        (
            "Men of the Kestrel battalion guarded the gate.",
            "organization",
            "Kestrel battalion",
            True,
        ),
        (
            "Fighters of the Sokol regiment were taken prisoner.",
            "organization",
            "Sokol regiment",
            True,
        ),
        # An acronym before a weapon names the weapon.
        ("The town was hit by ATACMS missiles at night.", "organization", "ATACMS", False),
        ("Prosecutors at the ICTR said the trial would go on.", "organization", "ICTR", True),
        # A region's government names the region, a place.
        (
            "An official of the Borno State government said 40 were buried.",
            "place",
            "Borno State",
            True,
        ),
        (
            "An official of the Borno State government said 40 were buried.",
            "organization",
            "Borno State government",
            False,
        ),
        # A name before a burial ground is a place.
        ("Bodies were found in the Tal Afar burial ground.", "place", "Tal Afar", True),
    ],
)
def test_bodies_and_places(text: str, kind: str, name: str, found: bool) -> None:
    assert ((kind, name) in _found(text)) is found


@pytest.mark.parametrize(
    ("text", "name", "found"),
    [
        # An apostrophe after O or D, or d' before a name.
        ("Ruth D'Souza was detained in March.", "Ruth D'Souza", True),
        ("Pastor Miguel d'Escoto spoke to the crowd.", "Miguel d'Escoto", True),
        # A religious title or a survivor opening the sentence is cut off the name.
        (
            "Sister Clare Mbeki, a nun at the mission, said the shelling lasted hours.",
            "Sister Clare Mbeki",
            False,
        ),
        (
            "Sister Clare Mbeki, a nun at the mission, said the shelling lasted hours.",
            "Clare Mbeki",
            True,
        ),
        ("Survivor Amara Kone recalled the attack.", "Amara Kone", True),
        ("Survivor Amara Kone recalled the attack.", "Amara", False),
        # A surname with its particle stands alone later.
        ("Lotte van der Berg said the report was sent. Van der Berg left.", "van der Berg", True),
        ("Lotte van der Berg said the report was sent.", "Berg", False),
    ],
)
def test_name_edges(text: str, name: str, found: bool) -> None:
    assert (name in _persons(text)) is found
