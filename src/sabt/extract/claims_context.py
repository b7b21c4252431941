"""What makes a figure near an act no count of its victims, or what makes people who spoke
count as victims: a year or a period of years, a percent or a duration after it, an age, a label
("Room 101"), a code ("S-21"), things or places counted, people who spoke or are named again,
kin, survivors; and people held or seized, whose count is of the detained when no act is named
with them."""

import re

from sabt.extract.claims_acts import ANY_ACT, CONFINEMENT
from sabt.text.date_words import ENGLISH_MONTH_NAMES, PERSIAN_MONTH_NAMES
from sabt.text.date_years_fa import PERIOD_LONGEST_YEARS, REPORT_YEAR_DIGITS, REPORT_YEARS
from sabt.text.numbers import Quantity, fold

# A letter and a hyphen glued to a figure: "S-21", "1-A".
# So is one glued to a slash or a colon: a document symbol ("A/HRC/49/75"), a clock ("5:30").
CODE_BEFORE = re.compile(r"[A-Za-z]-|[\w]/|\d:")
CODE_AFTER = re.compile(r"-[A-Za-z]|/[\w]|:\d")
NOT_COUNT = re.compile(
    # a Persian word may be glued on with a zero-width non-joiner ("پانزده‌ساله")
    r"^[\s\u200c]*(?:%|percent|per cent|-?years?|days?|weeks?|months?|decades?|centuries|"
    r"minutes?|hours?|(?:nights?|seconds?|generations?)\b|times|counts?\s+of|درصد|"
    # years, days, months and their forms (ساله، ساله‌ای، سالگی، روزه), not a word they open: "۸
    # روزنامه‌نگار" (journalists), "۱۲ ماهیگیر" (fishermen), "۳۰ سالمند" (elderly) are people
    r"(?:سال|روز|ماه)(?:گی|ه|ی|\u200c?ها|\u200cی|\u200c?های)?(?:\u200c?ا?ی)?(?![\w\u200c])|"
    # an age with a possessive: "دختر ده‌ساله‌اش" (his ten-year-old daughter)
    r"ساله\u200c?(?:اش|ام|شان|مان|ات|تان)(?![\w\u200c])|"
    # a Persian ordinal: "سی‌امین سالگرد" (the thirtieth anniversary)
    r"ا?مین(?![\w\u200c])|"
    # (whole words: شبه‌نظامی, a paramilitary, is counted)
    r"(?:هفته|ساعت|دقیقه|شب|دهه|قرن|بار)(?![\w\u200c])|"
    # measures and things, no people: "in two rows", "30 rounds", "در دو ردیف", "۳۰ گلوله"
    r"(?:rows?|floors?|storeys?|stories|metres?|meters?|kilomet(?:re|er)s?|km|miles?|feet|"
    r"rounds|bullets|pages)\b|"
    r"(?:ردیف|صف|صفحه|طبقه|متر|کیلومتر|کیلو|مرحله|نوبت|گلوله|فشنگ)(?:\u200cی|\u200cهای|های|ها|\u200cها)?(?![\w\u200c])|"
    # a sentence's lashes and a fine's money are no count of people: "74 lashes", "۷۴ ضربه
    # شلاق", "500 dollars", "۵۰۰ میلیون تومان"
    r"lash(?:es)?\b|strokes\b|dollars|euros|pounds|rials|tomans|ضربه|تومان|ریال|دلار|یورو|"
    # the hour of the day: "at 5 a.m.", "5 o'clock"
    r"[ap]\.m\.|[ap]m\b|o['’]clock|"
    # a day of a month the date rules left unread ("on 12 July", "۲۶ خرداد"): capitalised in
    # English (a lower-case "may" is a verb), whole words in Persian
    r"(?-i:(?:"
    + "|".join(ENGLISH_MONTH_NAMES)
    + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)"
    r"(?![a-z]))|"
    r"(?:" + "|".join(PERSIAN_MONTH_NAMES) + r")(?![\w\u200c]))",
    re.I,
)
# "Her son, 17, was arrested", "X، ۲۳ ساله،": an age set off by commas is no count.
AGE_BEFORE = re.compile(r"[,،]\s*$|\baged\s+$", re.I)
AGE_AFTER = re.compile(r"^\s*[,،)]")
# "Room 101", "Flight 752", "Ward 209": a capitalised noun just before a figure names it.
LABEL_BEFORE = re.compile(
    r"\b(?!(?:Another|Only|Just|All|Exactly|Almost|Some|About|Nearly|Over|Around|Roughly|At|"
    r"In|By|Of|On|Since|Until|After|Before|During|From|To|And|But|Then|While|Yet|"
    # a possessive opening a sentence ("My two sons were shot") names no label
    r"My|Our|His|Her|Their|Your|Its)\b)"
    r"[A-Z][a-z]+\s+$"
)
# "interviews with more than 60 victims", "testimony from 40 survivors", "مصاحبه با ۳۰ شاهد":
# people who spoke are counted, not an act's victims. "one of the ten women executed", "یکی از
# ده زن اعدام‌شده", "the anniversary of the execution of ten": a count told before, named again.
SPOKEN_OR_NAMED_BEFORE = re.compile(
    r"\b(?:interviews?\s+with|interviewed|spoke\s+(?:to|with)|testimon(?:y|ies)\s+(?:of|from)|"
    r"accounts\s+(?:of|from)|statements\s+(?:of|from)|one\s+of\s+the|anniversary\s+of\s+"
    r"(?:the\s+)?\w+\s+of)\s+$"
    r"|(?<![\w\u200c])(?:مصاحبه|گفت[\u200c\s]?و[\u200c\s]?گو)\s+با\s+$"
    r"|(?<![\w\u200c])یکی\s+از\s+$|(?<![\w\u200c])سالگرد\s+[\w\u200c]+\s+$",
    re.I,
)
# "the accounts of 25 detainees who said they had been tortured": people who spoke count as
# victims of the act they told of.
SELF_REPORTED = re.compile(
    r"\s*(?:[\w\-]+\s+){0,2}?(?:who|that)\s+(?:said|say|says|reported|described|recounted|"
    r"told\s+\w+)\s+(?:that\s+)?(?:they|he|she)\s+(?:had\s+been|have\s+been|has\s+been|were|"
    r"was)\s+(?:\w+ly\s+)?(?=" + ANY_ACT + ")"
    r"|\s*(?:[\w\u200c]+\s+){0,2}?که\s+(?:گفتند|می[\u200c\s]?گویند|گفته[\u200c\s]?اند)\s+"
    r"(?:[\w\u200c]+\s+){0,3}?(?=" + ANY_ACT + ")",
    re.I,
)
# "a woman whose two brothers were held", "her three sons": kin counted with a possessive are
# people the witness names (as FA_KIN_AFTER in Persian); a witness's count of their own kin
# ("my two brothers were held") is a claim of that witness.
_POSSESSIVE = r"\b(?:whose|her|his|my|our|their|your)\s+"
KIN_BEFORE = re.compile(r"\b(?:whose|her|his|their|your)\s+$", re.I)
KIN_AFTER = re.compile(
    r"^\s*(?:brothers|sisters|sons|daughters|children|cousins|uncles|nephews|relatives|siblings)\b",
    re.I,
)
# "shot her uncle and two neighbours", "my father, my brother and three friends": a count
# joined to a relative the witness names is that witness's list of people, no count told of an
# act ("my brother and 11 other prisoners" still counts: see KIN_LIST_AFTER).
# One relative, in the singular ("father", "cousin").
KIN_ONE = (
    r"(?:father|mother|son|daughter|brother|sister|husband|wife|uncle|aunt|cousin|nephew|niece|"
    r"grandfather|grandmother|grandson|granddaughter)"
)
KIN_LIST_BEFORE = re.compile(
    _POSSESSIVE + rf"(?:{KIN_ONE}|fianc[ée]e?|friend|neighbou?r)\s*(?:,|and)\s+$",
    re.I,
)
KIN_LIST_AFTER = re.compile(r"^\s*(?:other|others|more)\b", re.I)
# "burned 35 houses and killed 12 villagers", "۴۰ خانه را به آتش کشیدند": things counted
# near an act are no count of people.
THINGS_AFTER = re.compile(
    r"^\s*(?:[\w\-]+\s+)?(?:houses|homes|buildings|villages|towns|vehicles|cars|trucks|buses|"
    # places an act happened in: "arrested in 28 provinces", "در ۱۲ شهر"
    r"cities|provinces|districts|countries|regions|counties|municipalities|neighbou?rhoods|"
    r"prisons|camps|locations|"
    # kinds and ways of an act: "72 methods of torture"
    r"methods|techniques|forms|types|kinds|ways|instruments|"
    r"tanks|schools|mosques|churches|hospitals|shops|rounds|waves|batches|phases|stages|"
    r"bullets|shells|rockets|missiles|bombs|kilometres|kilometers|km|miles|metres|meters|"
    r"graves|pages|documents|cells|rooms|wards|basements|cellars|"
    # the events an act happened in: "killed in 2 separate attacks", "in 4 incidents"
    r"attacks|incidents|raids|strikes|airstrikes|explosions|blasts|bombings|operations|"
    r"clashes|protests|demonstrations|rallies|trials|hearings|sessions|episodes|"
    # animals taken or killed beside people: "killed two guards and took 40 sheep"
    r"head\s+of\s+(?:cattle|sheep|goats|livestock)|sheep|goats|cows|cattle|livestock|horses|donkeys|"
    r"mules|camels|animals)\b"
    r"|^\s*(?:روش|شیوه|نوع|موج|مرحله|شهر|استان|کشور|شهرستان|منطقه|خانه|منزل|ساختمان|روستا|"
    r"خودرو|ماشین|موشک|گلوله|خمپاره|بمب|کیلومتر|متر|مسجد|مدرسه|بیمارستان|مغازه|گور|سند|صفحه|"
    r"سلول|اتاق|حمله|حادثه|انفجار|عملیات|درگیری|تجمع|جلسه|"
    r"گوسفند|بز|گاو|دام|اسب|الاغ|قاطر|شتر|رأس)"
    # with a plural or an ezafe: "سه حمله‌ی جداگانه"
    r"(?:\u200c?(?:های|ها|ی))?(?![\w\u200c])",
    re.I,
)
# "four coffins bearing their names were returned to her", "سه تابوت را تحویل دادند": the dead
# counted by their coffins handed over, returned or buried (not coffins made or sold).
COFFINS_AFTER = re.compile(
    r"^\s*(?:[\w\-]+\s+)?(?:coffins|caskets)\b[^.;:!?]{0,60}?\b(?:handed|returned|given|"
    r"delivered|buried|carried|brought|sent)\b"
    r"|^\s*تابوت[^.؛!?]{0,60}?(?:تحویل|دفن|آوردند|آورده|فرستادند|برگرداندند|بازگرداندند)",
    re.I,
)
# "Two million people live in the city where the killings took place", "3,000 people attended
# the funeral": people counted with a verb of their own that is no act are no count of one.
OWN_VERB = re.compile(
    r"\s*(?:(?:still|also|now|then|later)\s+)?(?:live|lived|living|lives|reside|resided|"
    r"attended|attend|gathered|gather|marched|rallied|protested|demonstrated|voted|vote|signed|"
    r"sign|watched|work|worked|visited|took\s+part|participated|joined|assembled|mourned|"
    r"walked)\b",
    re.I,
)
# "a briefing attended by about 40 journalists", "treated 3,600 patients", "the chamber heard
# 112 witnesses": people a verb that is no act befalls, before them.
OTHER_VERB_BEFORE = re.compile(
    r"\b(?:attended|watched|signed|visited|addressed|surveyed|consulted|heard|questioned|"
    r"employed|housed|hosted|treated|rescued|registered|polled|trained|fed|sheltered)\s+"
    r"(?:by\s+)?$",
    re.I,
)
# "only three of them came back alive", "سه نفر زنده بازگشتند": survivors are no count.
# So are those set free: "14 were arrested, 9 of whom were later released", "۵ نفر آزاد شدند".
# (not past "and", و or another figure: "arrested 30 and released 10" counts the 30; nor
# when the freed tell of what befell them: "three of those released told us they were beaten",
# «سه نفر از آزادشدگان گفتند که کتک خورده‌اند» count the act they tell of)
_THEY_TOLD = (
    r"(?![\w\u200c]*\s+(?:[\w\u200c]+\s+){0,4}?(?:said|told\s+\w+|گفتند|گفته[\u200c\s]?اند|"
    r"می[\u200c\s]?گویند)\s+(?:that\s+)?(?:they\b|که\s))"
)
SURVIVED = re.compile(
    r"^\s*(?:(?!(?:and|but|و)\s)(?![\d۰-۹])[\w\u200c\-]+\s+){0,5}?(?:survived|(?:came|returned|got|made\s+it)\s+"
    r"(?:back\s+|home\s+)?alive|زنده\s+(?:ماند|بازگشت|برگشت|به\s+خانه)|"
    r"(?:released|freed|acquitted|pardoned)\b|(?:آزاد|تبرئه|عفو)[\s\u200c]*(?:شد|شدند|شده|کرد))"
    + _THEY_TOLD,
    re.I,
)
# "released 10 the next day", "freed 40 detainees": people set free are no count of the act.
FREED_BEFORE = re.compile(
    r"\b(?:released|releasing|freed|freeing|pardoned|acquitted|let\s+go)\s+(?:of\s+)?$"
    r"|(?<![\w\u200c])آزادی\s+$",
    re.I,
)
# "۱۴۷ بازداشتی به آنجا منتقل شدند", "80 detainees were moved": with no act in the sentence,
# people counted as detainees are a count of the detained.
DETAINEES = re.compile(r"detainees|بازداشتی", re.I)
# "they took twelve men from our street", "militiamen seized 9 aid workers": people counted as
# the object of a verb of seizure are held (detained) unless another act in the clause tells
# their fate ("took away 5 men who never came home").
SEIZED_BEFORE = re.compile(
    r"\b(?:took|taken|taking|seized|seizing|grabbed|dragged|hauled|snatched|carried\s+off|"
    r"picked\s+up|bundled|caught|captured)\s+(?:away\s+)?$",
    re.I,
)
# "they caught eleven of us", "took nine of them": people counted as "of us/them" are the
# seized, as a victim word would be, only as the object of a verb of seizure ("eleven of us
# walked home" counts no one).
_OF_US = re.compile(r"^\s+of\s+(?:us|them)\b", re.I)


