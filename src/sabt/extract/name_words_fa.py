"""The words and script that every Persian name rule reads: letters, a word, the Persian stretches
of a text, and the words that bound a name.

Persian names have no capital letters, so every rule in `names_fa` and its parts (persons,
bodies, places) stops a name where one of these words stands: a function word or a verb
(`NAME_ENDS`), a word of time or a common noun for people (`NOT_A_NAME`), a head noun of a body
or a place (`HEAD_WORD`), a kinship or case word before a family name (`NOT_A_GIVEN_NAME`).
They are kept here, once, because persons, bodies and places all judge a word by them.
"""

import re
from collections.abc import Iterator

from sabt.extract.anchored import matches_at
from sabt.extract.mentions import Mention
from sabt.extract.name_shapes_fa import (
    AGE_ENDING,
    after_given_name_shape,
    family_shape,
    is_known_place,
)

VERSION = "2"

# The letters and the short vowels a writer may mark on them (وِسک، رسماً): a marked vowel is
# part of its word, not a break that leaves half a word; and the letters of Kurdish (Sorani) as
# Kurdish names keep them in Persian text (هەژار، ڕێبین، هۆشیار، ڤیان، ماڵ، ھ).
LETTERS = (
    r"\u0621-\u064a\u064b-\u0652\u067e\u0686\u0698\u06a9\u06af\u06cc"
    r"\u0695\u06a4\u06b5\u06be\u06c6\u06ce\u06d5"
)
WORD = rf"[{LETTERS}]+(?:\u200c[{LETTERS}]+)*"
WORDS = re.compile(WORD)
# A head noun may carry the ezafe written apart (کمیته‌ی، خانهٔ); joined (زندانی = prisoner,
# گروهی = a group) it is another word.
EZAFE = r"(?:\u200cی|ٔ)?"
# Where a word begins: an Arabic-script letter with none (nor a ZWNJ) before it. The letter is
# checked first, so Latin text is passed over fast.
WORD_START = rf"(?=[{LETTERS}])(?<![{LETTERS}\u200c])"
HONORIFICS = (
    "آیت[‌ ]?الله|حجت[‌ ]?الاسلام|آقای|خانم|دکتر|مهندس|سرتیپ|سردار|سرهنگ|سرلشکر|سرگرد|"
    "ژنرال|مولوی|شیخ|سید|استاد|قاضی|زنده‌یاد|مرحوم|ماموستا|مولانا|"
    # Ranks and titles of Afghanistan, the army and the churches.
    "جنرال|داکتر|انجنیر|قوماندان|تیمسار|سپهبد|سروان|ستوان|پروفسور|کشیش|اسقف|خاخام|قاری|"
    "مارشال|دریاسالار|سرهنگ‌دوم|"
    # The whole ladder of ranks: the Iranian army's and navy's (ارتشبد … گروهبان، دریادار …
    # ناوسروان), Afghanistan's (دگروال، دگرمن، جگرن، تورن), and the clergy's and scholars' titles
    # (ثقه‌الاسلام، علامه، مفتی), the Kurdish Mr and lady (کاک، خاتو), a lady (not مام, uncle,
    # which is also a mother: مام وطن, the motherland).
    "ارتشبد|دریادار|دریابان|ناوسروان|ناوبان|گروهبان|سرجوخه|دگروال|دگرمن|جگرن|جگتورن|تورن|"
    "ثقه‌الاسلام|علامه|مفتی|کاک|کاکه|خاتو|بانو|دوشیزه|جناب|"
    # Foreign ranks and titles as the Persian press writes them (کاپیتان X، سناتور X).
    "کاپیتان|سناتور|کاردینال|فیلدمارشال"
)
_HEADS = (
    "دادستان", "معاون", "رئیس", "رییس", "وزیر", "قاضی", "نماینده", "فرمانده", "سخنگوی", "دبیر",
    "قائم‌مقام", "استاندار", "فرماندار", "امام", "رهبر", "همسر", "مدیر", "عضو",
)  # fmt: skip
# "X که در آن زمان دادستان بود", "X به عنوان فرماندار منصوب شد" also mark a name.
PERSON_CUE = rf"\s+(?:{'|'.join(_HEADS)})|\s*[،(]|\s+(?:گفت|اعلام کرد|نوشت|افزود|که|به عنوان)\b"
# Words of time and manner that open a sentence before a comma (روز شنبه، وزیر …، گفت).
_NOT_A_NAME_WORDS = (
    "روز دیروز امروز فردا صبح شب عصر ظهر سپس اکنون اینک البته بنابراین همچنین سال ماه هفته "
    "بعدها سرانجام شنبه یکشنبه دوشنبه سه‌شنبه چهارشنبه پنجشنبه پنج‌شنبه جمعه بعد قبل اخیرا "
    "اخیراً هنگام زمان گذشته آینده اخیر پیشتر پیش‌تر بامداد شامگاه "
    # People and groups named by a common noun (ماموران امنیتی، …; اهالی روستا، …).
    "مردم اهالی ماموران مأموران مقامات مسئولان مسئولین معترضان زنان مردان کودکان دانشجویان "
    "کارگران شاهدان بستگان نیروها شهروندان ساکنان پزشکان وکلا فعالان زندانیان قربانیان "
    "بازماندگان خانواده‌ها دولت حکومت رژیم "
    # Buildings and teams named after a person (مسجد جعفری، دبستان احمدی، …).
    "مسجد مدرسه دبستان دبیرستان بیمارستان کوچه بلوار پارک تیم باشگاه شرکت فروشگاه مجتمع سالن "
    "هتل حسینیه تکیه "
    # Events a leader's name runs into (رئیس‌جمهور X Y قیام را …): an uprising, a revolt, a
    # coup, a revolution.
    "قیام شورش کودتا انقلاب"
)
NOT_A_NAME = frozenset(_NOT_A_NAME_WORDS.split())
ORG_HEADS = (
    "وزارت|دادگاه|شورای|شورا|سازمان|دادستانی|سپاه|پلیس|نیروی|خبرگزاری|ستاد|کمیته|انجمن|بنیاد|"
    "حزب|کانون|گروه|مجلس|ارتش|دیده‌بان|جبهه|اتحادیه|هیئت|قوه|نهاد|کمیسیون|دانشگاه|روزنامه|"
    "شبه‌نظامیان|گردان|تیپ|لشکر|نیروهای|دادگاه‌های|کمپین|موسسه|مؤسسه|اداره|جنبش|سندیکا|"
    "فدراسیون|دادسرای|دادسرا|مجمع|قرارگاه|یگان|دیوان|جمعیت|کمیساریای|صندوق|شهرداری|استانداری|"
    "فرمانداری|دادگستری|آژانس|ائتلاف|نهضت|رادیو|تلویزیون|کلیسای|مرزبانی|آستان|"
    "سفارت|کنسولگری"  # (a country's embassy or consulate, as "the X Embassy" in English)
)
PLACE_HEADS = (
    "زندان|شهر|شهرهای|استان|استان‌های|گورستان|روستای|روستاهای|منطقه|بازداشتگاه|خیابان|میدان|"
    "محله|بزرگراه|شهرستان|دهستان|ولایت|ولسوالی|ایالت|دره|جزیره|بندر|اردوگاه|اردوگاه‌های|پادگان|"
    "بازار"
)
# Words that end a body's or a place's name: prepositions, conjunctions, demonstratives, verbs.
_NAME_ENDS_WORDS = (
    "در از به با که و یا را این آن برای تا پس پیش نیز هم همچنین اعلام گفت کرد کرده شد شده بود است "
    "هستند بودند خود او وی یک دو سه چند همه پیشین وقت سابق گزارش داد دادند کردند شدند گفتند نوشت "
    "خبر برآورد ادعا دیگر مختلف بسیاری آنان آنها ایشان ما شما کشته زخمی مصدوم اعدام بازداشت "
    "محاکمه "  # tried: در دادگاه نظامی محاکمه و تیرباران شد
    "جان "  # جان باخت، جان سپرد: died
    "موسوم معروف مشهور تنها فقط "  # known as (a name follows); only
    "خواست "  # wanted (از دولت خواست …): a verb, no name after دولت
    "همین همان"  # this very, that same: a noun named before follows (همین مأموریت)
)
NAME_ENDS = frozenset(_NAME_ENDS_WORDS.split())
# Nouns that with a light verb make a compound verb ("قرار گرفت", "منتشر کرد").
_PREVERB_WORDS = (
    "بررسی نشان تشکیل قرار مورد هدف منتشر اعلام تهیه ثبت صادر تایید تأیید رد "
    "محکوم دستگیر آزاد تکذیب منتقل ارائه برگزار دریافت آغاز متوقف ممنوع مجبور وارد خارج "
    "تجمع میتینگ حمله تیراندازی اعتراض اعتصاب حضور فرار "  # میتینگ: a rally (گذاشت)
    "سخن صحبت سخنرانی "  # spoke: سخن گفت، صحبت کرد
    "دستور اجازه فرمان پایان ادامه انجام اقدام "  # ordered, allowed, ended, went on, did
    "فتوا حکم "  # ruled: فتوا داد، حکم داد
    "آتش "  # fire opened, set or caught: آتش گشودند، آتش زدند، آتش گرفت
    "پیدا پناه"  # found, took shelter: پیدا کردیم، پناه گرفتند
)
PREVERBS = frozenset(_PREVERB_WORDS.split())
# A verb: with its prefix (می‌روند، نمی‌دانند) or in the past plural (ایستادند، رفتند); the
# light verbs also in the first and second persons and the infinitive (منتظر بودیم, we waited);
# not کردی, Kurdish; the present perfect with its ending joined (دیده‌اند، رفته‌ایم: have seen).
VERB_LIKE = re.compile(
    rf"ن?می\u200c{WORD}|{WORD}(?:دند|تند)|(?:بود|شد|کرد|داشت)(?:م|یم|ید)|(?:بود|شد|کرد|داشت)ن|"
    r"[\u0600-\u06ff]+ه\u200c(?:اند|ایم|اید)"
)
HEAD_WORD = re.compile(rf"(?:{ORG_HEADS}|{PLACE_HEADS}){EZAFE}")
# Words before a family name that are not its given name: a title (HONORIFICS), a family, a
# home, a case, a death …
NOT_A_GIVEN_NAME = re.compile(
    rf"(?:{HONORIFICS}|خانواده|خاندان|منزل|خانه|پرونده|قتل|مرگ|اعدام|بازداشت|دستگیری|حکم|"
    r"وکیل|محاکمه|آزادی|شهادت|نامه|سخنان|گفته|دفتر|مادر|پدر|همسر|برادر|خواهر|پسر|دختر|"
    r"شهید|حاج|حاجی|ملا|نام|اسم)(?:\u200cی|ی|ِ|ش)?"
)
LETTER_OR_ZWNJ = re.compile(rf"[{LETTERS}\u200c]")
WORD_JUST_BEFORE = re.compile(rf"(?<![{LETTERS}\u200c])(?P<word>{WORD})\s*$")
# A sentence's start: what may stand before a name that opens it with an unclosed apposition.
# A dateline's dash ("Kabul — X Y، …") opens the report's first sentence.
SENTENCE_OPENS = re.compile(r"(?:^|[.!?؟\n\u2013\u2014])\s*$")


