"""Persons whose names no list knows, found because the text itself marks them as names.

A foreign name written in Persian (Arabic, Lebanese, Ethiopian …) has neither a listed given
name nor a Persian family name's shape, so `persons_fa` cannot open it. The text marks it all
the same: an Arabic article (عمر البشیر)، an age in apposition (، ۲۳ ساله)، a post in
apposition before or after it (X Y، سخنگوی …، گفت)، a noun for a person before به نام، a
pseudonym's mark in brackets, a government named after its leader (دولت X Y), a leadership
held as a verbal noun before the name (به رهبری X Y). Each mark is
found first, then the words before or after it are read.
"""

import re
from collections.abc import Callable, Iterator

from sabt.extract.anchored import by_first_letter
from sabt.extract.name_shapes_fa import (
    family_shape,
    is_given_name,
    is_known_place,
    is_nationality,
    opens_name,
)
from sabt.extract.name_words_fa import (
    HEAD_WORD,
    HONORIFICS,
    LETTERS,
    NAME_ENDS,
    NOT_A_NAME,
    PERSON_CUE,
    SENTENCE_OPENS,
    WORD,
    WORD_JUST_BEFORE,
    WORD_START,
    WORDS,
    may_name,
    scan,
)
from sabt.extract.speakers_fa import speaker_names
from sabt.extract.stretch_words_fa import StretchWords, opened_at_words
from sabt.extract.unlisted_names_fa import (
    CALLINGS,
    NOT_A_LEADERS_NAME,
    POSTS,
    apposed_unlisted_name,
    unlisted_name,
    unlisted_word,
)

