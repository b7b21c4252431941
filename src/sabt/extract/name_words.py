"""The pieces that the English name rules share: how a capitalised name is written, where one
may begin, the speech verbs, the end of an apposition's noun, and the words that are posts.

They live apart from the person, body and place rules (`names_persons`, `names_bodies`,
`names_places`) because each of those reads them; `names` runs the rules.
"""

import re

# A capitalised word of a name, an apostrophe inside it ("Ra'ad", "O'Hara", not a possessive
# "Ana's"), or a particle before one: "al-Amin", "bin Salman", "van der Berg", "dos Santos",
# "de la Cruz", "d'Almeida".
_PARTICLES = (
    r"[Aa]l|[Ee]l|bin|bint|ibn|van der|van den|van de|van|von der|von|de la|de los|de las|dela|de|"
    r"da|das|dos|do|du|del|della|di"
)
_WORD = r"(?:[OD][’'])?[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+(?:[’'](?!s\b)[a-zà-öø-ÿā-ž]+)?"
# (A capitalised Arabic article and its word are read together first, so that a name's run does
# not stop on the article: "Bab El Oued", "Ain Al Hilweh".)
CAP = (
    rf"(?:[AE]l {_WORD}|{_WORD}(?:-[A-Z][a-zà-öø-ÿā-ž]+)?|(?:{_PARTICLES})[- ]{_WORD}|d[’']{_WORD})"
)
NAME = rf"{CAP}(?:\s+{CAP}){{0,2}}"
# A name opening on two or three initials, glued or spaced: "M.K. Ibrahim", "A. K. Rahman"; not
# a country's ("U.S. Army") nor one initial (a sentence may end on "World War I.").
INITIALLED = rf"(?<![\w.])(?!(?:U\.[SNK]|E\.U)\.)(?:[A-Z]\.[ ]?){{2,3}}[ ]?{CAP}(?:\s+{CAP})?"
# Where a capitalised name may begin: at a word's start, on a capital or a particle's first
# letter. Only a speed-up (the rules scan 3x faster; the same matches): a name never starts
# inside a word.
NAME_START = r"(?<![\w])(?=[A-Zabdeiv0-9])"
# The noun of an apposition must be its head: what follows it is punctuation or a preposition
# ("a torture centre in …"), not another noun ("a former prison official").
HEAD_ENDS = (
    r"(?=\s*[,.;:)]|\s+(?:in|near|on|of|for|at|outside|north|south|east|west|where|that|which|"
    r"run|used|known|close|based|set|founded|linked|with|and|whose)\b)"
)
SPEECH_VERBS = (
    "said|says|added|noted|stated|tweeted|wrote|concluded|told|testified|recalled|recounted|"
    "denied|rejected|blamed|accused|claimed|confirmed|insisted|explained|warned|admitted|"
    "alleged|described|ordered|remembered|asked|replied|argued|served as|seized power|"
    "took power|came to power|took office|"
    "was (?:later |then )?(?:appointed|promoted|sworn in)"
)
# A post, not a name: "the UN High Commissioner, said" names no person called "High
# Commissioner" (the NER model's bodies are checked against it too).
_POST_WORDS = (
    "Prosecutor Minister President Judge General Commander Leader Governor Mayor Director "
    "Rapporteur Ambassador Spokesman Spokeswoman Spokesperson Supreme Deputy Chief Senior "
    "Commissioner Secretary Chairman Chairwoman"
)
POSTS = frozenset(_POST_WORDS.split())
# A wire's dateline: a place in capitals opening a line, its country or date after commas, the
# agency in brackets, described or not, then a dash ("ACCRA, Ghana, May 3 (AFP) —", "LOME, Jan 4
# (Coast Wire, a regional agency) —", "SAN SALVADOR — …"); a place,
# never an acronym ("UNICEF, the children's agency, said" opens no dateline). The date after a
# comma may open on its day ("AHMEDABAD, 31 August 2012 —"). A document's kind in capitals
# before its dash ("PRESS RELEASE —", "STATEMENT —") is no place.
# Capitals of every Latin script ("ŞIRNAK", "GONAÏVES", "BOGOTÁ").
_UPPER = "".join(chr(c) for c in range(0x41, 0x250) if chr(c).isupper())
_GENRE_LABELS = (
    r"(?:PRESS|MEDIA|NEWS)\s+(?:RELEASE|ADVISORY|STATEMENT)|STATEMENT|PUBLIC\s+STATEMENT|UPDATE|"
    r"BREAKING(?:\s+NEWS)?|ANALYSIS|EDITORIAL|OPINION|COMMENTARY|BACKGROUNDER|CORRECTION|"
    r"EXCLUSIVE|FACT\s+SHEET|BRIEFING|URGENT\s+ACTION|TESTIMONY|INTERVIEW|OBITUARY"
)
# A release may close its dateline's date with a full stop, no dash ("BRASÍLIA, 10 December
# 2014. The commission …"): a day, a month's capitalised name and a year.
_DATE_CLOSED = r",\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\.\s"
DATELINE = re.compile(
    rf"(?m)^(?!(?:{_GENRE_LABELS})\s*[—–-])"
    rf"(?P<name>[{_UPPER}]{{3,}}(?:[ -][{_UPPER}]{{2,}}){{0,2}})"
    rf"(?=(?:,\s+[{_UPPER}0-9][\w.]*(?:\s+[\w.]+){{0,3}}?){{0,2}}\s*(?:\([^()\n]{{2,60}}\)\s*)?"
    rf"[—–-]\s|{_DATE_CLOSED})"
)
# A heading is a short line; a longer one in capitals is a shouted sentence, not a heading.
_HEADING_LENGTH = 100


def in_heading(text: str, start: int, end: int) -> bool:
    """Whether a word lies on a short line with no lower-case letter: a heading in capitals
    ("REPORT SUMMARY: SACABA AND SENKATA", "FINDINGS — TUOL SLENG"), where a known place in
    capitals is that place, as in a dateline."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if line_end - line_start > _HEADING_LENGTH:
        return False
    line = text[line_start:line_end]
    return line.upper() == line
