"""Persian clause shapes of a claim: the verb that ends a figure's clause names its act
("۳۴ نفر از بازداشت‌شدگان شکنجه شده‌اند"), and the Persian words that make a figure no count
(a unit's number, kin, a partitive whole)."""

import re

from sabt.extract.claims_acts import ACT, ANY_ACT, SHOT, UNCOUNTED
from sabt.extract.occupancy_fa_words import KIN
from sabt.extract.word_edges import NOT_AFTER_PERSIAN
from sabt.text.number_words import PERSIAN_UNITS, SCALES

# "۳۴ نفر از بازداشت‌شدگان شکنجه شده‌اند", "۷ نفر از آنان در … به دار آویخته شدند", "صدها
# زندانی اعدام‌شده": Persian ends its clause with the verb, and an act written as a verb (or
# its participle) after the figure is the figure's act, however near an act noun stands
# (بازداشت‌شدگان, "the detained", names whom the figure is taken from); the last such verb of
# the clause wins ("زندانیان بازداشت‌شده شکنجه شدند": detainees were tortured). The clause
# ends at punctuation, و, که: "۱۱ نفر کشته و ۸۰ نفر مصدوم شدند" keeps کشته for the 11.
FA_VERB = (
    # (داد: the light verb of "شکنجه دادند", they tortured)
    r"[\s\u200c]*(?:شد|شدند|شده|گردید|گردیدند|گردیده|کرد|کردند|کرده|نمود|نمودند|داد|دادند|داده|"
    r"می[\s\u200c]?(?:شود|شوند|کند|کنند)|"
    # a state: "هنوز ناپدید هستند", "مفقود مانده‌اند"
    r"هستند|هست|است|ماندند|مانده|ماند|"
    # the passive of a noun: "مورد شکنجه (و آزار) قرار گرفتند", "مورد … قرار می‌گیرند"
    r"(?:\s+و\s+[\w\u200c]+){0,2}\s+قرار\s+(?:می[\s\u200c]?)?(?:گرفت|گیر)[\w\u200c]*)(?!\w)"
    # a past participle and its auxiliary: "جان باخته‌اند", "جان سپرده بودند"
    r"|(?<=ه)[\s\u200c]?(?:اند|بودند|بود)(?![\w\u200c])"
    # the act is the verb itself: کشتند، ربودند، به دار آویختند، "را کشت"
    r"|(?:(?<=ند)|(?<=کشت))(?![\w\u200c])"
)
# "۱۲ کارگر در اردوگاه‌های شمال بازداشت شدند": a Persian figure, its noun, a place, its verb
# (not an object: "دو برادرش را در … تیرباران کردند" names relatives, no count; nor a cause:
# "مرگ ۳۰ زندانی در اثر شکنجه", the death of 30 as a result of torture, "در زیر شکنجه"; nor
# a time: "در زمان بازداشت", at the time of their arrest; nor a state: "در خطر اعدام", at risk
# of execution; nor a relative clause: "۷ کارگر که در اعتصاب شرکت کرده بودند، … دستگیر شدند").
FA_PLACE_PREDICATE = re.compile(
    r"\s*(?:(?!(?:را|که)\s)[\u0600-\u06FF\u200c]+\s+){0,2}?در\s+(?!(?:اثر|زمان|هنگام|حین|پی|طول|خطر|معرض|انتظار|زیر)\s)(?:[\u0600-\u06FF\u200c]+\s+){1,3}?"
    # the act as a verb: "در جریان کشتار بازداشت شدند" (arrested during the massacre) names
    # the massacre only as the occasion
    rf"(?=(?:{ACT.pattern})(?:{FA_VERB}))",
    re.I,
)
# a word of the clause, perhaps in quotation marks: "۴ نفر از «عاملان اصلی» کشته شدند"
_QUOTED_WORD = r"[«\"“]?[\w\u200c\u064b-\u065f]+[»\"”]?"
# "۴ زندانی در انتظار اجرای حکم اعدام هستند"، "در خطر اعدام"، "محکوم به اعدام شده‌اند":
# awaiting, at risk of or sentenced to a death sentence's execution is the sentence (an act of
# its own, claims_acts); the clause is not walked past it to its اعدام.
_AWAITING = r"(?:در\s+(?:انتظار|خطر|معرض)|محکوم\s+به)\s"
FA_VERB_PREDICATE = re.compile(
    rf"\s*(?:(?!(?:و|که|اما|ولی|تا)\s|{_AWAITING}){_QUOTED_WORD}\s+){{0,8}}"
    rf"(?=(?:{ACT.pattern})(?:{FA_VERB}))",
    re.I,
)
# "سه نفر از بازداشت‌شدگان، الف، ب و ج، بر اثر ضرب‌وشتم و گرسنگی جان باختند": past a partitive
# (از …) and a list of names set off by commas, the clause's verb is still the figure's act,
# and و joins nouns on the way, so long as no other act is named between (which would end the
# clause: "۱۱ نفر کشته و بسیاری مجروح شدند"); nor another count (نفر، تن, a figure) or a finished
# verb ("۵ نفر شکایت کردند و دو نفر اعدام شدند" is two clauses), a verb of saying among them
# ("خانواده‌های ده‌ها نفر … می‌گویند شماری از آنان در زندان‌اند": what they say is of others).
FA_CLAUSE_STOP = (
    r"[\d۰-۹]|(?:نفر|تن|(?:می[\u200c\s]?)?(?:شد|شدند|کرد|کردند|بود|بودند|است|هستند|کند|کنند|"
    r"شود|شوند|رفتند|گفت|گفتند|گوید|گویند|داشتند))(?![\w\u200c])"
)
FA_WORD_NO_ACT = rf"(?!(?:{ANY_ACT})|{FA_CLAUSE_STOP}|{_AWAITING})[\w\u200c\u064b-\u065f]+"
# "N عضو گروهی که دولت آن را «X» نامید، … اعدام شدند", "۳۰ زندانی، که سال‌ها پیش بازداشت شده
# بودند، اعدام شدند": a relative clause after the counted noun, closed by a comma, says which
# people they are; its verbs (and acts) are its own, the clause's verb comes after it.
_FA_RELATIVE = r"(?:[\w\u200c]+\s+){0,3}?[،,]?\s*که\s[^،,.؛!?\n]{1,80}?[،,]\s*"
# "به اتهام قتل", "به جرم قاچاق و سرقت", "به دلیل …": the charge or cause of what was done
# names a crime, not the act; an act noun in it ("قتل") is skipped on the way to the verb.
_FA_CHARGE = (
    r"(?:به|با)\s+(?:اتهام|اتهامات|جرم|جرائم|جرایم|دلیل|علت|خاطر|سبب|بهانه)(?:\u200cی|ی|ِ)?"
    r"(?:\s+(?:و\s+)?(?!(?:و|که)\s)[\w\u200c]+){1,4}?"
)
# "…، در کشتار سال ۱۳۶۷، اعدام شدند": an occasion set off by commas (in the massacre of
# that year) names its own act noun only as the time; the clause's verb after it is the act.
_FA_OCCASION = (
    r"[،,]\s*(?:در|طی|حین|هنگام)\s+(?:جریان\s+)?[\w\u200c]+(?:\s+[\w\u200c]+){0,4}\s*[،,]"
)
# "صدها نفر را در روزهای پس از کشتار … بازداشت کردند": an act's noun after پس از، پیش از، در پی
# (after, before, following the massacre) names the time, not the act of the count.
_FA_TIME_OF = (
    r"(?:(?:پس|بعد|پیش|قبل)\s+از|در\s+پی|به\s+دنبال|در\s+جریان)\s+[\w\u200c]+"
    r"(?:\s+(?!(?:و|که)\s)[\w\u200c]+)?"
)
# "… زیر شکنجه جان باختند", "بر اثر شکنجه درگذشتند": the cause of a death names its own act
# (died under torture) only as the cause; the verb after it is the figure's act.
_FA_CAUSE = r"(?:زیر|(?:در|بر)\s+اثر)\s+[\w\u200c]+"
FA_CLAUSE_VERB = re.compile(
    r"\s*(?:از\s+[\w\u200c]+\s*)?"
    rf"(?:{_FA_RELATIVE}|"
    # an inserted phrase may follow a word or two of the counted noun: "۱۹ نفر دیگر، عمدتاً
    # نوجوانان، هنوز ناپدیدند" (19 more, mostly teenagers, are still missing)
    rf"(?:{FA_WORD_NO_ACT}\s*){{0,2}}"
    rf"(?:[،,]\s*{FA_WORD_NO_ACT}(?:\s+{FA_WORD_NO_ACT}){{0,5}}\s*){{1,6}}[،,]\s*)?"
    rf"(?:(?:{_FA_CHARGE}|{_FA_CAUSE}|{_FA_TIME_OF}|{FA_WORD_NO_ACT})(?:\s+|(?=[،,]\s*(?:در|طی|حین|هنگام)\s))"
    rf"|{_FA_OCCASION}\s*){{0,8}}"
    rf"(?=(?:{ACT.pattern})(?:{FA_VERB}))",
    re.I,
)
# "از ۱۷ نفر، ۵ نفر آزاد شدند", "از این ۱۷ نفر …", "از میان ۴۰ بازداشتی، …": the whole a figured
# part is taken from
FA_PARTITIVE_BEFORE = re.compile(
    rf"{NOT_AFTER_PERSIAN}از\s+(?:(?:میان|بین|مجموع)\s+)?(?:(?:این|آن|همین|همان)\s+)?$"
)
# ... then the part, in digits or in words: "از پنج متهم پرونده، چهار نفر محکوم شدند".
_FA_NUMBER_WORD = "|".join(
    sorted([*PERSIAN_UNITS, *(w for w in SCALES if not w.isascii())], key=len, reverse=True)
)
FA_PARTITIVE_AFTER = re.compile(
    r"^\s*(?:[\u0600-\u06FF\u200c]+\s+){1,4}"
    rf"(?:[\d۰-۹]|(?:{_FA_NUMBER_WORD})(?![\w\u200c])(?!\s+(?:روز|ماه|سال|هفته|ساعت)))"
)
# "Branch 15 of the court", "شعبه‌ی ۱۵ دادگاه", "بند ۲۰۹": a Persian noun that numbers a unit.
FA_LABEL_BEFORE = re.compile(
    rf"{NOT_AFTER_PERSIAN}(?:شعبه|بند|ماده|اصل|تبصره|لشکر|تیپ|پلاک|سلول|قطعه|شماره|"
    r"بخش|سالن|ساعت)(?:\u200cی|ی|ِ)?\s+$"
    # "پرواز ۶۵۵", "پرواز پی‌اس ۷۵۲", "پرواز MH17": a flight's number, perhaps after its code
    rf"|{NOT_AFTER_PERSIAN}پرواز(?:\u200cی|ی|ِ)?\s+(?:[^\W\d_][\w\u200c\-]{{0,12}}\s+)?$"
)
# "۱۲ نفر از اعدام‌شدگان … کمتر از ۱۸ سال داشتند": a part of people named by their act's
# participle (the executed, the arrested) shares that act when its own verb names none.
FA_WHOLE_AFTER = re.compile(
    r"\s*(?:نفر|تن)\s+از\s+(?=(?:" + ANY_ACT + r")[\w\u200c]*(?:شدگان|شده[\s\u200c]?ها)"
    r"(?![\w\u200c]))"
)


