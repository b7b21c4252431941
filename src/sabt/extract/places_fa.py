"""Places named in Persian: by a head noun, by a cue before the name, in a list, or by shape.

A place is a head noun (زندان، شهر، روستای …) with the words that name it (`headed_fa`); the
word after a cue (استاندار X، در نزدیکی X، اهل X، به X منتقل شد) or a dateline's (X — …);
the words listed after one so named (در سه استان X، Y و Z); or a word with a place's ending
(…آباد، …ستان).
"""

import re
from collections.abc import Collection, Iterator

from sabt.extract.anchored import by_first_letter, longest_first
from sabt.extract.event_dates_fa import EVENT_NOUNS
from sabt.extract.headed_fa import GENERIC_PLACE_WORDS, is_light_verb
from sabt.extract.mentions import Mention
from sabt.extract.name_shapes_fa import (
    family_shape,
    is_known_place,
    place_shape,
)
from sabt.extract.name_words_fa import (
    EZAFE,
    HEAD_WORD,
    LETTER_OR_ZWNJ,
    LETTERS,
    NAME_ENDS,
    NOT_A_NAME,
    PLACE_HEADS,
    WORD,
    WORD_JUST_BEFORE,
    WORD_START,
    WORDS,
    may_name,
    mention,
    scan,
)
from sabt.extract.places_fa_words import names_nothing, owned_by_a_body, verb_follows
from sabt.extract.stretch_words_fa import StretchWords, opened_at_words
from sabt.extract.world import cued_places_fa
from sabt.text.number_words import PERSIAN_UNITS, SCALES

