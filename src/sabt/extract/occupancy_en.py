"""English wordings of a post held written after the person's name.

After the name: apposition ("X, the Tehran Prosecutor", "X, then governor of …", "X, Tehran's
prosecutor at the time"), a predicate ("was Deputy Prosecutor", "served as", "was sworn in as",
"succeeded Y as", "rose to"), also after another verb phrase of the same subject ("seized power
in 1982 and served as …"), and a verb whose object is a body ("headed the secret police" → head
of the secret police). The wordings before the name (a title, "Y's deputy X") are in
`occupancy_en_before`, which shares this module's pieces of a post (`TITLE`, `MODIFIER`,
`CAPITAL`); those that name the body first ("chaired by X") in `occupancy_en_bodies`. Each is
a category of wording, not a document's phrase: a post needs a head noun (minister, commander,
…) or a body (the army, the committee, …).
"""

import re

from sabt.extract.mentions import Mention
from sabt.extract.occupancy_en_words import BODY, HEADS
from sabt.text.date_words import ENGLISH_MONTH_NAMES

Found = tuple[int, int, str]

# A capitalised word, or an ordinal that opens a unit's name ("the 58th Division").
# ("the 81 Division": a bare number, before a capitalised word.)
CAPITAL = r"(?:[A-Z]|\d+(?:st|nd|rd|th)\b|\d{1,3}\b(?=\s+[A-Z]))[\w’'\-]*"
# "of" and what the post is of: a name ("of the Northern Bureau").
# ("of the army's 2nd Division", "of the presidential guard's 1st Battalion": a body in the
# possessive may open the name.)
# ("of the Black Hand militia": a body's kind may follow its name; "of the HVO military
# police", "of the Federal Police special forces": in up to two words, one lower-case word
# before each.)
# ("of the Danish Centre for Human Rights": "for" before a capital goes on with the name.)
_OF_NAME = (
    rf"\s+(?:of|for|on|to|with)\s+(?:the\s+)?(?:(?:[a-z]+\s+)?[a-z]+[’']s\s+)?{CAPITAL}"
    rf"(?:\s+(?:of|on|in|the|for(?=\s+(?:the\s+)?[A-Z])|{CAPITAL})){{0,8}}"
    rf"(?:(?:\s+(?!(?:and|or|of|in|at|on|to|for|with|by|the|from)\b)[a-z]+)?\s+{BODY}s?\b){{0,2}}"
)
_OF = rf"(?:{_OF_NAME})?"
# In apposition, where the end of the position must follow, also one or two lower-case words:
# "head of state", "head of the secret police", "head of a military junta".
# A named thing may open it: "chief of the S-21 security centre", "commander of the army's
# special forces regiment".
# ("of the G9 alliance of armed groups", "of the M23 rebel movement": a name with a digit.)
# (A body's named part may be followed by what it is of: "commander of the 3rd Brigade of the
# presidential guard".)
_LOWER_WORDS = (
    r"(?:\s+(?!(?:was|were|is|are|came|ended|began|had|has|and|or|who|which|that|before|after|"
    r"when|while|until|during|since|by)\b)[a-z]+){0,5}"
)
# ("leader of the opposition party Forward": the body's own name may follow the noun of its
# kind, closed by punctuation.)
_ITS_NAME = (
    r"\s+(?:of|to|for|with)\s+(?:(?:the|a|an)\s+)?(?:[a-z]+\s+){0,3}"
    rf"{BODY}(?:\s+(?:of\s+)?(?!(?:In|On|At|The|He|She|They|It)\b){CAPITAL}){{1,3}}!?"
    r"(?=\s*[,;.()])"
)
_OF_WORDS = (
    rf"(?:{_OF_NAME}(?:\s+of\s+(?:the\s+)?[a-z]+{_LOWER_WORDS})?|{_ITS_NAME}"
    rf"|\s+(?:of|to|for|with)\s+(?:(?:the|a|an)\s+)?(?:[a-z]+|[\w\-]+[’']s|[A-Z][\w]*-?\d+[a-z]*)"
    rf"{_LOWER_WORDS})?"
)
# A position as a title: capitalised words (and a few lower-case ones) ending in a head noun.
TITLE = rf"(?:(?:{CAPITAL}|[Dd]eputy|[Ss]upreme|[Ss]haria|of|for|on|the)\s+){{0,5}}(?:{HEADS}){_OF}"
# A position in apposition may open with ordinary words: "the German government’s human
# rights commissioner", "the religious judge".
# ("who was director of …" and "and as head of …" belong to another clause; "X, known as Y,
# shot him in the head": a pronoun as an object is a verb's, never a post's word; "X, sent a
# representative to …": nor is an article after a word, which opens a verb's object.)
_NOT_IN_POST = (
    r"(?!(?:who|which|was|is|and|as|or|but|were|are|had|has|have|that|became|becomes|served|"
    r"said|says|told|appointed|named|elected|promoted|installed|him|them|me|us|himself|"
    r"herself|themselves|a|an|the)\b)"
)
# ("the son of the minister" is no minister: "of" stands after the head, never before it.)
_DESCRIBED = rf"(?:{_NOT_IN_POST}(?!of\b)[\w’'\-]+\s+){{0,4}}?(?:{HEADS})\b{_OF_WORDS}"
# A word that may stand before a head noun, but not one that starts a phrase or clause of its
# own ("the son of the commander" is no commander).
MODIFIER = (
    r"(?!(?:who|whom|whose|which|that|was|were|is|are|and|as|or|but|of|by|to|for|with|from|"
    r"in|on|at|he|she|they|it|said|told|when|where|while|after|before|since|until|during|the|"
    r"a|an|not|between|into|under|against|about|over|among|amid|across|through|towards?|"
    r"without|within|upon|beyond|despite|near|behind|along|around|onto|via|versus|than|like)"
    r"\b)[\w’'\-]+\s+"
)
_LOW_POST = rf"(?:{MODIFIER}){{0,3}}?(?:{HEADS})\b{_OF_WORDS}"
_END = (
    r"(?=\s*[,;.()”—–]|\s+(?:in|at|and|who|whose|which|from|since|until|between|before|after|now|"
    r"under|during|for|on|by|when|to|was|were|is|came|ended|began|had|has)\b)"
)
# ("X, as head of the council, …": the capacity in apposition.)
_TIME_WORDS = (
    r"(?:the|then|a|an|as|former|now|later|once|previously|formerly|currently|still|at the time|"
    r"at that time|by then|until then)"
)
# "Kaing Guek Eav, alias Duch, the chief of …": a second name between the name and its post.
# ("X, 54, a former police officer": an age also; "X (not her real name), a researcher": an
# aside in brackets.)
_ALIAS = (
    r"(?:,\s+(?:alias|also known as|known as|a\.k\.a\.)\s+[^,.;]{1,40}"
    r"|,\s+(?:aged\s+)?\d{1,3}(?=\s*,)|\s*\([^()]{1,30}\)(?=\s*,))?"
)
# "from 1980 to 1988", "in March 2019", "for years": a period between a verb and its post.
_PERIOD_WORDS = (
    r"(?:(?:from|between|in|since|until|by|during)\s+(?:[A-Z][a-z]+\s+)?(?:\d{1,2}\s+)?"
    r"\d{4}(?:\s+(?:to|and|until|through|–)\s+(?:[A-Z][a-z]+\s+)?\d{4})?"
    r"|for (?:many |several |some )?(?:years|decades|a decade|months))"
)
_PERIOD = rf"(?:{_PERIOD_WORDS}\s+)?"
SUFFIX = re.compile(r",?\s+(?:Jr|Sr)\b\.?|\s+(?:II|III|IV)\b")
ALIAS_BETWEEN = re.compile(r",\s+(?:alias|also known as|known as|a\.k\.a\.)\s+")
# ("X — then the army's chief of staff — said": a dash opens an apposition too.)
# ("X, the head of the UN mission in Haiti, said": the place a post is held in, up to the
# apposition's end, is the post's; a month is a date's.)
_IN_A_PLACE = (
    rf"(?:\s+(?:in|at)\s+(?:the\s+)?(?!(?:{'|'.join(ENGLISH_MONTH_NAMES)})\b)[A-Z][\w’'\-]*"
    r"(?:\s+[A-Z][\w’'\-]*){0,3}(?=\s*[,;.)—–]))?"
)
_APPOSITION = re.compile(
    rf"{_ALIAS}(?:,|\s*[—–])\s+(?:{_TIME_WORDS}\s+|then-)*(?P<p>{_DESCRIBED}{_IN_A_PLACE}){_END}"
)
# "X, one of the commanders of the brigade," is a commander of the brigade.
_ONE_OF = re.compile(
    rf"{_ALIAS},\s+(?:{_TIME_WORDS}\s+)*one of\s+(?:the|its|their|his|her|[\w’']+[’']s)\s+"
    rf"(?P<p>(?:{MODIFIER}){{0,2}}?(?:{HEADS}))s\b(?P<of>{_OF_WORDS}){_END}"
)
# "X and Y, members of the panel,": a post in the plural, after the last of names joined by
# "and", is each one's, in the singular.
_SHARED = re.compile(
    rf"{_ALIAS},\s+(?:both\s+|(?:the|two)\s+)?"
    rf"(?P<p>(?:{MODIFIER}){{0,2}}?(?:{HEADS}))s\b(?P<of>{_OF_WORDS}){_END}"
)
# "X, an engineer, and Y, a lawyer, were members of the panel": a post in the plural after a
# copula, of the names that are the sentence's subject.
_SHARED_COPULA = re.compile(
    rf"(?:,\s+(?:an?|the)\s+[^,;.]{{1,40}},)?\s+(?:were|are)\s+(?:both\s+|all\s+)?"
    rf"(?:(?:the|two)\s+)?(?P<p>(?:{MODIFIER}){{0,2}}?(?:{HEADS}))s\b(?P<of>{_OF_WORDS}){_END}"
)
# A name in the possessive: "Gaddafi's", "Marek Borov's".
_POSSESSOR = r"(?:[A-Z][\w\-]*\s+){0,3}[A-Z][\w\-]*[’']s"
# "X, Y's brother-in-law and the head of Z", "X, Y's cousin and defence minister": a relation
# in apposition, then a post joined by "and" (a first part that is a post is _APPOSITION's, and
# "and the …" after it is left alone).
_RELATION_AND_POST = re.compile(
    rf"{_ALIAS},\s+(?:the|a|an|his|her|{_POSSESSOR})\s+"
    rf"(?:{MODIFIER}){{0,2}}[\w’'\-]+"
    rf"\s+and\s+(?:(?:the|a|an)\s+)?(?P<p>{_DESCRIBED}){_END}"
)
_JUXTAPOSED = re.compile(rf"\s+the\s+(?P<p>{TITLE}){_END}")
_BRACKETED = re.compile(rf"\s*\(\s*(?:{_TIME_WORDS}\s+)*(?P<p>{_DESCRIBED})\s*\)")
# A capitalised post after a copula or appointment, anywhere in the person's stretch of text.
_PREDICATE = re.compile(
    r"(?:,\s*who\s+(?:was|is)|\bwho\s+(?:was|is)|\bserved as|\bserves as|\bbecame|\bwas named|"
    r"\bwas appointed|\bwas made|\bwas elected|\btook office as|\bwas|\bis|\bhas been|\bhad been|"
    r"\b(?:led|ruled|governed|commanded|ran|headed|served)\b[^,.;]{0,40}?\bas)"
    r"\s+(?:(?:presently|currently|later|then|also|subsequently)\s+)?"
    rf"{_PERIOD}(?:as\s+)?(?:(?:the|a|an)\s+)?(?:[\w’']+’s\s+|[\w']+'s\s+)?"
    rf"(?:one of (?:the\s+|\w+\s+)?(?P<m>members)\s+of|(?P<p>{TITLE}))"
)
_ADVERBS = (
    r"(?:(?:later|then|subsequently|also|eventually|briefly|once|previously|formerly|first|"
    r"again|finally|soon|newly|himself|herself|presently|currently|still|now|already|long|"
    r"at the time|at that time|by then)\s+)*"
)
# Verbs after which a post follows, in lower case too ("served as interior minister", "was
# sworn in as president", "succeeded Y as chief of staff", "rose to deputy commander").
_TAKES_POST = (
    rf"(?:(?:was|were|had been|has been|is|being|been)\s+{_ADVERBS}"
    r"(?:named|appointed|elected|made|installed|chosen|nominated|reappointed|re-appointed|"
    r"re-elected|reelected|"
    r"confirmed|sworn in|promoted|posted|designated|selected)"
    r"|(?<=,\s)(?:named|appointed|elected|promoted|installed|sworn in)"
    r"|(?:served|serves|serving|acted|acts|acting|worked|works|took over|takes over|took office|"
    r"remained|remains|continued|stayed)(?=\s+as\b)"
    r"|became|becomes|becoming|rose to(?:\s+(?:become|be))?"
    # ("declared himself president", "proclaimed herself interim president": self-designation.)
    r"|(?:declared|proclaimed|named|appointed|installed|crowned|styled|made)\s+"
    r"(?:him|her|them)sel(?:f|ves)"
    r"|(?:succeeded|replaced|succeeding|replacing)\s+[^,.;]{1,40}?(?=\s+as\b)"
    # ("was replaced as chief of police by Y", "resigned as police chief", "was sacked as
    # governor": a post left was held.)
    r"|(?:resigned|resigns|stepped down|steps down|retired|quit)(?=\s+as\b)"
    r"|(?:was|were|had been)\s+"
    r"(?:sacked|dismissed|removed|fired|ousted|replaced|succeeded|deposed)(?=\s+as\b)"
    # ("in his capacity as …": the capacity acted in.)
    r"|\bin\s+(?:his|her|their)\s+capacity(?=\s+as\b)"
    # ("held the post of interior minister", "held the rank of colonel".)
    r"|(?:held|holds|holding|had held|occupied)"
    r"(?=\s+the\s+(?:post|rank|position|office|role|title)\s+of\b))"
    # ("was appointed in 2018 as …": a period before "as".)
    rf"(?:\s+{_PERIOD_WORDS}(?=\s+as\b))?"
    r"(?:\s+(?:as|to))?(?:\s+the\s+(?:post|rank|position|office|role)\s+of)?"
)
# Ranks in lower case are posts only after an appointment: "was promoted to colonel".
_RANK = r"(?:colonel|general|major|captain|lieutenant|brigadier|sergeant)(?:[- ]general)?"
# ("an army captain": a service may qualify it.)
_SERVICE = r"(?:(?:army|police|navy|naval|air force|militia|rebel|retired|senior|junior)\s+)?"
_APPOINTED = re.compile(
    rf"(?P<verb>{_TAKES_POST})\s+(?:(?:the|a|an)\s+)?(?:(?:new|acting|interim|sole)\s+)?"
    rf"(?P<p>{TITLE}|{_LOW_POST}|{_RANK}){_END}"
)
# "X, then a colonel,", "X, a lieutenant in the army,": a rank in lower case in apposition.
# (Closed there or by a place: "X, a colonel who was director of …" gives the post alone.)
_RANK_APPOSED = re.compile(
    rf"{_ALIAS},\s+(?:{_TIME_WORDS}\s+)*(?P<p>{_SERVICE}{_RANK})"
    r"(?=\s*[,;.()]|\s+(?:in|of|at|with)\b)"
)
# "X, who was police chief at the time,": after "who was" a post needs no article.
_WHO_WAS = re.compile(
    rf"\s*,?\s+who\s+(?:was|is|had been|has been|became|remained)\s+{_ADVERBS}{_PERIOD}"
    r"(?!(?:appointed|named|elected|made|promoted|sworn|chosen|installed|replaced)\b)"
    rf"(?P<p>{_LOW_POST}){_END}"
)
# "X, who as head of the security command seized …": the capacity a relative clause's subject
# acted in, ended by the clause's verb (a past, a copula) or a comma, a period between ("as
# interior minister from 1998 to 2002 oversaw …").
_CLAUSE_VERB = (
    r"(?=\s*[,;]|\s+(?:[a-z]+ed|oversaw|gave|took|ran|sent|led|made|held|kept|met|had|has|was|"
    r"is|would|will|did|could)\b)"
)
_WHO_AS = re.compile(
    rf"\s*,\s*who\s+{_ADVERBS}as\s+(?:(?:the|a|an)\s+)?(?P<p>{TITLE}|{_LOW_POST})"
    rf"(?:\s+{_PERIOD_WORDS})?{_CLAUSE_VERB}"
)
# "X, the commander of the brigade and later army chief,", "X, governor of A, then minister
# of B", "X, deputy minister and head of the commission": a chain of posts after one in
# apposition. (With an article and no word of time, "and a key member of …" may be a second
# description of the same post; it is left alone.)
_LATER = r"(?:later|then|subsequently|afterwards|eventually|now)"
_AND_THEN = re.compile(
    rf"(?:\s+and\s+(?:{_LATER}\s+(?:(?:the|a|an)\s+)?|(?!(?:the|a|an|his|her)\b))|\s*,\s+{_LATER}\s+(?:(?:the|a|an)\s+)?)"
    rf"(?P<p>{_DESCRIBED}){_END}"
)
# "X's tenure as governor", "his appointment as head of …".
_TENURE_AS = re.compile(
    r"[’']s\s+(?:(?:brief|long|first|second|later)\s+)?(?:tenure|term|time|years|appointment|"
    r"election|promotion|role|stint|career)\s+as\s+(?:(?:the|a|an)\s+)?"
    rf"(?P<p>{TITLE}|{_LOW_POST}){_END}"
)
# "was the interior minister", "is a member of the council": a post in lower case after a
# copula needs an article.
# "was police chief of Recife", "was interior minister": without an article, a head with a
# word or two before it that are no verb's participle ("was arrested alongside journalist Y"
# is no post).
_BARE_POST = (
    rf"(?!(?:never|not|no)\b)(?:(?![a-z]+(?:ed|ing)\b){MODIFIER}){{1,2}}?(?:{HEADS})\b(?![\-’'])"
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?{CAPITAL}(?:\s+{CAPITAL}){{0,3}})?"
)
_COPULA = re.compile(
    rf"\b(?:was|is|had been|has been|remained)\s+{_ADVERBS}{_PERIOD}"
    rf"(?:(?:the|a|an|{_POSSESSOR})\s+(?P<p>{_LOW_POST})|(?P<q>(?:{HEADS})(?=\s+of\b){_OF_WORDS})"
    rf"|(?P<r>{_BARE_POST})){_END}"
)
# "…, and as head of the judiciary before becoming president, he …": a post before a pronoun.
_AS_POST_PRONOUN = re.compile(
    rf"(?<![\w’'\-])[Aa]s\s+(?:(?:the|a|an)\s+)?(?P<p>{TITLE}|{_LOW_POST})"
    r"(?:\s+(?:before|after|during|until|from|in|between|since)\b[^,;.]{0,40})?\s*,\s+(?:he|she)\b"
)
# "with X as its chairman", "named X as envoy", "X as head of the inquiry, ruled": a post
# given by "as" straight after the name.
_NAME_AS = re.compile(
    rf"\s+as\s+(?:(?:its|their|the|his|her|a|an)\s+)?(?P<p>{TITLE}|{_LOW_POST}){_END}"
)
# ("Y succeeded X as minister": the post is Y's, the subject's, not the one X left.)
_LEFT_TO = re.compile(r"\b(?:succeed(?:ed|s)?|replac(?:ed|es|e)|follow(?:ed|s)?|after)\s+$")
# (The pattern's own comma and space before the pronoun, as _AS_POST_PRONOUN reads them.)
_PRONOUN_AFTER_COMMA = re.compile(r",\s+(?:he|she)\b")
# "headed the secret police" is the post "head of the secret police".
_POST_OF_VERB = {
    "commanded": "commander", "headed": "head", "ran": "head", "led": "leader",
    "chaired": "chair", "directed": "director", "governed": "governor", "presided over": "head",
    "was in charge of": "in charge", "were in charge of": "in charge",
    "took charge of": "in charge", "took command of": "commander",
    "assumed command of": "commander", "was given command of": "commander",
    "took over command of": "commander", "assumed leadership of": "leader",
    "given command of": "commander", "placed in command of": "commander",
    "put in charge of": "in charge", "placed in charge of": "in charge",
    "commands": "commander", "heads": "head", "runs": "head", "leads": "leader",
    "chairs": "chair", "directs": "director", "governs": "governor", "is in charge of": "in charge",
    "to command": "commander", "to head": "head", "to run": "head", "to lead": "leader",
    "to chair": "chair", "to direct": "director", "to govern": "governor",
    # ("X, commanding the 3rd Brigade, …": a participle in apposition.)
    "commanding": "commander", "heading": "head", "chairing": "chair", "directing": "director",
    "governing": "governor", "presiding over": "head", "in command of": "commander",
}  # fmt: skip
_VERBS = "|".join(sorted(_POST_OF_VERB, key=len, reverse=True))
_DETERMINER = r"(?:the|a|an|its|his|her|their)"
_OBJECT = (
    rf"{_DETERMINER}\s+(?:(?:{MODIFIER}){{0,4}}(?i:{BODY})s?\b|(?:{CAPITAL}\s+){{0,4}}{CAPITAL})"
    rf"(?:\s+(?:of|for|in)\s+(?:the\s+)?{CAPITAL}(?:\s+(?:of|the|{CAPITAL})){{0,4}})?"
)
# ("led the junta as President": the post is the one after "as".)
_HEADED = re.compile(rf"\b(?P<verb>{_VERBS})\s+(?P<o>{_OBJECT})(?=[,.;)]|\s+(?!as\b)|$)")
# Between the name and a predicate: nothing, an apposition, "who", or a verb phrase of the same
# subject joined by "and" or a comma ("seized power in 1982 and served as …").
_NEXT_TO = re.compile(
    rf"(?:\s*,\s*who|\s*,[^,;:]{{1,80}},|\s*,\s+(?:a|an|the)\s[^,;:]{{1,60}}?\swho)?\s*{_ADVERBS}"
    # ("who had served as …": a perfect's auxiliary before the verb.)
    rf"(?:(?:had|has|have)\s+{_ADVERBS})?"
    # ("who was serving as …": a progressive's auxiliary.)
    rf"(?:(?:was|were|is|are)\s+{_ADVERBS})?"
    rf"(?:(?:was|were|had been|has been)\s+{_ADVERBS}(?:appointed|named|chosen|elected|sent)\s+)?"
)
# "X, a colonel who was director of …": the relative clause of an apposition.
_APPOSED = re.compile(r"\s*,\s+(?:a|an|the)\s[^,;:]{1,60}?\s")
# ("… seized control in 1979 and later ruled as president": a word of time after "and".)
# ("X was promoted to colonel and in March 2015 was appointed …": a period after "and".)
_JOINED = re.compile(
    rf"(?![’']s)[^;:()]*?(?:,|\band|\bbut|\bbefore|\bafter|\bthen)\s+{_ADVERBS}"
    rf"(?:{_PERIOD_WORDS},?\s+)?"
)
_WHO_CLAUSE = re.compile(r"\s*,\s*who\s+")
_OBJECT_OF = re.compile(r"\b(?:to|by|of|with|from|for|against|on|at|about|than|like)\s+$")
# Words that bring in another subject or clause between the name and a predicate.
_OTHER_SUBJECT = re.compile(
    r"\b(?:that|who|whom|whose|which|where|when|while|because|whether|if|said|says|told|"
    r"according|his|her|their|its|he|she|they)\b"
)
_UNDER_AFTER = re.compile(r"[’']s\s+(?P<noun>command|leadership)\b")
_UNDER_BEFORE = re.compile(r"\bunder\s+$")
HOLDER = {"command": "commander", "leadership": "leader", "direction": "director",
           "chairmanship": "chair", "presidency": "president"}  # fmt: skip
