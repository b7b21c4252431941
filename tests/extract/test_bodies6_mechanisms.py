"""Bodies found by mechanism, not by one wording: a body's name in French, Spanish or Portuguese
word order (its kind first, then "de", "pour", "para" …), a court's part named by its role only
(no body), the English heads of hospitals, clinics, communities and jurisdictions, and a UN
mission's nine-letter acronym standing alone."""

import pytest
from tests.extract.helpers import annotated, proposed

from sabt.extract.bodies_romance import ROMANCE_BODY


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Lawyers from the Comisión Colombiana de Juristas filed the petition in Bogotá.",
            "Comisión Colombiana de Juristas",
        ),
        (
            "In its ruling, the Cour Suprême de Justice de la Nation found the decree void.",
            "Cour Suprême de Justice de la Nation",
        ),
        (
            "According to the Fundación para el Debido Proceso, 12 judges were removed.",
            "Fundación para el Debido Proceso",
        ),
        (
            "Le Comité des Avocats pour le Respect des Libertés Individuelles a dénoncé les "
            "arrestations.",
            "Comité des Avocats pour le Respect des Libertés Individuelles",
        ),
        (
            "Testifying for the Conselho Nacional dos Direitos Humanos, she described the raid.",
            "Conselho Nacional dos Direitos Humanos",
        ),
        (
            "The Ligue Tunisienne pour la Défense des Droits de l’Homme counted 38 arrests.",
            "Ligue Tunisienne pour la Défense des Droits de l’Homme",
        ),
    ],
)
def test_a_romance_body_runs_from_its_kind_through_its_links(text: str, name: str) -> None:
    assert name in proposed(text, "organization")


@pytest.mark.parametrize(
    "text",
    [
        # No link word after the head: left to the English rules.
        "The Centre Pompidou reopened, and the Commission President spoke in Brussels.",
        # A possessive head, then a person's particle: no body runs into the name.
        "The Commission's chairman, Ana de la Cruz, said the Mission in Haiti would stay.",
    ],
)
def test_a_romance_head_without_its_links_starts_no_body(text: str) -> None:
    assert [m.span("name") for m in ROMANCE_BODY.finditer(text)] == []


@pytest.mark.parametrize(
    "text",
    [
        "On 14 March the Trial Chamber convicted both accused of persecution.",
        "The Appeals Chamber quashed the sentence, holding that the evidence was thin.",
        "Judges of the Pre-Trial Chamber confirmed three of the charges in 2015.",
        "In a 2019 judgment the Grand Chamber held that the detention was unlawful.",
    ],
)
def test_a_courts_part_named_by_its_role_is_no_body(text: str) -> None:
    assert not any("Chamber" in name for name in proposed(text, "organization"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Surgeons at the Al-Shifa Hospital treated 40 of the wounded.", "Al-Shifa Hospital"),
        ("The Mbarara Legal Clinic filed suit on behalf of the families.", "Mbarara Legal Clinic"),
        (
            "The Southern African Development Community sent observers to Harare.",
            "Southern African Development Community",
        ),
        (
            "Its case was referred to the Special Jurisdiction for Peace in 2019.",
            "Special Jurisdiction for Peace",
        ),
        (
            "The Extraordinary Chambers in the Courts of Cambodia convicted him.",
            "Extraordinary Chambers in the Courts of Cambodia",
        ),
    ],
)
def test_an_english_body_headed_by_its_kind(text: str, name: str) -> None:
    assert name in proposed(text, "organization")


@pytest.mark.parametrize(
    "text",
    [
        "Peacekeepers of MINUJUSTH patrolled the district after the killings.",
        "MINURCAT withdrew its last troops from the east in December 2010.",
    ],
)
def test_a_nine_letter_acronym_alone_is_a_body(text: str) -> None:
    assert any(name.startswith("MINU") for name in annotated(text, "organization"))