# Grouped by first letter, the engine tries one branch per position, not every head.
# Heads of a place's name beside those shared with the person rules: a quarter or campus, a
# plain, a settlement (کوی X، دشت X، شهرک X); a school or course centre (آموزشگاه X); Afghan
# provinces and districts in the plural (ولایت‌های X و Y).
_MORE_PLACE_HEADS = (
    "کوی|دشت|شهرک|شهرک\u200cهای|آموزشگاه|ولایت\u200cهای|ولسوالی\u200cهای|استان\u200cهای|"
    # a district, and the quarters of a town listed (ناحیه‌ی X، محله‌های X، Y و Z)
    "ناحیه|محله\u200cهای|"
    # landmarks and sites (فرودگاه X، ورزشگاه X، کاخ X، پل X، جاده X، قبرستان X) and the land's
    # own names (کوه X، رود X، دریاچه X، بیابان X، تنگه X)
    "فرودگاه|ورزشگاه|استادیوم|کاخ|کمپ|قلعه|دژ|پل|جاده|بلوار|قبرستان|آرامستان|"
    # a shrine named after the saint buried there (حرم X)
    "حرم|"
    # sites where people gather, pray, work or pass (مسجد X، سینما X، کارخانه‌ی X، دالان X: a
    # corridor); not سینمای X, a country's cinema as an art
    "مسجد|سینما|دالان|کارخانه|"
    # a station on a line (ایستگاه مترو X، ایستگاه راه‌آهن X) and an Afghan school (مکتب X),
    # where things happen, as a school in Iran is (`sites_fa`)
    "ایستگاه مترو|ایستگاه متروی|ایستگاه راه\u200cآهن|مکتب|"
    "کوه|کوه\u200cهای|رشته\u200cکوه|رود|رودخانه|دریاچه|دریای|خلیج|تنگه|بیابان|جزایر|"
    # more of the land's and the water's own names: a peninsula, a stream, a canal, a pass, a
    # cave, a pit (شبه‌جزیره‌ی X، نهر X، کانال X، گذرگاه X، غارهای X، گودال X), and a shrine
    # named after its saint as حرم X is (زیارتگاه X)
    "شبه\u200cجزیره|نهر|کانال|گذرگاه|غار|غارهای|گودال|زیارتگاه"
)
PLACE_HEAD = re.compile(
    rf"{WORD_START}(?:{by_first_letter(PLACE_HEADS + '|' + _MORE_PLACE_HEADS)}){EZAFE}(?=\s)"
)
_AND_WORD = re.compile(rf"\s+و\s+(?P<word>{WORD})")
_NEXT_WORD = re.compile(rf"\s+(?P<word>{WORD})")
_TO_BE = frozenset(("است", "بود", "بودند", "نیست", "نبود"))
# Shapes of a place's name (…آباد، …ستان، …شهر، …دشت); place_shape decides.
PLACE_ENDINGS = ("آباد", "اباد", "ستان", "شهر", "دشت")
# Found from their shared -دار: the holder of a province, a county, a district, a town.
_HOLDER = re.compile(rf"(?<![{LETTERS}\u200c])(?:استان|فرمان|بخش|شهر)$")
# A post held over a place, nearness or a direction, being sent there: the place follows.
_PLACE_CUES = tuple(
    re.compile(cue + rf"{EZAFE}\s+(?P<name>{WORD})")
    for cue in (
        r"دار",  # of استاندار، فرماندار، بخشدار، شهردار (places_after_cue checks)
        r"امام[\u200c ]جمعه",
        r"در[ \u200c](?:نزدیکی|حوالی|اطراف|حومه|شمال|جنوب|شرق|غرب|مرکز)(?:[\u200c ]?ی)?",
        r"نزدیک(?:ی)?",  # near X (not "نزدیک به ۱۰۰ نفر": به is no name)
        rf"(?:انتقال|تبعید|اعزام)(?:\s+{WORD})?\s+به",
        r"(?:اهل|متولد|ساکن|زاده)",  # from, born in, living in X
    )
)
# What an army does to a town, or its people: the siege, bombing, occupation, capture or
# freeing of X (محاصره‌ی X، بمباران X، اشغال X، تصرف X، آزادسازی X), its inhabitants (ساکنان X،
# اهالی X). The word must be one that may name (not بمباران شیمیایی, chemical bombing) or a
# known place.
_ACT_ON_PLACE = re.compile(
    r"(?<![\u0600-\u06ff\u200c])(?:محاصره|بمباران|گلوله[\u200c ]?باران|اشغال|تصرف|آزادسازی|"
    rf"ساکنان|اهالی){EZAFE}\s+(?P<name>{WORD})"
)
# What is besieged, seized or freed that is no town: power, an embassy, land, positions.
_ACTED_ON_WORDS = (
    "قدرت سفارت سفارتخانه کنسولگری مقر دفتر دفاتر زمین زمین‌ها اراضی خاک سرزمین قلمرو مواضع "
    "موضع کنترل تاسیسات تأسیسات مراکز مرکز املاک اموال ساختمان کرسی کرسی‌ها رادیو تلویزیون "
    "فرودگاه بندر پل جاده ایستگاه پایگاه پادگان قرارگاه کاخ مجلس وزارتخانه"
)
_ACTED_ON = frozenset(_ACTED_ON_WORDS.split())
# How hard or long the act was, no town: heavy, fierce, wide, steady, repeated (بمباران سنگین،
# محاصره‌ی طولانی، گلوله‌باران مداوم).
_MANNER_WORDS = "سنگین شدید گسترده مداوم مکرر بی‌امان طولانی کامل"
_MANNER = frozenset(_MANNER_WORDS.split())
# The light verb that makes the act a verb (به محاصره درآمد، اشغال کردند، تصرف کرده‌اند): every
# person of its past and present stems, and with ن- before them; so is staying so (در محاصره
# ماند، در اشغال ماندند: remained under siege).
_PAST_STEMS = ("کرد", "شد", "داشت", "گرفت", "نمود", "درآمد", "بود", "آمد", "یافت", "ماند")
_PRESENT_STEMS = ("کن", "شو", "دار", "گیر", "نما", "درآی", "باش", "آی", "یاب", "مان")
_PAST_ENDS = ("", "م", "ی", "یم", "ید", "ند", "ه", "ه\u200cاند", "ه\u200cاست", "ه\u200cبود")
_PRESENT_ENDS = ("م", "ی", "د", "یم", "ید", "ند")
_LIGHT_VERBS = frozenset(
    negation + stem + end
    for negation in ("", "ن")
    for stems, ends in ((_PAST_STEMS, _PAST_ENDS), (_PRESENT_STEMS, _PRESENT_ENDS))
    for stem in stems
    for end in ends
)
# The quarters of the compass, alone or joined (شرق، شمال‌غرب، جنوب شرق).
_COMPASS = r"(?:(?:شمال|جنوب)(?:[\u200c ]?(?:شرق|غرب))?|شرق|غرب)"
# A town whose name is also a common word (گنبد, a dome; صور, forms) right after a preposition,
# nearness or "country" (در گنبد، به صور، اطراف خوی، کشور مالی); not before a word that makes it
# the noun (در گنبد مسجد، به صور مختلف). The name and the word after it are read ahead, so that
# a cue among them starts a match of its own (از پناهجویان از مالی، در کشور مالی).
_PREPOSITION_BEFORE = re.compile(
    rf"{WORD_START}(?:در|به|از|تا|اطراف|نزدیکی|حومه(?:‌ی)?|کشور(?:\u200c?های|\u200cی)?|"
    # a quarter of the compass, a border, a heading (شرق چاد، جنوب‌غرب کره، مرز قطر، به سوی چاد)
    rf"{_COMPASS}(?:\u200cی)?|مرز(?:\u200c?های|\u200cی)?|سوی)"
    rf"\s+(?=(?P<name>{WORD})(?:\s+(?P<after>{WORD}))?)"
)
_NOUN_AFTER = frozenset(
    (
        "مختلف",
        "گوناگون",
        "متعدد",
        "دیگر",
        "بزرگ",
        "کوچک",
        "زیبا",
        "طلایی",
        "فیروزه\u200cای",
        "کاشی",
        "مسجد",
        "حرم",
        "امامزاده",
        "آرامگاه",
        "کلیسا",
        "خانه",
        "بنا",
        "کاخ",
        "آسمان",
        "فلکی",
        "ذهنی",
        "خیالی",
        "هنری",
        "ادبی",
        "اسرافیل",
        "قیامت",
        "آب",
        "حمام",
        "نقره\u200cای",
        "سفید",
        "شعر",
        "کلام",
        "قرآن",
        "مثالی",
        "معقول",
        "را",
        # a sphere, not Korea: the planet earth, the moon (در کره زمین، به کره ماه)
        "زمین",
        "ماه",
    )
)
# A wire's dateline: a city opening a line before a dash ("X — …"); one word or two.
_DATELINE = re.compile(rf"(?m)^(?P<name>{WORD}(?:\s{WORD})?)\s+[—–]\s")
# A letter's or a statement's place and date opening a line: "X، ۱۵ بهمن ۱۳۹۷" (a day, a month,
# a year); a word of time is no town (امروز، ۷ تیر ۱۴۰۴).
_PLACE_AND_DATE = re.compile(
    rf"(?m)^(?P<name>{WORD}(?:\s{WORD})?)\s*،\s*[\d۰-۹]{{1,2}}\s+{WORD}\s+[\d۰-۹]{{4}}"
)
# A byline is an outlet's, not a town's, where the date follows its dash ("X — دوشنبه ۳ آذر …",
# "X — ۹ مرداد …") or it names a language service ("X فارسی —"); a town known as one stays one.
_DATE_AFTER_DASH = re.compile(r"\s*(?:[\d۰-۹]|(?:یک|دو|سه|چهار|پنج)?[\u200c ]?شنبه|جمعه)")
_SERVICES = frozenset(("فارسی", "عربی", "ترکی", "دری", "پشتو", "اردو"))
# A document's kind before its dash is no outlet and no town: a historical note, a witness's
# account, an analysis, an interview (یادداشت تاریخی – …، روایت شاهد – …، گفت‌وگو – …).
_GENRES = frozenset(
    (
        "یادداشت", "روایت", "گزارش", "تحلیل", "گفت‌وگو", "گفتگو", "مصاحبه", "سرمقاله",
        "بیانیه", "خبر", "گزیده", "نامه", "جستار", "مقاله", "شهادت", "یادبود",
    )
)  # fmt: skip
# The genre's noun may be indefinite (گزارشی کوتاه – …، روایتی شخصی – …).
_GENRE_INDEFINITE = re.compile(r"ی$")
# Taken, sent or fled to a place, "به X منتقل شد": found from the verb back.
_MOVED = re.compile(
    r"\s(?P<verb>منتقل|تبعید|اعزام|گریخت|پناه[\u200c ]برد|کوچ|"
    # returned or brought back there (به X بازگشتند، به X بازگردانده شدند، به X برگشت)
    r"(?P<back>بازگشت|بازگرد|برگشت|بازمی\u200cگرد|برمی\u200cگرد))"
)
# What one returns to that is no place: work, power, normal, life, school, the table, the
# homeland, a time (به کار بازگشت، به قدرت بازگشت، به حالت عادی برگشت، به هنگام بازگشت).
_RETURNED_TO_WORDS = (
    "کار سر قدرت حالت وضعیت روال زندگی آغوش صحنه میز مذاکره مدرسه دانشگاه تحصیل خدمت "
    "فعالیت عرصه عادی خانواده وطن میهن هنگام موقع زمان محض دنبال عقب گذشته نقطه اول جای"
)
_RETURNED_TO = frozenset(_RETURNED_TO_WORDS.split())
_TO_BEFORE = re.compile(
    rf"(?<![{LETTERS}\u200c])به\s+(?P<to>{WORD})(?:\s+و\s+(?P<also>{WORD}))?\s+$"
)
# More places listed after one named with its head: "، X، Y و Z" (three or more in all).
_LIST_AFTER = re.compile(rf"(?:\s*،\s*{WORD})+\s*،?\s*و\s+{WORD}")
# A list of words standing alone, "X، Y، Z و W" (three or more), after a preposition or a plural
# head; two known places in it make the others places (در پاوه، مریوان، سقز و سنندج).
_BARE_LIST = re.compile(
    rf"(?:{WORD_START}(?:در|از|به|تا)|ها(?:ی)?)\s+(?P<list>{WORD}(?:\s*،\s*{WORD})+\s*،?\s*و\s+{WORD})"
    rf"(?![{LETTERS}\u200c])"
)
_KNOWN_IN_A_LIST = 2
# Two words joined by و after a plural of a place's head (زندان‌های X و Y, شهرهای X و Y): one
# known place among them makes the other a place of the same kind.
_PLURAL_PLACES_PAIR = re.compile(
    r"(?<![\u0600-\u06ff\u200c])(?:زندان|شهر|روستا|استان|شهرستان|اردوگاه|بازداشتگاه|محله|"
    rf"منطقه|میدان|خیابان|ولایت|جزیره)\u200c?ها(?:ی)?\s+(?P<list>{WORD}\s+و\s+{WORD})"
    rf"(?![{LETTERS}\u200c])"
)
# After a plural head two places are enough: "ولایت‌های X و Y".
_PAIR_AFTER = re.compile(rf"\s+و\s+{WORD}")
_PLURAL_HEAD = re.compile(r"^[^ ]+ها(?:ی)?\s")
# A town with its province in apposition: "در X، در استان Y", "X، شهرستان Y"; or with what kind
# of place it is: "X، شهرکی در …", "X، روستایی کوچک در …", "X، بیابانی در نزدیکی …".
_PROVINCE_AFTER = re.compile(
    r"،\s*(?:(?:در\s+)?(?:استان|شهرستان|ولایت)(?:\u200cی)?\s|"
    r"(?:شهرکی|شهری|روستایی|بیابانی|دهکده\u200cای|منطقه\u200cای|محله\u200cای|جزیره\u200cای|"
    r"بندری|دره\u200cای|اردوگاهی)\s(?:{WORD}\s){0,2}در\s)".replace("{WORD}", WORD)
)
# A town placed by nearness in apposition after a preposition: "در X، در حومه‌ی Y", "به X، در
# نزدیکی Y", "از X، در شمال Y" (a suburb or village beside the town it lies by).
_NEAR_AFTER = re.compile(
    rf"{WORD_START}(?:در|به|از)\s+(?P<town>{WORD})\s*،\s*در\s+"
    rf"(?:حومه|نزدیکی|اطراف|{_COMPASS})(?:\u200cی)?\s"
)
# What befell someone in a place, "در X کشته شد": killed, gone missing, arrested, executed, born,
# died or buried there (در X ناپدید شدند، در X و Y بازداشت شدند، در X درگذشت). The word after
# در is a town no list may know; a setting or an event is not (در درگیری کشته شد: `_IN_EVENT`).
_BEFELL = (
    r"(?:کشته|ناپدید|بازداشت|دستگیر|اعدام|تیرباران|دفن|متولد|ربوده)\s+(?:شد|شدند|شده|کرد|کردند)"
    r"|درگذشت|جان\s+باخت|جان\s+سپرد|به\s+دنیا\s+آمد|به\s+قتل\s+رسید|به\s+خاک\s+سپرده"
)
_IN_BEFORE_FATE = re.compile(
    rf"{WORD_START}در\s+(?P<name>{WORD})(?:\s+و\s+(?P<also>{WORD}))?\s+(?:{_BEFELL})"
    rf"(?![{LETTERS}])"
)
# An event one is killed or arrested in, no town (در درگیری، در تظاهرات: folded, ا for آ).
_IN_EVENT = re.compile(rf"(?:{EVENT_NOUNS})(?:\u200c?(?:ها|های))?")
# Ordinary nouns after such a cue: a home, a border, a place, a building, the city itself.
_NOT_A_PLACE = re.compile(
    r"(?:خانه|منزل|محل|مرز|کشور|آنجا|اینجا|ساختمان|مسجد|مدرسه|بیمارستان|پایگاه|پاسگاه|جاده|"
    r"رودخانه|دریا|کوه|محدوده|سابق|پیشین|وقت|جدید|کل|اهل|شرقی|غربی|شمالی|جنوبی|مرکزی|"
    r"قرنطینه|انفرادی|کلانتری|کارخانه|کتابخانه|درمانگاه|آسایشگاه|بهداری|سلول|بند|مرخصی|خارج|"
    r"جای|مکان|نقطه|پزشکی|مرکز|اتاق|آنان|آنها|ورودی|"
    # there, that very place; a yard, a forest (در آن‌جا کشته شدند، در حیاط، در جنگل)
    r"آن\u200cجا|این\u200cجا|همان\u200cجا|همین\u200cجا|حیاط|جنگل|دروازه|درب|محوطه|حاشیه|کنار|لبه|"
    r"همان|همین|سوی|سمت|طرف|داخل|کمک|سنت|تسنن|تشیع|بیت|حق|قلم|علم|کتاب|هنر|فن|مطالعه|کار|"
    # A shrine, a tomb, a holy place: a building, as a mosque is (در نزدیکی حرم).
    r"حرم|زیارتگاه|آرامگاه|مقبره|امامزاده|قبر|گور|"
    # A site's head with no name after it: near the airport, the base (در نزدیکی فرودگاه، مقر).
    r"فرودگاه|ورزشگاه|پادگان|مقر|قرارگاه|ایستگاه|"
    # A report's kind before a dateline's dash names no town (گفت‌وگو – ایلام: an interview).
    r"گفت\u200cوگو|گفتگو|مصاحبه|یادداشت|"
    # The capital, named elsewhere (در شرق پایتخت); between, a preposition (میان دو شهر).
    r"پایتخت|میان|"
    # A time of day after nearness (تا نزدیک صبح، نزدیک غروب); the dead a town's hospitals took
    # in during a siege (محاصره پیکر …: the bodies), no town.
    r"صبح|ظهر|عصر|غروب|شب|نیمه\u200cشب|سحر|سحرگاه|بامداد|طلوع|پیکر|جسد|اجساد|جنازه|"
    # A quarter of the compass is the part of the place named after it (ساکنان شرق X); the
    # military, police or security holder of a post (فرماندار نظامی) holds no town.
    r"نظامی|انتظامی|امنیتی|"
    # A time of life or a state one is in, a way or a journey: no town (در کودکی دستگیر شد، در
    # جوانی درگذشت، در تبعید، در خواب، در غربت، در خفا، در اسارت، در حبس، در راه، در سفر).
    r"کودکی|خردسالی|نوجوانی|جوانی|میانسالی|پیری|اسارت|تبعید|خواب|غربت|خفا|حبس|زندان|راه|مسیر|"
    r"سفر|جبهه|"
    rf"{_COMPASS}|مشرق|مغرب)"
    r"(?:\u200c?(?:ی|ای|اش|ش|ها|های))?|.*(?:ها|های|اش|شان)"
)

