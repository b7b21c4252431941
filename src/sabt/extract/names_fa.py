"""New names in Persian text, by rule: honorifics, known given names, heads of bodies and places.

Persian has no capital letters, so a name needs a cue. A person is an honorific followed by
one or two words (آیت‌الله، سرهنگ، مولوی …), or a run of two or three words opening with a
known given name (`given_names_fa.txt`, the name parts of `sabt.text.name_parts`, or a
compound ending in الله / الدین) that a position, a comma, a parenthesis or a speech verb
follows. A body or a place is a head noun (وزارت، دادگاه، حزب، کانون …; زندان، شهر، روستای …)
with the words that name it, up to the first preposition, verb or punctuation.
"""

import re
from bisect import bisect_right
from collections.abc import Collection, Iterator

from sabt.extract.anchored import by_first_letter
from sabt.extract.mentions import Mention
from sabt.extract.name_shapes_fa import (
    after_given_name_shape,
    family_shape,
    is_known_place,
    opens_name,
    place_shape,
)
from sabt.extract.name_shapes_fa import is_given_name as is_given_name

VERSION = "2"

_LETTERS = r"\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc"
WORD = rf"[{_LETTERS}]+(?:\u200c[{_LETTERS}]+)*"
_WORDS = re.compile(WORD)
# A head noun may carry the ezafe written apart (کمیته‌ی، خانهٔ); joined (زندانی = prisoner,
# گروهی = a group) it is another word.
_EZAFE = r"(?:\u200cی|ٔ)?"
# Where a word begins: an Arabic-script letter with none (nor a ZWNJ) before it. The letter is
# checked first, so Latin text is passed over fast.
_WORD_START = rf"(?=[{_LETTERS}])(?<![{_LETTERS}\u200c])"
_HONORIFICS = (
    "آیت[‌ ]?الله|حجت[‌ ]?الاسلام|آقای|خانم|دکتر|مهندس|سرتیپ|سردار|سرهنگ|سرلشکر|سرگرد|"
    "ژنرال|مولوی|شیخ|سید|استاد|قاضی|زنده‌یاد|مرحوم|ماموستا|مولانا|"
    # Ranks and titles of Afghanistan, the army and the churches.
    "جنرال|داکتر|انجنیر|قوماندان|تیمسار|سپهبد|سروان|ستوان|پروفسور|کشیش|اسقف|خاخام|قاری|"
    "مارشال|دریاسالار|سرهنگ‌دوم"
)
_HEADS = (
    "دادستان", "معاون", "رئیس", "رییس", "وزیر", "قاضی", "نماینده", "فرمانده", "سخنگوی", "دبیر",
    "قائم‌مقام", "استاندار", "فرماندار", "امام", "رهبر", "همسر", "مدیر", "عضو",
)  # fmt: skip
# "X که در آن زمان دادستان بود", "X به عنوان فرماندار منصوب شد" also mark a name.
_PERSON_CUE = rf"\s+(?:{'|'.join(_HEADS)})|\s*[،(]|\s+(?:گفت|اعلام کرد|نوشت|افزود|که|به عنوان)\b"
# Each pattern first checks for an Arabic-script letter, so Latin text is passed over fast.
# A title may carry a rank's qualifier before the name (اسقف اعظم، سرتیپ دوم).
_PERSON_HONORIFIC = re.compile(
    rf"{_WORD_START}(?:{by_first_letter(_HONORIFICS)})(?:\s+(?:اعظم|ارشد|بازنشسته|دوم|یکم))?"
    rf"\s+(?P<name>{WORD}(?:\s+{WORD})?)"
)
# A relative named after the kinship word: "همسرش پروانه …", "برادرِ او، علی …".
_KIN = re.compile(
    rf"(?=[{_LETTERS}])(?<![{_LETTERS}])(?:همسر|برادر|خواهر|پسر|دختر|مادر|پدر|فرزند|نوه)(?:ش|شان|ِ)?\s+"
    rf"(?P<name>{WORD}(?:\s+{WORD})?)"
)
# A person's calling before the name: "روزنامه‌نگار X Y", "زندانی سیاسی X Y", "کولبر X Y".
_ROLE = re.compile(
    rf"{_WORD_START}(?:فعال (?:مدنی|سیاسی|کارگری|صنفی)|زندانی سیاسی|روزنامه‌نگار|خبرنگار|وکیل|"
    r"معلم|دانشجو|شاعر|نویسنده|ورزشکار|خواننده|هنرمند|کشتی‌گیر|پزشک|پرستار|کشاورز|کولبر|"
    r"سوخت‌بر|روحانی|مداح|بازیگر|کارگردان|فیلمساز|کارگر|زندانی)(?:\u200cی|ی|ِ)?"
    rf"\s+(?P<name>(?P<first>{WORD})\s+(?P<second>{WORD}))"
)
# Names no list knows, when the text itself marks them: an Arabic name with its article
# ("عمر البشیر، …", "علی حسن المجید گفت") or an age ("سینا قنبری، ۲۳ ساله، …").
_ARTICLE_WORD = re.compile(rf"(?=ال)(?<=\s)ال[{_LETTERS}]{{2,}}(?={_PERSON_CUE})")
_WORDS_BEFORE = re.compile(rf"(?:(?P<given>{WORD})\s+)?(?P<first>{WORD})\s+$")
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
_POSTS = (
    r"(?:سخنگو|رئیس|رییس|وزیر|دادستان|فرمانده|استاندار|فرماندار|رهبر|نخست[\u200c ]?وزیر|"
    r"کمیسر|دبیرکل|سفیر|گزارشگر|مشاور|معاون|نماینده|بنیان[\u200c ]?گذار|مدیر|"
    # A member, a scholar or a cleric in apposition, a whole word ("X Y، پژوهشگر آلمانی، …").
    rf"(?:عضو|دبیر|پژوهشگر|محقق|اقتصاددان|کارشناس|اسقف|استاد|وکیل|قاضی|مورخ|حقوقدان|"
    rf"نویسنده|روزنامه‌نگار|خبرنگار|فعال)(?![{_LETTERS}]))"
)
_POST_AFTER = re.compile(rf"،\s*{_POSTS}")
_CLOSING_COMMA = re.compile(r"[^.!?؟\n،]{0,80}،")
# Unclosed, the apposition runs into the speaker's verb, with no object (را) before it.
_SAYS_AFTER_POST = re.compile(
    r"(?:(?!\sرا\s)[^.!?؟\n،]){0,80}?\s(?:گفت|اعلام کرد|افزود|نوشت|تأکید کرد|تاکید کرد)"
)
# A sentence's start: what may stand before a name that opens it with an unclosed apposition.
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?؟\n])\s*$")
# The same post before the name, the name closed by a comma or a speech verb: "دبیرکل سازمان
# ملل، X Y، گفت", "سخنگوی ارتش، X Y اعلام کرد". Found from the comma, then the post read back.
_NAME_AFTER_COMMA = re.compile(
    rf"،\s*(?P<name>{WORD}\s+{WORD})"
    r"(?=\s*،|\s+(?:گفت|اعلام کرد|افزود|نوشت|تأکید کرد|تاکید کرد)\b)"
)
_POST_OPENS_CLAUSE = re.compile(rf"(?<![{_LETTERS}\u200c]){_POSTS}[^.!?؟\n،]{{0,80}}$")
# A person called by name after a noun for one: "مردی به نام X Y", "زنی به نام X". Found from
# به نام, then the noun read back.
# (_CALLER, read before it, ends in a space, so به opens its word.)
_BY_NAME = re.compile(rf"به\s+نام\s+(?P<name>{WORD}(?:\s+{WORD})?)")
_CALLER = re.compile(
    rf"(?<![{_LETTERS}\u200c])(?:مرد|زن|فرد|شخص|جوان|نوجوان|کودک|دختر|پسر|زندانی|مأمور|مامور|"
    r"افسر|سرباز|کشاورز|معلم|دانشجو)(?:ی|\u200cای)\s+$"
)
# A name the writer marks as changed or made up: "X Y (نامی ساختگی)", "X (نام مستعار)". Found
# from the bracket, then the one or two words before it read.
_PSEUDONYM = re.compile(
    r"\(\s*(?:نامی|نام|اسم)\s+(?:ساختگی|مستعار|مستعاری|غیرواقعی|تغییر[\u200c ]?یافته)\s*\)"
)
# What may stand before such a name: the sentence's start, punctuation, a function word, a
# date's year or day ("در فوریه ۱۹۷۷ X Y، …").
_OPENING_BEFORE = re.compile(rf"(?:^|[.!?؟\n:«»()\u061b0-9۰-۹]|(?P<word>{WORD}))\s*$")
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
    "هتل حسینیه تکیه"
)
_NOT_A_NAME = frozenset(_NOT_A_NAME_WORDS.split())
# A government or regime named after its leader: "دولت X Y را سرنگون کرد", "رژیم X Y در …".
_GOVERNMENT_OF = re.compile(
    rf"{_WORD_START}(?:دولت|رژیم|حکومت|کابینه)(?:\u200cی|ِ)?\s+(?P<name>{WORD}\s+{WORD})"
    r"(?=\s+(?:را|در|که|به|با|و)\s|\s*[،.(])"
)
_TWO_WORDS_BEFORE = re.compile(rf"(?<![{_LETTERS}\u200c])(?P<name>{WORD}\s+(?P<last>{WORD}))\s*$")
# Given names sharing the family name after the last: "بهمن و کاوه رستمی" (two brothers).
_SHARED_FAMILY = re.compile(rf"(?P<name>{WORD})\s+و\s+(?P<next>{WORD})\s+(?P<family>{WORD})")
# The first of two names joined by و: "محمد مختاری و محمدجعفر پوینده، …".
_BEFORE_AND = re.compile(rf"(?P<name>{WORD}\s+{WORD})\s+و\s+(?P<next>{WORD})")
_NAME_RUN = re.compile(rf"(?P<name>{WORD}(?:\s+{WORD}){{1,2}}?)(?={_PERSON_CUE})")
_ORG_HEADS = (
    "وزارت|دادگاه|شورای|شورا|سازمان|دادستانی|سپاه|پلیس|نیروی|خبرگزاری|ستاد|کمیته|انجمن|بنیاد|"
    "حزب|کانون|گروه|مجلس|ارتش|دیده‌بان|جبهه|اتحادیه|هیئت|قوه|نهاد|کمیسیون|دانشگاه|روزنامه|"
    "شبه‌نظامیان|گردان|تیپ|لشکر|نیروهای|دادگاه‌های|کمپین|موسسه|مؤسسه|اداره|جنبش|سندیکا|"
    "فدراسیون|دادسرای|دادسرا|مجمع|قرارگاه|یگان|دیوان|جمعیت|کمیساریای|صندوق|شهرداری|استانداری|"
    "فرمانداری|دادگستری|آژانس|ائتلاف|نهضت|رادیو|تلویزیون|کلیسای"
)
_PLACE_HEADS = (
    "زندان|شهر|شهرهای|استان|استان‌های|گورستان|روستای|روستاهای|منطقه|بازداشتگاه|خیابان|میدان|"
    "محله|بزرگراه|شهرستان|دهستان|ولایت|ولسوالی|ایالت|دره|جزیره|بندر|اردوگاه|اردوگاه‌های|پادگان|"
    "بازار"
)
# Words that end a body's or a place's name: prepositions, conjunctions, demonstratives, verbs.
_NAME_ENDS_WORDS = (
    "در از به با که و را این آن برای تا پس پیش نیز هم همچنین اعلام گفت کرد کرده شد شده بود است "
    "هستند بودند خود او وی یک دو سه چند همه پیشین وقت سابق گزارش داد دادند کردند شدند گفتند نوشت "
    "خبر برآورد ادعا دیگر مختلف بسیاری آنان آنها ایشان ما شما کشته زخمی مصدوم اعدام بازداشت "
    "جان "  # جان باخت، جان سپرد: died
    "موسوم معروف مشهور تنها فقط"  # known as (a name follows); only
)
_NAME_ENDS = frozenset(_NAME_ENDS_WORDS.split())
# نیروهای امنیتی (security forces) is no name; نیروهای طالبان is.
_GENERIC_FORCE_WORDS = "امنیتی انتظامی مسلح دولتی نظامی ویژه شورشی خودی دولت حکومت رژیم"
_GENERIC_FORCES = frozenset(_GENERIC_FORCE_WORDS.split())
_LIGHT_VERB_WORDS = "شد شدند شده کرد کردند کرده بود بودند است دادند داد داشت داشتند دارد دارند زدند"
_LIGHT_VERBS = frozenset(_LIGHT_VERB_WORDS.split())
# Nouns that with a light verb make a compound verb ("قرار گرفت", "منتشر کرد").
_PREVERB_WORDS = (
    "بررسی نشان تشکیل قرار مورد هدف منتشر اعلام تهیه ثبت صادر تایید تأیید رد "
    "محکوم دستگیر آزاد تکذیب منتقل ارائه برگزار دریافت آغاز متوقف ممنوع مجبور وارد خارج "
    "تجمع حمله تیراندازی اعتراض اعتصاب حضور فرار"
)
_PREVERBS = frozenset(_PREVERB_WORDS.split())
_LOCALITIES = frozenset(("شهر", "روستای", "روستا", "استان", "شهرستان", "بخش", "محله"))
# Plural heads before an adjective name no place (شهرهای مرزی، روستاهای کردنشین), nor armed
# forces when the adjective is all there is (نیروهای ضدانقلابی; not نیروهای دولتی سودان).
_PLURAL_HEAD = re.compile(r"ها(?:ی)?$")
_ADJECTIVE = re.compile(r"(?:ی|نشین)$")
# Who lives in a camp is no camp's name: اردوگاه آوارگان، پناهندگان، زندانیان، اسیران.
_PEOPLE = re.compile(r"(?:گان|یان|یران)$")
# Heads that are ordinary nouns too (جمعیت: a crowd, a population) name a body only as the
# subject of a report ("جمعیت … اعلام کرد").
_REPORTING_HEADS = ("جمعیت",)
_REPORTS = re.compile(r"\s+(?:اعلام|گفت|نوشت|گزارش|برآورد|تأیید|تایید|افزود|خواستار|هشدار)")
_ARMED_HEADS = frozenset(("شبه‌نظامیان", "نیروهای"))
# A body's own name after its description: "شورای نظامی موسوم به X", "… معروف به X".
_KNOWN_AS = re.compile(rf"\s+(?:موسوم|معروف|مشهور)\s+به\s+(?P<name>{WORD}(?:\s+{WORD}){{0,2}})")
_KNOWN = "known-as-fa"
# A body's short name in brackets after its full name, in the same clause: "… (X)".
_BRACKETED = re.compile(rf"[^.!?؟\n،()«»]{{0,60}}?\(\s*(?P<name>{WORD})\s*\)")
_INDEFINITE_BEFORE = re.compile(rf"(?<![{_LETTERS}\u200c])(?:یک|این|آن|همین|همان)\s+$")
_ENTERED = re.compile(r"وارد\s+$")
# A verb: with its prefix (می‌روند، نمی‌دانند) or in the past plural (ایستادند، رفتند).
_VERB_LIKE = re.compile(rf"ن?می\u200c{WORD}|{WORD}(?:دند|تند)")
# Words that make a place noun generic rather than named (the main square, a big city).
_GENERIC_PLACE_WORD_LIST = (
    "اصلی بزرگ کوچک قدیمی قدیم خصوصی دولتی عمومی محلی امن مجاور همسایه سیاه"  # black market
)
_GENERIC_PLACE_WORDS = frozenset(_GENERIC_PLACE_WORD_LIST.split())
# What a body publishes or sends, the object after its name ("انجمن … فهرستی منتشر کرد").
_OBJECT_NOUN = re.compile(
    r"(?:واکنش|فهرست|بیانیه|نامه|اطلاعیه|آمار|حکم|هشدار|شکایت|درخواست|ویدیو|تصاویر|تصویر|گزارش)"
    r"(?:ی|\u200cای|\u200cها|\u200cهای|ها|های)?"
)
_HEAD_WORD = re.compile(rf"(?:{_ORG_HEADS}|{_PLACE_HEADS}){_EZAFE}")
# An office is a body when a post-holder's: "دفتر دادستان/رئیس‌جمهور/نماینده …" (not a notebook).
_OFFICE = rf"دفتر{_EZAFE}(?=\s+(?:دادستان|رئیس|رییس|نماینده|کمیسر|دبیرکل|مشاور|وزیر|رهبر))"
# Grouped by first letter, the engine tries one branch per position, not every head.
_ORG_HEAD = re.compile(
    rf"{_WORD_START}(?:(?:{by_first_letter(_ORG_HEADS)}){_EZAFE}|{_OFFICE})(?=\s)"
)
_PLACE_HEAD = re.compile(rf"{_WORD_START}(?:{by_first_letter(_PLACE_HEADS)}){_EZAFE}(?=\s)")
_SENTENCE_END = re.compile(r"\s*(?:[.!?؟\n]|$)")
_BODY_WORDS = 3  # at most this many words after the head noun
_STRONG, _WEAK = 2, 1  # family_shape's answers
_APPOSED = "post-apposition-fa"  # the rule of a name with a closed post after it
_NEXT_WORD = re.compile(rf"[ \u00a0]+(?P<word>{WORD})")
_WORD_BEFORE = re.compile(rf"(?P<word>{WORD})[ \u00a0]+$")
_AND_WORD = re.compile(rf"\s+و\s+(?P<word>{WORD})")
_PERSON_CUE_AFTER = re.compile(_PERSON_CUE)
_INDEFINITE = re.compile(r"\u200cای\b|هایی\b")
# Words before a family name that are not its given name: a family, a home, a case, a death …
_NOT_A_GIVEN_NAME = re.compile(
    rf"(?:{_HONORIFICS}|خانواده|خاندان|منزل|خانه|پرونده|قتل|مرگ|اعدام|بازداشت|دستگیری|حکم|"
    r"وکیل|محاکمه|آزادی|شهادت|نامه|سخنان|گفته|دفتر|مادر|پدر|همسر|برادر|خواهر|پسر|دختر|"
    r"مرحوم|زنده‌یاد|شهید|حاج|حاجی|ملا|ماموستا|مولانا|نام|اسم)(?:\u200cی|ی|ِ|ش)?"
)
# Shapes of a place's name (…آباد، …ستان، …شهر، …دشت); place_shape decides.
_PLACE_ENDINGS = ("آباد", "اباد", "ستان", "شهر", "دشت")  # place_shape decides
# Found from their shared -دار: the holder of a province, a county, a district, a town.
_LETTER_OR_ZWNJ = re.compile(rf"[{_LETTERS}\u200c]")
_HOLDER = re.compile(rf"(?<![{_LETTERS}\u200c])(?:استان|فرمان|بخش|شهر)$")
# A post held over a place, nearness or a direction, being sent there: the place follows.
_PLACE_CUES = tuple(
    re.compile(cue + rf"{_EZAFE}\s+(?P<name>{WORD})")
    for cue in (
        r"دار",  # of استاندار، فرماندار، بخشدار، شهردار (_places_after_cue checks)
        r"امام[\u200c ]جمعه",
        r"در[ \u200c](?:نزدیکی|حوالی|اطراف|حومه|شمال|جنوب|شرق|غرب|مرکز)(?:[\u200c ]?ی)?",
        rf"(?:انتقال|تبعید|اعزام)(?:\s+{WORD})?\s+به",
        r"(?:اهل|متولد|ساکن)",  # from, born in, living in X
    )
)
# Taken, sent or fled to a place, "به X منتقل شد": found from the verb back.
_MOVED = re.compile(r"\s(?P<verb>منتقل|تبعید|اعزام|گریخت|پناه[\u200c ]برد|کوچ)")
_TO_BEFORE = re.compile(
    rf"(?<![{_LETTERS}\u200c])به\s+(?P<to>{WORD})(?:\s+و\s+(?P<also>{WORD}))?\s+$"
)
# More places listed after one named with its head: "، X، Y و Z" (three or more in all).
_LIST_AFTER = re.compile(rf"(?:\s*،\s*{WORD})+\s*،?\s*و\s+{WORD}")
# A town with its province in apposition: "در X، در استان Y", "X، شهرستان Y".
_PROVINCE_AFTER = re.compile(r"،\s*(?:در\s+)?(?:استان|شهرستان|ولایت)(?:\u200cی)?\s")
_WORD_JUST_BEFORE = re.compile(rf"(?<![{_LETTERS}\u200c])(?P<word>{WORD})\s*$")
# Ordinary nouns after such a cue: a home, a border, a place, a building, the city itself.
_NOT_A_PLACE = re.compile(
    r"(?:خانه|منزل|محل|مرز|کشور|آنجا|اینجا|ساختمان|مسجد|مدرسه|بیمارستان|پایگاه|پاسگاه|جاده|"
    r"رودخانه|دریا|کوه|محدوده|سابق|پیشین|وقت|جدید|کل|اهل|شرقی|غربی|شمالی|جنوبی|مرکزی|"
    r"قرنطینه|انفرادی|کلانتری|کارخانه|کتابخانه|درمانگاه|آسایشگاه|بهداری|سلول|بند|مرخصی|خارج|"
    r"جای|مکان|نقطه|پزشکی|مرکز|اتاق|آنان|آنها|"
    r"همان|همین|سوی|سمت|طرف|داخل|کمک|سنت|تسنن|تشیع|بیت|حق|قلم|علم|کتاب|هنر|فن|مطالعه|کار)"
    r"(?:\u200c?(?:ی|ای|اش|ش|ها|های))?|.*(?:ها|های|اش|شان)"
)


