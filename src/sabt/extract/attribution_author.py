"""Who "we" are when no witness speaks: the organisation whose report the text is.

An NGO's or a commission's report speaks of its own work in the first person plural: "We
documented 40 cases", "Our researchers counted 128 graves", "By our count, 300 …". With no
witness introduced to speak, "we" is the body that wrote the text: the one its opening lines
(title, byline, "A report by X") name, else the one the text names as a report's author. "We"
or "our research" is never a party of its own: with no author named the figure stays the
text's own.
"""

import re

from sabt.extract.anchored import longest_first
from sabt.extract.attribution_fa import FA_REPORT_ADJECTIVES
from sabt.extract.attribution_party import REPORT_OF
from sabt.extract.attribution_report import report_author
from sabt.extract.attribution_subject import DOCUMENT_HEAD
from sabt.extract.mentions import MentionIndex
from sabt.extract.name_words_fa import ORG_HEADS
from sabt.extract.word_edges import NOT_AFTER_PERSIAN, WORD_END

# "We", "us", "our research", "our own count", "ما", "پژوهش‌های ما"; and a count of the
# people "we" interviewed ("Eight of those we interviewed", "most of the survivors we met",
# or the count after them: "Of the families we met, 12"): a number of interviewees is no
# party, the report that gathered their accounts is.
_INTERVIEWEES = (
    r"of\s+(?:those\s+|the\s+(?:[\w\-]+\s+){1,3}?)(?:whom\s+|that\s+)?we\s+"
    r"(?:interviewed|met|questioned|surveyed|spoke\s+(?:to|with)|talked\s+(?:to|with))"
)
_WE = re.compile(
    r"^(?:we|us|our(?:\s+[\w\-]+){0,3}|ما|(?:[\u0600-\u06FF\u200c]+\s+){1,2}ما"
    rf"|[\w\-]+\s+{_INTERVIEWEES}|{_INTERVIEWEES}\s*,?\s*[\w\-]+)$",
    re.I,
)
# The title and byline: the text's first lines, read up to this many characters.
_OPENING = 400


# A byline names its body at a line's start, after "by" or in brackets: "Human Rights Watch,
# June 2020", "A report by X", "(X, August 2014)"; "… before the X Court" names a subject.
_BYLINE_BEFORE = re.compile(
    r"(?:^|\(|\bby\s+|[—–|]\s*|"
    # "Report of the X Commission", "Final report of X": a title that names its author
    r"^\s*(?:\w+\s+)?(?:report|findings|summary|statement)\s+(?:of|by|from)\s+(?:the\s+)?|"
    # "بخشی از گزارش سالانه‌ی X", "گزارش «X»": a Persian title's report names its author after it
    rf"{NOT_AFTER_PERSIAN}گزارش(?:‌ی|ی)?"
    rf"(?:\s+(?:{'|'.join(sorted(FA_REPORT_ADJECTIVES, key=longest_first))}))*\s+«?)$",
    re.I,
)
# "Our own archive lists 112", "our organization documented", "کانون ما … ثبت کرده است": the
# report's own body or records, never a witness's "we" ("in our street", "خانه‌ی ما").
_OUR_BODY = re.compile(
    r"\b[Oo]ur\s+(?:own\s+)?(?:organi[sz]ation|archive|records|database|documentation|"
    r"cent(?:re|er)|teams?|researchers|monitors|staff|association|foundation|network|project)\b|"
    rf"{NOT_AFTER_PERSIAN}(?:{ORG_HEADS}|مرکز|آرشیو|پایگاه|پژوهشگران)(?:‌ی|ی)?\s+ما"
    rf"{WORD_END}"
)

# "Our lawyers told us …", "our neighbours say …": a plural noun after a witness's "our" that
# names neither the report's body nor a record or count of its own is people who speak as
# themselves.
_OUR_PEOPLE = re.compile(r"^[Oo]ur\s+(?P<x>[a-z][a-z\-]*s)$")


