"""English posts, round 7: the shapes a post takes beside a name (a title before it, apposition
after it, "who was", "served as", "appointed X as", the post at the time before the name) across
government, forces, courts, the UN and NGOs, each in sentences of our own; and the mechanisms
added for them: the post as a copula's subject ("The commander … was X"), a post opening the
sentence without an article, "was replaced as", "in his capacity as", "by" closing a post, a
duration that is no part of it, and the offices of a mission and an inquiry."""

import pytest
from tests.extract.helpers import posts

SHAPES = [
    # A title before the name.
    ("President Amadou Keita signed the decree on Monday.", "Amadou Keita", "President"),
    (
        "Foreign Minister Tomas Lindqvist met his counterpart.",
        "Tomas Lindqvist",
        "Foreign Minister",
    ),
    (
        "Deputy Health Minister Rosa Mendez visited the clinic.",
        "Rosa Mendez",
        "Deputy Health Minister",
    ),
    ("Acting governor Peter Walsh took office.", "Peter Walsh", "Acting governor"),
    ("UN envoy Lakhdar Mansour arrived in the capital.", "Lakhdar Mansour", "UN envoy"),
    ("Attorney General Sofia Brandt opened an inquiry.", "Sofia Brandt", "Attorney General"),
    ("Police chief Viktor Petrov ordered the arrests.", "Viktor Petrov", "Police chief"),
    ("Hezbollah leader Karim Nasrawi gave a speech.", "Karim Nasrawi", "Hezbollah leader"),
    # The post in apposition before the name.
    (
        "The Minister of the Interior, Farid Nasser, denied the report.",
        "Farid Nasser",
        "Minister of the Interior",
    ),
    ("The chief of police, Hamid Zare, denied the allegations.", "Hamid Zare", "chief of police"),
    (
        "Tehran's deputy prosecutor at the time, Reza Amini, sat on the panel.",
        "Reza Amini",
        "deputy prosecutor",
    ),
    # Apposition after the name.
    (
        "Helena Varga, a former prime minister, criticised the plan.",
        "Helena Varga",
        "prime minister",
    ),
    (
        "Viktor Petrov, then head of the security police, denied it.",
        "Viktor Petrov",
        "head of the security police",
    ),
    (
        "Nadia Farouk, executive director of the Justice Project, spoke.",
        "Nadia Farouk",
        "executive director of the Justice Project",
    ),
    (
        "Elena Novak, the UN special rapporteur on Iran, issued a statement.",
        "Elena Novak",
        "UN special rapporteur on Iran",
    ),
    (
        "Maria Lopez, head of the UN mission in Libya, resigned.",
        "Maria Lopez",
        "head of the UN mission in Libya",
    ),
    (
        "Omar Rashidi, the acting commander of the 5th Brigade, was killed.",
        "Omar Rashidi",
        "acting commander of the 5th Brigade",
    ),
    # Relative clauses and predicates.
    (
        "Farid Nasser, who was interior minister at the time, denied it.",
        "Farid Nasser",
        "interior minister",
    ),
    (
        "Ingrid Solberg served as mayor of Bergen for ten years.",
        "Ingrid Solberg",
        "mayor of Bergen",
    ),
    (
        "The president appointed Leila Haddad as government spokesperson.",
        "Leila Haddad",
        "government spokesperson",
    ),
    (
        "Kenji Morita was appointed ambassador to France in 2005.",
        "Kenji Morita",
        "ambassador to France",
    ),
    ("Marek Novak was elected leader of the party in 2001.", "Marek Novak", "leader of the party"),
]


@pytest.mark.parametrize(("text", "person", "post"), SHAPES)
def test_a_post_beside_a_name(text: str, person: str, post: str) -> None:
    assert (person, post) in posts(text)


def test_the_post_as_the_subject_of_a_copula() -> None:
    assert ("Omar Rashidi", "commander of the brigade") in posts(
        "The commander of the brigade at the time was Omar Rashidi."
    )
    assert ("Reza Amini", "deputy prosecutor") in posts(
        "At that time, Tehran's deputy prosecutor was Reza Amini."
    )
    # (No head, no post: the one who did something is no office.)
    assert not posts("The man who shot him was Farid Nasser.")


def test_a_post_opening_the_sentence_without_an_article() -> None:
    text = "Interior minister at the time, Farid Nasser ordered the arrests."
    assert ("Farid Nasser", "Interior minister") in posts(text)
    assert not posts("Like the president, Farid Nasser opposed the plan.")