# A stretch of Persian script: from an Arabic-script character to the next Latin letter.
# Every rule's match opens on an Arabic-script character and holds no Latin letter, so the
# rules scan only these stretches (a sixth of the gold texts) and skip the rest unread.
_PERSIAN_STRETCH = re.compile(r"[\u0600-\u06ff][^A-Za-z]*")


def _stretches(text: str) -> list[tuple[int, int]]:
    """(start, end) of each Persian stretch, its end one character past it, so that a
    look-ahead (\\b, (?=\\s)) sees the Latin letter after it as it would in the whole text."""
    size = len(text)
    return [(m.start(), min(size, m.end() + 1)) for m in _PERSIAN_STRETCH.finditer(text)]


def _scan(
    pattern: re.Pattern[str], text: str, where: list[tuple[int, int]]
) -> Iterator[re.Match[str]]:
    """pattern.finditer over each Persian stretch of `text` (look-behinds see the text before)."""
    for start, end in where:
        yield from pattern.finditer(text, start, end)


def persian_names(text: str) -> Iterator[Mention]:
    """Persons, bodies and places proposed in the Persian-script parts of `text`; a family name
    is a person again where the text later names it alone ("… رحیمی گفت")."""
    where = _stretches(text)
    if not where:
        return
    found = list(_persons_and_shaped_places(text, where))
    yield from found
    persons = [m for m in found if m.type == "person"]
    # A word that opens another person's name there is that person's given name.
    families = {_repeated_word(m) for m in persons} - {""} - _opening_words(persons)
    # The given name of a person named in full, alone where it opens a sentence (a foreign name
    # whose first word the text goes on using: "سرهنگ X Y Z …. X در … گریخت").
    firsts = {w[0] for w in (m.text.split() for m in persons) if len(w) > 1 and opens_name(w[0])}
    yield from _named_again(
        text, where, families | firsts, persons, "person", "family-again-fa", firsts - families
    )
    # A body's name stops where a person named in apposition begins ("این کمیسیون X Y، وزیر").
    apposed = {m.start for m in persons if m.annotator.endswith(_APPOSED)}
    headed = list(_headed(text, where, _ORG_HEAD, "organization", "organization-word-fa", apposed))
    own = list(_own_names(text, headed))
    # A description before the body's own name ("شورای نظامی موسوم به X") is no name.
    described = {(body.start, body.end) for body, name in own if name.annotator.endswith(_KNOWN)}
    named_bodies = [name for _, name in own]
    bodies = [m for m in headed if (m.start, m.end) not in described] + named_bodies
    yield from bodies
    # An armed group named once after its head (شبه‌نظامیان X، نیروهای X) is found bare later.
    groups = {
        words[1]
        for words in (m.text.split() for m in bodies)
        if len(words) == 2 and words[0] in _ARMED_HEADS and _may_name(words[1])
    } | {m.text for m in named_bodies if " " not in m.text}
    yield from _named_again(text, where, groups, bodies, "organization", "organization-again-fa")
    places = list(_headed(text, where, _PLACE_HEAD, "place", "place-word-fa"))
    places += list(_listed_after(text, places))
    cued = list(_places_after_cue(text, where))
    yield from places
    yield from cued
    # A place named once with its head or its cue is found bare elsewhere.
    named = {" ".join(m.text.split()[1:]) for m in places if len(m.text.split()) > 1}
    named |= {m.text for m in cued if len(m.text.split()) == 1}
    yield from _named_again(text, where, named, places + cued, "place", "place-again-fa")


