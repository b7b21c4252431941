"""A government with a name of its own is a body in Persian too: دولت موقت، حکومت ملی آذربایجان.

A state's government named by its country alone (دولت عراق) names no body (the convention
`country_governments` states for English); one named by what kind of government it is — the
provisional, the transitional, the national unity or the exiled government — is the name
the text gives that body, as "the Kurdistan Regional Government" is in English; so is a
people's own government named with its land (حکومت ملی آذربایجان، حکومت خودمختار X: the
national or autonomous government of a land, a body apart from the state's). Found from the
literal دولت or حکومت; the plural (دولت‌های موقت) names no one body.
"""

import re
from collections.abc import Iterator

from sabt.extract.mentions import Mention
from sabt.extract.name_shapes_fa import is_known_place
from sabt.extract.name_words_fa import EZAFE, LETTERS, WORD, mention, scan

_KINDS = (
    "موقت|موقتی|انتقالی|وحدت ملی|نجات ملی|آشتی ملی|ائتلاف ملی|ائتلافی|خودگردان|در تبعید|"
    "فراگیر|سرپرست"
)
_OWN_NAMED = re.compile(rf"(?:دولت|حکومت){EZAFE}\s+(?:{_KINDS})(?![{LETTERS}\u200c])")
# A people's government named with its land: national, autonomous, popular (حکومت ملی X،
# حکومت خودمختار X، دولت خلق X); the land must be a known place, one word or two.
_WITH_ITS_LAND = re.compile(
    rf"(?:دولت|حکومت){EZAFE}\s+(?:ملی|خودمختار|خلق|مردمی)\s+"
    rf"(?P<land>{WORD})(?:\s+(?P<more>{WORD}))?"
)


def own_named_governments(text: str, where: list[tuple[int, int]]) -> Iterator[Mention]:
    """A government named by its kind (دولت موقت، دولت وحدت ملی), or a people's government
    by its land (حکومت ملی آذربایجان): an organisation."""
    for found in scan(_OWN_NAMED, text, where):
        yield mention(text, *found.span(), "organization", "own-named-government-fa")
    for found in scan(_WITH_ITS_LAND, text, where):
        two = f"{found['land']} {found['more']}" if found["more"] else ""
        if two and is_known_place(two):
            end = found.end("more")
        elif is_known_place(found["land"]):
            end = found.end("land")
        else:
            continue
        yield mention(text, found.start(), end, "organization", "own-named-government-fa")