# Names no list knows, when the text itself marks them: an Arabic name with its article
# ("عمر البشیر، …", "علی حسن المجید گفت") or an age ("سینا قنبری، ۲۳ ساله، …").
_ARTICLE_WORD = re.compile(rf"(?=ال)(?<=\s)ال[{LETTERS}]{{2,}}(?={PERSON_CUE})")
_WORDS_BEFORE = re.compile(rf"(?:(?P<given>{WORD})\s+)?(?P<first>{WORD})\s+$")
# Arabic words that open a body's name with an article after them, no person's: a crowd or
# mobilisation, an army, a front, a party, a movement, a group, brigades, companies, leagues,
# supporters, forces (حشد الشعبی، جیش المهدی، کتائب …، عصائب اهل الحق).
_ARABIC_BODY_WORD_LIST = (
    "حشد جیش جبهه جبهة حزب حرکت حرکة جماعت جماعة تنظیم کتائب کتیبه سرایا عصائب لواء الویه "
    "انصار قوات مجلس اتحاد رابطه هیئت"
)
_ARABIC_BODY_WORDS = frozenset(_ARABIC_BODY_WORD_LIST.split())
# Both are found from the comma on, then the two words before it are read.
_AGED = re.compile(r"،\s*[0-9۰-۹]{1,2}\s*ساله")
# A post in apposition marks the two words before it as a name, when the second is a known
# given name used as a family name ("صدام حسین، رئیس‌جمهور وقت عراق").
_POSTED = re.compile(
    r"،\s*(?:رئیس|رییس|وزیر|دادستان|فرمانده|استاندار|رهبر|نخست[\u200c ]?وزیر|سخنگوی)"
)
# A post in an apposition closed by a second comma before the sentence ends ("X Y، سخنگوی
# دفتر …، گفت"), or after two words that open the sentence ("X Y، نخست‌وزیر … گفت"), marks
# them as a person's name whatever their origin: a foreign name written in Persian (Lebanese,
# Israeli, Ethiopian …) that no list of given names holds.
# The holders of a post or a body's members, one of whom a name is ("X Y، از رهبران حزب، …").
_HOLDERS = (
    "رهبران|اعضای|فرماندهان|بنیان‌گذاران|بنیانگذاران|مسئولان|افسران|مدیران|نمایندگان|"
    "مشاوران|معاونان|کارکنان"
)
# A relative, a survivor or a witness in apposition marks a name the same way ("X Y، مادر یکی
# از دانشجویان، گفت", "X Y، از بازماندگان حمله، …").
_DESCRIPTION = (
    r"(?:مادر|پدر|همسر|بیوه|برادر|خواهر|پسر|دختر|عموی|دایی|یکی\s+از|از\s+بازماندگان|"
    rf"از\s+(?:{_HOLDERS})|"
    r"بازمانده|شاهد|ساکن|اهل|زنی|مردی)"
    rf"(?![{LETTERS}\u200c])"
)
_POST_AFTER = re.compile(rf"،\s*(?:{POSTS}|{_DESCRIPTION})")
# A calling shared by the names of a list before it, in the plural or after a count ("X Y و
# Z W، دو پژوهشگر …", "X Y و Z W، پژوهشگران …"): each name of the list is a person's.
_SHARED_CALLING = re.compile(
    rf"،\s*(?:(?:دو|سه|چهار|هر\s+دو)\s+(?:{POSTS})|(?:{CALLINGS})ان(?![{LETTERS}]))"
)
# The word that joins a list's names: و, or a comma.
_LISTED_BEFORE = re.compile(r"(?:\s+و|\s*،)\s*$")
_CLOSING_COMMA = re.compile(r"[^.!?؟\n،]{0,120}،")
_COMMA_BEFORE = re.compile(r"،\s*$")
# What stands before a name inside a clause: a comma, or a preposition with or without its
# noun (با حضور، به فرمان، در دیدار با).
_INSIDE_A_CLAUSE = re.compile(
    rf"(?:،|(?<![{LETTERS}\u200c])(?:با|به|از|برای|بر|تحت)(?:\s+{WORD})?)\s*$"
)
# The speaker's verbs that close an apposition ("X Y، سخنگوی …، گفت").
_SAYS = r"(?:گفت|اعلام کرد|افزود|نوشت|تأکید کرد|تاکید کرد)"
# Unclosed, the apposition runs into the speaker's verb, with no object (را) before it.
_SAYS_AFTER_POST = re.compile(rf"(?:(?!\sرا\s)[^.!?؟\n،]){{0,80}}?\s{_SAYS}")
# The same post before the name, the name closed by a comma or a speech verb: "دبیرکل سازمان
# ملل، X Y، گفت", "سخنگوی ارتش، X Y اعلام کرد", or one word, a name used alone ("دیکتاتور
# برمه، X، …"). Found from the comma, then the post read back.
_NAME_AFTER_COMMA = re.compile(
    rf"،\s*(?P<name>{WORD}(?:\s+{WORD})?)"
    rf"(?=\s*،|\s+{_SAYS}\b)"
)
# A title too: "سرگرد ژاپنی، X، …" (its words grouped by first letter, one branch tried).
_POST_OPENS_CLAUSE = re.compile(
    rf"(?<![{LETTERS}\u200c])(?:{POSTS}|(?:{by_first_letter(HONORIFICS)})(?![{LETTERS}\u200c]))"
    r"[^.!?؟\n،]{0,80}$"
)
# A post itself after the comma is a second apposition, no name (X Y، دادستان فدرال، …).
_OPENS_WITH_A_POST = re.compile(rf"(?:{POSTS})(?![{LETTERS}])")
# A person called by name after a noun for one: "مردی به نام X Y", "زنی به نام X". Found from
# به نام, then the noun read back.
# (_CALLER, read before it, ends in a space, so به opens its word.)
# Three words where a bracket, a comma or a speech verb closes them: a name written family
# name first (a Chinese one: "پیرمردی به نام لی وی مینگ (…)", "… به نام تان کیم هوا گفت").
_BY_NAME = re.compile(
    rf"به\s+نام\s+(?P<name>{WORD}(?:\s+{WORD})?(?:\s+(?P<third>{WORD})(?={PERSON_CUE}))?)"
)
# An old man or woman too (پیرمردی، پیرزنی), and one of a calling (خبرنگاری، کشیشی).
_CALLER = re.compile(
    rf"(?<![{LETTERS}\u200c])(?:پیرمرد|پیرزن|مرد|زن|فرد|شخص|جوان|نوجوان|کودک|دختر|پسر|زندانی|مأمور|مامور|"
    rf"افسر|سرباز|کشاورز|معلم|دانشجو|کشیش|راهب|کارگر|{CALLINGS})(?:ی|\u200cای)\s+$"
)
# A name the writer marks as changed or made up: "X Y (نامی ساختگی)", "X (نام مستعار)". Found
# from the bracket, then the one or two words before it read.
_PSEUDONYM = re.compile(
    r"\(\s*(?:نامی|نام|اسم)\s+(?:ساختگی|مستعار|مستعاری|غیرواقعی|تغییر[\u200c ]?یافته)\s*\)"
)
# What may stand before such a name: the sentence's start, punctuation, a function word, a
# date's year or day ("در فوریه ۱۹۷۷ X Y، …").
_OPENING_BEFORE = re.compile(rf"(?:^|[.!?؟\n:«»()\u061b\u2013\u20140-9۰-۹]|(?P<word>{WORD}))\s*$")
# A government or regime named after its leader: "دولت X Y را سرنگون کرد", "رژیم X Y در …".
_GOVERNMENT_OF = re.compile(
    rf"{WORD_START}(?:دولت|رژیم|حکومت|کابینه)(?:\u200cی|ِ)?\s+(?P<name>{WORD}\s+{WORD})"
    r"(?=\s+(?:را|در|که|به|با|و)\s|\s*[،.(])"
)
# A relative clause in apposition that gives the post the person held: "X Y Z، که در آن زمان
# نخست‌وزیر بود، گفت", "X Y، که دادستان کل کشور است، …". Found from "، که", then the two or
# three words before it read, the first opening its clause.
_WHO_WAS = re.compile(
    rf"،\s*که\s(?=[^.!?؟\n،]{{0,100}}?(?<![{LETTERS}\u200c]){POSTS}[^.!?؟\n،]{{0,100}}?"
    r"\s(?:بود|است|بوده|بوده است|هست)\s*،)"
)
# A relative clause whose pronoun, an object, stands for the person named before it (او، وی;
# a thing's is آن): "X Y، که مردم او را «…» می‌نامیدند، …", "X Y، که به وی پناه دادند، …";
# not او as the clause's subject, which is someone else (پیمان صلح، که او امضا کرد).
_WHO_HIM = re.compile(
    rf"،\s*که\s(?=[^.!?؟\n،]{{0,60}}?(?:(?<![{LETTERS}\u200c])(?:او|وی)\s+را|"
    rf"(?<![{LETTERS}\u200c])(?:به|از|با|برای)\s+(?:او|وی))(?![{LETTERS}\u200c]))"
)
_THREE_WORDS_BEFORE = re.compile(rf"(?<![{LETTERS}\u200c])(?P<name>{WORD}\s+{WORD}\s+{WORD})\s*$")
# A head of state's or government's title before the name, a place and "then" allowed
# between: "رئیس‌جمهور وقت X Y Z دادستان …", "نخست‌وزیر اسرائیل X Y گفت", "دیکتاتور
# گواتمالا X Y در …".
_LEADER = re.compile(
    rf"{WORD_START}(?:رئیس[\u200c ]?جمهور|رییس[\u200c ]?جمهور|نخست[\u200c ]?وزیر|صدراعظم|"
    rf"پادشاه|امپراتور|ملکه|دیکتاتور)(?![{LETTERS}\u200c])"
)
_NEXT_WORD = re.compile(rf"\s+(?P<word>{WORD})")
_LEADER_QUALIFIERS = frozenset(("وقت", "سابق", "پیشین", "اسبق", "فقید"))
# The words that close it: a function word or verb, or a common noun (an event, a time) the
# name runs into ("رئیس‌جمهور X Y قیام را …").
_CLOSE_A_LEADERS_NAME = NAME_ENDS | NOT_A_NAME
# What may follow the name: a cue, a colon or a function word; not the sentence's end, where
# Persian puts the verb ("ملکه X درگذشت.").
_AFTER_A_LEADERS_NAME = re.compile(rf"{PERSON_CUE}|\s*[:»؛]|\s+(?P<word>{WORD})")
_TWO_WORDS_BEFORE = re.compile(rf"(?<![{LETTERS}\u200c])(?P<name>{WORD}\s+(?P<last>{WORD}))\s*$")
# A calling or a post and a nationality before the name, no comma between: "مستندساز ایرلندی
# X Y از …", "خبرنگار بلژیکی X Y گزارش داد". Found from the calling, the nationality then checked.
_CALLING_OF_A_NATION = re.compile(
    rf"(?<![{LETTERS}\u200c]){POSTS}(?:\u200cی|ی|ِ)?\s+(?P<nation>{WORD})"
    rf"(?P<name>(?:\s+{WORD}){{2,3}})"
)
_CLOSES_A_NAME = re.compile(rf"{PERSON_CUE}|\s*[.:؛]|\s+(?P<word>{WORD})")
# Words that open a clause and are no name's first word (but, then, also).
_CONNECTIVES = frozenset(
    ["اما", "ولی", "لیکن", "البته", "سپس", "بنابراین", "همچنین", "اکنون", "هنوز", "ضمنا", "تاکنون"]
)
# A body or a force led by a person, a post held as a verbal noun before the holder's name:
# "به رهبری X Y"، "تحت فرماندهی X Y"، "به ریاست X Y"، "زیر نظر X Y".
# Found from the post (the engine looks for its first letters fast), then به read back.
_LED_BY = re.compile(
    r"(?:رهبری|ریاست|فرماندهی|سرپرستی|دبیرکلی|مدیریت|نظر|امامت)"
    rf"(?:\u200cی)?(?P<name>(?:\s+{WORD}){{2,3}})"
)
_LED_BEFORE = re.compile(rf"(?<![{LETTERS}\u200c])(?:(?P<to>به)|تحت|زیر)\s+$")
LED_BY = "led-by-fa"
APPOSED = "post-apposition-fa"  # the rule of a name with a closed post after it