_BODY_WORD = re.compile(rf"(?i:\b{BODY}s?\b)")


def after_name(
    text: str, person: Mention, stop: int, end: int, bodies: list[Mention]
) -> list[Found]:
    """Posts written after the name, up to `stop` (the next person, or `end`, the sentence's
    end: "succeeded Y as …" reads over the next person)."""
    found: list[Found] = []
    subject = not is_object(text, person)
    # ("X Jr., the former mayor of …": a generation's suffix the name rules left out.)
    after = _after_suffix(text, person)

    def add(match: re.Match[str] | None, group: str = "p") -> None:
        if match and match.group(group):
            found.append((match.start(group), match.end(group), match.group(group)))

    # (An apposition may name another person: "X, the designated successor of Y, …".)
    apposed = _APPOSITION.match(text, after, end)
    add(apposed)
    chained = apposed and _AND_THEN.match(text, apposed.end("p"), stop)
    while chained:
        add(chained)
        chained = _AND_THEN.match(text, chained.end("p"), stop)
    if not apposed:
        add(_RELATION_AND_POST.match(text, after, stop))
    add(_RANK_APPOSED.match(text, after, stop))
    add(_WHO_WAS.match(text, after, stop))
    add(_WHO_AS.match(text, after, stop))
    if not _LEFT_TO.search(text, max(0, person.start - 12), person.start):
        add(_NAME_AS.match(text, after, stop))
    one_of = _ONE_OF.match(text, after, end)
    if one_of:
        found.append((one_of.start("p"), one_of.end("of"), one_of["p"] + one_of["of"]))
    add(_JUXTAPOSED.match(text, after, stop))
    add(_BRACKETED.match(text, after, stop))
    add(_TENURE_AS.match(text, after, stop))
    under = _UNDER_AFTER.match(text, after, stop)
    if under and _UNDER_BEFORE.search(text, max(0, person.start - 12), person.start):
        found.append((under.start("noun"), under.end("noun"), HOLDER[under["noun"]]))
    for match in _PREDICATE.finditer(text, after, stop):
        if not _same_subject(text, after, match.start(), subject):
            continue
        if match.group("m"):
            found.append((match.start("m"), match.end("m"), "member"))
        else:
            add(match)
    for match in _APPOINTED.finditer(text, after, end):
        over = match.end() > stop and not match["verb"].startswith(("succeed", "replac"))
        if match.start() < stop and not over and _same_subject(text, after, match.start(), subject):
            add(match)
    for match in _COPULA.finditer(text, after, stop):
        if _same_subject(text, after, match.start(), subject):
            add(match, next(g for g in ("p", "q", "r") if match[g]))
    for match in _HEADED.finditer(text, after, stop):
        if _same_subject(text, after, match.start(), subject) and _is_body(match, bodies):
            post = f"{_POST_OF_VERB[match['verb']]} of {match['o']}"
            found.append((match.start("verb"), match.end("o"), post))
    return found