def fa_whole_act(after: str) -> str | None:
    """The act of the participle whole a Persian part is taken from, if any."""
    whole = FA_WHOLE_AFTER.match(after)
    act = ACT.match(after, whole.end()) if whole else None
    return act.lastgroup if act else None


# "پدر و دو برادرش را تیرباران کردند" (his father and two brothers): kin counted with a
# possessive are people the witness names, no count ("۴۰ نفر از خویشاوندانش" is one); but a
# witness's count of their own kin (the first person, group `own`: "دو خواهرم اعدام شدند") is
# a claim of that witness (see `others_kin`).
FA_KIN_AFTER = re.compile(
    rf"^\s*(?:{KIN}|فرزند|خویشاوند)"
    # (after a final ه the possessive is written apart: "پسرخاله‌ام", "برادرزاده‌اش")
    r"(?:ان|ها|\u200cها)?ی?(?:\u200c?ا)?(?:ش|(?P<own>م|مان)|ت|شان|تان)(?![\w\u200c])"
)
# "سه نفر از مردان خانواده‌ی ما کشته شدند؛ برادرم و دو پسرعمویم": a figure after a relative
# named with a possessive and و is an item of the witness's list of people, no count of its own.
FA_KIN_LIST_BEFORE = re.compile(
    rf"(?<![\w\u200c])(?:{KIN}|فرزند)ی?(?:\u200c?ام|م|مان|ش|\u200c?اش|شان|ت|تان)\s+و\s+$"
)