def marked_names(index: StretchWords) -> Iterator[tuple[int, int, str]]:
    """Spans of the names the text marks, each with the rule of its mark: an Arabic article
    (عمر البشیر), an age (سینا قنبری، ۲۳ ساله), a post, a calling or a relative in apposition
    after the name or a post before it, به نام, a leadership (به رهبری X Y), a pseudonym, a
    government named after its leader (دولت X Y را), a relative clause's post, a leader's
    title, a speech verb, and a post after a family name that is also a given name (صدام
    حسین، رئیس‌جمهور), in the Persian stretches that `index` reads."""
    text, where = index.text, index.where
    yield from _arabic_names(text, where)
    for mark in scan(_AGED, text, where):
        name = _two_words_before(text, mark.start())
        if name:
            yield (*name.span("name"), "age-fa")
        elif given := _given_name_apposed(text, mark.start(), closed=True):
            yield (*given, "age-fa")
    for post in scan(_POST_AFTER, text, where):
        apposed = _apposed_name(text, post)
        if apposed:
            yield (*apposed, APPOSED)
    for shared in scan(_SHARED_CALLING, text, where):
        yield from _listed_names(text, shared)
    yield from _named_after_a_post(text, where)
    for calling in opened_at_words(_CALLING_OF_A_NATION, index):
        if is_nationality(calling["nation"]):
            held = _name_closed_after(text, *calling.span("name"))
            if held:
                yield (*held, "calling-of-a-nation-fa")
    yield from _called_by_name(text, where)
    for led in scan(_LED_BY, text, where):
        before = _LED_BEFORE.search(text, max(0, led.start() - 6), led.start())
        # Oversight is held under one (زیر نظر X، تحت نظر X); به نظر X is X's opinion (به نظر
        # من، in my view), no one's lead.
        if not before or (before["to"] and led.group().startswith("نظر")):
            continue
        held = _leaders_after(text, *led.span("name"))
        if held:
            yield (*held, LED_BY)
    for mark in scan(_PSEUDONYM, text, where):
        yield from _before_pseudonym(text, mark.start())
    for ruled in opened_at_words(_GOVERNMENT_OF, index):
        words = ruled["name"].split()
        # (a government described, no leader named: دولت انتقالی X, the transitional one)
        if (
            words[0] not in NOT_A_LEADERS_NAME
            and not is_known_place(ruled["name"])
            and all(may_name(w) and not is_known_place(w) for w in words)
        ):
            yield (*ruled.span("name"), "government-of-fa")
    yield from _who_held_a_post(text, where)
    for title in opened_at_words(_LEADER, index):
        leader = _leaders_name(text, title.end())
        if leader:
            yield (*leader, "leader-fa")
    yield from speaker_names(text, where)
    for mark in scan(_POSTED, text, where):
        name = _two_words_before(text, mark.start())
        if name and is_given_name(name["last"]) and not opens_name(name["name"].split()[0]):
            yield (*name.span("name"), "post-fa")


