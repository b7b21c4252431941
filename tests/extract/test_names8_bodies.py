"""Round 8, English bodies: a parliament's chamber named "House of …" or "Chamber of …", a body's
acronym opening a participle's compound (UN-brokered), a dotted date inside a body's name, a post
over a service written without "the" (no body), a place joined to a body by "for the" (no body's
word), and a state whose name ends in a body's head (the Soviet Union, a place)."""

import pytest
from tests.extract.helpers import annotated


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The minister told the House of Commons that the inquiry would reopen.",
            ["House of Commons"],
        ),
        ("A motion in the House of Lords was defeated by 40 votes.", ["House of Lords"]),
        ("The Chamber of Deputies passed the amnesty law in March.", ["Chamber of Deputies"]),
        ("Opposition members walked out of the Wolesi Jirga on Monday.", ["Wolesi Jirga"]),
    ],
)
def test_chambers_of_parliaments_are_bodies(text: str, names: list[str]) -> None:
    assert annotated(text, "organization") == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The killings stopped after a UN-brokered truce in the valley.", ["UN"]),
        ("An AU-mandated force took over the camps in June.", ["AU"]),
        ("ECOWAS-backed troops entered the capital at dawn.", ["ECOWAS"]),
    ],
)
def test_an_acronym_before_a_participle_is_a_body(text: str, names: list[str]) -> None:
    assert annotated(text, "organization") == names


@pytest.mark.parametrize(
    "text",
    [
        "The rifles were US-made, the witness said.",
        "Families queued at an NGO-run clinic for hours.",
    ],
)
def test_a_state_or_a_common_acronym_before_a_participle_is_no_body(text: str) -> None:
    assert annotated(text, "organization") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Relatives backed by the Jeju 4.3 Peace Foundation sought a retrial.",
            "Jeju 4.3 Peace Foundation",
        ),
        (
            "The Gwangju 5.18 Memorial Foundation keeps a list of the dead.",
            "Gwangju 5.18 Memorial Foundation",
        ),
    ],
)
def test_a_dotted_date_inside_a_bodys_name(text: str, name: str) -> None:
    assert annotated(text, "organization") == [name]
    assert annotated(text, "place") == []


@pytest.mark.parametrize(
    "text",
    [
        "Rose Akello, the Inspector General of Police, said the officers had shown restraint.",
        "The Commissioner of Prisons denied that inmates had been beaten.",
        "The Director of Public Prosecutions dropped the charges in May.",
    ],
)
def test_a_post_over_a_service_is_no_body(text: str) -> None:
    assert annotated(text, "organization") == []


def test_the_service_after_the_is_still_a_body() -> None:
    text = "Officers of the Uganda Police Force stormed the palace."
    assert annotated(text, "organization") == ["Uganda Police Force"]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Many fled Hungary for the Soviet Union in 1956.", ["Hungary", "Soviet Union"]),
        ("He left the Soviet Union for Israel in 1972.", ["Soviet Union", "Israel"]),
    ],
)
def test_a_state_named_like_a_body_is_a_place(text: str, places: list[str]) -> None:
    assert annotated(text, "organization") == []
    assert annotated(text, "place") == places


def test_a_union_of_states_is_still_a_body() -> None:
    assert annotated("The European Union condemned the killings.", "organization") == [
        "European Union"
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The Chamber of Deputies passed the amnesty law in March.", ["Chamber of Deputies"]),
        ("Amnesty said the amnesty covered 300 officers.", ["Amnesty"]),
    ],
)
def test_a_registered_name_in_lower_case_is_the_word(text: str, names: list[str]) -> None:
    assert annotated(text, "organization") == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Kasese Voices (a synthetic group for this note) said 40 people were missing.",
            "Kasese Voices",
        ),
        (
            "The Tana Survivors Circle (a synthetic organisation) counted 12 graves.",
            "Tana Survivors Circle",
        ),
    ],
)
def test_a_body_described_in_brackets(text: str, name: str) -> None:
    assert annotated(text, "organization") == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Pope Tawadros II, head of the church, called for calm.",
        "King Henry VIII dissolved the monasteries.",
        "STATEMENT. Recorded in Davao on 2 May by volunteers.",
    ],
)
def test_a_regnal_number_or_a_section_label_is_no_body(text: str) -> None:
    assert annotated(text, "organization") == []


def test_an_acronym_after_the_is_still_a_body() -> None:
    assert annotated("The MDC said 12 members were arrested.", "organization") == ["MDC"]