def own_kin(after: str) -> re.Match[str] | None:
    """A witness's own kin counted by a Persian figure ("سه برادرم"): the people counted, as a
    victim word would be."""
    kin = FA_KIN_AFTER.match(after)
    return kin if kin and kin.group("own") else None


def others_kin(after: str) -> bool:
    """Whether a Persian figure counts someone else's kin ("سه پسرش"), no count; a witness's own
    ("سه برادرم") is one."""
    kin = FA_KIN_AFTER.match(after)
    return bool(kin and not kin.group("own"))


# "۱۴۸ مرد و نوجوان": two nouns of one count.
FA_AND = re.compile(r"\s+و(?=\s)")
# Counted people as the object (را) of a verb that names the act only with them:
# "دادگاه دو سرباز را محکوم کرد": sentenced (an act with no counted people before را is
# condemned: "این حمله را محکوم کرد"); "۷ نفر را از صف بیرون کشیدند و بردند" (or برد, by
# one): taken away by those who hold them, arrested (not "از بین بردند", destroyed; "… و
# هرگز بازنگشتند" is disappeared); "۱۱ نفر از خانواده را از دست دادیم": lost, killed;
# "شصت مسافر را گرفتند"، "دو برادرزاده‌ام را همان روز گرفتند": seized, arrested (گرفتند right after
# را or a time, so that "شهر را پس گرفتند"، "خانه‌ها را هدف گرفتند" are no arrest).
# The whole the people are of may take two words ("از کشاورزان دره"), and another group may be
# joined by و ("۶۵ نفر از رانندگان و گروهی از مسافران را").
_FA_WHOLE_AND = r"(?:از\s+[\w\u200c]+(?:\s+[\w\u200c]+)?\s+)?(?:و\s+(?:[\w\u200c]+\s+){1,4}?)?"
_FA_OBJECT = rf"\s*{_FA_WHOLE_AND}را\s+"
# (the seized may take an adjective: "شصت مسافر افغان را گرفتند")
_FA_SEIZED = rf"\s*(?:(?!(?:از|و|را)\s)[\w\u200c]+\s+)?{_FA_WHOLE_AND}را\s+"
_FA_TIME = r"(?:(?:همان|همین|آن|این|یک|چند)\s+(?:شب|روز|هفته|ماه|سال|صبح|عصر)[\w\u200c]*\s+)"
_FA_OBJECT_ACTS = (
    (re.compile(r"\s*را\s+(?:[\w\u200c]+\s+){0,2}?محکوم"), "sentenced"),
    (
        re.compile(
            # (after a time of up to two words, not a place taken to: "را یک شب از خانه بردند",
            # not "را به بیمارستان بردند")
            rf"{_FA_OBJECT}(?:(?!(?:از|به|تا)\s)[\w\u200c]+\s+){{0,2}}?"
            r"(?:از\s+(?!بین\s)(?:[\w\u200c]+\s+){1,3}?)?"
            r"(?:[\w\u200c]+\s+(?:کشیدند|آوردند)\s+و\s+)?(?:با\s+خود\s+)?برد(?:ند)?(?![\w\u200c])"
            # "… را بردند و هرگز بازنگشتند": taken and never back is a disappearance
            r"(?!\s+و\s+(?:[\w\u200c]+\s+){0,2}?(?:باز|بر)نگشت)"
        ),
        "arrested",
    ),
    (re.compile(rf"{_FA_SEIZED}(?:هم\s+)?{_FA_TIME}?گرفتند(?![\w\u200c])"), "arrested"),
    (
        re.compile(
            # (lost in a place or at a time of up to three words: "در آن شب", "در حمله", "در
            # همان روز اول")
            rf"{_FA_OBJECT}(?:در\s+(?:[\w\u200c]+\s+){{1,3}})?از\s+دست\s+داد(?:یم|ند|ه)?(?![\w\u200c])"
        ),
        "killed",
    ),
)