# A stretch of Persian script: from an Arabic-script character to the next Latin letter.
# Every rule's match opens on an Arabic-script character and holds no Latin letter, so the
# rules scan only these stretches (a sixth of the gold texts) and skip the rest unread.
_PERSIAN_STRETCH = re.compile(r"[\u0600-\u06ff][^A-Za-z]*")


def stretches(text: str) -> list[tuple[int, int]]:
    """(start, end) of each Persian stretch, its end one character past it, so that a
    look-ahead (\\b, (?=\\s)) sees the Latin letter after it as it would in the whole text."""
    size = len(text)
    return [(m.start(), min(size, m.end() + 1)) for m in _PERSIAN_STRETCH.finditer(text)]


def scan(
    pattern: re.Pattern[str], text: str, where: list[tuple[int, int]]
) -> Iterator[re.Match[str]]:
    """pattern.finditer over each Persian stretch of `text` (look-behinds see the text before)."""
    for start, end in where:
        yield from pattern.finditer(text, start, end)


# The characters a word's run is made of (WORD's letters and the half-space).
IN_A_WORD = frozenset(c for c in map(chr, range(0x600, 0x700)) if WORDS.match(c)) | {"\u200c"}


def scan_from_keyword(
    pattern: re.Pattern[str], keyword: re.Pattern[str], text: str, where: list[tuple[int, int]]
) -> Iterator[re.Match[str]]:
    """The matches of `scan(pattern, text, where)`, found from `keyword` back, for a rule whose
    every match opens at a word's start and holds a match of `keyword` in its own word or the
    next, spaces between (X شاه، X بن Y، X‌السلطنه). A rule scanned whole is tried at every word
    (3–5 ms on the studied gold texts against 0.1–0.2 ms found from the keyword, CPU, measured
    2026-12-07); the keyword opens on a literal the engine finds fast, and the rule is tried
    only at the start of the word holding it and of the word before: no other position can
    open a match. Tried in order from where the last match ended, the matches are scan's, one
    for one."""
    for start, end in where:
        starts = set()
        for hit in keyword.finditer(text, start, end):
            own = _run_start(text, hit.start())
            before = own
            while before > 0 and text[before - 1].isspace():
                before -= 1
            starts |= {_run_start(text, before), own}
        yield from matches_at(pattern, text, sorted(starts), end)


