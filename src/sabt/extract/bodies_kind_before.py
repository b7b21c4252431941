"""English bodies named right after their kind in lower case: "its offshoot Ostra Libre", "the
splinter group Red Dawn", "the banned outfit Jamaat Nour", "the militant group Sendero Rojo".

A report introduces a group the reader does not know by what it is, then its name; a name of
one foreign word or two ("Tarsa Lind") has no head word of its own (`names_bodies.ORG`) and
would otherwise read as a person's. The kind must follow a determiner or a possessive, so that
the noun is the name's head ("the group Red Dawn"), and a post opening the capitalised run
("the party Chairman X") is no body's name. `names.propose_names` runs it.
"""

import re

from sabt.extract.anchored import Leaping
from sabt.extract.name_words import CAP, POSTS

# The nouns of a body's kind that stand before its name: a group, an organisation, a
# movement, a faction or wing of one, an offshoot (a party is left out: "the party Lenin
# founded" names its founder).
_KINDS = (
    r"offshoot|splinter\s+group|splinter\s+faction|faction|wing|affiliate|outfit|group|"
    r"organi[sz]ation|movement|militia|network|"
    # an armed band's unit or a gang: "the partisan brigade Lupo Nero", "the gang Los Topos"
    r"brigade|battalion|regiment|gang|cartel"
)
_POST_WORDS = "|".join(sorted(POSTS))
KIND_BEFORE_BODY = Leaping(
    re.compile(rf"\b(?:{_KINDS})\s+[A-Z]"),
    re.compile(
        r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?)\s+(?:[a-z][\w-]*\s+){0,2}?"
        rf"(?:{_KINDS})\s+(?!(?:{_POST_WORDS})\b)(?P<name>{CAP}(?:\s+{CAP}){{0,3}})(?![\w’'-])"
    ),
    before=60,
    after=80,
)
