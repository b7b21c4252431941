"""Persian dates with no value: relative to another event or to now, without a year, or a feast.

The gold convention (docs/extraction.md) keeps as a span with no earliest or latest every date
the text gives only against something else: سه روز بعد، دو دهه پس از آن، چند ساعت پس از حمله،
همان روز، صبح آن روز، فردای آن شب، سال‌های پس از انقلاب، روزهای پیش از انتخابات، هفته‌ی آینده،
همان زمستان (not a bare فردا: رادیو فردا is a name); a month or a day and month with no year (در
اسفند، اواخر تیرماه، ۱۰ محرم); a feast that names a day of every year (نوروز، شب یلدا، روز
عاشورا، ماه رمضان); the adverbs of relative time (پیش از آن، پس از آن روز، اندکی بعد، چندی
پیش; not بعدها alone, which says only "later", nor پس از آن که, a conjunction, nor پیش‌تر
"earlier", which tells an aspect, nor پس از آن، پس از این، از آن پس alone, which say "then":
the written convention lists پس از آن among the no-dates, and the studied gold leaves it out in
seven documents of eight), a part of an event (در پایان جنگ، در اوج سرکوب) and a season
against now (پاییز گذشته، بهار آینده). Each form is a closed class of words written out in full
here; `event_dates` runs the pattern and decides what it may keep.

A shift placed against a noun ("سه روز پس از بازداشت") is kept unless the event is dated in the
same clause ("چند روز پس از آتش‌بسی که در ۹ اسفند ۱۳۶۹ …" is dated by that date): `NOUN_GROUPS`
tell the caller which matches end on such a noun.
"""

import re

from sabt.text.date_words import SEASONS
from sabt.text.number_words import PERSIAN_UNITS

_FA = r"(?<![\w\u200c])"  # a Persian word starts here
_FA_END = r"(?![\w\u200c])"  # and ends here (no suffix joined: آن روزنامه, سال‌ها)
_EZAFE = r"(?:\u200cی|\s+ی|ی)?"
# Counts: digits, every number word up to nine hundred ("چهل و یک"), and the vague ones.
_NUMBER = "|".join(sorted((w for w in PERSIAN_UNITS if w != "نه"), key=len, reverse=True))
_COUNT = rf"(?:\d{{1,3}}|(?:{_NUMBER})(?:[\s\u200c]*و[\s\u200c]*(?:{_NUMBER}))*|چند|چندین)"
_UNIT = r"(?:ساعت|روز|شب|هفته|ماه|سال|دهه|قرن|سده)"
# A vague number of units written as one word: سال‌ها، روزها، ساعاتی، ساعت‌ها
_UNITS_VAGUE = rf"(?:{_UNIT}\u200c?ها|ساعاتی|سالیان|قرن\u200c?ها)"
# A while with no unit before بعد or پیش: اندکی بعد، کمی بعد، مدتی بعد، چندی پیش، مدت‌ها قبل.
_WHILE = r"(?:اندکی|کمی|مدتی|چندی|مدت\u200c?ها|دیری)"
_PART = r"(?:صبح|عصر|شب|بامداد|ظهر|غروب|شامگاه|نیمه[\u200c ]?شب|سحر|سحرگاه|ساعات\s+اولیه)"


# A hedge before a count: کمتر از یک سال بعد، حدود چهل سال پیش; half a unit after it.
_HEDGE = r"(?:(?:کمتر|بیشتر|بیش)\s+از|حدود|نزدیک\s+به|قریب\s+به|تقریبا)"
_HALF = r"(?:\s+و\s+نیم)?"
# Words for a time gone by, with آن/همان/این: آن زمان، آن دوران، همان ایام (not وقت: آن وقت is
# "then, in that case" as often as "at that time").
_ERA = r"(?:زمان|دوره|دوران|ایام|هنگام|موقع|روزگار|روزگاران|لحظه|زمانه|برهه)"
# Events a time is placed against with no count: پس از انفجار، پیش از جنگ، در زمان حمله
# (folded: ا for آ). A noun joined to an indefinite ‌ای (محاکمه‌ای کوتاه) is a manner, not an event.
EVENT_NOUNS = (
    r"حمله|حملات|انفجار|جنگ|قیام|انقلاب|کودتا|کشتار|قتل\u200c?عام|تیراندازی|اعدام|اعدام\u200c?ها"
    r"|بازداشت|دستگیری|ازادی|مرگ|درگذشت|تیرباران|سقوط|تصرف|اشغال|محاصره|خروج|ورود|بازگشت"
    r"|فرار|انتخابات|اعتراض\u200c?ها|اعتراضات|درگیری|درگیری\u200c?ها|اتش\u200c?سوزی|اتش\u200c?بس"
    r"|محاکمه|دادگاه|صدور\s+حکم|یورش|ترور|قتل|قتل\u200c?ها|حادثه|زلزله|سیل|بمباران|عملیات"
    r"|شورش|ناارامی\u200c?ها|سرکوب|هجوم|ازادسازی|عقب\u200c?نشینی|انتفاضه|فاجعه|واقعه|تجاوز"
    r"|ربوده\s+شدن|ناپدید\s+شدن|کشته\s+شدن|تسلیم|استقلال|اخراج|تبعید|محاکمات|حکم"
    r"|پیروزی(?:\s+انقلاب)?|سرنگونی|فروپاشی|تظاهرات|راهپیمایی|تحصن|اعتصاب|اعتصابات|شکنجه"
    r"|همه\u200c?پرسی|رفراندوم|رای\u200c?گیری|کشتارها|بمب\u200c?گذاری|گروگان\u200c?گیری"
)

