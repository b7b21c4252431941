"""English bodies named by a proper name and an institution's head (a school, a museum, a
seminary), a town's corporation ("the City of X"), a town's court, prosecution or council with
its kind in lower case, an institution named after a saint, an outlet or a company by its kind,
and a legislature named by its kind alone (sentences of our own)."""

import pytest
from tests.extract.helpers import annotated


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Pupils of Kalumbo Secondary School marched on Tuesday.", "Kalumbo Secondary School"),
        ("Teachers at Mbeya High School said the pupils had fled.", "Mbeya High School"),
        ("The Ndeke Memorial Museum opened its doors in 2002.", "Ndeke Memorial Museum"),
        ("The Ravensmoor Library holds the archive.", "Ravensmoor Library"),
        ("Clerics from the Sarafand Seminary were detained.", "Sarafand Seminary"),
        ("Students of Mbeya Teachers' College were shot.", "Mbeya Teachers' College"),
        ("Ndeke Primary School was used as a detention centre.", "Ndeke Primary School"),
        ("The Tarnak Orphanage took in forty children.", "Tarnak Orphanage"),
        (
            "Records kept by the Kalewa Provincial Archives were burned.",
            "Kalewa Provincial Archives",
        ),
    ],
)
def test_institution(text: str, body: str) -> None:
    assert body in annotated(text, "organization")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The City of Kalewa has named a street after them.", "City of Kalewa"),
        ("The museum, run by the City of Tarnak, reopened.", "City of Tarnak"),
        ("A plaque was paid for by the Municipality of Ndeke.", "Municipality of Ndeke"),
    ],
)
def test_town_corporation(text: str, body: str) -> None:
    assert body in annotated(text, "organization")


@pytest.mark.parametrize(
    "text",
    [
        "She moved to Quezon City of the Philippines in 1990.",
        "He was born in Zamboanga City of Mindanao in 1970.",
        # (a third capitalised word: a longer name, not cut short to two words and a half)
        "The City of Nueva Santa Rosa hired guards.",
    ],
)
def test_a_city_named_with_city_is_no_corporation(text: str) -> None:
    assert not any("City of" in body for body in annotated(text, "organization"))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The case went before the Kalewa criminal court in May.", "Kalewa criminal court"),
        ("The Tarnak heavy penal court acquitted the officers.", "Tarnak heavy penal court"),
        ("The Tarnak appeals court upheld the verdict.", "Tarnak appeals court"),
        ("The Kalewa court of appeal quashed it.", "Kalewa court of appeal"),
        (
            "The Tarnak prosecutor's office declined to prosecute the soldiers.",
            "Tarnak prosecutor's office",
        ),
        (
            "The Ndeke public prosecutor’s office counted 12 dead.",
            "Ndeke public prosecutor’s office",
        ),
        ("The Kalewa city council voted against the monument.", "Kalewa city council"),
        ("The Tarnak bar association called a strike.", "Tarnak bar association"),
        ("The Ndeke district administration denied it.", "Ndeke district administration"),
        ("The Kalewa city government paid for the memorial.", "Kalewa city government"),
        ("The Kalewa prosecution service charged two officers.", "Kalewa prosecution service"),
    ],
)
def test_town_body_in_lower_case(text: str, body: str) -> None:
    assert body in annotated(text, "organization")


@pytest.mark.parametrize(
    "text",
    [
        "The court ruled that the police had acted lawfully.",
        "A criminal court in Kalewa found him guilty.",
        "The Turkish criminal court acquitted them.",
        "The Mykonos court heard forty witnesses.",
    ],
)
def test_no_town_body(text: str) -> None:
    assert not any("court" in body for body in annotated(text, "organization"))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The minister told Parliament that the police had acted lawfully.", "Parliament"),
        ("Parliament passed the amnesty law in 1990.", "Parliament"),
        ("The Senate voted to open an inquiry.", "Senate"),
    ],
)
def test_legislature_by_its_kind(text: str, body: str) -> None:
    assert body in annotated(text, "organization")


@pytest.mark.parametrize(
    "text", ["Protesters marched down Parliament Street.", "The parliament met in secret."]
)
def test_no_legislature(text: str) -> None:
    assert "Parliament" not in annotated(text, "organization")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Doctors at St Mary's Hospital treated forty people.", "St Mary's Hospital"),
        ("Students of St. Joseph's College were detained.", "St. Joseph's College"),
        ("Saint Paul's School was closed by the army.", "Saint Paul's School"),
        ("Nurses at Sainte Anne's Hospital were held.", "Sainte Anne's Hospital"),
        ("The Kalewa Chronicle reported that ten people died.", "Kalewa Chronicle"),
        ("According to the Ndeke Telegraph, ten people died.", "Ndeke Telegraph"),
        ("The Daily Ndeke reported that ten people died.", "Daily Ndeke"),
        ("Kalewa TV broadcast the footage on Monday.", "Kalewa TV"),
        ("Radio Ndeke broadcast the footage on Monday.", "Radio Ndeke"),
        ("He worked for Radio Kalewa Luka until 2010.", "Radio Kalewa Luka"),
        ("An editor at the Daily Tarnak was arrested.", "Daily Tarnak"),
        ("Tarnak Airlines suspended its flights.", "Tarnak Airlines"),
        ("Tarnak Holdings owned the mine.", "Tarnak Holdings"),
    ],
)
def test_saint_outlet_company(text: str, body: str) -> None:
    assert body in annotated(text, "organization")


@pytest.mark.parametrize(
    "text",
    ["State TV reported that ten people died.", "National Television showed the footage."],
)
def test_a_kind_of_outlet_is_no_name(text: str) -> None:
    assert annotated(text, "organization") == []
