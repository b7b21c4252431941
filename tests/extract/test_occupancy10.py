"""Posts, round 10: a verb's object after a name is no post in apposition ("X, sent a
representative to …"); a historian and a speaker who only speaks in the text hold no post
(a legislature's Speaker, a deputy speaker and a speaker of a body do); "Justice X" is a judge's
title where no other post is given; Persian «آن روزها» is a phrase of time before a copula's
post; each in sentences of our own."""

import pytest
from tests.extract.helpers import posts

FOUND = [
    ("On 5 June Justice Peter Olsen sentenced the two men to death.", "Peter Olsen", "Justice"),
    ("The bench of Justice Peter Olsen and Justice Maria Lenz upheld the verdict.",
     "Peter Olsen", "Justice"),
    ("The bench of Justice Peter Olsen and Justice Maria Lenz upheld the verdict.",
     "Maria Lenz", "Justice"),
    ("Chief Justice Peter Olsen retired in 2019.", "Peter Olsen", "Chief Justice"),
    ("Mrs Justice Maria Lenz, the presiding coroner, read the findings.",
     "Maria Lenz", "presiding coroner"),
    ("The Minister of Justice Peter Olsen resigned.", "Peter Olsen", "Minister of Justice"),
    ("Peter Olsen, deputy speaker of the assembly, resigned.",
     "Peter Olsen", "deputy speaker of the assembly"),
    ("Peter Olsen, the deputy speaker, resigned.", "Peter Olsen", "deputy speaker"),
    ("Peter Olsen, Speaker of the House, resigned.", "Peter Olsen", "Speaker of the House"),
    ("The regional governor, Peter Olsen, sent a deputy to the funeral.",
     "Peter Olsen", "regional governor"),
    ("حمید کرمانی که آن روزها معاون وزیر کشور بود، از مردم عذر خواست.",
     "حمید کرمانی", "معاون وزیر کشور"),
    ("حمید کرمانی که در آن روزها فرماندار شهر بود، استعفا داد.", "حمید کرمانی", "فرماندار شهر"),
]  # fmt: skip

NOT_FOUND = [
    # A verb and its object after the name's comma.
    ("The regional governor, Peter Olsen, sent a deputy to the funeral, who spoke briefly.",
     "Peter Olsen", "sent a deputy to the funeral"),
    ("Peter Olsen, visited the representative of the union, then left.",
     "Peter Olsen", "visited the representative of the union"),
    # A historian writes about the events; no post in them.
    ("The historian Peter Olsen wrote that 300 people were killed.", "Peter Olsen", "historian"),
    ("Peter Olsen, a historian, says the toll was higher.", "Peter Olsen", "historian"),
    # Justice as the domain of a ministry is no judge's title.
    ("The Minister of Justice Peter Olsen resigned.", "Peter Olsen", "Justice"),
    ("The Department of Justice Peter Olsen joined in 2001 was small.", "Peter Olsen", "Justice"),
    ("Chief Justice Peter Olsen retired in 2019.", "Peter Olsen", "Justice"),
    # Beside a post in apposition the title is a form of address.
    ("Mrs Justice Maria Lenz, the presiding coroner, read the findings.", "Maria Lenz", "Justice"),
    # The speaker of a testimony is whoever speaks.
    ("The speaker, Peter Olsen, is a farmer from the valley.", "Peter Olsen", "speaker"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "person", "post"), FOUND)
def test_found(text: str, person: str, post: str) -> None:
    assert (person, post) in posts(text)


@pytest.mark.parametrize(("text", "person", "post"), NOT_FOUND)
def test_not_found(text: str, person: str, post: str) -> None:
    assert (person, post) not in posts(text)