def _arabic_names(text: str, where: list[tuple[int, int]]) -> Iterator[tuple[int, int, str]]:
    """Names with an Arabic article (عمر البشیر، …), with a known given name before it (علی
    حسن المجید); not a body's opening word (حشد الشعبی)."""
    for article in scan(_ARTICLE_WORD, text, where):
        lead = max(0, article.start() - 60)
        before = _WORDS_BEFORE.search(text, lead, article.start())
        if before is None:
            continue
        given = before["given"]
        if before["first"] in _ARABIC_BODY_WORDS:
            continue
        start = before.start("given") if given and is_given_name(given) else before.start("first")
        yield start, article.end(), "arabic-name-fa"


def _named_after_a_post(text: str, where: list[tuple[int, int]]) -> Iterator[tuple[int, int, str]]:
    """Names of two words or one after a post that opens the clause, closed by a comma or a
    speech verb (دبیرکل سازمان ملل، X Y، گفت; دیکتاتور برمه، X، …)."""
    for comma in scan(_NAME_AFTER_COMMA, text, where):
        at = comma.start()
        opening = _POST_OPENS_CLAUSE.search(text, max(0, at - 100), at)
        words = comma["name"].split()
        if (
            opening
            and _opens_a_clause(text, opening.start())
            and all(map(may_name, words))
            and not _OPENS_WITH_A_POST.match(comma["name"])
            # One word alone must look like no common word (not "سخنگو، همچنان، گفت").
            and (len(words) == 2 or (unlisted_word(words[0]) and words[0] not in _CONNECTIVES))
        ):
            yield (*comma.span("name"), "post-before-fa")