# "اعدام دست‌کم ۲۰ زندانی را محکوم کرد": a count condemned after an act's noun (not "به اعدام")
# is a count of that act; محکوم there condemns, it is no sentence.
# The noun may be an infinitive ("کشته شدن ۳ نفر"، "جان باختن"، "به قتل رسیدن") or carry an
# adjective of the act ("ناپدیدسازی قهری ۳۰ فعال"، "اعدام خودسرانه‌ی"). A hedge between the noun
# and the figure ("اعدام دست‌کم ۱۲ زندانی") is part of the figure's span, so `before` ends at it.
_FA_INFINITIVE = r"(?:شدن|کردن|رسیدن|رساندن|گردیدن|باختن|سپردن|آویختن|گرفتن)"
_FA_NOUN_BEFORE = re.compile(
    rf"(?<![\w\u200c])(?:((?:به\s+)?[\w\u200c]+\s+{_FA_INFINITIVE})|(?<!به\s)([\w\u200c]+))"
    r"(?:\s+(?:قهری|خودسرانه|دسته[\s\u200c]?جمعی|گسترده|فراقضایی|مخفیانه|غیرقانونی)"
    r"(?:\u200cی|ی)?)?\s+$"
)
_AFTER_INFINITIVE = re.compile(rf"\s*(?:{_FA_INFINITIVE})?")