def seized_of_us(before: str, after: str) -> re.Match[str] | None:
    """The words "of us/them" after a figure that a verb of seizure takes as its object."""
    return _OF_US.match(after) if SEIZED_BEFORE.search(before) else None


# Not a seizure: "took 40 children to safety" (a rescue), "took 40 men from our wing" (people
# already held, taken from their place of detention to a fate not told).
NOT_SEIZED_AFTER = re.compile(
    r"[^.;:]{0,40}?\bto\s+(?:the\s+|a\s+)?(?:hospitals?|safety|shelters?|clinics?|"
    r"the\s+border|school|church|their\s+homes?)\b"
    r"|\s*(?:away\s+)?(?:from|out\s+of)\s+(?:our|the|their|his|her|my|its)\s+(?:\w+\s+)?"
    r"(?:wing|cells?|block|ward|prison|jail|camp|barracks|detention|custody)\b",
    re.I,
)


def seized(before: str, after: str, victims_end: int) -> bool:
    """Whether people counted with no act in their clause are detainees ("80 detainees were
    moved") or the object of a verb of seizure ("took twelve men from the mosque")."""
    return bool(
        DETAINEES.search(after, 0, victims_end)
        or (SEIZED_BEFORE.search(before) and not NOT_SEIZED_AFTER.match(after, victims_end))
    )