def our_people(source: str | None) -> str | None:
    """The people "Our lawyers" or "our neighbours" names ("lawyers"), if the source is such."""
    found = _OUR_PEOPLE.match(source.strip()) if source else None
    if not found or _OUR_BODY.match(found.group()) or DOCUMENT_HEAD.fullmatch(found.group("x")):
        return None
    return found.group("x")


def speaks_as_we(source: str | None) -> bool:
    """Whether a cue's source is the first person plural ("We", "Our researchers")."""
    return bool(source and _WE.match(source.strip()))


def our_body(sentence: str) -> int | None:
    """Where a sentence names the report's own body or records in the first person ("our
    archive", "کانون ما"), if it does."""
    found = _OUR_BODY.search(sentence)
    return found.start() if found else None


def author_body(
    text: str, at: int, mentions: MentionIndex, *, below_title: bool = True
) -> str | None:
    """The organisation that wrote the text: named in its opening lines (before `at`; with
    `below_title`, on a byline of its own under a one-line title too), else named as a
    report's author before `at`."""
    end = _title_and_byline_end(text) if below_title else _first_paragraph_end(text)
    opening = min(at, _OPENING, end)
    for mention in mentions.within(0, opening):
        line = text[text.rfind("\n", 0, mention.start) + 1 : mention.start]
        if mention.type == "organization" and _BYLINE_BEFORE.search(line):
            # a title and a byline on lines of their own: the name is on the last line
            return REPORT_OF.sub("", (mention.name or mention.text).split("\n")[-1].strip())
    return (
        from_body(text, at, mentions)
        or self_introduced_body(text, at, mentions)
        or signing_body(text, mentions)
        or release_body(text, at, mentions)
        or report_author(text, at, mentions)
    )


# A Persian letter's byline, on a line of its own under its title: "از سوی انجمن X", "از طرف
# کانون Y" (from, on behalf of).
_FROM = re.compile(r"(?:^|\n)\s*(?:از سوی|از طرف)\s+")


def from_body(text: str, at: int, mentions: MentionIndex) -> str | None:
    """The body a byline in the text's first lines says the text is from, before `at`."""
    return _body_opening_after(_FROM, text, (0, min(at, _OPENING)), mentions, _SIGNATURE_LINE)


# A letter's writers named in the third person, its "we" ("در خانواده‌های امضاکنندگان این
# نامه، ۱۷ نفر …", "the families of the signatories of this letter", "the undersigned").
_SIGNATORIES = re.compile(
    rf"{NOT_AFTER_PERSIAN}امضاکنند(?:گان|ه)(?:ِ|‌ی|ی)?\s+این\s+نامه{WORD_END}"
    r"|\bsignator(?:ies|y)\s+(?:of|to)\s+this\s+letter\b|\bthe\s+undersigned\b",
    re.I,
)


def signatories_body(text: str, start: int, end: int, mentions: MentionIndex) -> str | None:
    """The body a letter is from, when text[start:end] names the letter's signatories."""
    if not _SIGNATORIES.search(text, start, end):
        return None
    return author_body(text, start, mentions)


# An open letter's writers introduce themselves in its first lines: "We, the members of the Foo
# Association, write …", "ما، اعضای «انجمن X»، این نامه را می‌نویسیم".
_WE_MEMBERS_OF = re.compile(
    r"(?:^|\n)\s*(?:we|ما)\s*[,،]\s*(?:the\s+)?(?:members\s+of|اعضای)\s+(?:the\s+)?«?", re.I
)


def self_introduced_body(text: str, at: int, mentions: MentionIndex) -> str | None:
    """The body whose members a letter's "we" says they are, before `at` (a name as long as a
    signature line at most); a name in quote marks is the body's whole, named by a rule or not."""
    named = _body_opening_after(_WE_MEMBERS_OF, text, (0, at), mentions, _SIGNATURE_LINE)
    return named or _quoted_after(_WE_MEMBERS_OF, text, (0, at))