# "شمار کشته‌شدگان را دست‌کم ۱۷ نفر و شمار بازداشت‌شدگان را صدها نفر اعلام کرد", "تعداد
# اعدام‌شدگان ۳۰ نفر بود": a count given as the number of those an act befell (its participle
# or noun after شمار، تعداد، آمار، رقم) is a count of that act, whatever act is named nearer.
_FA_TOLL_BEFORE = re.compile(
    r"(?<![\w\u200c])((?:شمار|تعداد|آمار|رقم)(?:\u200cی|ی)?\s+(?:کل\s+)?([\w\u200c]+))"
    r"\s+(?:(?:را|به|از)\s+)?$"
)
_FA_PARTICIPLE_END = re.compile(r"\u200c?(?:شدگان|شده[\s\u200c]?ها|ها|ی[\s\u200c]?ها|یان)?")


# "… را با خود بردند و سه روز در انباری نگه داشتند", "… را بیرون بردند و در زیرزمین زندانی
# کردند": people taken away and then held; the act the chain ends in is their fate (as
# "abducted and killed" in English), the verb ending the next clause joined by و.
_FA_THEN = re.compile(
    rf"\s+و\s+(?:{FA_WORD_NO_ACT}\s+){{0,8}}?(?=(?:{ACT.pattern})(?:{FA_VERB}))", re.I
)


def fa_object_act(after: str, at: int, before: str = "") -> str | None:
    """The act of a verb whose object (را) is the people counted just before `at`, if any;
    `before` (the words before the figure) may hold the noun of a condemned act, or name the
    count as the number of those an act befell."""
    for pattern, act in _FA_OBJECT_ACTS:
        taken = pattern.match(after, at)
        if taken is None:
            continue
        if act == "sentenced":
            return _condemned(before) or act
        return _then_act(after, taken.end()) or act
    return _toll_act(before)


def _then_act(after: str, at: int) -> str | None:
    """The act of a clause joined by و right after the people were taken (`at`), if any."""
    then = _FA_THEN.match(after, at)
    act = ACT.match(after, then.end()) if then else None
    return act.lastgroup if act and act.lastgroup not in (SHOT, UNCOUNTED) else None


def _toll_act(before: str) -> str | None:
    """The act of "شمار کشته‌شدگان (را)" just before a figure, if any."""
    toll = _FA_TOLL_BEFORE.search(before)
    if toll is None:
        return None
    # the whole phrase may be an act of its own ("شمار قربانیان", "تعداد زندانیان")
    act = ACT.match(toll.group(1))
    if act is None or act.end() != len(toll.group(1)):
        act = ACT.match(toll.group(2))
        if act is None or not _FA_PARTICIPLE_END.fullmatch(toll.group(2), act.end()):
            return None
    return act.lastgroup if act.lastgroup in _CONDEMNED else None