# "In our cell there were about 35 women", "در بند ما حدود ۴۰ نفر بودیم": people counted inside
# a place of confinement, with no verb of their own, are the detained.
_HEDGE = r"(?:(?:about|around|some|nearly|almost|over|more\s+than|at\s+least|roughly)\s+)?"
IN_CONFINEMENT = re.compile(
    r"\b(?:in|inside)\s+(?:our|my|the|that|this|their|each|one|a)\s+(?:\w+\s+)?"
    + CONFINEMENT
    + r"\s*,?\s+(?:there\s+were\s+|we\s+were\s+|were\s+|was\s+)?"
    + _HEDGE
    + "$"
    r"|(?<![\w\u200c])در\s+(?:بند|سلول|زندان|اردوگاه|بازداشتگاه|قرنطینه)(?:[\s\u200c]+"
    r"(?!در)[\w\u200c]+)?\s+(?:(?:حدود|نزدیک\s+به|بیش\s+از|دست[\s\u200c]?کم|تقریبا)\s+)?$",
    re.I,
)


def is_year(number: Quantity) -> bool:
    """A bare four-digit figure in year range ("the 1988 massacre", "سال ۱۳۶۷") is no count."""
    if number.qualifier or not number.text.isdigit() or len(number.text) != 4:
        return False
    value = number.value or 0
    return 1900 <= value <= 2100 or (not number.text.isascii() and 1300 <= value <= 1500)


