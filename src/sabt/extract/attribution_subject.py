"""Where the subject of a verb of asserting ends, when words between it and the verb belong to
something else.

"A commission investigating the army's crackdown said …": the participle opens a modifier,
and the crackdown is what the commission investigates, not who speaks. "… said that it had
confirmed 166 deaths and identified 179 missing": the second verb shares the first one's
subject, so the words before the second verb are no subject of their own. "According to the
commission later appointed by the government": who appointed it does not speak.
"""

import re

from sabt.extract.attribution_party import VERB, party_in
from sabt.extract.mentions import MentionIndex

PASSIVE = re.compile(r"\s+by\b")
# "37 deaths were counted by the group in its report": the agent of a passive verb of
# asserting, up to a comma, a preposition or a relative word opening what follows it.
_AGENT = re.compile(
    r"\s+by\s+(?P<x>[^,.;:()\n\d“”\"]+?)(?=\s*[,.;:()\n“”\"]|\s+(?:on|in|at|that|who|which|"
    r"during|from|after|before|since|for|as|to|over|between|with|and)\s|$)"
)
# A participle that is no act of asserting: "were found by farmers", "was described by",
# "the attack was claimed by the group" (a claim of responsibility, not of a count).
_NOT_AGENT_VERB = frozenset(("found", "finds", "described", "describes", "claimed", "claims"))


def passive_agent(text: str, verb: re.Match[str]) -> tuple[int, int] | None:
    """Where the agent of a passive verb of asserting stands: "1,200 arrests were recorded by
    the Lawyers' Guild", "deaths confirmed by the Red Cross". Whoever recorded, confirmed or
    counted the figure asserts it, as in the active voice."""
    if verb.group() in _NOT_AGENT_VERB:
        return None
    agent = _AGENT.match(text, verb.end())
    return agent.span("x") if agent else None


# "A panel examining the killings", "Residents fleeing the town", "a body tasked with …", "a
# tribunal held at X": a participle with its object after a noun. "the ruling party" (an
# adjective) has no object, and "on Monday morning the ministry said" holds a noun in -ing,
# no participle.
_REDUCED_RELATIVE = re.compile(
    r"(?<=\w)\s+(?:(?!(?:during|according|including|regarding|concerning|following|morning|"
    r"evening|building|meeting|hearing|briefing|uprising|killing|bombing|shooting|fighting|"
    r"ruling|funding|beginning|spring|king|thing|nothing|something|anything|everything|"
    r"wedding|sibling|offspring|ceiling|wing)\b)"
    r"[a-z]{2,}ing\s+(?:the|a|an|its|their|his|her|into|allegations|abuses|claims|events|"
    r"what|how|whether|crimes|killings|deaths)\b|"
    r"(?:(?:later|subsequently|then|since|jointly|recently|newly|hastily|specially)\s+)?"
    r"(?:set\s+up|tasked|charged|appointed|mandated|created|established|commissioned|formed|"
    r"convened|named)\s+(?:to|with|by)\b"
    # "a people's tribunal held at the University of X heard …": where a body sat is no party.
    r"|(?:held|convened|sitting)\s+(?:at|in)\b)"
)

DOCUMENT_HEAD = re.compile(
    r"(?:estimates?|reports?|tall(?:y|ies)|counts?|figures|data|statistics|records|findings|"
    r"surveys?|stud(?:y|ies)|lists?|databases?|research|census(?:es)?|polls?|audits?|"
    r"analys[ie]s|assessments?|reviews?|documents?|papers?|dossiers?|briefs?|tolls?)",
    re.I,
)


# "army records later cited by historians": whoever cites a named source does not make it, so
# the source is the party, a document as well as a body; bare "figures cited by X" name no
# one but X.
_CITED_BY = re.compile(
    r"\s+(?:(?:later|since|then|often|widely|also)\s+)?(?:cited|quoted|relied\s+on)\s+by\b"
)
_ARTICLES = frozenset(("a", "an", "the", "its", "their"))