def _condemned(before: str) -> str | None:
    """The act whose noun ends `before`, in Persian ("اعدام", "کشته شدن"), if any."""
    found = _FA_NOUN_BEFORE.search(before)
    if not found or (found.group(1) or found.group(2)).isascii():
        return None
    if found.group(1):
        # an infinitive: the act with its verb ("جان باختن") or its word before it ("کشته
        # شدن", "به قتل رسیدن"); nothing but the infinitive may follow the act
        phrase = found.group(1)
        act = ACT.match(phrase) or (ACT.match(phrase, 3) if phrase.startswith("به ") else None)
        ends = act is not None and _AFTER_INFINITIVE.fullmatch(phrase, act.end()) is not None
    else:
        act = ACT.match(found.group(2))
        ends = act is not None and found.group(2)[act.end() :] in _NOUN_ENDINGS
    return act.lastgroup if act and ends and act.lastgroup in _CONDEMNED else None


_CONDEMNED = frozenset({"executed", "killed", "arrested", "detained", "tortured", "disappeared"})
# the noun alone, with its ezafe or in the plural: اعدام، شکنجه‌ی، اعدام‌های
_NOUN_ENDINGS = frozenset({"", "ی", "\u200cی", "ها", "\u200cها", "های", "\u200cهای"})


# "هر سه زندانی" (all three prisoners) refers back to people already counted.
ALL_OF = re.compile(rf"{NOT_AFTER_PERSIAN}هر\s+$")
# "یک میلیون نفر در این اردوگاه‌ها بازداشت شده‌اند": arrested in a camp or a prison is held
# there, detained (as "held in camps" in English).
# "صدها تن از بازداشت‌شدگان در اوین نگهداری می‌شدند", "۴۰ فعال بازداشت‌شده در انفرادی محبوس
# هستند": a verb of being held that ends the clause makes people first named as arrested
# held, detained, wherever they are held.
_FA_HELD_VERB = (
    r"(?<![\w\u200c])(?:نگهداری|نگه[\s\u200c]?داری|نگه[\s\u200c]داشته|محبوس|زندانی|در\s+بند)"
    r"\s+(?:می[\s\u200c]?)?(?:شد|شدند|شده|شود|شوند|هستند|است|بود|بودند|ماندند|مانده)"
    r"(?:[\s\u200c]?اند)?(?![\w\u200c])"
)
# "هزاران نفر را بی هیچ حکم قضایی بازداشت کردند", "بدون تفهیم اتهام": taken with no warrant,
# charge or trial is arbitrary detention (as "held without charge").
_FA_WITHOUT_DUE_PROCESS = (
    r"(?<![\w\u200c])(?:بدون|بی)\s+(?:هیچ\s+)?(?:حکم|اتهام|محاکمه|دادرسی|تفهیم|قرار|مجوز)"
    r"[^.،؛!?]{0,40}?(?:بازداشت|دستگیر)"
)
# "صدها مرد چند روز در بازداشت نیروها بوده‌اند", "ده‌ها نفر هفته‌ها در بازداشت ماندند": being in
# detention is the state, detained, when it is the figure's first verb (not "… بازداشت شدند و
# برخی از آن‌ها در بازداشت ماندند", arrested first).
_FA_IN_DETENTION = (
    r"(?:(?!شد|کرد|گرفت)[^.،؛!?]){0,50}?(?<![\w\u200c])در\s+(?:بازداشت|حبس|اسارت)"
    r"(?![\w\u200c])(?:\s+[\w\u200c]+){0,2}?\s+(?:بود|بودند|بوده|ماندند|مانده|ماند|می[\s\u200c]?مانند"
    r"|به\s+سر\s+(?:می[\s\u200c]?)?بر(?:د|ند|دند))(?:[\s\u200c]?(?:اند|ند|ه\s+اند|ه\u200cاند))?(?![\w\u200c])"
)
FA_HELD_IN = re.compile(
    r"^[^.،؛!?]{0,60}?(?<![\w\u200c])در\s+(?:این\s+|آن\s+|همان\s+)?(?:اردوگاه|بازداشتگاه|زندان|سلول)"
    rf"[^.،؛!?]{{0,40}}?(?:بازداشت|دستگیر)|^[^.،؛!?]{{0,80}}?(?:{_FA_HELD_VERB}|{_FA_WITHOUT_DUE_PROCESS})"
    rf"|^{_FA_IN_DETENTION}"
)
