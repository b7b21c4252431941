"""The Persian side of attribution: verbs of asserting in every tense and person a report
uses them, and where the subject of such a verb lies.

A Persian source asserts a figure with a verb at the end of its clause ("گروه‌های حقوق بشری
شمار کشته‌ها را ۵۰۰۰ نفر برآورد می‌کنند"). Listing such verbs one form at a time misses the
next writer's tense, so the forms are built from each verb's past and present stems: the past
("برآورد کرد", "برآورد کردند"), the present ("برآورد می‌کند", "برآورد می‌کنند"), and the
perfect and pluperfect ("برآورد کرده است", "برآورد کرده‌اند", "برآورد کرده بود"), and
the past continuous ("می‌گفتند").
"""

import re
from collections.abc import Iterable

from sabt.extract.anchored import longest_first
from sabt.extract.word_edges import NOT_AFTER_PERSIAN, WORD_END
from sabt.text.date_words import PERSIAN_MONTH_NAMES
from sabt.text.number_words import PERSIAN_UNITS, SCALES

# A compound verb: a noun and its light verb's (past stem, present stem).
_KARDAN = ("کرد", "کن")
_DADAN = ("داد", "ده")
_ZADAN = ("زد", "زن")
_DASHTAN = ("داشت", "دار")
# نمودن is the formal کردن ("اعلام نمود", "تصریح نمودند"), ساختن a literary one ("فاش
# ساخت"), شدن makes a state of saying ("یادآور شد", "خاطرنشان شد").
_NAMUDAN = ("نمود", "نما")
_SAKHTAN = ("ساخت", "ساز")
_SHODAN = ("شد", "شو")
# "نام ۳۰۰ نفر را گرد آورده است": gathered.
_AVARDAN = ("آورد", "آور")
# Every noun a light verb turns into a verb of saying or of making known.
_SAID_WITH_KARDAN = (
    "اعلام", "گزارش", "برآورد", "تخمین", "تایید", "تأیید", "ثبت", "مستند", "ادعا",
    "منتشر", "ذکر", "تاکید", "تأکید", "اذعان", "اعتراف", "ارزیابی", "محاسبه", "شمارش",
    "روایت", "نقل", "بیان", "تصریح", "مستندسازی", "اظهار", "عنوان", "خاطرنشان", "اشاره",
    "یادآوری", "فاش", "افشا", "اعلان", "تشریح",
    # a body that identified, listed or gathered the names of N people counts them
    "شناسایی", "فهرست", "جمع‌آوری", "گردآوری", "جمع",
    # concern voiced over a count asserts it: "X از بازداشت صدها نفر ابراز نگرانی کرد"
    "ابراز نگرانی",
)  # fmt: skip
_COMPOUNDS: tuple[tuple[str, tuple[str, str]], ...] = (
    *((noun, _KARDAN) for noun in _SAID_WITH_KARDAN),
    *((noun, _NAMUDAN) for noun in _SAID_WITH_KARDAN),
    *((noun, _SAKHTAN) for noun in ("منتشر", "فاش", "خاطرنشان", "روشن", "مطرح")),
    *((noun, _SHODAN) for noun in ("یادآور", "خاطرنشان", "متذکر")),
    *((noun, _DADAN) for noun in ("گزارش", "خبر", "نشان", "شهادت", "توضیح", "اطلاع", "گواهی")),
    ("تخمین", _ZADAN),
    ("گرد", _AVARDAN),
    *((noun, _DASHTAN) for noun in ("اعلام", "اظهار", "بیان", "اذعان")),
)  # fmt: skip
# A verb of one word: (past stem, present stem).
_SIMPLE = (
    ("گفت", "گوی"), ("نوشت", "نویس"), ("افزود", "افزای"), ("دانست", "دان"), ("شمرد", "شمار"),
    # an admission asserts what is admitted: "سربازان سابق پذیرفتند که ۴۰۰ نفر کشته شدند"
    ("پذیرفت", "پذیر"),
)  # fmt: skip
# Forms that take no stem: "مدعی شد", "حاکی است".
_FIXED = (
    "مدعی شد", "مدعی شدند", "مدعی است", "مدعی‌اند", "حاکی است", "حاکی از آن است",
    # belief that asserts a figure: "خانواده‌ها بر این باورند که …", "X معتقد است که …"
    "بر این باورند", "بر این باور است", "معتقدند", "معتقد است", "معتقد بود", "معتقد بودند",
    # a finding: "دادگاه دریافت که …" (دریافت کرد, received, is no finding)
    "دریافت که", "دریافتند که", "به این نتیجه رسید", "به این نتیجه رسیدند", "نتیجه گرفت",
    "نتیجه گرفتند",
)  # fmt: skip
# Every person a report speaks in: "گفت", "گفتند", and a witness's or a body's own "we" and
# "I" ("ثبت کردیم", "شمردم", "تأیید کرده‌ایم").
_PAST_ENDINGS = ("", "ند", "یم", "م")
_PRESENT_ENDINGS = ("د", "ند", "یم", "م")
# After the participle: nothing (the journalistic perfect "گزارش داده که"), است, اند, بود.
_PERFECT_TAILS = (
    "", " است", "‌است", "‌اند", " اند", " بود", " بودند", "‌ایم", " ایم", "‌ام", " ام", " بودیم",
)  # fmt: skip
_MI = ("می‌", "می ", "می")