# A number after a cue counts, it names no place ("نزدیک چهار صبح", near four in the morning).
NUMBER_WORDS = frozenset(PERSIAN_UNITS) | frozenset(w for w in SCALES if not w.isascii())
# A measure follows a diameter, not Qatar (به قطر ۳ متر، قطر دو سانتی‌متر): a number and a unit
# of length (not a count of days: در مالی سه روز ماند).
_UNITS_OF_LENGTH = r"(?:(?:سانتی|میلی|کیلو)[\u200c ]?)?متری?|اینچ|فوت"
_MEASURE_AFTER = re.compile(
    rf"\s+(?:[\d۰-۹][\d۰-۹.٫/]*|{'|'.join(sorted(NUMBER_WORDS, key=longest_first))})"
    rf"\s+(?:{_UNITS_OF_LENGTH})(?![{LETTERS}\u200c])"
)


# Words that describe a place rather than name it, after its head: a position or direction (روستای
# بالا، the upper village; ده پایین), nearness (روستاهای اطراف، مجاور، همسایه), size or age; and
# any comparative (شهرهای کوچک‌تر، مناطق دورتر).
_DESCRIBING = frozenset(
    (
        "بالا", "پایین", "بالایی", "پایینی", "اطراف", "مجاور", "همسایه", "نزدیک", "دور",
        "دوردست", "کوچک", "بزرگ", "قدیم", "قدیمی", "جدید", "تازه", "دیگر", "مختلف", "اصلی",
        "بیشتر", "کمتر", "دورتر", "بزرگتر", "کوچکتر",
        # what a road, a bridge, a mountain or a river is like (جاده‌ی خاکی، پل هوایی، کوه بلند،
        # رودخانه‌ی خروشان): no name after a landmark's or the land's head
        "ساحلی", "خاکی", "آسفالته", "فرعی", "کمربندی", "کوهستانی", "روستایی", "شهری",
        "هوایی", "عابر", "ارتباطی", "فلزی", "چوبی", "سنگی", "معلق", "بلند", "مرتفع", "کوتاه",
        "خروشان", "پرآب", "خشک", "عمیق", "وسیع", "طولانی", "باریک", "پهن", "سفید",
        "سیاه", "سبز", "زیبا", "خالی", "متروکه", "نظامی", "مرزی", "آن", "این",
        # a town's congregational mosque (مسجد جامع), a neighbourhood's, a village's, a town's
        # (مسجد محل، مسجد روستا، سینما شهر)
        "جامع", "محل", "محله", "روستا", "ده", "شهر",
        # which part of a land or a town (کوه‌های شمال X, the mountains of X's north; روستاهای
        # حاشیه‌ی X, the villages on its edge) and how it is ruled (استان خودمختار X, the
        # autonomous province; شهر حکومت نظامی, a town under martial law): X is the place
        "شمال", "جنوب", "شرق", "غرب", "حاشیه", "حومه", "خودمختار", "حکومت",
        # which side of the land it lies on (منطقه‌ی شمالی، ناحیه‌ی جنوب‌غربی: the northern
        # region); not مرکزی, also a province's name (استان مرکزی)
        "شمالی", "جنوبی", "شرقی", "غربی", "شمال\u200cغربی", "شمال\u200cشرقی", "جنوب\u200cغربی",
        "جنوب\u200cشرقی",
        # whom its people side with (محله‌های هوادار مخالفان: the quarters that back the
        # opposition)
        "هوادار", "طرفدار", "حامی", "مخالف", "موافق",
        # how old or crowded it is (روستای باستانی، شهرهای پرجمعیت), and whose land it is in
        # (سه استان کشور: three of the country's provinces)
        "باستانی", "تاریخی", "کهن", "پرجمعیت", "شلوغ", "کشور",
    )
)  # fmt: skip
# What befell it, a participle in -شده or -دیده (روستای ویران‌شده، شهرهای آسیب‌دیده), describes
# it too.
_BEFALLEN = ("\u200cشده", "\u200cدیده")
_COMPARATIVE = ("\u200cتر", "\u200cترین")