# An act named by its infinitive: پس از شنیدن، هنگام ورود، پس از خاموش شدن، پیش از کشته شدن.
_INFINITIVE = r"(?:[\w]{2,}\s+)?(?:شدن|کردن|گشتن)|[\w]{2,}(?:دن|تن)"


# What a shift is placed against: آن or این, else one word naming the event.
def _against(group: str) -> str:
    # (not a time of day: کمی پیش از نیمه‌شب, بعد از ظهر are no dates)
    return rf"(?:(?:پس|قبل|پیش|بعد)\s+از\s+(?:ان|این|(?!{_PART}{_FA_END})(?P<{group}>[\w\u200c]+)))"


_SEASONS = (
    "(?:" + "|".join(w for names in SEASONS for w in names.split("|") if not w.isascii()) + ")"
)
# A unit after آن or این that makes an adverb a time: پس از آن روز، پیش از آن زمستان.
_ADVERB_UNIT = rf"(?:{_UNIT}|{_ERA}|{_SEASONS})(?:\u200c?ها)?"
# Months named without a year. Those that are also common words (تیر an arrow, مهر a seal, دی
# yesterday, آذر and بهمن names, مه and می) count only with ماه joined or after them.
_MONTHS_SAFE = (
    r"فروردین|اردیبهشت|خرداد|ا?مرداد|شهریور|ابان|اسفند|ژانویه|فوریه|مارس|اوریل|ژوئن|ژوئیه"
    r"|جولای|اگوست|سپتامبر|اکتبر|نوامبر|دسامبر|ربیع[\u200c ]?(?:الاول|الثانی|الاخر)"
    r"|جمادی[\u200c ]?(?:الاول|الاولی|الثانی|الثانیه|الاخر|الاخره)|شعبان|رمضان|شوال"
    r"|ذی[\u200c ]?القعده|ذی[\u200c ]?الحجه"
)
_MONTHS_WORDS = r"تیر|مهر|دی|اذر|بهمن|محرم|صفر|رجب"
_MAH = r"[\s\u200c]*ماه"
_MONTH = rf"(?:(?:{_MONTHS_SAFE})(?:{_MAH})?|(?:{_MONTHS_WORDS}){_MAH})"
_MONTH_PART = r"(?:(?:اوایل|اواسط|اواخر|نیمه|میانه|پایان|اغاز|ابتدای|اول|اخر)" + _EZAFE + r"\s+)"
_FEASTS = (
    r"(?:عید\s+)?نوروز|(?:شب\s+)?یلدا|چهارشنبه[\u200c ]?سوری|سیزده[\u200c ]?(?:به[\u200c ]?)?در"
    r"|(?:روز\s+|ظهر\s+|شب\s+)?(?:عاشورا|تاسوعا|اربعین)|عید\s+(?:فطر|قربان|غدیر|مبعث|الاضحی)"
    r"|شب(?:\u200cهای|\s+های)?\s+قدر|کریسمس|(?:روز\s+|شب\s+)?سال\s+نوی?\s+میلادی|محرم"
)
_TIME_PREPOSITION = (
    r"(?:(?:در|از|تا|طی|طول|حوالی|ایام|تعطیلات|استانه|اغاز|پایان)"
    + _EZAFE
    + r"|(?:پیش|پس|قبل|بعد)\s+از)"
)
_ORDINALS = (
    r"(?:دهم|یازدهم|دوازدهم|سیزدهم|چهاردهم|پانزدهم|شانزدهم|هفدهم|هجدهم|هیجدهم|نوزدهم|بیستم"
    r"|بیست[\s\u200c]*و[\s\u200c]*یکم)"
)