def _called_by_name(text: str, where: list[tuple[int, int]]) -> Iterator[tuple[int, int, str]]:
    """Names after a noun for a person and به نام (مردی به نام X Y)."""
    for called in scan(_BY_NAME, text, where):
        if not _CALLER.search(text, max(0, called.start() - 16), called.start()):
            continue
        words = called["name"].split()
        if len(words) == 3 and not all(map(may_name, words)):
            words = words[:2]
        if len(words) == 2 and not may_name(words[1]):
            words = words[:1]
        if may_name(words[0]):
            start = called.start("name")
            yield start, start + len(" ".join(words)), "called-fa"


def _who_held_a_post(text: str, where: list[tuple[int, int]]) -> Iterator[tuple[int, int, str]]:
    """The three or two words before a relative clause that gives the post held (X Y، که در آن
    زمان نخست‌وزیر بود، …) or stands for a person by its pronoun (X Y، که مردم او را …),
    opening their clause."""
    for clause in scan(_WHO_WAS, text, where):
        name = _clause_opening_name(text, clause.start(), may_name)
        if name:
            yield (*name, "who-was-fa")
    for clause in scan(_WHO_HIM, text, where):
        # No post vouches for the words here, so none may be a common word or a place.
        name = _clause_opening_name(text, clause.start(), unlisted_name)
        if name:
            yield (*name, "who-was-fa")


def _clause_opening_name(text: str, at: int, test: Callable[[str], bool]) -> tuple[int, int] | None:
    """The three or two words before `at` that open their clause and each pass `test`."""
    for words_before in (_THREE_WORDS_BEFORE, _TWO_WORDS_BEFORE):
        name = words_before.search(text, max(0, at - 80), at)
        if name and all(map(test, name["name"].split())) and _opens_a_clause(text, name.start()):
            return name.span("name")
    return None