def _forms(past: str, present: str, *, bare_participle: bool) -> list[str]:
    forms = [past + ending for ending in _PAST_ENDINGS]
    forms += [mi + present + ending for mi in _MI for ending in _PRESENT_ENDINGS]
    # the past continuous of reported speech: "شاهدان می‌گفتند که …"
    forms += [mi + past + ending for mi in _MI for ending in _PAST_ENDINGS]
    # A simple verb's bare participle is a noun as often as a verb ("به گفته", "این نوشته").
    tails = _PERFECT_TAILS if bare_participle else _PERFECT_TAILS[1:]
    forms += [past + "ه" + tail for tail in tails]
    return forms


def persian_report_verbs() -> str:
    """A pattern of every form. Compound verbs are grouped by light verb ("(?:اعلام|برآورد|…)
    (?:کرد|می‌کنند|…)") so that the regex engine tries a few dozen branches, not hundreds;
    within a group the longest form comes first, so that "گفته‌اند" wins over "گفت"."""
    branches = [_longest_first(_FIXED)]
    branches.append(
        _longest_first(
            [
                form
                for past, present in _SIMPLE
                for form in _forms(past, present, bare_participle=False)
            ]
        )
    )
    for light in (_KARDAN, _NAMUDAN, _SAKHTAN, _SHODAN, _DADAN, _ZADAN, _DASHTAN, _AVARDAN):
        nouns = {noun for noun, verb in _COMPOUNDS if verb == light}
        forms = _forms(*light, bare_participle=True)
        branches.append(f"(?:{_longest_first(nouns)}) (?:{_longest_first(forms)})")
    return "|".join(f"(?:{branch})" for branch in branches)


def _longest_first(forms: Iterable[str]) -> str:
    return "|".join(sorted(set(forms), key=longest_first))