PERSIAN = re.compile(
    "|".join(
        (
            # سه روز بعد، دو دهه پس از آن، ساعاتی پس از حمله، چهل و یک سال بعد، چهل سال پیش،
            # کمتر از یک سال و نیم بعد
            _FA
            # (and a while with no unit: اندکی بعد، چندی پیش، مدتی پس از آزادی)
            + rf"(?P<shift_fa>(?:{_HEDGE}\s+)?(?:{_COUNT}\s+{_UNIT}{_HALF}|{_UNITS_VAGUE}"
            + rf"|{_WHILE})\s+"
            + rf"(?:{_against('noun_shift')}|بعد|بعدتر|دیرتر|زودتر|(?:پیش|قبل)(?!\s+از{_FA_END})))"
            + _FA_END,
            # روز بعد، هفته‌ی بعد، سال‌های پس از انقلاب، روزهای نخست، هفته‌ی آینده، قرن گذشته
            _FA
            + rf"(?P<next_fa>{_UNIT}(?:\u200c?ها)?{_EZAFE}\s+"
            + rf"(?:{_against('noun_next')}|(?:بعد|قبل)(?:\s+از\s+(?:ان|این))?|بعدی|اینده|اتی)"
            # (not after a count: "چهار دهه‌ی گذشته" is a stretch of time)
            # (and روز گذشته، شب گذشته: yesterday and last night, which relative_dates leaves)
            + rf"|(?<!\d\s)(?<!چند\s)(?:دهه|قرن|سده|روز|شب){_EZAFE}\s+(?:گذشته|پیش)(?!\s+از))"
            + _FA_END,
            # همان روز، آن شب، صبح آن روز، همان زمستان، فردای آن شب، فردا، پس‌فردا
            _FA
            + rf"(?P<that_fa>(?:{_PART}{_EZAFE}\s+)?(?:همان|ان)\s+(?:{_UNIT}|{_PART}|{_SEASONS})"
            # آن زمان، همان روزها، این سه روز، آن سال‌ها، چنین روزهایی، آن دوران
            + rf"|(?:همان|همین|ان|این)\s+(?:{_COUNT}\s+{_UNIT}|{_UNIT}\u200c?ها|{_ERA})"
            + r"|(?:ان|این)\s+(?:روز|شب|ساعت|هفته|ماه|سال|دهه)"
            + rf"|چنین\s+(?:روز|شب|{_UNIT}\u200c?هایی|{_UNIT}ی)"
            + r"|(?:پس[\u200c ]?)?فردای\s+[\w\u200c]+(?:\s+(?:روز|شب))?"
            + r"|پس[\u200c ]?فردا|پریروز|پریشب)"
            + _FA_END,
            # پس از انفجار، پیش از جنگ، در زمان حمله، هنگام حمله، در پی کودتا، به دنبال
            # سقوط (not در جریان اعتراضات: the time of the event itself, as "during the
            # protests" is; nor تا تیراندازی: "until the shooting" ends a stretch of time)
            _FA
            + r"(?P<event_fa>(?:(?:پس|پیش|قبل|بعد)\s+از|(?:در|از|تا)\s+(?:زمان|هنگام)|هنگام"
            + rf"|در\s+پی|به\s+دنبال|در\s+استانه{_EZAFE})"
            # (with its person: پس از بازداشت او; not the verb's object: … بازداشت او را)
            + rf"\s+(?:{EVENT_NOUNS}|{_INFINITIVE})(?:\s+(?:او|وی|انان|انها|ایشان)(?!\s+را))?)"
            + _FA_END,
            # در روز کشتار، در شب حمله، در چهلمین سالگرد انقلاب (the day of an event, after a
            # preposition of time: "شامگاه تیراندازی آغاز شد" is "at nightfall the shooting began")
            r"(?=[دتاپقب])"
            + _FA
            + r"(?:در|از|تا|(?:پس|پیش|قبل|بعد)\s+از|به\s+مناسبت)\s+"
            + r"(?P<day_of_fa>(?:روز|شب"
            + rf"|(?:[\w]+مین\s+)?سالگرد){_EZAFE}\s+(?:{EVENT_NOUNS}))"
            + _FA_END
            # (not a verb's noun: در شب اعدام کردند)
            + r"(?!\s+(?:شد|شدند|شده|کرد|کردند|کرده|گردید|گردیدند|می\u200c?(?:شد|شدند|کرد|کردند)))",
            # در پایان جنگ، تا آغاز قیام، در اوج سرکوب (a part of an event)
            r"(?=[دتاپقب])"
            + _FA
            + r"(?:در|تا|از|(?:پس|پیش|قبل|بعد)\s+از)\s+"
            + r"(?P<part_of_fa>(?:پایان|اغاز|ابتدای|اوج|شروع"
            + rf"|اواخر|اوایل|اواسط){_EZAFE}\s+(?:{EVENT_NOUNS}))"
            + _FA_END,
            # پیش از آن، پس از آن روز (not پیش از آن که, a conjunction)
            r"(?=[بپق])"
            + _FA
            # (بعدها، بعداً alone are adverbs of sequence, no dates, as "later" alone; with a
            # unit: پس از آن روز; not a noun of an event, which may be a verb's: پیش از آن
            # تسلیم شده بودند)
            + r"(?P<adverb_fa>(?:پیش|قبل)\s+از\s+(?:ان|این)"
            + rf"(?:\s+{_ADVERB_UNIT})?"
            # (پس از آن، از آن پس alone say "then", no date: only with a unit or an event's
            # noun, پس از آن روز، پس از آن کشتار)
            + rf"|(?:پس|بعد)\s+از\s+(?:ان|این)\s+(?:{_ADVERB_UNIT}|(?:{EVENT_NOUNS})))"
            + _FA_END
            + rf"(?!\s*که{_FA_END})",
            # پاییز گذشته، زمستان پارسال، بهار آینده، تابستان امسال (the season against now)
            r"(?=[بتپز])"
            + _FA
            + rf"(?P<season_now_fa>{_SEASONS}{_EZAFE}\s+(?:گذشته|پیش(?!\s+از{_FA_END})|اینده"
            + r"|امسال|پارسال|همین\s+سال))"
            + _FA_END,
            # روزهای نخست، سال اول، هفته‌های پایانی، نخستین روزهای (a part of an event)
            _FA
            # (not سال: دانشجوی سال دوم is a year of study)
            + rf"(?P<part_fa>(?:روز|شب|هفته|ماه|ساعت)(?:\u200c?ها)?{_EZAFE}\s+"
            + r"(?:نخست|اول|اولیه|پایانی|اخر|دوم|سوم)"
            + r"|(?:نخستین|اولین|اخرین|دومین|سومین)\s+(?:روز|شب|هفته|ماه|ساعت)(?:\u200c?ها)?(?:ی)?)"
            + _FA_END,
            # در پاییز، تا زمستان (a year or همان سال after it is read by sabt.text.dates)
            _FA
            + r"(?:در|از|تا|طی|طول|اوایل|اواخر|اواسط|پایان|اغاز|ابتدای)\s+(?:فصل\s+)?"
            + rf"(?P<season_fa>{_SEASONS})"
            + _FA_END
            + r"(?!(?:\u200cی|\s+ی)?\s+(?:\d|سال|همان|ان\s+سال|گذشته|امسال))",
            # در اسفند، اواخر تیرماه، ۱۰ محرم، ماه رمضان: a month with no year
            _FA
            + r"(?:در|از|تا|طی|طول|حوالی)\s+"
            + rf"(?P<month_fa>{_MONTH_PART}?{_MONTH})"
            + _FA_END
            + r"(?!\s*(?:\d|سال\s+\d))",
            _FA
            + rf"(?P<month_part_fa>{_MONTH_PART}{_MONTH}|(?:\d{{1,2}}\s+|ماه\s+(?:مبارک\s+)?)"
            + rf"(?:{_MONTHS_SAFE}|{_MONTHS_WORDS}))"
            + _FA_END
            + r"(?!(?:[\s\u200c]*ماه)?\s*(?:\d|سال\s+\d))",
            # نوروز، شب یلدا، روز عاشورا، عید فطر after a preposition of time
            _FA + rf"{_TIME_PREPOSITION}\s+(?P<feast_fa>{_FEASTS})" + _FA_END,
            # قرن نوزدهم، سده‌ی بیستم میلادی; پس از گذشت دو سال (after two years had passed)
            _FA
            + rf"(?P<century_fa>(?:قرن|سده){_EZAFE}\s+{_ORDINALS}"
            + r"(?:\s+(?:میلادی|هجری(?:\s+(?:قمری|شمسی))?|قمری|شمسی|خورشیدی))?"
            # (and پس از سه روز, بعد از چند هفته: N units after the events told)
            + rf"|(?:پس|بعد)\s+از\s+(?:گذشت\s+)?(?:{_HEDGE}\s+)?"
            + rf"(?:{_COUNT}\s+{_UNIT}{_HALF}|{_UNITS_VAGUE}))"
            + _FA_END,
        )
    ),
)
# A match with one of these groups ends on a noun naming the event its date is placed against.
NOUN_GROUPS = ("noun_shift", "noun_next")