def _apposed_name(text: str, post: re.Match[str]) -> tuple[int, int] | None:
    """The two words before a post in apposition (or three, a foreign name: X Y Z، نماینده‌ی
    …، …) when they open their clause, or None."""
    name = _two_words_before(text, post.start())
    closed = bool(_CLOSING_COMMA.match(text, post.end()))
    if name is None:
        return _given_name_apposed(text, post.start(), closed)
    if not _may_be_apposed(name["name"]):
        return None
    if _apposed_opens(text, name.start(), post.end(), closed):
        return name.span("name")
    # A family name's strong shape (‌زاده، ‌اف) marks the name wherever it stands, after a
    # body's name too ("دادگاه عالی X Y‌اف، روزنامه‌نگار، را …").
    if (closed or _SAYS_AFTER_POST.match(text, post.end())) and family_shape(name["last"]) == 2:
        return name.span("name")
    # Between commas, inside a longer clause ("…، پیر X، رئیس‌جمهور بوروندی، را …"), or after a
    # preposition and its noun ("با حضور X Y، رئیس‌جمهور …، …", "به فرمان X Y، فرمانده …، …"):
    # the words are a name where none of them is a common word, a place or a post.
    if (
        closed
        and _INSIDE_A_CLAUSE.search(text, max(0, name.start() - 30), name.start())
        and apposed_unlisted_name(name["name"])
    ):
        return name.span("name")
    three = _THREE_WORDS_BEFORE.search(text, max(0, post.start() - 80), post.start())
    if (
        three
        and three["name"].split()[0] not in _CONNECTIVES
        and unlisted_name(three["name"])
        and (
            _apposed_opens(text, three.start(), post.end(), closed)
            or (closed and _INSIDE_A_CLAUSE.search(text, max(0, three.start() - 30), three.start()))
        )
    ):
        return three.span("name")
    return None


def _may_be_apposed(name: str) -> bool:
    """Whether two words before a post in apposition may be a name: each may name, or the first
    is a town's name the second is no part of (a foreign given name spelt as one: تیرانا حسن)."""
    first, last = name.split()
    if not may_name(last):
        return False
    return may_name(first) or (is_known_place(first) and not is_known_place(name))


def _given_name_apposed(text: str, at: int, closed: bool) -> tuple[int, int] | None:
    """A given name alone before a closed apposition at `at`, opening its clause: a witness or
    a cleric called by it alone ("…، X، خطیب مسجد، …", "X، زنی از …، گفت")."""
    if not closed:
        return None
    one = WORD_JUST_BEFORE.search(text, max(0, at - 40), at)
    if not (one and is_given_name(one["word"])):
        return None
    opens = _COMMA_BEFORE.search(text, max(0, one.start() - 3), one.start())
    return one.span("word") if opens or _opens_a_clause(text, one.start()) else None


