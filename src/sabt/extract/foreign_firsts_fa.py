"""The first word of a foreign name no list knows, by which the text may go on naming the
person: a Thai is called by the given name (ژنرال X Y … X استعفا داد), and so is a witness
named by a made-up name (X Y (نام ساختگی) … X پس از آزادی …).

`names_fa` lends a known given name's first word (`opens_name`) to the places where a person
stands, and from there to the rest of the text; this lends the first word of a two-word name
the text itself marks as a person's (a title before it, a post in apposition, a made-up
name's bracket) where the lists do not know it.
"""

from sabt.extract.marked_persons_fa import APPOSED
from sabt.extract.mentions import Mention

# The rules whose two words are surely a person's: a title before them, a post after them, a
# made-up name's bracket after them.
_MARKED = (APPOSED, "honorific-fa", "pseudonym-fa")
# The fewest letters of such a first word: shorter ones are as often common words.
_FIRST_LETTERS = 4


def foreign_firsts(persons: list[Mention]) -> set[str]:
    """The first words of the two-word names among `persons` that the text marks (a listed
    given name among them, which `names_fa` lends already, changes nothing)."""
    marked = (person.text.split() for person in persons if person.annotator.endswith(_MARKED))
    return {words[0] for words in marked if len(words) == 2 and len(words[0]) >= _FIRST_LETTERS}