def _quoted_after(cue: re.Pattern[str], text: str, span: tuple[int, int]) -> str | None:
    """The name in quote marks that `cue` opens in text[span] ("ما، اعضای «X»"), if any."""
    for found in cue.finditer(text, *span):
        close = text.find("»", found.end(), found.end() + _SIGNATURE_LINE)
        if text.endswith("«", 0, found.end()) and close > found.end():
            return text[found.end() : close].strip()
    return None


# A release says it is one on its first line: "PRESS RELEASE", "Statement", "بیانیه‌ی
# مطبوعاتی", "اطلاعیه".
_RELEASE_TITLE = re.compile(
    r"\s*(?:(?:press|news|media)\s+release|(?:public\s+)?statement\b|(?:بیانیه|اطلاعیه)"
    rf"(?:\u200cی|ی)?{WORD_END})",
    re.I,
)
# The body a release is by opens its headline or a sentence of its first paragraph ("Foo Watch
# calls for …", "Sanaa, 18 March — … . Foo Watch marks the anniversary …").
_RELEASE_OPENING = 600
_OPENS = re.compile(r"(?:^|\n|[.!?؟]\s+|[—–]\s+)$")


# "بیانیه‌ی انجمن X …", "اطلاعیه‌ی مطبوعاتی کانون Y": a Persian release names its body right
# after the title's word, as its possessor.
_ISSUER_AFTER_TITLE = re.compile(r"(?:\s+مطبوعاتی)?\s+")


def release_body(text: str, at: int, mentions: MentionIndex) -> str | None:
    """The body that issues a release: the organisation its title names as the release's, else
    the first organisation that opens a line or a sentence of its first lines, when its first
    line says it is a release."""
    title = _RELEASE_TITLE.match(text, 0, _first_line_end(text))
    if not title:
        return None
    issuer = _ISSUER_AFTER_TITLE.match(text, title.end())
    # the title's name, whole, as the text names the body anywhere: a name rule may miss it
    # or part of it in a title
    bodies = [m for m in mentions.within(0, len(text)) if m.type == "organization"]
    named = [m for m in bodies if issuer and text.startswith(m.text, issuer.end())]
    if named:
        longest = max(named, key=lambda m: len(m.text))
        return longest.name or longest.text
    for mention in mentions.within(0, min(at, _RELEASE_OPENING)):
        if mention.type == "organization" and _OPENS.search(text, 0, mention.start):
            return mention.name or mention.text
    return None


# What may stand before a signature's body on the text's last line: nothing, or a release's
# "Contact: press office," ("Issued by", "Signed:", «امضا:»).
_SIGNATURE_LEAD = re.compile(
    r"\s*(?:(?:contact|issued\s+by|signed|امضا)\b[^\n]{0,60}[:,]\s*)?", re.I
)
# A signature is a name alone on its line, not a sentence that ends on one.
_SIGNATURE_LINE = 100
# …nor a short closing sentence that opens on one ("وزارت کشور اعلام کرد که …", "The ministry
# said …"): a clause's joiner or a finite verb after the name makes the line a sentence.
_SENTENCE_AFTER_NAME = re.compile(
    rf"{NOT_AFTER_PERSIAN}(?:(?:که|اعلام|گفت|کرد|کرده|است|بود|شد|شده|دارد){WORD_END}|می\u200c)"
    r"|\b(?:said|says|announced|reported|stated|added|told|that|is|was|has|had)\b"
)


def signing_body(text: str, mentions: MentionIndex) -> str | None:
    """The body that signs a letter or issues a release: the organisation that stands alone on
    the text's last line ("Foo Association", "Contact: press office, Foo Watch")."""
    end = len(text.rstrip())
    line_start = text.rfind("\n", 0, end) + 1
    if end - line_start > _SIGNATURE_LINE:
        return None
    for mention in mentions.within(line_start, end):
        if mention.type == "organization" and _SIGNATURE_LEAD.fullmatch(
            text, line_start, mention.start
        ):
            if _SENTENCE_AFTER_NAME.search(text, mention.end, end):
                return None
            # the whole line: a rule may have found only the first words of a long name
            return text[mention.start : end].strip(" .")
    return None