# What a field (میدان) is for, after it, makes a common noun: a battlefield (میدان نبرد، میدان
# جنگ، میدان کارزار), a minefield, a firing range, an oil or gas field, a sports ground.
_FIELDS = frozenset(
    (
        "نبرد", "جنگ", "کارزار", "رزم", "مبارزه", "عمل", "مین", "تیر", "تیراندازی", "مشق",
        "نفتی", "گازی", "نفت", "گاز", "ورزشی", "بازی", "مسابقه", "رقابت", "سیاست", "جنگی",
        "دید", "مغناطیسی", "الکتریکی",
    )
)  # fmt: skip
_FIELD_HEADS = ("میدان", "ميدان")
# What a camp is for makes a common noun too: a rehab, training, summer or labour camp (کمپ ترک
# اعتیاد، اردوگاه آموزشی، اردوگاه کار اجباری), a camp for shelter (اردوگاه اسکان موقت).
_CAMP_USES = frozenset(
    (
        "ترک", "آموزشی", "تابستانی", "تفریحی", "پزشکی", "درمانی", "موقت", "موقتی", "اسکان",
        "پناهندگی", "پناهجویی", "آوارگی", "کار", "اجباری", "کاری", "فرهنگی", "ورزشی", "توانبخشی",
        "بازپروری", "اردویی", "مرگ", "کشتار", "تمرکز", "ترانزیت", "عبور", "پذیرش", "قرنطینه",
    )
)  # fmt: skip
# What is traded makes a market of trade, not a town's bazaar (در بازار ارز، بازار کار، بازار
# سیاه، بازار جهانی نفت).
_MARKETS = frozenset(
    (
        "ارز", "سهام", "بورس", "کار", "مسکن", "خودرو", "طلا", "سکه", "نفت", "کالا", "مالی",
        "سرمایه", "جهانی", "داخلی", "آزاد", "سیاه", "رقابت", "مصرف", "فروش", "تولید", "اشتغال",
        "املاک", "اجاره", "انرژی", "دارو", "مواد", "قاچاق", "آتی", "رمزارز", "هنر", "کتاب",
    )
)  # fmt: skip
# What carries a channel makes one of broadcast or messaging, no canal (کانال تلگرامی X، کانال
# تلگرام، کانال تلویزیونی، کانال ماهواره‌ای).
_CHANNELS = frozenset(
    (
        "تلگرام", "تلگرامی", "یوتیوب", "یوتیوبی", "اینستاگرام", "تلویزیون", "تلویزیونی",
        "ماهواره\u200cای", "خبری", "رسمی",
    )
)  # fmt: skip
_CHANNEL_HEADS = ("کانال",)
_CAMP_HEADS = ("کمپ", "اردوگاه")
_MARKET_HEADS = ("بازار",)
_USES = (
    (_FIELD_HEADS, _FIELDS),
    (_CAMP_HEADS, _CAMP_USES),
    (_MARKET_HEADS, _MARKETS),
    (_CHANNEL_HEADS, _CHANNELS),
)