def before_modifier(text: str, start: int, end: int) -> int:
    """Where a noun phrase ends before a participle modifying it: "the commission later
    appointed by the government" is the commission's, not the government's."""
    cited = _CITED_BY.search(text, start, end)
    if cited:
        head = [w for w in text[start : cited.start()].split() if w.lower() not in _ARTICLES]
        if len(head) >= 2 or not all(DOCUMENT_HEAD.fullmatch(w) for w in head):
            return cited.start()
    modifier = _REDUCED_RELATIVE.search(text, start, end)
    head = text[start : modifier.start()].split() if modifier else []
    # "a report commissioned by X", "figures funded by X": a document's maker is its party.
    if not head or DOCUMENT_HEAD.fullmatch(head[-1]):
        return end
    return modifier.start() if modifier else end


# "it had confirmed …", "the body has documented …": a verb after a subject pronoun or "have"
# is a verb, not a noun ("court records", "its estimates").
_SHARED_SUBJECT = re.compile(r"\b(?:it|they|he|she|we|had|has|have)\s+(?:also\s+)?$", re.I)
# A relative clause with no comma that restricts the subject's head ("Lawyers who studied …").
_WHO_RELATIVE = re.compile(r"(?<=\w)\s+who\s")
_PRONOUN_AGAIN = re.compile(r"\b(?:it|they|he|she|we)\s+(?:(?:had|has|have|would|also)\s+)*$")

# "In its final report, the commission documented …", "On Monday, X said …": a phrase of
# time, place or manner fronted before the subject, closed by a comma. Any participle opening
# the sentence opens such a phrase ("Delivering her findings at the court, Judge X said …"):
# it has no subject of its own, so the noun phrase after its comma is the subject.
_FRONTED = re.compile(
    r"\s*(?:In|On|At|After|Before|During|Since|Following|Despite|Asked|Earlier|Later|Last|"
    r"This|(?!According)[A-Z][a-z]{2,}ing)\b"
    r"[^,;:“”\"]{1,80},\s*(?=\S)"
)

_FRONTED_UNMARKED = re.compile(
    r"\s*(?:In|On|At|After|Before|During|Since|Following|Despite|Throughout|Within|Under|"
    r"Over|Across|By|For|From|Until|Last|Earlier|Later)\s[^,;:“”\"]*"
    # the last determiner that no preposition governs ("the ministry of the interior")
    r"(?<!\sof)(?<!\sin)(?<!\sat)(?<!\son)(?<!\sto)(?<!\sfor)(?<!\sfrom)(?<!\sby)(?<!\swith)"
    # "Last year it documented …": a pronoun after the phrase is the subject too.
    r"\s(?P<x>(?:the|this|these|those)\s[^,;:“”\"]+|(?:it|they|he|she)\s*)$"
)

# "…, the group counted": the noun phrase after the last comma before the verb, opened by a
# determiner, a pronoun or a capital; a list ("X, Y and Z said") is one subject of its own.
_AFTER_COMMA = re.compile(
    r"\s*(?:the|this|that|these|those|its|their|his|her|our|it|they|he|she|we|[A-Z])"
    r"(?![^,]*\s(?:and|or)\s)[^,]*$"
)

# What names a nameless head: a capitalised name, or a participle of naming.
_NAMING = re.compile(
    r"\s*(?:(?:the\s+)?[A-Z]|[^,]*\b(?:called|named|given|known|identified|nicknamed|dubbed|referred)\b)"
)


def start_of_subject(text: str, start: int, end: int) -> int:
    """Where the subject in text[start:end] begins: after a fronted phrase and its comma.

    Whatever clause or phrase is fronted ("Across the crisis that followed X's fall, the group
    counted …", "When the soldiers of Y came, they killed …"), a noun phrase standing between
    its closing comma and the verb is the subject, and the names before it are not.
    """
    fronted = _FRONTED.match(text, start, end)
    if fronted:
        return fronted.end()
    # "In its final report the commission estimated", "On Monday the ministry said": with no
    # comma, the fronted phrase ends where the last determiner opens the subject.
    unmarked = _FRONTED_UNMARKED.match(text, start, end)
    if unmarked:
        return unmarked.start("x")
    comma = text.rfind(",", start, end)
    if comma > start and _AFTER_COMMA.match(text, comma + 1, end):
        return comma + 1
    # "While the army said only 12 died, relatives put …": a fronted clause that holds a verb of
    # its own ends at its comma, and the words after it are the subject.
    subordinate = _SUBORDINATE.match(text, start, comma) or _SUBORDINATE_BEFORE.search(
        text, max(0, start - 16), start
    )
    if comma > start and subordinate and VERB.search(text, start, comma):
        return comma + 1
    return start


