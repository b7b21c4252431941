"""English posts, round 9: a day or time written before the article of a post in apposition
before the name is no part of the post ("On Monday the interior minister, X"); a body's post in
a possessive relative clause may be followed by the name with no copula ("The league, whose
founder X was arrested"); a pronoun as an object is no post's word ("X, known as Y, shot him in
the head"); an aide or adjutant holds a post; "for" before a capital goes on with a body's
name, as does the name after the noun of its kind ("leader of the opposition party Forward");
"first secretary" is a title; a fund or a company is a body; each in sentences of our own."""

import pytest
from tests.extract.helpers import posts

FOUND = [
    # A day or a time before the article is cut off the post.
    ("On Monday the interior minister, Daniel Mwangi, visited the camp.",
     "Daniel Mwangi", "interior minister"),
    ("Last Friday the president, Daniel Mwangi, spoke to reporters.",
     "Daniel Mwangi", "president"),
    ("On Tuesday the Prime Minister, Daniel Mwangi, laid a wreath.",
     "Daniel Mwangi", "Prime Minister"),
    ("Yesterday the army chief, General Daniel Mwangi, resigned.", "Daniel Mwangi", "army chief"),
    # An article governed by a preposition stays in the post.
    ("The head of the security council, Daniel Mwangi, said so.",
     "Daniel Mwangi", "head of the security council"),
    # "whose <post> X" with no copula.
    ("The Kenya Rights League, whose founder Peter Olsen was arrested, protested.",
     "Peter Olsen", "founder"),
    ("The union, whose leader Peter Olsen had been jailed, went on strike.",
     "Peter Olsen", "leader"),
    ("The union, whose leader was the veteran organiser Peter Olsen, went on strike.",
     "Peter Olsen", "leader of the union"),
    # A commander's or a ruler's personal staff.
    ("Okoth's aide, Peter Olsen, fled to the border.", "Peter Olsen", "Okoth's aide"),
    ("Peter Olsen, an aide to the minister, resigned.", "Peter Olsen", "aide to the minister"),
    ("On 3 May, the general's aide-de-camp, Peter Olsen, known as Spider, shot him in the head.",
     "Peter Olsen", "general's aide-de-camp"),
    ("Peter Olsen, the general's adjutant, was arrested.", "Peter Olsen", "general's adjutant"),
    # "for" before a capital goes on with the body's name.
    ("Peter Olsen, president of the Danish Centre for Human Rights, spoke.",
     "Peter Olsen", "president of the Danish Centre for Human Rights"),
    ("Peter Olsen, director of the Institute for Peace Studies, said so.",
     "Peter Olsen", "director of the Institute for Peace Studies"),
    # "first secretary" and "first deputy" are titles; "the first minister of X" is not.
    ("Peter Olsen, first secretary of the Danish Communist Party, resigned.",
     "Peter Olsen", "first secretary of the Danish Communist Party"),
    ("Peter Olsen was named first deputy prime minister.",
     "Peter Olsen", "first deputy prime minister"),
    ("Peter Olsen became the first minister of intelligence.",
     "Peter Olsen", "minister of intelligence"),
    # The body's own name after the noun of its kind.
    ("Peter Olsen, leader of the unregistered opposition party Forward, was sentenced.",
     "Peter Olsen", "leader of the unregistered opposition party Forward"),
    ("Peter Olsen, commander of the rebel militia Lions of God, fled.",
     "Peter Olsen", "commander of the rebel militia Lions of God"),
    ("Peter Olsen, head of the sovereign wealth fund Tarim-Holding, was removed.",
     "Peter Olsen", "head of the sovereign wealth fund Tarim-Holding"),
    ("Peter Olsen headed the state oil company for years.",
     "Peter Olsen", "head of the state oil company"),
]  # fmt: skip

NOT_FOUND = [
    # No day is ever a post's word.
    ("On Monday the interior minister, Daniel Mwangi, visited the camp.",
     "Daniel Mwangi", "Monday the interior minister"),
    ("Last Friday the president, Daniel Mwangi, spoke to reporters.",
     "Daniel Mwangi", "Last Friday the president"),
    # A relation after "whose" is no post.
    ("The family, whose brother Peter Olsen was shot, mourned.", "Peter Olsen", "brother"),
    # A pronoun as a verb's object is no word of a post in apposition.
    ("On 3 May, Peter Olsen, known as Spider, shot him in the head at a camp.",
     "Peter Olsen", "shot him in the head"),
    ("Peter Olsen, known as Spider, shot them in the head.",
     "Peter Olsen", "shot them in the head"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "person", "post"), FOUND)
def test_found(text: str, person: str, post: str) -> None:
    assert (person, post) in posts(text)


@pytest.mark.parametrize(("text", "person", "post"), NOT_FOUND)
def test_not_found(text: str, person: str, post: str) -> None:
    got = posts(text)
    assert (person, post) not in got