# A word with a pronoun joined says whose the place is (روستای خاله‌ام، خانه‌ی دایی‌اش), and a
# word in -نشین who lives there (محله‌ی ارمنی‌نشین، مناطق عرب‌نشین): a description, no name.
_WHOSE_OR_WHO_LIVE_THERE = re.compile(r"(?:\u200c(?:ام|ات|اش|مان|تان|شان)|نشین)$")


def _peoples_plural(word: str) -> bool:
    """Whether `word` is the plural of a people's or a faith's adjective in -ی (گورستان
    مسیحیان, the Christians' cemetery): whose the place is, no name; a family name of descent
    (کاظمیان) is a name."""
    return len(word) > 5 and word.endswith("یان") and not family_shape(word)


def only_described(place: Mention) -> bool:
    """Whether the words after a place's head only describe it (روستای بالا، شهرهای کوچک‌تر,
    روستاهای اطراف): no name, whatever the head. A plural head described first names no place
    whatever follows (روستاهای اطراف جلسه‌هایی …: the villages around, then the clause), nor does
    a field or a camp named by its use (میدان نبرد, a battlefield; کمپ ترک اعتیاد, a rehab
    camp; بازار ارز, a currency market), nor an adverb after the head
    (اردوگاه بارها هدف قرار گرفته بود: the camp was often targeted), nor the body that holds a
    detention centre (بازداشتگاه اطلاعات: the intelligence's)."""
    head, *words = place.text.split()
    if not words:
        return False
    if any(head.startswith(heads) and words[0] in uses for heads, uses in _USES):
        return True
    if names_nothing(words[0]) or owned_by_a_body(head, words[0]):
        return True
    if _WHOSE_OR_WHO_LIVE_THERE.search(words[0]) or _peoples_plural(words[0]):
        return True
    if "ها" in head and (words[0] in _DESCRIBING or words[0].endswith(_COMPARATIVE)):
        return True
    return all(w in _DESCRIBING or w.endswith((*_COMPARATIVE, *_BEFALLEN)) for w in words)