YEAR_PAIR = re.compile(rf"\D*(?:{REPORT_YEAR_DIGITS})\D+(?:{REPORT_YEAR_DIGITS})")


def is_year_pair(number: Quantity) -> bool:
    """ "از 1357 تا 1377", "between 1990 and 2004": a range whose two ends are written as
    years of one calendar, no further apart than the date rules' longest period, is a period,
    not a count, unless counted people follow it."""
    low, high = number.low or 0, number.high or 0
    return (
        number.qualifier == "between"
        and bool(YEAR_PAIR.fullmatch(fold(number.text)))
        and 0 < high - low <= PERIOD_LONGEST_YEARS
        and any(first <= low <= high <= last for first, last, _ in REPORT_YEARS)
    )


def is_age(number: Quantity, before: str, after: str) -> bool:
    """A small whole figure in apposition ("X, 34, was executed") or "aged 34" is an age."""
    value = number.value
    return (
        value is not None
        and not number.qualifier
        and value < 120
        and bool(AGE_BEFORE.search(before))
        and (bool(AGE_AFTER.match(after)) or before.rstrip().lower().endswith("aged"))
    ) or bool(
        value is not None
        and value < 120
        and (
            _AGES_LISTED.search(before)
            or (not number.qualifier and _in_ages_set_off(before, after))
        )
    )