def shared_post(text: str, end: int, stop: int, subject: bool) -> list[Found]:
    """The post in the plural written after the last of names joined by "and", ending at
    `end`: each of them holds it, in the singular (after "were" only where the names are
    the sentence's subject)."""
    match = _SHARED.match(text, end, stop) or (
        _SHARED_COPULA.match(text, end, stop) if subject else None
    )
    if not match:
        return []
    return [(match.start("p"), match.end("of"), match["p"] + match["of"])]


def post_apposed(text: str, person: Mention, stop: int) -> bool:
    """Whether a post in apposition follows the name, or one the name's own copula gives
    ("General X, who was chief of police", "General X, who had seized power, was head of
    state"): a rank before it is then a form of address. (A post read from a verb, "Colonel
    X, who commanded the battalion", leaves the rank a post.)"""
    after = _after_suffix(text, person)
    if _APPOSITION.match(text, after, stop) or _WHO_WAS.match(text, after, stop):
        return True
    subject = not is_object(text, person)
    return any(
        _same_subject(text, after, match.start(), subject)
        for match in _COPULA.finditer(text, after, stop)
    )


def _after_suffix(text: str, person: Mention) -> int:
    suffix = SUFFIX.match(text, person.end)
    return suffix.end() if suffix else person.end


def _same_subject(text: str, start: int, end: int, subject: bool) -> bool:
    """Whether the predicate at `end` still has the name ending at `start` as its subject (a
    name after a preposition, "according to X", is the subject only of what follows at once)."""
    if _NEXT_TO.fullmatch(text, start, end):
        return True
    if text.startswith("who ", end) and _APPOSED.fullmatch(text, start, end):
        return True
    # ("X, who chaired the council and had been justice minister": the relative clause's verbs
    # share its subject, the name.)
    who = _WHO_CLAUSE.match(text, start, end)
    if who and _JOINED.fullmatch(text, who.end(), end):
        return not _OTHER_SUBJECT.search(text, who.end(), end)
    joined = _JOINED.fullmatch(text, start, end)
    return subject and bool(joined) and not _OTHER_SUBJECT.search(text, start, end)


def _is_body(match: re.Match[str], bodies: list[Mention]) -> bool:
    """A capitalised object is a body only when it was found as an organisation or place."""
    if _BODY_WORD.search(match["o"]):
        return True
    return any(m.start <= match.end("o") and match.start("o") < m.end for m in bodies)


def before_pronoun(text: str, start: int, end: int) -> list[Found]:
    """Posts given to a pronoun in `text[start:end]` ("as head of X, he …"); whose they are is
    the caller's to say."""
    if not _PRONOUN_AFTER_COMMA.search(text, start, end):
        return []
    return [(m.start("p"), m.end("p"), m["p"]) for m in _AS_POST_PRONOUN.finditer(text, start, end)]


def is_object(text: str, person: Mention) -> bool:
    """Whether the name is a preposition's object ("according to X"), not a clause's subject."""
    return bool(_OBJECT_OF.search(text, max(0, person.start - 20), person.start))