def listed_after(text: str, places: list[Mention]) -> Iterator[Mention]:
    """The places listed after one named with its head, by commas and a closing و ("در سه
    استان X، Y و Z"): each one word, a known place or one that may be a name and is no
    common place noun."""
    for place in places:
        listed = _LIST_AFTER.match(text, place.end) or (
            _PAIR_AFTER.match(text, place.end) if _PLURAL_HEAD.match(place.text) else None
        )
        if listed is None:
            continue
        items = list(WORDS.finditer(text, listed.start(), listed.end()))
        words = [item for item in items if item.group() != "و"]
        if all(
            is_known_place(w.group())
            or (may_name(w.group()) and not _NOT_A_PLACE.fullmatch(w.group()))
            for w in words
        ):
            for word in words:
                yield mention(text, *word.span(), "place", "place-list-fa")


def listed_among_known(index: StretchWords, named: Collection[str] = ()) -> Iterator[Mention]:
    """The words of a bare list ("در X، Y، Z و W") where two or more are known places: a list of
    places holds the small towns beside the big ones. A town the text itself names as a place
    elsewhere, by its head or its cue (`named`), counts as known: one gazetteer town alone
    makes no list, one beside a town the text placed does. Each must be a known place or a word
    that may name and no common place noun; in the Persian stretches that `index` reads."""
    text = index.text
    lists = [(found, _KNOWN_IN_A_LIST) for found in scan(_BARE_LIST, text, index.where)]
    lists += [(found, 1) for found in opened_at_words(_PLURAL_PLACES_PAIR, index)]
    for found, enough in lists:
        items = [w for w in WORDS.finditer(text, *found.span("list")) if w.group() != "و"]
        known = [is_known_place(w.group()) or w.group() in named for w in items]
        if sum(known) < enough or not all(
            is_known
            or (
                may_name(w.group())
                and not _NOT_A_PLACE.fullmatch(w.group())
                and w.group() not in GENERIC_PLACE_WORDS  # شهرهای بزرگ و X: the big towns
            )
            for w, is_known in zip(items, known, strict=True)
        ):
            continue
        # The known ones too: a town the origin list knows may be in no gazetteer (نجف).
        for word in items:
            yield mention(text, *word.span(), "place", "place-list-fa")