# Words of time and of what is counted, which no party's name holds: "این نهاد پیش‌تر …
# برآورد کرده بود", "X شمار کشته‌ها را … برآورد کرد", "X این رقم را ذکر کرد".
NOT_IN_A_PARTY = frozenset(
    ("روز", "دیروز", "امروز", "شب", "صبح", "بامداد", "عصر", "هفته", "را", "شمار", "تعداد", "رقم",
     "نیز", "هم", "پیش‌تر", "پیشتر", "قبلاً", "قبلا", "اخیراً", "اخیرا", "بعدها", "سپس", "همچنین",
     "هم‌چنین",
     # adverbs that end as a plural does (… خبر داد و بنابراین …، و همچنان …)
     "بنابراین", "همچنان", "هم‌چنان",
     # "X تنها مرگ سه نفر را تأیید کرد": only, before what is counted
     "تنها", "فقط",
     # the act a count is the object of: "وزارت بهداشت مرگ ۵۰ نفر را تأیید کرد"
     "مرگ", "قتل", "کشتار", "کشته‌شدن", "اعدام", "بازداشت", "دستگیری", "ناپدیدشدن",
     "جان‌باختن", "هویت", "نام",
     # the hedge before a count and a list of it: "X دست‌کم ۵۴ نفر را شناسایی کرد"
     "دست‌کم", "دستکم", "حداقل", "حدود", "بیش", "کمتر", "فهرست",
     # how far or when a count reaches: "ما تا ۱۵ مهر …", "انجمن ما تاکنون …", "X ابتدا …"
     "تا", "تاکنون", "تابه‌حال", "ابتدا", "نخست", "اکنون", "هنوز",
     # where people were, which describes them: "خبرنگاران حاضر در شهر", "ناظران مستقر در …"
     "حاضر", "مستقر", "مقیم")
)  # fmt: skip
FA_SUBJECT_END = NOT_IN_A_PARTY | {"در", "به", "از", "با", "طی", "پس", "هنگام", "ضمن"}
FA_REPORT_NOUNS = frozenset(
    ("گزارش", "گزارش‌های", "گزارش‌ها", "بیانیه", "بیانیه‌ی", "آمار", "آمارهای", "برآورد",
     "برآوردهای", "تخمین", "ارقام", "داده‌های", "اطلاعات", "یافته‌های", "فهرست")
)  # fmt: skip
# "آمار رسمی دولت", "گزارش سالانه‌ی X", "تازه‌ترین گزارش X": the words that describe a report
# before the name of whoever issued it.
FA_REPORT_ADJECTIVES = frozenset(
    ("رسمی", "جدید", "تازه", "اولیه", "نهایی", "سالانه", "سالانه‌ی", "سالیانه", "سالیانه‌ی",
     "تازه‌ی", "جدیدِ", "ماهانه", "ماهانه‌ی", "مستقل", "دولتی", "غیررسمی", "منتشرشده‌ی", "اخیر",
     "رسمیِ", "تازه‌ترین", "جدیدترین", "آخرین", "واپسین")
)  # fmt: skip
PART_OF = frozenset(("یکی", "برخی", "بسیاری", "شماری", "تعدادی", "بعضی", "گروهی"))
# Every form of every verb, built once: attribution matches it in each sentence.
FA_VERBS = persian_report_verbs()
# A number word standing alone ("این هفت نفر", not «سه» in «مدرسه»); «نه» (not) is left out.
_COUNT_WORD = _longest_first(w for w in (*PERSIAN_UNITS, *SCALES) if not w.isascii() and w != "نه")
# "از صدها کشته سخن گفت": speaking of a count asserts it ("از زندان سخن می‌گفت" is talk).
FA_SPOKE_OF = (
    rf"{NOT_AFTER_PERSIAN}از "
    # "از «خبرهای نگران‌کننده» درباره‌ی بازداشت این پنج نفر سخن گفت": the count may sit after
    # what the phrase names first.
    r"(?=(?:(?!سخن)[^،؛.:\n]){0,60}?(?:[\d۰-۹]|صد|هزار|میلیون|ده‌ها|"
    rf"{NOT_AFTER_PERSIAN}(?:{_COUNT_WORD})(?![\u0600-\u06FF\u200c])))"
    rf"[^،؛.:\n]{{1,80}}? سخن (?:{FA_VERBS})(?:ند)?{WORD_END}"
)
# "در گزارش X آمده است که …", "در بیانیه‌ی این نهاد آمده": what X's report states, X asserts.
# "در اسناد X آمده است": what its records state, likewise.
FA_STATED_IN = re.compile(
    # "در خلاصه‌ی گزارش او آمده است": a part of the report states what the report does.
    rf"{NOT_AFTER_PERSIAN}در (?:(?:(?:خلاصه|متن|چکیده)(?:ِ|‌ی|ی)?\s+)?"
    r"(?:گزارش|بیانیه|اطلاعیه|نامه|گزارش‌های|بیانیه‌های|اسناد|سوابق|بایگانی)"
    r"(?:ِ|‌ی|ی)?\s+(?P<x>[^،؛.:\n\d۰-۹]{2,80}?)"
    # "در این گزارش آمده است": the report named before, and so its author.
    r"|(?P<this>(?:این|همین) (?:گزارش|بیانیه|اطلاعیه)))"
    # "در گزارش این کمیسیون، که در سال ۲۰۱۳ منتشر شد، آمده است": a relative clause on the report.
    r"(?:\s*،\s*که\s+[^،؛.:\n]{1,80}?،)?\s+آمده(?:\s+است|‌است|\s+بود)?"
    rf"{WORD_END}"
)
# "این نهاد فهرست نام ۴۰۰ نفر را در اختیار دارد": a body that holds the list or names of N
# people counts them ("۵۰ زندانی را در اختیار دارند", holding people, asserts nothing).
FA_HOLDS_NAMES = (
    rf"{NOT_AFTER_PERSIAN}(?:فهرست|نام|اسامی)(?:‌ی|ی)?\s[^،؛.:\n]{{1,60}}?"
    rf"{NOT_AFTER_PERSIAN}را در اختیار (?:دار|داشت)(?:د|ند|یم|م)?{WORD_END}"
)
# "X در گزارش خود آورده است که …": what X put in its own report.
FA_PUT_IN_OWN = rf"(?:(?<=خود )|(?<=خویش ))آورده(?: است|‌است|‌اند| اند| بود)?{WORD_END}"
# A report verb just before که makes it "that" ("اعلام کرد که …"), not "who/which".
_ENDS_IN_VERB = re.compile(rf"(?:{FA_VERBS})(?:ند)?[\s،]*$")