def _own_names(text: str, bodies: list[Mention]) -> Iterator[tuple[Mention, Mention]]:
    """(body, its own name) where a body's name is given after it: "موسوم/معروف به X" after a
    description (شورای نظامی موسوم به X), or one word in brackets, a short name, after the full
    one and used again (هیئت … در افغانستان (X); not an adjective in -ی, a given name or a
    place)."""
    for body in bodies:
        known = _KNOWN_AS.match(text, body.end)
        if known:
            words = known["name"].split()
            cut = next((i for i, w in enumerate(words) if not _may_name(w)), len(words))
            if cut:
                start = known.start("name")
                end = start + len(" ".join(words[:cut]))
                yield body, _mention(text, start, end, "organization", _KNOWN)
            continue
        short = _BRACKETED.match(text, body.end)
        word = short["name"] if short else ""
        if (
            short
            and _may_name(word)
            and not word.endswith("ی")
            and not is_given_name(word)
            and _used_again(text, word, short.end())
        ):
            yield body, _mention(text, *short.span("name"), "organization", "short-name-fa")


def _used_again(text: str, word: str, after: int) -> bool:
    """Whether `word` stands alone again after `after`: a short name is given to be used (an
    adjective in brackets, "(مستقل)", seldom comes back alone)."""
    at = text.find(word, after)
    while at != -1:
        end = at + len(word)
        if not _LETTER_OR_ZWNJ.match(text[at - 1]) and not (
            end < len(text) and _LETTER_OR_ZWNJ.match(text[end])
        ):
            return True
        at = text.find(word, end)
    return False