def _listed_names(text: str, shared: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    """The names of a list before a calling they share ("X Y و Z W، دو پژوهشگر …"): the last
    read as a post's name in apposition, then the names of two words before و or a comma, when
    the first of them opens its clause."""
    last = _apposed_name(text, shared)
    if last is None:
        return
    yield (*last, APPOSED)
    # The list's first name opens its clause; those between are joined by commas.
    at, earlier = last[0], []
    for _ in range(3):
        joint = _LISTED_BEFORE.search(text, max(0, at - 10), at)
        name = joint and _two_words_before(text, joint.start())
        if not name or not unlisted_name(name["name"]):
            return
        earlier.append(name.span("name"))
        if _opens_a_clause(text, name.start()):
            for span in earlier:
                yield (*span, APPOSED)
            return
        at = name.start()


def _before_pseudonym(text: str, at: int) -> Iterator[tuple[int, int, str]]:
    """The name before a made-up name's mark at `at`: two words where both may be a name and
    the first opens its clause (شیلان احمدی، ملکه تسفایه), else the one word (خواهرش نگار)."""
    lead = max(0, at - 80)
    two = _two_words_before(text, at)
    if two and all(map(may_name, two["name"].split())) and _opens_a_clause(text, two.start()):
        yield (*two.span("name"), "pseudonym-fa")
        return
    one = WORD_JUST_BEFORE.search(text, lead, at)
    if one and may_name(one["word"]):
        yield (*one.span("word"), "pseudonym-fa")


def _leaders_name(text: str, at: int) -> tuple[int, int] | None:
    """The two or three words of a name after a leader's title ending at `at`, past a
    qualifier (وقت) and a country (ترکیه), closed by a cue, punctuation or a function word."""
    words: list[re.Match[str]] = []
    skippable = 2
    while len(words) < 3:
        word = _NEXT_WORD.match(text, at)
        if word is None:
            break
        token = word["word"]
        if not words and skippable and (token in _LEADER_QUALIFIERS or is_known_place(token)):
            skippable -= 1
            at = word.end()
            continue
        # A country of two words (آفریقای مرکزی، کره‌ی شمالی) is the leader's, no name.
        pair = _NEXT_WORD.match(text, word.end())
        if not words and skippable and pair and is_known_place(f"{token} {pair['word']}"):
            skippable -= 1
            at = pair.end()
            continue
        if (
            not may_name(token)
            or is_known_place(token)
            or token in NOT_A_LEADERS_NAME
            or HEAD_WORD.match(token)
        ):
            break
        words.append(word)
        at = word.end()
    while len(words) >= 2:
        follows = _AFTER_A_LEADERS_NAME.match(text, words[-1].end())
        if follows and (follows["word"] is None or follows["word"] in _CLOSE_A_LEADERS_NAME):
            return words[0].start("word"), words[-1].end()
        words.pop()
    return None


def _apposed_opens(text: str, at: int, post_end: int, closed: bool) -> bool:
    """Whether a name starting at `at` before a post in apposition opens its clause: after a
    function word or punctuation where a second comma closes the post, at the sentence's start
    before the speaker's verb where none does."""
    if closed:
        return _opens_a_clause(text, at)
    return bool(
        SENTENCE_OPENS.search(text, max(0, at - 10), at) and _SAYS_AFTER_POST.match(text, post_end)
    )


def _name_closed_after(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the longest two or three words between `start` and `end` that may be a
    name no list knows, when a cue, a function word or a verb closes them."""
    words = list(WORDS.finditer(text, start, end))
    while len(words) >= 2:
        name = " ".join(word.group() for word in words)
        closing = _CLOSES_A_NAME.match(text, words[-1].end())
        if (
            unlisted_name(name)
            and closing
            and (closing["word"] is None or closing["word"] in NAME_ENDS)
        ):
            return words[0].start(), words[-1].end()
        words.pop()
    return None


def _leaders_after(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name of a leader after "به رهبری" in `start`–`end`: the words up to the first that
    no person's name holds (a place, a body, a function word), two or three of them, closed by
    a cue or a function word, or two opening with a known given name ("به رهبری X Y شهر را …")."""
    words = list(WORDS.finditer(text, start, end))
    cut = next((i for i, w in enumerate(words) if not unlisted_name(w.group())), len(words))
    if cut < 2:  # a given name and a family name at least
        return None
    closed = _name_closed_after(text, words[0].start(), words[cut - 1].end())
    if closed:
        return closed
    return (words[0].start(), words[1].end()) if opens_name(words[0].group()) else None


def _two_words_before(text: str, at: int) -> re.Match[str] | None:
    """The two words that end just before `at` (within 80 characters), a mark's name."""
    return _TWO_WORDS_BEFORE.search(text, max(0, at - 80), at)


def _opens_a_clause(text: str, at: int) -> bool:
    """Whether a name starting at `at` opens its clause: the sentence's start or punctuation
    before it, or a function word or a body's head noun ("این کمیسیون X Y، وزیر …، را")."""
    before = _OPENING_BEFORE.search(text, max(0, at - 30), at)
    if before is None:
        return False
    word = before["word"]
    return word is None or word in NAME_ENDS or bool(HEAD_WORD.fullmatch(word))