def persian_subject(
    body: str, openers: list[re.Match[str]], clause_start: int, subject_end: int
) -> tuple[int, int]:
    """Where the subject of a Persian verb that ends its clause lies (start, end in `body`).

    A که that follows no verb of asserting opens a relative clause inside the verb's clause,
    so the subject stands before it: "X، که در آن زمان وزیر بود، … گفت", "X که در … زندگی
    می‌کند، گفت", and "X شمار زندانیانی را که … کشته شدند … برآورد می‌کنند" (the subject is
    X, before the object the relative clause qualifies).
    """
    # "در تیر و مرداد ۱۳۶۰", "با گفت‌وگو با بستگان و بررسی پرونده‌ها": a و after a
    # month or a short phrase a preposition opens joins two nouns, opening no clause.
    while (
        openers
        and openers[-1].group() == "و"
        and _NOUN_BEFORE_AND.search(body, 0, openers[-1].start())
        and not _ENDS_IN_VERB.search(body, 0, openers[-1].start())
    ):
        openers.pop()
        clause_start = openers[-1].end() if openers else 0
    _within_apposed_relative(body, openers, subject_end)
    while openers and openers[-1].group() == "که":
        relative = openers.pop()
        # "در حالی که" (while) opens a clause of its own, as a verb's که does.
        if _ENDS_IN_VERB.search(body, max(0, relative.start() - 40), relative.start()) or body[
            : relative.start()
        ].rstrip().endswith(("در حالی", *_PERCEIVED)):
            break
        subject_end = len(body[: relative.start()].rstrip(" ،,"))
        clause_start = openers[-1].end() if openers else 0
    return _before_but(body, openers, clause_start, subject_end)


def _within_apposed_relative(body: str, openers: list[re.Match[str]], subject_end: int) -> None:
    """ "X، که دولت تشکیل داده بود و Y ریاست آن را بر عهده داشت، … گفت": a relative clause set
    off by commas holds clauses of its own (the و inside it opens none of the verb's); the
    openers inside it are dropped, so that the subject is read before its که. A clause opened
    after its closing comma ("…، و Y گفت") keeps its own subject."""
    closing = body.rfind("،", 0, subject_end)
    for index in range(len(openers) - 1, -1, -1):
        opener = openers[index]
        if opener.start() > closing:
            return
        if opener.group() == "که" and body[: opener.start()].rstrip().endswith("،"):
            # "X، که Y برپا کرده بود، کار را تمام کرد و Z گفت": a comma before the next
            # opener closed the relative clause there, and what follows is the sentence's own.
            inside = (
                index < len(openers) - 1
                and "،" not in body[opener.end() : openers[index + 1].start()]
            )
            if inside:
                del openers[index + 1 :]
            return


_NOUN_BEFORE_AND = re.compile(
    rf"{NOT_AFTER_PERSIAN}(?:{'|'.join(PERSIAN_MONTH_NAMES)})\s*$|"
    rf"{NOT_AFTER_PERSIAN}(?:با|از|در|به|برای)\s+[^\s،,]+(?:\s+[^\s،,]+)?\s*$"
)
# "در کتابی خواندم که X … برآورد می‌کنند": a verb of perceiving before که makes it "that" too, and
# whoever read or heard it is no party to what follows.
_PERCEIVED = tuple(
    past + ending
    for past in ("خواند", "شنید", "دید", "فهمید", "دریافت")
    for ending in ("م", "یم", "ند", "")
)
_OBJECT_MARK = re.compile(rf"{NOT_AFTER_PERSIAN}را{WORD_END}")
# A body's name before اما may run long: "انجمن خانواده‌های جان‌باختگان پرواز ۶۵۵ ایران‌ایر".
_MOST_WORDS_BEFORE_BUT = 8


