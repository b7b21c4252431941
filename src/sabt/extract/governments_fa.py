"""A government with a name of its own is a body in Persian too: دولت موقت، دولت وحدت ملی.

A state's government named by its country alone (دولت عراق) names no body (the convention
`country_governments` states for English); one named by what kind of government it is — the
provisional, the transitional, the national unity or the exiled government — is the name
the text gives that body, as "the Kurdistan Regional Government" is in English. Found from
the literal دولت; the plural (دولت‌های موقت) names no one body.
"""

import re
from collections.abc import Iterator

from sabt.extract.mentions import Mention
from sabt.extract.name_words_fa import EZAFE, LETTERS, mention, scan

_KINDS = (
    "موقت|موقتی|انتقالی|وحدت ملی|نجات ملی|آشتی ملی|ائتلاف ملی|ائتلافی|خودگردان|در تبعید|"
    "فراگیر|سرپرست"
)
_OWN_NAMED = re.compile(rf"دولت{EZAFE}\s+(?:{_KINDS})(?![{LETTERS}\u200c])")


def own_named_governments(text: str, where: list[tuple[int, int]]) -> Iterator[Mention]:
    """A government named by its kind (دولت موقت، دولت وحدت ملی): an organisation."""
    for found in scan(_OWN_NAMED, text, where):
        yield mention(text, *found.span(), "organization", "own-named-government-fa")