def _listed_after(text: str, places: list[Mention]) -> Iterator[Mention]:
    """The places listed after one named with its head, by commas and a closing و ("در سه
    استان X، Y و Z"): each one word, a known place or one that may be a name and is no
    common place noun."""
    for place in places:
        listed = _LIST_AFTER.match(text, place.end)
        if listed is None:
            continue
        items = list(_WORDS.finditer(text, listed.start(), listed.end()))
        words = [item for item in items if item.group() != "و"]
        if all(
            is_known_place(w.group())
            or (_may_name(w.group()) and not _NOT_A_PLACE.fullmatch(w.group()))
            for w in words
        ):
            for word in words:
                yield _mention(text, *word.span(), "place", "place-list-fa")


def _repeated_word(person: Mention) -> str:
    """The word by which the text may name `person` again alone, or "": a family name with a
    family name's shape (احمدی، کریم‌زاده; not a given name, حسین in صدام حسین, nor a word,
    صمیمی close); the last word of a name marked by its post in apposition (a foreign family
    name, which has no Persian shape; not a given name, حسین); the last of a titled name's two
    words (ژنرال X Y: Y, even a given name, is the family name); a given name found alone
    (برادرش کاوه … کاوه)."""
    words = person.text.split()
    last = words[-1]
    if len(words) == 1:
        return last if opens_name(last) else ""
    foreign = person.annotator.endswith(_APPOSED) and len(last) >= 4 and not is_given_name(last)
    # A titled name's last word, even a given name's, is its family name (ژنرال X امین … امین).
    titled = person.annotator.endswith("honorific-fa") and len(words) == 2 and opens_name(last)
    if family_shape(last) or foreign or titled:
        return last
    return ""