def _before_but(
    body: str, openers: list[re.Match[str]], clause_start: int, subject_end: int
) -> tuple[int, int]:
    """ "فعالان محلی اما شمار کشته‌ها را … می‌دانند": an اما (ولی) straight after a noun, with
    no comma, sets the subject before it in contrast; what follows it up to the verb is the
    object (it holds را, or is the از-phrase of "از … خبر داد / سخن گفت"), not the subject.
    Right before the verb ("X اما می‌گوید …") nothing follows it, and the subject stands before
    it too. "X، رسانه‌ی نزدیک به Y، اما از … خبر داد": the subject is X, before its apposition."""
    if not openers or openers[-1].group() not in ("اما", "ولی"):
        return clause_start, subject_end
    but = openers[-1]
    start = openers[-2].end() if len(openers) > 1 else 0
    subject = body[start : but.start()]
    apposed = _APPOSED.fullmatch(subject)
    if apposed:
        subject = apposed.group("x")
    after = body[but.end() : subject_end]
    # "وزارت کشور، اما، شمار … را": اما set off by commas of its own.
    if after.lstrip().startswith(("،", ",")) and subject.rstrip().endswith(("،", ",")):
        subject = subject.rstrip()[:-1]
    words = subject.split()
    if (
        1 <= len(words) <= _MOST_WORDS_BEFORE_BUT
        and not subject.rstrip().endswith(("،", ","))
        and not _OBJECT_MARK.search(subject)
        and (_OBJECT_MARK.search(after) or _OF_WHAT.match(after) or not after.strip())
    ):
        return start + len(subject) - len(subject.lstrip()), len(subject.rstrip()) + start
    return clause_start, subject_end


# "X، رسانه‌ی نزدیک به Y، اما": a name, then its apposition between commas.
_APPOSED = re.compile(r"(?P<x>[^،,]+)[،,][^،,]+[،,]\s*")
# "از بازداشت ۵۰۰ نفر خبر داد", "از هزاران کشته سخن گفت": what is told of, no subject.
_OF_WHAT = re.compile(r"\s*از\s(?![^،,]*[،,])")


# The head of a counted object: "شمار کشته‌ها را", "تعداد بازداشت‌شدگان را", "رقم … را".
_OBJECT_HEADS = frozenset(("شمار", "تعداد", "رقم", "آمار", "را"))
# A preposition or word of time that opens such a phrase ("پیش از", "بعد از", "قبل از").
_ADVERBIAL_START = FA_SUBJECT_END | {"پیش", "بعد", "قبل"}


def _opens_adverbial(clause: str) -> bool:
    """Whether a clause opens with a short phrase of time or place (a preposition or a word of
    time and at most two words, "در گزارش بعدی", "روز بعد") straight before its object: no
    subject stands between them ("در همان روز دولت شمار … را" has one, and keeps it)."""
    words = clause.split()
    # "پس از", "پیش از", "بعد از": a preposition of two words
    first = 2 if words[1:2] == ["از"] else 1
    return (
        bool(words)
        and words[0] in _ADVERBIAL_START
        and "را" in words
        and any(word in _OBJECT_HEADS for word in words[first : first + 3])
    )


_PERSON_PRONOUNS = frozenset(("او", "وی", "ایشان", "آنان", "آن‌ها", "آنها"))


def shared_subject(body: str, openers: list[re.Match[str]], clause_start: int) -> tuple[int, int]:
    """The subject of a Persian verb whose clause opens with و and holds nothing before it:
    "او کشتار را رد کرده و گفته است که …" shares the subject of the clause before و. A
    pronoun that opens that clause is the subject; else the clause up to its verb holds it.
    (-1, -1) when the verb has a subject of its own.

    A clause that opens with a phrase of time or place and then names its object ("… منتشر
    کرد و در گزارش بعدی شمار کشته‌ها را … اعلام کرد") has no subject of its own either: a
    subject stands before such phrases, and a phrase of time or place is never a party."""
    if not openers or openers[-1].group() != "و":
        return -1, -1
    if body[clause_start:].strip() and not _opens_adverbial(body[clause_start:]):
        return -1, -1
    start = openers[-2].end() if len(openers) > 1 else 0
    words = body[start : openers[-1].start()].split()
    if words and words[0] in _PERSON_PRONOUNS:
        at = body.index(words[0], start)
        return at, at + len(words[0])
    return start, openers[-1].start()
