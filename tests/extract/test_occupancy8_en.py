"""English posts, round 8: a rank's words joined by a hyphen before the name, a monarch's
title in apposition, a body in the possessive opening what a post is of, "by" closing a post,
an appointment after "and" and a period, a rank that is a form of address before the name's
own copula, and a post given by a body named before the name in the text's own words; each in
sentences of our own."""

import pytest
from tests.extract.helpers import posts

FOUND = [
    # A rank's words joined by a hyphen.
    ("Troops were led by Brigadier-General Thomas Whitfield into the square.",
     "Thomas Whitfield", "Brigadier-General"),
    ("The raid was ordered by Major-General Alan Brooke on Sunday.",
     "Alan Brooke", "Major-General"),
    ("Lieutenant-Colonel Marta Diaz refused to comment.", "Marta Diaz", "Lieutenant-Colonel"),
    # A monarch's title in apposition, with or without an article.
    ("Guards loyal to Samuel Okoth, the king of Bunyoro, opened fire.",
     "Samuel Okoth", "king of Bunyoro"),
    ("The town was visited by Samuel Okoth, king of Bunyoro, last year.",
     "Samuel Okoth", "king of Bunyoro"),
    ("Hamad Nasser, the emir of the province, arrived on Monday.",
     "Hamad Nasser", "emir of the province"),
    ("Aditi Rao, the queen of the old kingdom, gave a speech.",
     "Aditi Rao", "queen of the old kingdom"),
    # A body in the possessive opens what the post is of.
    ("The assault was led by James Otieno, then commander of the army's 4th Brigade, who "
     "denied it.", "James Otieno", "commander of the army's 4th Brigade"),
    ("The assault was led by James Otieno, commander of the navy's 2nd Fleet.",
     "James Otieno", "commander of the navy's 2nd Fleet"),
    # "by" closes the post; an appointment after "and" and a period keeps its subject.
    ("James Otieno led the raid. Otieno was later appointed commander of land forces by the "
     "president.", "Otieno", "commander of land forces"),
    ("James Otieno led the raid. Otieno was promoted to brigadier and in March 2015 was "
     "appointed commander of land forces.", "Otieno", "commander of land forces"),
    ("Rosa Mendez was elected mayor and in 2019 was named governor of the province.",
     "Rosa Mendez", "governor of the province"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "person", "post"), FOUND)
def test_post_found(text: str, person: str, post: str) -> None:
    assert (person, post) in posts(text)


def test_a_post_by_copula_makes_the_rank_a_form_of_address() -> None:
    got = posts("General Omar Haddad, who was chief of the national police, denied it.")
    assert got == {("Omar Haddad", "chief of the national police")}
    got = posts(
        "At the time, General Omar Haddad, who had seized power in a coup, was head of state."
    )
    assert got == {("Omar Haddad", "head of state")}
    got = posts("Gen. Omar Haddad, who was chief of the national police, denied it.")
    assert got == {("Omar Haddad", "chief of the national police")}


def test_a_rank_alone_or_beside_a_verbs_post_stays_a_post() -> None:
    assert posts("General Omar Haddad ordered the troops into the town.") == {
        ("Omar Haddad", "General")
    }
    assert ("Omar Haddad", "Colonel") in posts(
        "Colonel Omar Haddad, who commanded the battalion, died in 2001."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Emir Kovač was held in the camp for months.",
        "Sultan Hamidi was held in the camp for months.",
        "Ahmad Shah Massoud was killed in 2001.",
        "Martin King said the camp was full.",
    ],
)
def test_a_given_name_that_is_a_title_is_no_post(text: str) -> None:
    assert posts(text) == set()


def test_a_body_named_before_the_name_is_written_as_the_text_writes_it() -> None:
    got = posts("The Independent Review Panel, chaired by Laura Benz, reported in May.")
    assert got == {("Laura Benz", "chair of Independent Review Panel")}


@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        ("The Sultan of Brunei, Hassan Bolkiah, arrived on Monday.", "Hassan Bolkiah",
         "Sultan of Brunei"),
        ("Omar Haddad, commander of the presidential guard's 1st Battalion, denied the claim.",
         "Omar Haddad", "commander of the presidential guard's 1st Battalion"),
    ],
)  # fmt: skip
def test_a_capitalised_monarch_before_of_and_a_two_word_possessive(
    text: str, person: str, post: str
) -> None:
    assert (person, post) in posts(text)


def test_a_rank_reached_is_a_post_only_where_no_other_is_given() -> None:
    text = (
        "James Otieno led the raid. Otieno was promoted to major general and in March 2015 "
        "was appointed commander of land forces."
    )
    assert posts(text) == {("Otieno", "commander of land forces")}
    text = "James Otieno led the raid. Otieno was promoted to major general in March 2015."
    assert posts(text) == {("Otieno", "major general")}
    text = (
        "Omar Haddad, then a colonel in the army, denied the claim. Haddad was later "
        "appointed governor of the province."
    )
    assert posts(text) == {("Haddad", "governor of the province")}