def shaped_places(text: str, words: list[re.Match[str]]) -> Iterator[Mention]:
    """Words shaped as a place's name (عادل‌آباد، کردستان، بوشهر; `words` are those of that
    shape), two of them joined by و as one place (سیستان و بلوچستان)."""
    for match in words:
        end = _through_joined_place(text, match.end())
        yield mention(text, match.start(), end, "place", "place-shape-fa")


def _through_joined_place(text: str, end: int) -> int:
    """Where a place's name ending at `end` ends when و joins a second word of a place's shape
    to it (سیستان و بلوچستان is one place)."""
    joined = _AND_WORD.match(text, end)
    return joined.end() if joined and place_shape(joined["word"]) else end


def _datelines(
    text: str, where: list[tuple[int, int]], *, outlets: bool
) -> Iterator[re.Match[str]]:
    """The datelines whose words may name, those of an outlet or (`outlets` False) of a town."""
    for dateline in scan(_DATELINE, text, where):
        words = dateline["name"].split()
        if _GENRE_INDEFINITE.sub("", words[0]) in _GENRES:
            continue
        if not all(may_name(word) or is_known_place(word) for word in words):
            continue
        outlet = not all(map(is_known_place, words)) and (
            words[-1] in _SERVICES or bool(_DATE_AFTER_DASH.match(text, dateline.end()))
        )
        if outlet == outlets:
            yield dateline


