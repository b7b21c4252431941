"""English bodies whose kind is written in lower case after their name: a movement or a unit
("the Zapatista movement", "the Kestrel battalion"), a coalition led by a state ("the US-led
coalition"), and a town's court, prosecution or council ("the Kalewa criminal court", "the
Tarnak prosecutor's office", "the Kalewa city council"), which the capitalised heads of
`names_bodies.ORG` never reach. `names.propose_names` runs it.
"""

import re

from sabt.extract.anchored import Leaping
from sabt.extract.name_words import CAP
from sabt.extract.names_places import PEOPLES_ALTERNATION

# A body named by a letter code and a number: "the M23 movement", "the 3-R militia".
_CODE_NAME = r"[A-Z]{1,4}-?\d{1,3}"
# A town's court, prosecution or council, its kind in lower case after the town's name: "the
# Kalewa criminal court", "the Tarnak heavy penal court", "the Kalewa court of appeal", "the
# Tarnak prosecutor's office", "the Kalewa city council", "the Ndeke district administration",
# "the Tarnak provincial administration", "the Kalewa regional military administration", "the
# Ndeke district military command", a town's garrison ("the Tarnak garrison")
# (a court needs its kind: "the Mykonos
# court" names a trial; "a criminal court in Kalewa" names no one court). Not a people's
# adjective ("the Turkish criminal court": the country's courts of a kind). A provincial or
# municipal council is left to the region's place ("the Tetovo municipal council": Tetovo).
_COURT_KINDS = (
    "criminal|civil|district|appeals?|appellate|military|high|supreme|regional|provincial|city|"
    "municipal|juvenile|magistrates?[’']?|federal|state|administrative|constitutional|peace|"
    "labou?r|family|trial|assize|assizes|security|special|penal|heavy|revolutionary|sharia|"
    "religious|martial|circuit|county|superior|lower|first-instance|anti-terrorism|terrorism|"
    "war crimes|sessions|felony|commercial|summary"
)
_LOCAL_BODY = (
    rf"(?:(?:{_COURT_KINDS})\s+){{1,2}}court|court\s+of\s+(?:appeals?|first\s+instance|cassation)"
    r"|(?:(?:public|chief|state|city|district|provincial|regional|military)\s+)?"
    r"(?:prosecutor(?:\s+general)?[’']s|prosecutors[’']|governor[’']s|mayor[’']s)\s+office"
    r"|prosecution\s+(?:office|service)"
    r"|(?:city|town|county|district|regional|village|local|metropolitan)"
    r"\s+(?:council|government)|bar\s+association|police\s+department"
    r"|(?:city|town|county|district|regional|provincial|village|local|metropolitan)"
    r"\s+(?:military\s+)?administration|(?:district|regional|provincial)\s+military\s+command"
    r"|garrison"
)
# Not a people's or a faith's adjective, by its ending or by the peoples `names_places` lists,
# nor a state's level ("the Federal criminal court"); `ner_bodies` reads it too.
NOT_A_PEOPLE = (
    rf"(?!(?:[A-Z][a-z]+(?:ian|ean|ese|ish|can|yan|ndan)|{PEOPLES_ALTERNATION}|"
    r"Federal|State|National|Local|Regional|Provincial|Special)\s)"
)
# A body whose kind is written in lower case after its name: "the Zapatista movement", "the
# Kestrel battalion", "the US-led coalition" (a capitalised movement or coalition is `ORG`'s),
# or a town's body above.
LOWER_KIND_BODY = Leaping(
    re.compile(
        r"-led (?:coalition|alliance|forces)\b| (?:movement|regiment|battalion|brigade)\b"
        r"| court\b| (?:prosecut|governor|mayor)| (?:council|bar association|police department)\b"
        r"| (?:administration|government|command|garrison)\b"
    ),
    re.compile(
        rf"\b[Tt]he\s+(?P<name>(?:[A-Z]{{2,}}|{CAP})-led\s+(?:coalition|alliance|forces)"
        rf"|(?:{CAP}|{_CODE_NAME})(?:\s+{CAP})?\s+(?:movement|regiment|battalion|brigade)"
        rf"|{NOT_A_PEOPLE}{CAP}(?:\s+{CAP})?\s+(?:{_LOCAL_BODY}))\b"
    ),
    before=80,
    after=40,
)