def _opening_words(persons: list[Mention]) -> set[str]:
    """The first words of the names of two or more words among `persons`."""
    return {words[0] for words in (m.text.split() for m in persons) if len(words) > 1}


def _persons_and_shaped_places(text: str, where: list[tuple[int, int]]) -> Iterator[Mention]:
    """Persons, and places whose name has a place's shape (found in the same pass)."""
    for match in _scan(_PERSON_HONORIFIC, text, where):
        first = match["name"].split()[0]
        if not (
            first in _NAME_ENDS or _HEAD_WORD.fullmatch(first) or _NOT_A_GIVEN_NAME.fullmatch(first)
        ):
            yield _mention(text, *match.span("name"), "person", "honorific-fa")
    for start, end, rule in _marked_names(text, where):
        words = text[start:end].split()
        if not set(words) & _NAME_ENDS and not _HEAD_WORD.match(words[0]):
            yield _mention(text, start, end, "person", rule)
    for match in _scan(_ROLE, text, where):
        first, second = match["first"], match["second"]
        if (
            (is_given_name(first) or family_shape(second))
            and not {first, second} & _NAME_ENDS
            and not _NOT_A_GIVEN_NAME.fullmatch(first)
            and not _HEAD_WORD.fullmatch(first)
        ):
            yield _mention(text, *match.span("name"), "person", "role-fa")
    for match in _scan(_KIN, text, where):
        words = match["name"].split()
        second = words[1] if len(words) == 2 and words[1] not in _NAME_ENDS else None
        if opens_name(words[0]) or (second and is_given_name(words[0]) and family_shape(second)):
            end = match.start("name") + len(" ".join(words[: 2 if second else 1]))
            yield _mention(text, match.start("name"), end, "person", "kin-fa")
    # Each distinct word is judged once; the words of the text are then only looked up.
    tokens = {token for start, end in where for token in _WORDS.findall(text, start, end)}
    opening = {t for t in tokens if is_given_name(t) or family_shape(t)}
    shaped = {t for t in tokens if t.endswith(_PLACE_ENDINGS) and place_shape(t)}
    places = []
    for start, end in where:
        for word in _WORDS.finditer(text, start, end):
            token = word.group()
            if token in shaped:
                places.append(word)
            if token in opening:
                yield from _named_from(text, word)
    yield from _shaped_places(text, places)


