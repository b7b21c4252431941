"""English name rules for shapes that recur in reporting by many writers: a heading running into
the text, a body's apposition with a relative clause, a double family name, a post over a
region in apposition, rivers, quarters, and posts before a person (sentences of their own)."""

import pytest

from sabt.extract.names import propose_names


def _names(text: str) -> set[tuple[str, str]]:
    return {(m.type, m.text) for m in propose_names(text)}


@pytest.mark.parametrize(
    ("text", "kind", "name", "found"),
    [
        # A body described with "whose" is no person, nor is its last word a surname.
        ("Fighters of the Red Dawn, the rebel group whose war began in 1990, fled.",
         "organization", "Red Dawn", True),
        ("Fighters of the Red Dawn, the rebel group whose war began in 1990, fled.",
         "person", "Red Dawn", False),
        ("Fighters of the Red Dawn, the rebel group whose war began in 1990, fled.",
         "person", "Dawn", False),
        # The first of two family names stands for the person; a given name does not.
        ("Colonel Ana Pardo Rueda led the unit. The court later acquitted Pardo.",
         "person", "Pardo", True),
        ("Colonel Omar Ali Hassan led the unit. Ali, a farmer, was shot.",
         "person", "Ali", False),
        # A post over a region in apposition; a post holder after the post of a place.
        ("Carla Ventura, West Africa director at Open Ledger, said the mine was closed.",
         "person", "Carla Ventura", True),
        ("The governor of Minas, Paulo Serrano, denied the report.",
         "person", "Paulo Serrano", True),
        ("UN spokesperson Lina Okoro said the convoy was hit.", "person", "Lina Okoro", True),
        # A river named bare after a cue of water; a people's adjective names none.
        ("Bodies floated along the Sava for days.", "place", "Sava", True),
        ("They threw the bodies into the Ogun at night.", "place", "Ogun", True),
        ("Shells fell near the Syrian border.", "place", "Syrian", False),
        ("Families walked along the Adriatic coast.", "place", "Adriatic", False),
        ("Teacher Training College was shelled.", "person", "Training College", False),
        # A quarter before its noun, its name with a particle; a chamber is a body.
        ("Gunmen attacked the Dar el-Nour quarter at night.", "place", "Dar el-Nour", True),
        ("Chile's Supreme Appeals Chamber upheld the ruling.",
         "organization", "Supreme Appeals Chamber", True),
        # A speaker after the verb; a person by a fate or by kin (names no list knows).
        ('"We will not forget," said Teku Marov, a lawyer for the families.',
         "person", "Teku Marov", True),
        ("He said Upper Volta had failed.", "person", "Upper Volta", False),
        ('"We will not forget," said Amnesty International.',
         "person", "Amnesty International", False),
        ("Protests followed the killing of Teku Marov in May.", "person", "Teku Marov", True),
        ("Staff saw the arrest of Kenya Airways staff.", "person", "Kenya Airways", False),
        ("Teku Marov's brother was taken away.", "person", "Teku Marov", True),
        # A title cut short or opening its sentence; the object of a verb of fate.
        ("Brig. Gen. Teku Marov denied the report.", "person", "Teku Marov", True),
        ("Dr Teku Marov treated the wounded.", "person", "Teku Marov", True),
        ("Lawmaker Teku Marov demanded an inquiry.", "person", "Teku Marov", True),
        ("Warlord Teku Marov ordered the attack.", "person", "Warlord Teku Marov", False),
        ("Police shot Teku Marov in the back.", "person", "Teku Marov", True),
        ("Witnesses named the commander as Teku Marov.", "person", "Teku Marov", True),
        ("Police arrested Kenya Airways staff.", "person", "Kenya Airways", False),
        ("Teku Marov died in custody.", "person", "Teku Marov", True),
        ("Talks in South Sudan died down.", "person", "South Sudan", False),
        # Two bodies joined by "and"; a body's short name in brackets, found again alone.
        ("Amnesty International and Human Rights Watch asked for an inquiry.",
         "organization", "Amnesty International", True),
        ("The Legal Aid Society (Lexaid) appealed. Later Lexaid won.",
         "organization", "Lexaid", True),
        ("The Rights Council (Geneva) met.", "organization", "Geneva", False),
        # A body that defines its acronym after a longer name it belongs to.
        ("He headed the Border Mission of the Council for Peace and Co-operation in Africa "
         "(CPCA) then.", "organization", "Council for Peace and Co-operation in Africa", True),
        ("He headed the Border Mission of the Council for Peace and Co-operation in Africa "
         "(CPCA) then.", "organization", "Border Mission", True),
    ],
)  # fmt: skip
def test_a_name_found_or_refused_by_its_shape(text: str, kind: str, name: str, found: bool) -> None:
    assert ((kind, name) in _names(text)) is found


@pytest.mark.parametrize(
    "text",
    [
        "Lowland: Break-in Raid Was Ordered, Farmers Claim\n\nThe raid began at night.",
        "Wardens Blamed\n\nCoastal riot police fired on the crowd.",
    ],
)
def test_a_heading_gives_no_place_and_runs_into_no_name(text: str) -> None:
    found = _names(text)
    assert not any(kind == "place" or "\n" in name for kind, name in found)