# "Our group, the Foo Association, has listed …": the body named in apposition to the text's
# "our" body (found from its "our", a first-letter anchor), or after a Persian "ما در".
_OUR_BODY_NAMED = re.compile(
    r"\b[Oo]ur\s+(?:own\s+)?(?:group|organi[sz]ation|association|network|cent(?:re|er)|"
    r"project|committee|collective|foundation),\s+(?:the\s+)?|"
    # "ما در انجمن X تاکنون نام ۳۰۰ نفر را ثبت کرده‌ایم": "we at X" names the body we are.
    rf"{NOT_AFTER_PERSIAN}ما\s+در\s+"
)


def our_body_named(text: str, start: int, end: int, mentions: MentionIndex) -> str | None:
    """The organisation named in apposition to "our group" in text[start:end], if one is."""
    return _body_opening_after(_OUR_BODY_NAMED, text, (start, end), mentions, None)


def _body_opening_after(
    cue: re.Pattern[str],
    text: str,
    span: tuple[int, int],
    mentions: MentionIndex,
    longest: int | None,
) -> str | None:
    """The organisation whose mention opens right where `cue` ends in text[span] and ends
    within `longest` characters of it (or within the span)."""
    for found in cue.finditer(text, *span):
        reach = span[1] if longest is None else found.end() + longest
        for mention in mentions.within(found.end(), reach):
            if mention.start == found.end() and mention.type == "organization":
                return mention.name or mention.text
    return None


# A text that is a report: its first line opens with "Report", "Report summary", or names its
# author and then "— report summary" ("Human Rights Watch — report summary, May 2019"); a
# headline's "…, report finds" is a story about a report, not the report.
# A Persian one names itself the same way: "گزارش سالانه‌ی X", "X – گزارش سه‌ماهه".
_REPORT_TITLE = re.compile(
    r"\s*(?:[^\n]{0,80}?\s[—–:-]\s*)?(?:(?:(?:final|annual|interim|special)\s+)?report\b"
    r"(?!\s+(?:finds|says|shows|claims))|گزارش)",
    re.I,
)


def report_writer(text: str, at: int, mentions: MentionIndex) -> str | None:
    """The body whose report the text is, when its first line says it is one: the party of the
    figures its authors state in their own voice ("In one incident, forces executed 17 men")."""
    if not _REPORT_TITLE.match(text, 0, _first_line_end(text)):
        return None
    # A byline under the title («گزارش ویژه: …» / «X – date») names who "we" are, but the
    # narrative such a report tells in its own voice stays the text's own (its gold: [null]).
    return author_body(text, at, mentions, below_title=False)


def _first_line_end(text: str) -> int:
    line = text.find("\n")
    return line if line >= 0 else len(text)


def _first_paragraph_end(text: str) -> int:
    """Where the title and byline end: the first blank line, else the text's end."""
    blank = text.find("\n\n")
    return blank if blank >= 0 else len(text)


def _title_and_byline_end(text: str) -> int:
    """Where the title and byline end when the byline is a paragraph of its own, one line that
    ends on its date, under the title ("Title\n\nX (نهادی ساختگی) – ۲۹ فروردین ۱۴۰۲\n\n"):
    the byline's end; else the first paragraph's."""
    blank = _first_paragraph_end(text)
    byline = _BYLINE_LINE.match(text, blank)
    return byline.end() if byline else blank


# The byline under a title: one line ending on its date's last digit (or a bracketed second
# date); a headline under a dateline ("X: …") or a lead sentence ends on no digit.
_BYLINE_LINE = re.compile(r"\n\n[^\n]*[\d۰-۹]\)?[ \t]*(?=\n|$)")