# "aged 19 and 21", "aged 17, 19 and 22": the later ages of a list after "aged".
_AGES_LISTED = re.compile(r"\baged\s+\d{1,3}(?:\s*,\s*\d{1,3})*\s*(?:,|and|or|to|-)\s*$", re.I)
# "Three brothers, 19, 21 and 24, were arrested": a list of small figures set off by commas, as
# a single age is ("X, 34, was executed"): a word, a comma, the list's figures before this one;
# the list's figures after it and a closing comma.
_AGES_BEFORE = re.compile(r"[^\d\s,،]\s*[,،]\s*(?:\d{1,3}\s*(?:,|\band\b|\bor\b)\s*)*$", re.I)
_AGES_AFTER = re.compile(r"(?:\s*(?:,|\band\b|\bor\b)\s*\d{1,3}\b)*\s*[,،)]", re.I)


def _in_ages_set_off(before: str, after: str) -> bool:
    """Whether the figure is one of a list of small figures set off by commas (a hedged
    figure so set off is a count: "The dead, about 40, were buried")."""
    return bool(_AGES_BEFORE.search(before) and _AGES_AFTER.match(after))


def is_code(text: str, number: Quantity) -> bool:
    """A figure glued to letters by a hyphen names something ("S-21", "Camp 1-A"): no count."""
    return bool(
        CODE_BEFORE.fullmatch(text, max(0, number.start - 2), number.start)
        or CODE_AFTER.fullmatch(text, number.end, number.end + 2)
    )


def things(after: str, victims: re.Match[str] | None) -> bool:
    """Whether the figure counts things or places ("35 houses", "در ۲۸ استان کشور معترضان …"):
    their noun comes before any victim word after it."""
    things = THINGS_AFTER.match(after)
    return bool(things and (victims is None or things.end() < victims.end()))