def outlets_in_datelines(text: str, where: list[tuple[int, int]]) -> Iterator[Mention]:
    """An outlet opening a line before its dash and the date, or as a language service
    (ایندیپندنت فارسی — ۹ مرداد ۱۴۰۲): a body, where no gazetteer knows it."""
    for dateline in _datelines(text, where, outlets=True):
        yield mention(text, *dateline.span("name"), "organization", "outlet-dateline-fa")


def _moved_to(text: str, where: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The places one is taken, sent, fled or returned to, found from the verb back ("به X و Y
    منتقل شدند"); not what one returns to that is no place (به کار بازگشت، به آزادی بازگشت)."""
    for verb in scan(_MOVED, text, where):
        at = verb.start("verb")
        to = _TO_BEFORE.search(text, max(0, at - 40), at)
        if to is None or (verb["back"] and (to["to"] in _RETURNED_TO or not may_name(to["to"]))):
            continue
        yield to.span("to")
        if to["also"]:
            yield to.span("also")


def _befallen_in(text: str, where: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The places one was killed, arrested, born or buried in, "در X (و Y) کشته شدند": each a
    word that may name and no event (در درگیری کشته شد, in a clash)."""
    for found in scan(_IN_BEFORE_FATE, text, where):
        for group in ("name", "also"):
            word = found[group]
            if word and may_name(word) and not _IN_EVENT.fullmatch(word.replace("آ", "ا")):
                yield found.span(group)


def places_after_cue(index: StretchWords) -> Iterator[Mention]:
    """The word after a place's cue: a post held over a place (استاندار X، فرماندار X), a
    preposition of nearness or direction (در نزدیکی X، در شمال X), being taken or fleeing to
    it (به X منتقل شدند، انتقال زندانیان به X و Y), coming from or living there (اهل X، ساکن
    X); a town before its province in apposition (در X، در استان Y); in the Persian stretches
    that `index` reads."""
    text, where = index.text, index.where
    spans = []
    for pattern in _PLACE_CUES:
        for cue in scan(pattern, text, where):
            at = cue.start()
            if pattern is _PLACE_CUES[0]:  # -دار: only a holder of a place
                if _HOLDER.search(text, max(0, at - 8), at):
                    spans.append(cue.span("name"))
            elif at == 0 or not LETTER_OR_ZWNJ.match(text[at - 1]):
                spans.append(cue.span("name"))
    spans += [
        act.span("name")
        for act in opened_at_words(_ACT_ON_PLACE, index)
        if is_known_place(act["name"])
        or (
            may_name(act["name"])
            and not act["name"].endswith("ی")  # an adjective: بمباران شیمیایی، محاصره اقتصادی
            and act["name"] not in _ACTED_ON
            and act["name"] not in _MANNER
            and act["name"] not in _LIGHT_VERBS
        )
    ]
    spans += [
        cued.span("name")
        for cued in opened_at_words(_PREPOSITION_BEFORE, index)
        if cued["name"] in cued_places_fa()
        and cued["after"] not in _NOUN_AFTER
        and not _MEASURE_AFTER.match(text, cued.end("name"))
    ]
    spans += _moved_to(text, where)
    spans += _befallen_in(text, where)
    for province in scan(_PROVINCE_AFTER, text, where):
        town = WORD_JUST_BEFORE.search(text, max(0, province.start() - 40), province.start())
        if town and town["word"] not in NOT_A_NAME:
            spans.append(town.span("word"))
    spans += [
        near.span("town") for near in scan(_NEAR_AFTER, text, where) if may_name(near["town"])
    ]
    spans += [dateline.span("name") for dateline in _datelines(text, where, outlets=False)]
    spans += [
        dated.span("name")
        for dated in scan(_PLACE_AND_DATE, text, where)
        if all(may_name(word) or is_known_place(word) for word in dated["name"].split())
    ]
    for start, end in spans:
        name = text[start:end]
        after = _NEXT_WORD.match(text, end)
        if (
            # A noun a light verb follows is the verb's: "در جنوب نظارت داشت" (oversaw), "ساکنان
            # رخ داده است" (happened); not a known town, nor one the verb "to be" follows ("… در
            # شمال X است").
            (
                after
                and (is_light_verb(after["word"]) or verb_follows(text, end))
                and after["word"] not in _TO_BE
                and not is_known_place(name)
            )
            or name in NAME_ENDS
            or name in NUMBER_WORDS
            or _NOT_A_PLACE.fullmatch(name)
            or HEAD_WORD.fullmatch(name)
        ):
            continue
        end = _through_joined_place(text, end)
        yield mention(text, start, end, "place", "place-cue-fa")