def test_a_prepositions_object_before_the_name_is_no_apposition() -> None:
    assert not posts("Asked about the minister, Farid Nasser said nothing.")
    assert not posts("Speaking to the president, Farid Nasser said the talks had failed.")
    # (A name closed by its comma is in apposition still.)
    text = "The appointment of the prosecutor, Farid Nasser, was announced."
    assert ("Farid Nasser", "prosecutor") in posts(text)


def test_the_post_left_and_the_capacity_acted_in() -> None:
    left = "Farid Nasser was replaced as chief of police by Omar Said."
    assert ("Farid Nasser", "chief of police") in posts(left)
    capacity = "Farid Nasser, in his capacity as chief of police, denied the report."
    assert ("Farid Nasser", "chief of police") in posts(capacity)


def test_by_closes_a_post() -> None:
    text = "Kenji Morita, appointed ambassador by the king, arrived in Paris."
    assert ("Kenji Morita", "ambassador") in posts(text)


def test_how_long_is_no_part_of_the_post() -> None:
    text = "Farid Nasser held the post of chief of police for a decade."
    assert posts(text) == {("Farid Nasser", "chief of police")}
    years = "Farid Nasser served as governor for more than ten years."
    assert posts(years) == {("Farid Nasser", "governor")}


def test_offices_of_a_mission_and_an_inquiry() -> None:
    text = "Sara Ahmadi, an investigator with the commission, was arrested in Tehran."
    assert ("Sara Ahmadi", "investigator with the commission") in posts(text)
    mediator = "Jonas Berg, the mediator for the talks, left Geneva."
    assert ("Jonas Berg", "mediator for the talks") in posts(mediator)
    # (A diplomat is a description, no post held.)
    assert not posts("Sara Ahmadi, an American diplomat, was arrested.")


def test_an_ordinal_in_lower_case_is_no_part_of_the_post() -> None:
    became = "Farid Nasser became the first minister of intelligence in 1984."
    assert posts(became) == {("Farid Nasser", "minister of intelligence")}
    last = "Farid Nasser, the last governor of the province, died."
    assert posts(last) == {("Farid Nasser", "governor of the province")}
    # (A capitalised ordinal is the title's own.)
    title = "First Deputy Prime Minister Farid Nasser resigned."
    assert posts(title) == {("Farid Nasser", "First Deputy Prime Minister")}


def test_a_post_left_was_held() -> None:
    for text in (
        "Farid Nasser resigned as police chief in 2010.",
        "Farid Nasser stepped down as police chief in 2010.",
        "Farid Nasser was sacked as police chief in 2010.",
        "Farid Nasser, who resigned as police chief in 2010, denied the report.",
    ):
        assert ("Farid Nasser", "police chief") in posts(text), text


def test_a_time_word_after_a_countrys_possessive() -> None:
    text = "Farid Nasser, Iran's then-president, denied the report."
    assert posts(text) == {("Farid Nasser", "president")}


def test_a_weekday_and_an_appointments_participle_are_no_part_of_the_post() -> None:
    monday = "Farid Nasser was named as the new police chief on Monday."
    assert posts(monday) == {("Farid Nasser", "police chief")}
    again = "Farid Nasser was re-appointed police chief in 2010."
    assert posts(again) == {("Farid Nasser", "police chief")}


def test_a_chief_executive() -> None:
    text = "Farid Nasser, the chief executive of the company, denied the report."
    assert ("Farid Nasser", "chief executive of the company") in posts(text)


def test_a_plural_post_before_names_listed() -> None:
    text = "The two commanders, Farid Nasser and Omar Said, denied the report."
    assert posts(text) == {("Farid Nasser", "commander"), ("Omar Said", "commander")}
    judges = "The judges of the tribunal, Farid Nasser and Omar Said, acquitted him."
    assert ("Omar Said", "judge of the tribunal") in posts(judges)
    # (No head, no post.)
    assert not posts("The victims, Farid Nasser and Omar Said, were buried.")


def test_a_post_joined_by_and_to_a_relation_without_an_article() -> None:
    text = "Farid Nasser, the dictator's cousin and defence minister, was executed."
    assert ("Farid Nasser", "defence minister") in posts(text)
    # (A word that is no post gives nothing.)
    assert not posts("Farid Nasser, the president's son and heir, was arrested.")