def _named_from(text: str, word: re.Match[str]) -> Iterator[Mention]:
    """The person names that start at `word`: a given name with a family name's shape after
    it (حسین احمدی، امید حسین‌زاده), or before a post, comma or verb; a family name whose ending
    makes one (کریم‌زاده), with the word before it when a cue follows."""
    token = word.group()
    if is_given_name(token):
        strong = opens_name(token)
        family = _NEXT_WORD.match(text, word.end())
        # After a word that is also an ordinary one (امید hope), only a family name's shape
        # (بهار ایرانی is the Iranian spring).
        if family and (
            after_given_name_shape(family["word"])
            if strong
            else family_shape(family["word"], of_places=False)
        ):
            end = family.end()
            third = _NEXT_WORD.match(text, end)
            if third and family_shape(third["word"]):
                end = third.end()
            yield _mention(text, word.start(), end, "person", "given-family-fa")
        if strong:
            yield from _given_name_runs(text, word)
    if family_shape(token) == _STRONG:
        start = word.start()
        before = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if (
            before
            and _PERSON_CUE_AFTER.match(text, word.end())
            and not _NOT_A_GIVEN_NAME.fullmatch(before["word"])
            and before["word"] not in _NAME_ENDS
        ):
            start = before.start("word")
        yield _mention(text, start, word.end(), "person", "family-name-fa")
    elif family_shape(token, of_places=False) and _PERSON_CUE_AFTER.match(text, word.end()):
        # A given name's -ی (رحیمی، حسینی) before a comma, a bracket or a speech verb, after a
        # word that may be a given name no list holds (شیلان رحیمی، …; not خانواده‌ی رحیمی).
        before = _WORD_BEFORE.search(text, max(0, word.start() - 40), word.start())
        if before and not is_given_name(before["word"]) and _may_name(before["word"]):
            yield _mention(text, before.start("word"), word.end(), "person", "family-cue-fa")


def _given_name_runs(text: str, word: re.Match[str]) -> Iterator[Mention]:
    """A known given name opening a run of two or three words that a cue follows, or the first
    of two such names joined by و."""
    run = _NAME_RUN.match(text, word.start())
    # "فریبا بیانیه‌ای نوشت": an indefinite noun is what she wrote, not her family name.
    if run and not set(run["name"].split()) & _NAME_ENDS and not _INDEFINITE.search(run["name"]):
        yield _mention(text, *run.span("name"), "person", "given-name-fa")
    pair = _BEFORE_AND.match(text, word.start())
    if (
        pair
        and pair["name"].split()[1] not in _NAME_ENDS
        and opens_name(pair["next"])
        and _NAME_RUN.match(text, pair.start("next"))
    ):
        yield _mention(text, *pair.span("name"), "person", "names-joined-fa")
    shared = _SHARED_FAMILY.match(text, word.start())
    if shared and opens_name(shared["next"]) and after_given_name_shape(shared["family"]):
        yield _mention(text, *shared.span("name"), "person", "shared-family-fa")


def _shaped_places(text: str, words: list[re.Match[str]]) -> Iterator[Mention]:
    """Words shaped as a place's name (عادل‌آباد، کردستان، بوشهر; `words` are those of that
    shape), two of them joined by و as one place (سیستان و بلوچستان)."""
    for match in words:
        end = match.end()
        joined = _AND_WORD.match(text, end)
        if joined and place_shape(joined["word"]):
            end = joined.end()
        yield _mention(text, match.start(), end, "place", "place-shape-fa")