def _run_start(text: str, at: int) -> int:
    """Where the run of letters and half-spaces that ends at `at` begins."""
    while at > 0 and text[at - 1] in IN_A_WORD:
        at -= 1
    return at


# Words of two letters in -ی that are no name: who/when, he, the verb prefix, a reed, a trail.
_SHORT_WORDS_IN_YE = frozenset(("کی", "چی", "وی", "می", "نی", "پی", "ری"))


def may_name(word: str) -> bool:
    """Whether `word` may be part of a name no list knows: not a function word, a head noun,
    a kinship or case word, a town, a verb, a plural, an indefinite noun or a word of time."""
    return not (
        word in NAME_ENDS
        or word in NOT_A_NAME
        or word in PREVERBS
        or HEAD_WORD.fullmatch(word)
        or NOT_A_GIVEN_NAME.fullmatch(word)
        or VERB_LIKE.fullmatch(word)
        or word.endswith(("ها", "های", "\u200cای", "هایی"))
        or word.endswith(AGE_ENDING)  # an age (بیست‌ساله)
        # A common word in -ی (امنیتی، سیاسی); -ای unjoined may end a foreign name (تسفای), and
        # so may -ی after one letter (گی، لی), no adjective's shape.
        or (
            word.endswith("ی")
            and not word.endswith("ای")
            and (len(word) > 2 or word in _SHORT_WORDS_IN_YE)
            and not after_given_name_shape(word)
        )
        or (is_known_place(word) and not family_shape(word))
    )


def mention(text: str, start: int, end: int, kind: str, rule: str) -> Mention:
    return Mention(None, None, kind, text[start:end], start, end, f"names:{rule}", VERSION)
