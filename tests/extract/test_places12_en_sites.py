"""English places: a site named before its lower-case kind where people live, work, shelter or
wait (a compound, a hostel, a farm, an estate, fields, a gate), a site named before its
capitalised kind (a hotel, a mansion, a chapel), and a church or a burial ground named after its
saint ("St Anne's Anglican Church"); sentences of our own."""

import pytest
from tests.extract.helpers import annotated


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Guards at the Ruvu compound opened fire on the crowd.", "Ruvu"),
        ("Many of the men lived in the Zandile hostel near the mine.", "Zandile"),
        ("The prisoners were shot behind the Kovar farm at dawn.", "Kovar"),
        ("Squatters occupied the Fazenda estate near the town.", "Fazenda"),
        ("Troops were sent into the Ngoma diamond fields in 2008.", "Ngoma"),
        ("She last saw her son near the Tha Lum gate.", "Tha Lum"),
    ],
)
def test_a_site_named_before_its_lower_case_kind(text: str, site: str) -> None:
    assert site in annotated(text, "place")


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Crowds gathered outside the old Verdal Hotel on Sunday.", "Verdal Hotel"),
        ("The marchers walked towards the Executive Mansion at noon.", "Executive Mansion"),
        ("Families sheltered in the Morrow Chapel for a week.", "Morrow Chapel"),
        ("The men were shot against a wall of the Kovar Farm.", "Kovar Farm"),
    ],
)
def test_a_site_named_before_its_capitalised_kind(text: str, site: str) -> None:
    assert site in annotated(text, "place")


@pytest.mark.parametrize(
    "text",
    [
        "Guards at the Kurdish compound opened fire.",  # a people's compound, no name
        "The guards at the UN compound fled.",  # a body's compound
    ],
)
def test_a_compound_named_after_a_people_or_a_body_names_no_place(text: str) -> None:
    assert annotated(text, "place") == []


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("They hid in St Anne's Anglican Church for a week.", "St Anne's Anglican Church"),
        ("Mourners filled St. Brigid's Cathedral on Friday.", "St. Brigid's Cathedral"),
        ("The dead were buried in Saint Mary's Cemetery.", "Saint Mary's Cemetery"),
    ],
)
def test_a_church_named_after_its_saint_is_a_site(text: str, site: str) -> None:
    assert site in annotated(text, "place")


def test_a_church_named_without_its_saint_is_a_body() -> None:
    text = "The Anglican Church said it would help the families."
    assert annotated(text, "place") == []
    assert annotated(text, "organization") == ["Anglican Church"]


def test_a_surname_like_site_word_after_a_given_name_is_no_place() -> None:
    assert annotated("Barbara Castle and Tom Abbey spoke.", "place") == []