def _places_after_cue(text: str, where: list[tuple[int, int]]) -> Iterator[Mention]:
    """The word after a place's cue: a post held over a place (استاندار X، فرماندار X), a
    preposition of nearness or direction (در نزدیکی X، در شمال X), being taken or fleeing to
    it (به X منتقل شدند، انتقال زندانیان به X و Y), coming from or living there (اهل X، ساکن
    X); a town before its province in apposition (در X، در استان Y)."""
    spans = []
    for pattern in _PLACE_CUES:
        for cue in _scan(pattern, text, where):
            at = cue.start()
            if pattern is _PLACE_CUES[0]:  # -دار: only a holder of a place
                if _HOLDER.search(text, max(0, at - 8), at):
                    spans.append(cue.span("name"))
            elif at == 0 or not _LETTER_OR_ZWNJ.match(text[at - 1]):
                spans.append(cue.span("name"))
    for verb in _scan(_MOVED, text, where):
        at = verb.start("verb")
        to = _TO_BEFORE.search(text, max(0, at - 40), at)
        if to:
            spans.append(to.span("to"))
            if to["also"]:
                spans.append(to.span("also"))
    for province in _scan(_PROVINCE_AFTER, text, where):
        town = _WORD_JUST_BEFORE.search(text, max(0, province.start() - 40), province.start())
        if town and town["word"] not in _NOT_A_NAME:
            spans.append(town.span("word"))
    for start, end in spans:
        name = text[start:end]
        if name in _NAME_ENDS or _NOT_A_PLACE.fullmatch(name) or _HEAD_WORD.fullmatch(name):
            continue
        joined = _AND_WORD.match(text, end)
        if joined and place_shape(joined["word"]):
            end = joined.end()
        yield _mention(text, start, end, "place", "place-cue-fa")


def _named_again(
    text: str,
    where: list[tuple[int, int]],
    names: set[str],
    first: list[Mention],
    kind: str,
    rule: str,
    openers: Collection[str] = frozenset(),
) -> Iterator[Mention]:
    """A name found once with its cue (the mentions `first`), found bare elsewhere: a place
    named with its head noun ("شهر مزار شریف", then "در مزار شریف"), a person's family name
    ("… رحیمی گفت"); the names in `openers` only where they open a sentence."""
    if not names:
        return
    spans = sorted((m.start, m.end) for m in first)
    starts = [start for start, _ in spans]
    # Grouped by first letter, the engine tries one branch per position, not every name.
    alternatives = by_first_letter("|".join(map(re.escape, sorted(names, key=len, reverse=True))))
    bare = re.compile(
        rf"(?=[{_LETTERS}])(?<![{_LETTERS}\u200c])(?:{alternatives})(?![{_LETTERS}\u200c])"
    )
    for match in _scan(bare, text, where):
        at = bisect_right(starts, match.start()) - 1
        if at >= 0 and spans[at][1] >= match.end():  # inside the mention it came from
            continue
        if match.group() not in openers:
            yield _mention(text, *match.span(), kind, rule)
        elif _SENTENCE_OPENS.search(text, max(0, match.start() - 10), match.start()):
            yield _mention(text, *match.span(), kind, "given-again-fa")


def _marked_names(text: str, where: list[tuple[int, int]]) -> Iterator[tuple[int, int, str]]:
    """Spans of names marked by an Arabic article ("عمر البشیر، …", with a known given name
    before it "علی حسن المجید"), by an age ("سینا قنبری، ۲۳ ساله") or by a post after a
    family name that is also a given name ("صدام حسین، رئیس‌جمهور"); a leader whose government
    or regime is named after them ("دولت X Y را")."""
    for article in _scan(_ARTICLE_WORD, text, where):
        lead = max(0, article.start() - 60)
        before = _WORDS_BEFORE.search(text, lead, article.start())
        if before is None:
            continue
        given = before["given"]
        start = before.start("given") if given and is_given_name(given) else before.start("first")
        yield start, article.end(), "arabic-name-fa"
    for mark in _scan(_AGED, text, where):
        name = _TWO_WORDS_BEFORE.search(text, max(0, mark.start() - 80), mark.start())
        if name:
            yield (*name.span("name"), "age-fa")
    for post in _scan(_POST_AFTER, text, where):
        name = _TWO_WORDS_BEFORE.search(text, max(0, post.start() - 80), post.start())
        if name is None or not all(map(_may_name, name["name"].split())):
            continue
        at = name.start()
        if (
            _opens_a_clause(text, at)
            if _CLOSING_COMMA.match(text, post.end())
            else _SENTENCE_OPENS.search(text, max(0, at - 10), at)
            and _SAYS_AFTER_POST.match(text, post.end())
        ):
            yield (*name.span("name"), _APPOSED)
    for comma in _scan(_NAME_AFTER_COMMA, text, where):
        at = comma.start()
        opening = _POST_OPENS_CLAUSE.search(text, max(0, at - 100), at)
        if (
            opening
            and _opens_a_clause(text, opening.start())
            and all(map(_may_name, comma["name"].split()))
        ):
            yield (*comma.span("name"), "post-before-fa")
    for called in _scan(_BY_NAME, text, where):
        if not _CALLER.search(text, max(0, called.start() - 16), called.start()):
            continue
        words = called["name"].split()
        if len(words) == 2 and not _may_name(words[1]):
            words = words[:1]
        if _may_name(words[0]):
            start = called.start("name")
            yield start, start + len(" ".join(words)), "called-fa"
    for mark in _scan(_PSEUDONYM, text, where):
        yield from _before_pseudonym(text, mark.start())
    for ruled in _scan(_GOVERNMENT_OF, text, where):
        words = ruled["name"].split()
        if not is_known_place(ruled["name"]) and all(
            _may_name(w) and not is_known_place(w) for w in words
        ):
            yield (*ruled.span("name"), "government-of-fa")
    for mark in _scan(_POSTED, text, where):
        name = _TWO_WORDS_BEFORE.search(text, max(0, mark.start() - 80), mark.start())
        if name and is_given_name(name["last"]) and not opens_name(name["name"].split()[0]):
            yield (*name.span("name"), "post-fa")


