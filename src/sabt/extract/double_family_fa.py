"""The two family names of a Spanish or Portuguese name written in Persian script.

A name of three words after a given name or a title (خوان X Y، ژنرال X Y Z) is, in the
Spanish and Portuguese way, a given name, the father's family name and the mother's; the text
goes on naming the person by the pair (X Y) or by the father's alone (X), never by the
mother's. `persons_fa.repeated_word` lends only a name's last word, so both are lent here,
as `names_again.surnames_of` does for Latin script ("Ana Pardo Rueda" … "Pardo").
"""

from sabt.extract.mentions import Mention
from sabt.extract.name_shapes_fa import opens_name

# A title before the name (ژنرال، سرهنگ): its first word is then the given name.
_TITLED = "honorific-fa"
# The fewest letters of each family name: shorter words are as often common ones (لو, leaked),
# particles or the syllables of an East Asian name.
_FAMILY_LETTERS = 4


def double_family(person: Mention) -> set[str]:
    """The family names by which the text may name `person` again: the last two words of a
    name of three opening with a given name or after a title, and the first of them alone.
    (A second given name in the middle, محمد علی رحیمی, opens a name of its own among the
    persons found, and `names_fa` lends no such word.)"""
    words = person.text.split()
    if len(words) != 3 or not (opens_name(words[0]) or person.annotator.endswith(_TITLED)):
        return set()
    father, mother = words[1], words[2]
    if len(father) < _FAMILY_LETTERS or len(mother) < _FAMILY_LETTERS:
        return set()
    return {father, f"{father} {mother}"}