_CONJUNCTIONS = r"(?i:while|whereas|although|though|as|since|because|if|when|after|before)"
_SUBORDINATE = re.compile(rf"\s*{_CONJUNCTIONS}\s")
# the conjunction read as the clause's opener, just before the subject's words
_SUBORDINATE_BEFORE = re.compile(rf"\b{_CONJUNCTIONS}\s*$")


def apposition_after(text: str, start: int, end: int) -> int | None:
    """Where a subject's apposition begins: "The X Commission, an international body headed
    by Y, estimated …", "Z, 54, a lawyer for the families, said …".

    The words between the head's comma and the comma that closes them before the verb
    describe the head (and may name its chair, founder or employer); the head asserts.
    """
    if not text[start:end].rstrip().endswith(","):
        return None
    comma = text.find(",", start, end)
    head = text[start:comma].split()
    if not head or comma >= text.rfind(",", start, end):
        return None
    # "Its spokesman, Ibrahim Musa, said", "A witness, called X in this file, said": a head
    # with no name of its own is named by what follows it, which is the speaker.
    # "A Britain-based war monitor, the Foo Observatory, said": an indefinite head is no name.
    nameless = head[0].lower() in ("a", "an") or not any(word[0].isupper() for word in head[1:])
    if nameless and _NAMING.match(text, comma + 1, end):
        return None
    return comma


# "Our team gathered 80 accounts and found that …", "The monitors visited nine villages and
# counted …": words before the verb that end on "and" hold a first predicate with the same
# subject, which ends where that predicate's verb (a past tense) begins.
_FIRST_PREDICATE = re.compile(
    r"\s(?:[a-z]+ed|took|met|spoke|went|saw|heard|gave|made|kept|held|sent|ran|wrote|drew)"
    r"\s[^,;]*\sand\s*$"
)


def end_of_subject(text: str, start: int, end: int) -> int:
    """Where the subject in text[start:end] (the words before a verb of asserting) ends."""
    coordinated = _FIRST_PREDICATE.search(text, start, end)
    if coordinated:
        end = coordinated.start()
    # "Historians who have studied the records estimate …": the people, not what they did.
    relative = _WHO_RELATIVE.search(text, start, end)
    if relative:
        end = relative.start()
    end = before_modifier(text, start, end)
    verbs = [v for v in VERB.finditer(text, start, end) if not PASSIVE.match(text, v.end())]
    for verb in verbs:
        if _SHARED_SUBJECT.search(text, start, verb.start()):
            return verb.start()
    # "X, an alliance led by Y, said on Friday it had recorded …": the pronoun after the first
    # verb is that verb's subject again.
    if verbs and _PRONOUN_AGAIN.search(text, verbs[0].end(), end):
        return verbs[0].start()
    return end


# ", Ibrahim Diallo,": a name between commas right after a phrase.
_NAME_BETWEEN_COMMAS = re.compile(r"\s*,\s*(?P<x>[A-Z][^,;:.()“”\"]{1,60}?)\s*,")


def renamed(text: str, phrase: str, end: int, mentions: MentionIndex) -> str | None:
    """The name a nameless phrase is given in apposition: "according to the witness, Ibrahim
    Diallo, soldiers killed …", "figures from its spokesman, Ana Ruiz, …". The name, not the
    role, is the party; a phrase with a name of its own keeps it."""
    if any(ch.isupper() for ch in phrase):
        return None
    apposed = _NAME_BETWEEN_COMMAS.match(text, end)
    if not apposed:
        return None
    return party_in(text, apposed.start("x"), apposed.end("x"), mentions, named=True)


def apposed_person(text: str, comma: int, end: int, mentions: MentionIndex) -> bool:
    """Whether the apposition after a head's comma opens with a person's name: "The Interior
    Minister, Ali Reza, said …" (the named person speaks), where "The X Commission, a body
    headed by Y, said …" opens with a description and its head speaks."""
    start = comma + 1 + len(text[comma + 1 : end]) - len(text[comma + 1 : end].lstrip())
    return any(m.type == "person" and m.start == start for m in mentions.within(start, end))