def _before_pseudonym(text: str, at: int) -> Iterator[tuple[int, int, str]]:
    """The name before a made-up name's mark at `at`: two words where both may be a name and
    the first opens its clause (شیلان احمدی، ملکه تسفایه), else the one word (خواهرش نگار)."""
    lead = max(0, at - 80)
    two = _TWO_WORDS_BEFORE.search(text, lead, at)
    if two and all(map(_may_name, two["name"].split())) and _opens_a_clause(text, two.start()):
        yield (*two.span("name"), "pseudonym-fa")
        return
    one = _WORD_JUST_BEFORE.search(text, lead, at)
    if one and _may_name(one["word"]):
        yield (*one.span("word"), "pseudonym-fa")


def _opens_a_clause(text: str, at: int) -> bool:
    """Whether a name starting at `at` opens its clause: the sentence's start or punctuation
    before it, or a function word or a body's head noun ("این کمیسیون X Y، وزیر …، را")."""
    before = _OPENING_BEFORE.search(text, max(0, at - 30), at)
    if before is None:
        return False
    word = before["word"]
    return word is None or word in _NAME_ENDS or bool(_HEAD_WORD.fullmatch(word))


def _may_name(word: str) -> bool:
    """Whether `word` may be part of a name no list knows: not a function word, a head noun,
    a kinship or case word, a town, a verb, a plural, an indefinite noun or a word of time."""
    return not (
        word in _NAME_ENDS
        or word in _NOT_A_NAME
        or word in _PREVERBS
        or _HEAD_WORD.fullmatch(word)
        or _NOT_A_GIVEN_NAME.fullmatch(word)
        or _VERB_LIKE.fullmatch(word)
        or word.endswith(("ها", "های", "\u200cای", "هایی"))
        # A common word in -ی (امنیتی، سیاسی); -ای unjoined may end a foreign name (تسفای).
        or (word.endswith("ی") and not word.endswith("ای") and not after_given_name_shape(word))
        or (is_known_place(word) and not family_shape(word))
    )


def _headed(
    text: str,
    where: list[tuple[int, int]],
    pattern: re.Pattern[str],
    kind: str,
    rule: str,
    persons: Collection[int] = frozenset(),
) -> Iterator[Mention]:
    """A head noun and the (up to three) words after it that are not function words or verbs,
    nor the start of a person's name (`persons`, their offsets). After یک (a committee, a
    group) or a demonstrative (این اداره: the office just named) the noun names no body."""
    for head in _scan(pattern, text, where):
        if _INDEFINITE_BEFORE.search(text, max(0, head.start() - 4), head.start()):
            continue
        end = head.end()
        taken = 0
        words = _WORDS.finditer(text, head.end())
        word = next(words, None)
        while word is not None and taken < _BODY_WORDS:
            after = next(words, None)
            if (
                text[end : word.start()].strip()
                or word.group() in _NAME_ENDS
                or word.start() in persons
            ):
                break
            # Another head opens another name ("ارتش عراق شهر حلبچه"); a word that ends the
            # sentence is its verb (Persian puts the verb last: "در زندان درگذشت.").
            # A local council is named by its place (شورای شهر X، شورای روستای X).
            local = not taken and head.group().startswith("شورا") and word.group() in _LOCALITIES
            if (_HEAD_WORD.fullmatch(word.group()) and not local) or _SENTENCE_END.match(
                text, word.end()
            ):
                break
            # The first half of a compound verb ("قرار گرفت", "منتشر کرد") or its object
            # ("فهرستی منتشر کرد") ends the name; so does a known town after a place's name
            # ("خیابان کارگر تهران": the street, then the city).
            if (
                word.group() in _PREVERBS
                or _VERB_LIKE.fullmatch(word.group())
                or (kind == "place" and not taken and word.group() in _GENERIC_PLACE_WORDS)
                or (
                    kind == "place"
                    and not taken
                    and head.group().startswith("اردوگاه")
                    and _PEOPLE.search(word.group())
                )
                or (
                    kind == "place"
                    and not taken
                    and _PLURAL_HEAD.search(head.group())
                    and _ADJECTIVE.search(word.group())
                )
            ) or (
                taken
                and (
                    _OBJECT_NOUN.fullmatch(word.group())
                    or (kind == "place" and is_known_place(word.group()))
                )
            ):
                break
            # A noun before a light verb is the verb's ("… شکنجه شدند" = were tortured, "شهر
            # امید داشتند" = the city hoped), unless one enters the place ("وارد شهر خانقین شدند").
            if (
                (taken or not _ENTERED.search(text, max(0, head.start() - 6), head.start()))
                and after is not None
                and after.group() in _LIGHT_VERBS
                and not text[word.end() : after.start()].strip()
            ):
                break
            end, taken, word = word.end(), taken + 1, after
        named = text[head.end() : end].split()
        generic = set(named) <= _GENERIC_FORCES or (
            len(named) == 1 and _PLURAL_HEAD.search(head.group()) and _ADJECTIVE.search(named[0])
        )
        if head.group().startswith(_REPORTING_HEADS) and not _REPORTS.match(text, end):
            continue
        if taken and not (head.group().startswith("نیروهای") and generic):
            yield _mention(text, head.start(), end, kind, rule)


def _mention(text: str, start: int, end: int, kind: str, rule: str) -> Mention:
    return Mention(None, None, kind, text[start:end], start, end, f"names:{rule}", VERSION)
