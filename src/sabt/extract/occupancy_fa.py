"""Persian wordings of a post held, read forwards from the name: apposition ("X، دادستان وقت
تهران"، "X، یکی از فرماندهان سپاه"), copula ("X که آن زمان رئیس … بود"، "X از سال ۱۳۶۰ دادستان …
بود"), capacity ("X به عنوان سخنگوی دولت گفت"), appointment ("به سمت/به عنوان … منصوب شد"،
"ریاست … را بر عهده داشت", an office held given as its holder's post, رئیس …), a pronoun's
clause and a post shared by names joined by و. The wordings before the name are in
`occupancy_fa_before`, which shares this module's pieces of a post.
"""

import re

from sabt.extract.mentions import Mention
from sabt.extract.occupancy_fa_words import (
    BODY_NOUN,
    BODY_OFFICES,
    HEADS,
    HOLDER,
    KIN,
    PLURAL_HEAD,
    PREVERB,
)

Found = tuple[int, int, str]

LETTER = r"[\u0621-\u06cc]"
# ("معاون سیاسی-امنیتی استاندار": words joined by a hyphen are one.)
_WORD = r"[\u0621-\u06cc\u200c]+(?:-[\u0621-\u06cc\u200c]+)*"
# Words that end a post: particles, pronouns and verbs ("وزیر کشور گفت" is the post وزیر کشور).
STOP = (
    r"(?:و|در|از|به|با|که|را|تا|بر|برای|این|آن|او|وی|اما|یا|پس|گفت|گفته|کرد|کرده|شد|شده|"
    r"است|بود|بوده|نیز|هم|همچنین|منصوب|انتخاب|برگزیده)"
)
# A unit's number is a word of its post ("فرمانده لشکر ۲۷").
_NUMBER = r"[0-9۰-۹]{1,4}(?![0-9۰-۹])"
POST_WORD = rf"(?:(?!{STOP}(?!{LETTER}|\u200c)){_WORD}|{_NUMBER})"
# A head may be the first part of a word joined by a zero-width non-joiner (رئیس‌جمهور,
# رئیس‌کل) or take the ezafe ‌ی.
# (Not the plural's ‌ها: "مقام‌های دولت رئیس‌جمهور X" are officials, and the post President.)
_HEAD = (
    rf"(?<!{LETTER})(?:{HEADS})(?:\u200c(?!ها(?:ی|یی)?(?!{LETTER})){LETTER}+)?(?:\u200cی)?"
    rf"(?!{LETTER})"
)
# (A relative clause is no part of the post: "رهبر حزب که خود زاده‌ی … است" is رهبر حزب.)
# (Nor a verb or a day after a post whose closing comma the writer left out: "X، رئیس پلیس
# تهران روز دوشنبه گفت" is رئیس پلیس تهران.)
_SAYS = (
    r"(?:که|گفت|گفته|گفتند|اعلام|افزود|نوشت|تأکید|تاکید|خواستار|کرد|کرده|کردند|شد|شدند|شده|"
    rf"داد|دادند|روز|امروز|دیروز|بامداد|صبح|شب|نفر|تن)(?!{LETTER}|\u200c)"
)
# Verbs of saying only ("… حاضر شد" after a capacity is a compound verb, its first half no
# post's word).
_SAYING = rf"(?:گفت|گفته|گفتند|اعلام|افزود|نوشت|تأکید|تاکید|خواستار)(?!{LETTER}|\u200c)"
_POSITION_WORD = rf"\s+(?:(?!منصوب|انتخاب|برگزیده|{_SAYS}){_WORD}|{_NUMBER}(?!\s+(?:نفر|تن)\b))"
_POSITION = rf"{_HEAD}(?:{_POSITION_WORD}){{0,6}}?"
_LONG_POSITION = rf"{_HEAD}(?:{_POSITION_WORD}){{0,9}}?"
# Before a name the post's words are bounded: no particle or verb, "و" only between two words
# ("استاندار سیستان و بلوچستان").
STRICT_POSITION = rf"{_HEAD}(?:\s+(?:و\s+)?{POST_WORD}){{0,4}}"
# (Closed by a comma, a post may be long: "گزارشگر ویژه‌ی سازمان ملل در امور حقوق بشر …";
# its place or domain after در is the post's too, "دبیر حزب در استان X از سال …" up to the
# time phrase.)
# ("رئیس سازمان زندان‌ها در سال‌های ۱۳۶۰": a time after در is no place of the post.)
# ("نماینده‌ی پیرانشهر و سردشت در مجلس"، "گزارشگر ویژه‌ی سازمان ملل در امور حقوق بشر در
# ایران": words joined by و, and a second در, the domain's place, are the post's too.)
_TIME_AFTER_IN = rf"(?:سال|سال‌های|سالهای|دهه|دهه‌ی|دوران|زمان|روز|ماه|آن)(?!{LETTER})"
IN_PLACE = rf"\s+در\s+(?!{_TIME_AFTER_IN}){POST_WORD}(?:\s+(?:و\s+)?{POST_WORD}){{0,4}}?"
_IN_PLACE_POSITION = rf"{_HEAD}(?:\s+(?:و\s+)?{POST_WORD}){{0,5}}?(?:{IN_PLACE}){{1,2}}"
# "X که نخستین وزیر اطلاعات شد"، "X، آخرین فرمانده لشکر،": an ordinal before the post is no
# part of it.
_ORDINAL = (
    r"(?:(?:نخستین|اولین|آخرین|دومین|سومین|چهارمین|پنجمین|ششمین|هفتمین|هشتمین|نهمین|دهمین)\s+)?"
)
# ("X، مدیرکل سازمان منع سلاح‌های شیمیایی (OPCW)، گفت": an acronym or a gloss in brackets
# may close the apposition before its comma.)
_ASIDE = r"(?:\s*\([^()]{1,40}\))?"
# ("X، استاندار سیستان و بلوچستان، گفت": a last word joined by و right before the closing
# comma is the post's, a place of two names; "و" before a head or two words, or before a
# word whose own post follows the comma ("X، وزیر کشور و Y، وزیر دفاع"), is another's.)
_AND_LAST_WORD = rf"(?:\s+و\s+(?!{_HEAD}){POST_WORD}(?=\s*[،,](?!\s*{_ORDINAL}{_HEAD})))?"
_APPOSITION = re.compile(
    rf"\s*[،,]\s*{_ORDINAL}(?:(?P<p>{_IN_PLACE_POSITION})"
    rf"(?={_ASIDE}\s*[،,.؛]|\s+(?:از|تا|بود|است|شد)\s|\s+و\s+{_HEAD}|\s+در\s+{_TIME_AFTER_IN})"
    rf"|(?P<q>{_LONG_POSITION}{_AND_LAST_WORD})(?={_ASIDE}\s*[،,.؛]|\s+(?:بود|است|شد|در|و)\b|\s+{_SAYS}"
    rf"|\s+{_NUMBER}\s+(?:نفر|تن)\b))"
)
# "X، معاون وزیر کشور در امور حقوق بشر و رئیس کمیسیون …،": a second post joined by و.
# ("فرمانده لشکر و سپس وزیر دفاع"، "…، سپس وزیر دفاع": a word of time may join them.)
_THEN = r"(?:سپس|بعدها|بعد|اکنون|هم‌اکنون|پس از آن)"
_AND_POST = re.compile(
    rf"(?:\s+و\s+(?:{_THEN}\s+)?|\s*[،,]\s*{_THEN}\s+)(?:(?P<p>{_IN_PLACE_POSITION})(?=\s*[،,.؛])|(?P<q>{_LONG_POSITION})(?=\s*[،,.؛]))"
)
# "X (دادستان وقت تهران) …".
_BRACKETED = re.compile(rf"\s*\(\s*(?P<p>{STRICT_POSITION})\s*\)")
# "X که در آن زمان دادستان کرج بود": a phrase of time may stand before the post.
_DIGITS = r"[0-9۰-۹]{2,4}"
# "از سال ۱۳۶۰ تا ۱۳۶۸", "در مهر ۱۳۶۷", "سال‌ها": a time phrase before a copula's post.
PERIOD = (
    rf"(?:(?:از|در|تا|طی|پس از|بین)\s+(?:سال(?:‌های)?\s+)?(?:{LETTER}+\s+)?{_DIGITS}"
    rf"(?:\s+(?:تا|و)\s+(?:سال\s+)?(?:{LETTER}+\s+)?{_DIGITS})?|سال‌ها|سالیان|مدتی|چند سال)"
)
_ERA = r"(?:در|زیر|تحت|طی)\s+(?:دولت|دوران|زمان|دوره|حکومت|ریاست|سلطنت|فرمانروایی)"
# ("X در دولت Y وزیر کشور بود": a phrase of the era, Y's name in one or two words.)
_IN_ERA = rf"{_ERA}\s+(?:{_HEAD}\s+)?{_WORD}(?:\s+{_WORD})?"
_WHEN = (
    # ("X که آن روزها معاون … بود": those days, as that time.)
    rf"(?:(?:{_IN_ERA}|در آن زمان|آن زمان|در آن هنگام|آن هنگام|در آن سال‌ها|در آن دوره|"
    rf"(?:در\s+)?آن[\s\u200c]روزها|پیش‌تر|پیشتر|"
    rf"هنوز|سابقاً|قبلاً|اکنون|هم‌اکنون|در حال حاضر|بعدها|پیش از این|تا آن زمان|{PERIOD}|"
    # ("X پیش از آن دادستان کرج بوده است"، "X زمانی وزیر کشور بود": once, before that.)
    rf"پیش از آن|پس از آن|بعد از آن|زمانی|مدت‌ها|مدتها|"
    # ("X به مدت هشت سال رئیس … بود": how long.)
    rf"(?:به مدت|در طول|طی)\s+(?:{LETTER}+|[0-9۰-۹]+)\s+(?:سال|ماه|دهه))\s+)"
    r"{0,2}"
)
_COPULA_WORD = rf"(?!(?:{PREVERB})(?!{LETTER}|\u200c)){POST_WORD}"
# "X که … فرمانده لشکر بود", "X از سال ۱۳۶۰ دادستان … بود", "X نماینده‌ی ولی فقیه در سپاه بود".
# ("X که نماینده‌ی مهاباد در مجلس شورای ملی بود": the place after در in up to four words.)
_COPULA_POSITION = (
    rf"{_HEAD}(?:\s+(?:و\s+)?{_COPULA_WORD}){{0,6}}?"
    rf"(?:\s+در\s+{POST_WORD}(?:\s+{_COPULA_WORD}){{0,3}}?)?"
)
_COPULA = re.compile(
    rf"\s*[،,]?\s+(?:که\s+)?{_WHEN}{_ORDINAL}(?P<p>{_COPULA_POSITION})\s+(?:سابق\s+|پیشین\s+)?"
    rf"(?:وقت\s+)?(?:بود|است|شد)(?:ه|ند)?(?!{LETTER})"
)
# "به عنوان/به سمت/به مقام", also written with a half-space ("به‌عنوان").
_AS = "به[\u200c ](?:عنوان|سمت|مقام)"
# "X در سمت/در مقام/به عنوان دادستان تهران …": the capacity X acted in.
# ("در سمت دادستان کرج خدمت کرد": served, worked in it.)
_SERVED = (
    r"\s+(?:خدمت|فعالیت|کار)\s+(?:می[\u200c ]?)?(?:کرد|کند|کرده|کردند|نمود)(?![\u0621-\u06cc])"
)
# ("در مقام فرمانده کل قوا پیامی صادر کرد": an indefinite object and a compound verb close it.)
# ("در سمت فرمانده سپاه دستوری داد": or a simple verb.)
_ISSUED = (
    r"\s+[\u0621-\u06cc\u200c]+(?:ی|\u200cای)\s+(?:[\u0621-\u06cc]+\s+)?"
    r"(?:کرد|کردند|کرده|نمود|داد|دادند|فرستاد)(?![\u0621-\u06cc])"
)
_CAPACITY = re.compile(
    rf"\s*[،,]?\s+{_WHEN}(?:در[\u200c ](?:سمت|مقام|کسوت)|به[\u200c ]عنوان)\s+"
    # ("به عنوان سخنگوی دولت گفت": a verb of saying, which is no post's word, closes it.)
    rf"(?P<p>{_HEAD}(?:\s+(?:و\s+)?(?!{_SAYS}){POST_WORD}){{0,4}})"
    rf"(?=\s*[،,؛]|\s+(?:در|از|به|با|برای|تا|و|که)\s|\s+{_SAYING}|{_SERVED}|{_ISSUED})"
)
# "X سمت دادستان کرج را داشت"، "X پست معاون وزیر را بر عهده داشت": the post held, named.
_HELD_POST = re.compile(
    rf"\s*[،,]?\s+(?:که\s+)?{_WHEN}(?:سمت|پست|مقام|منصب)\s+"
    rf"(?P<p>{_HEAD}(?:\s+(?:و\s+)?{POST_WORD}){{0,5}}?)\s+را\s+"
    r"(?:(?:بر|به)\s*\u200c?عهده\s+|در\s+اختیار\s+)?(?:داشت|داشته|دارد|گرفت)"
)
# "X، که رهبر او را به عنوان حاکم شرع … فرستاده بود": the capacity given to the relative
# clause's object, the name's pronoun (the clause's own subject, another person, stands
# between; the clause ends at its comma).
_HIM_AS = re.compile(
    rf"\s*[،,]\s*که\s+[^،,.؛]{{0,60}}?(?<!{LETTER})(?:او|وی)\s+را\s+{_WHEN}"
    rf"(?:در[\u200c ](?:سمت|مقام)|{_AS})\s+(?P<p>{STRICT_POSITION})"
    rf"(?=\s*[،,؛]|\s+(?:در|از|به|با|برای|تا|و|که|منصوب|انتخاب|تعیین|برگزیده)\s)"
)
# (Before را or a verb, the sentence's end included, the last word is the object or the verb:
# "در سمت دادستان حکم را امضا کرد" is left alone.)
OFFICE = (
    r"(?:ریاست|دادستانی|وزارت|معاونت|فرماندهی|دبیرکلی|استانداری|فرمانداری|سرپرستی|رهبری|"
    r"شهرداری|سفارت|بخشداری)"
)
_MADE = r"(?:منصوب|انتخاب|برگزیده|گماشته|تعیین|معرفی)\s+(?:شد|گردید|شده)"
# "به عنوان/به سمت/به مقام" (_AS) a post, or "به" an office and what it is of ("به ریاست
# دادگاه").
_OFFICE_OF = rf"{OFFICE}[\u0600-\u06ff\u200c ]{{0,40}}?"
# An operation's command is no post, whatever qualifies it ("فرماندهی کلی عملیات"، "فرماندهی
# این حمله").
_OPERATION = (
    rf"(?:عملیات|حمله|حملات|یورش|تهاجم|لشکرکشی|محاصره|سرکوب|پاکسازی|هجوم)(?!{LETTER}|\u200c)"
)
# (Only a word that qualifies the command itself: "فرماندهی ستاد عملیات" is a body's.)
_OPERATION_QUALIFIER = r"(?:کلی|این|آن|همین|همان|مستقیم|میدانی|اصلی)"
_OF_AN_OPERATION = rf"(?:\s+{_OPERATION_QUALIFIER})?\s+{_OPERATION}"
_APPOINTED = re.compile(
    rf"(?:{_AS}|به)\s+(?P<p>{_OFFICE_OF})\s+(?:{_MADE}|رسید|رسیده)"
    rf"|\s+(?:{_AS})\s+(?P<q>{_POSITION})\s+{_MADE}"
    rf"|(?P<r>{OFFICE}(?!{_OF_AN_OPERATION})[\u0600-\u06ff\u200c ]{{0,40}}?)"
    r"(?:\s*\([^()]{1,30}\))?\s+را\s+"
    r"(?:(?:بر|به)\s*\u200c?عهده|در دست|به دست)\s+(?:داشت|گرفت)"
)
# (The command of an operation, فرماندهی عملیات, is no post; a body's other name in brackets,
# "ریاست سازمان اطلاعات (مخابرات) را بر عهده داشت", is no part of the post.)
# "ریاست Y را بر عهده داشت": the office held is given as its holder's post, رئیس Y.
_HELD_OFFICE = re.compile(rf"ریاست[\u200c]?جمهوری|{OFFICE}")
# "X، برادر ناتنی Y که … ریاست Z را بر عهده داشت": Y names X's relation; the relative clause
# after Y is about X, the apposition's subject.
_KIN_APPOSED = (
    rf"\s*[،,]\s*(?:{KIN})(?:\u200cی)?(?!{LETTER})"
    r"(?:\s+(?:ناتنی|تنی|بزرگ|کوچک|بزرگ‌تر|کوچک‌تر|بزرگتر|کوچکتر|ارشد))?\s+"
)
_KIN_BETWEEN = re.compile(_KIN_APPOSED)
_KIN_BEFORE = re.compile(_KIN_APPOSED + "$")
# "X، پدر Y و مشاور Z،": a post joined by و to the relation in apposition is X's.
_KIN_AND_POST = re.compile(rf"\s+و\s+(?P<p>{_HEAD}(?:\s+{POST_WORD}){{1,4}}?)(?=\s*[،,.؛])")
_HOLDERS = frozenset(HOLDER.values())
_WHICH = re.compile(r"\s+که\s")
_CLAUSE_END = re.compile(r"[،,.؛]")
# "… X را به سمت دادستان کرج منصوب کرد": X, the one appointed, right before را.
_MADE_OBJECT = re.compile(
    rf"\s+را\s+(?:{_AS}|به)\s+(?P<p>{_OFFICE_OF}|{_POSITION})\s+"
    r"(?:منصوب|انتخاب|تعیین|برگزیده)\s+(?:کرد|نمود)"
)
# ("ریاستش را بر عهده داشت", its chair: the office, as written, less its pronoun.)
# ("رهبری‌اش را بر عهده داشت": the pronoun may be joined by a half-space.)
_OF_IT = re.compile(rf"(?P<o>{OFFICE})(?:ش|\u200cاش|\s+آن)")
# "حزبی که X رهبری‌اش را …": an indefinite body's noun, less its ی, is the post's body.
_INDEFINITE_BODY = re.compile(rf"(?P<n>{BODY_NOUN})(?:ی|\u200cای)")
# "سازمان X (نیز) که Y ریاست آن را بر عهده داشت": the body the name's relative clause opens on.
_BODY_THAT = re.compile(
    rf"(?<!{LETTER}|\u200c)(?P<b>(?:{BODY_NOUN})(?:ی|\u200cی)?(?!{LETTER})[^،,.؛]{{0,60}}?)"
    r"(?:\s+(?:نیز|هم))?\s*[،,]?\s*که\s+$"
)
_ONE_OF = re.compile(
    rf"\s*[،,]\s*(?:یکی\s+)?از\s+(?P<h>{'|'.join(PLURAL_HEAD)})"
    # ("از فرماندهان سپاه در کردستان": the place after در is the post's.)
    rf"(?P<b>(?:\s+{POST_WORD}){{1,5}}?(?:{IN_PLACE})?)"
    r"(?=\s*[،,.؛]|\s+(?:بود|است)\b|\s+(?:در آن زمان|آن زمان|در آن هنگام|وقت)\s*[،,.؛])"
)
# "… و او/وی …", "…: او …", "…؛ وی …": a clause of its own, whose subject is a pronoun.
_MID_PRONOUN = re.compile(
    rf"(?:(?<!{LETTER})(?:[،,]\s*)?و\s+|[:؛]\s*)(?P<o>او|وی)(?!{LETTER}|\u200c)"
)
# "X و Y، پژوهشگران مرکز …": a post in the plural after the last of names joined by و is
# each one's, in the singular.
# ("X و Y، دو پژوهشگر مرکز A و B در دانشگاه C،": after a number the head is singular; the
# post's words may be joined by و and run on to its place after در.)
_SHARED = re.compile(
    rf"\s*[،,]\s*(?:(?:هر دو\s+|دو\s+)?(?P<h>{'|'.join(PLURAL_HEAD)})"
    rf"|(?:هر\s+)?(?:دو|سه|چهار)\s+(?P<s>{_HEAD}))"
    rf"(?P<b>(?:\s+(?:و\s+)?{POST_WORD}){{1,6}}?(?:{IN_PLACE}){{0,2}})"
    r"(?=\s*[،,.؛]|\s+(?:بود|است|بودند|هستند|گفتند|گفته)\b)"
)
# "X، که در دولت رئیس‌جمهور Y دادستان کل بود": a phrase of the era, with a person in it,
# between the subject and its post.
# (A head covers the ranks and ژنرال: "در دولت رئیس‌جمهور Y"، "در دوران سرتیپ Y".)
_ERA_BETWEEN = re.compile(rf"\s*[،,]\s*که\s+{_ERA}\s+(?:{_HEAD}\s+)?")
_IN_AN_ERA = re.compile(rf"(?<!{LETTER}){_ERA}\s+(?:{_HEAD}\s+)?$")
# "X (۴۵ ساله)، فرمانده …"، "X، ۴۵ ساله، افسر …": an age between the name and its post.
# ("X (نام مستعار)، پژوهشگر …": an aside in brackets, no post, likewise.)
_AGE = re.compile(
    rf"\s*(?:\(\s*{_NUMBER}\s*ساله\s*\)|[،,]\s*{_NUMBER}\s*ساله(?=\s*[،,])"
    rf"|\((?!\s*{_HEAD})[^()]{{1,30}}\)(?=\s*[،,]))"
)
# Words of time that are no part of the post ("وزیر دفاع وقت", "رئیس سابق دادگاه").
_TIME_IN_POST = re.compile(r"\s+(?:وقت|سابق|پیشین|اسبق|بعدی|فعلی|کنونی|در آن زمان|آن زمان)(?=\s|$)")


def tidy(position: str) -> str:
    """The post less its words of time: "وزیر سابق کشور" was وزیر کشور."""
    return _TIME_IN_POST.sub("", position)


def after_name(
    text: str, person: Mention, stop: int, following: Mention | None = None
) -> list[Found]:
    """Posts written after the name, up to `stop` (the next person, `following`, or the
    sentence's end)."""
    found: list[Found] = []
    era = in_an_era(text, person)
    age = _AGE.match(text, person.end, stop)
    after = age.end() if age else person.end
    for pattern in (_APPOSITION, _BRACKETED, _COPULA, _CAPACITY, _MADE_OBJECT, _HELD_POST):
        # ("که در دولت Y دادستان بود": Y names the era, the post is the clause's subject's.)
        if pattern is _COPULA and era:
            continue
        match = pattern.match(text, after, stop)
        if match:
            group = "p" if match["p"] else "q"
            found.append((match.start(group), match.end(group), match[group]))
            if pattern is _APPOSITION:
                found += _joined_posts(text, match.end(), stop)
    if following and _ERA_BETWEEN.fullmatch(text, person.end, following.start):
        match = _COPULA.match(text, following.end)
        if match:
            found.append((match.start("p"), match.end("p"), match["p"]))
    him = _HIM_AS.match(text, after)
    if him:
        found.append((him.start("p"), him.end("p"), him["p"]))
    one_of = _ONE_OF.match(text, after, stop)
    if one_of:
        post = PLURAL_HEAD[one_of["h"]] + one_of["b"]
        found.append((one_of.start("h"), one_of.end("b"), post))
    # (Y in "X، برادر Y که …" is a possessor; the relative clause after it is X's.)
    if _WHICH.match(text, person.end) and _KIN_BEFORE.search(
        text, max(0, person.start - 40), person.start
    ):
        return []
    # ("او بعدها در دولت Y به ریاست Z رسید": the appointment is the clause's subject's.)
    if not era:
        found += _of_the_clause_body(text, person, _appointed(text, person.end, stop))
    if following and _KIN_BETWEEN.fullmatch(text, person.end, following.start):
        found += _relative_of_relation(text, following.end)
        joined = _KIN_AND_POST.match(text, following.end)
        if joined:
            found.append((joined.start("p"), joined.end("p"), joined["p"]))
    return found


def in_an_era(text: str, person: Mention) -> bool:
    """Whether the name stands in a phrase of the era ("در دولت Y", "در دوران ریاست Y")."""
    return _IN_AN_ERA.search(text, max(0, person.start - 60), person.start) is not None


def pronoun_posts(text: str, start: int, end: int) -> tuple[int, bool, list[Found]]:
    """Where a clause's pronoun stands in the middle of a sentence ("…، و او بعدها … به
    ریاست Z رسید"), and the appointments of its clause, up to `end` (a name in a phrase of
    the era, "در دولت Y", is no subject); and whether و joins it to what went before (after
    a colon or semicolon the pronoun may be the unnamed subject's of the clause before)."""
    pronoun = _MID_PRONOUN.search(text, start, end)
    if not pronoun:
        return -1, False, []
    joined = pronoun[0].rstrip()[:1] not in (":", "؛")
    # ("…: او پس از ۲۰۰۱ نماینده‌ی مجلس شد": a copula's post too.)
    return pronoun.start("o"), joined, _clause_posts(text, pronoun.end(), end)


def shared_post(text: str, end: int, stop: int) -> list[Found]:
    """The post in the plural after the last of names joined by و, ending at `end`: each of
    them holds it, in the singular."""
    match = _SHARED.match(text, end, stop)
    if not match:
        return []
    head = "h" if match["h"] else "s"
    return [
        (match.start(head), match.end("b"), PLURAL_HEAD.get(match[head], match[head]) + match["b"])
    ]


def _relative_of_relation(text: str, start: int) -> list[Found]:
    """The posts of a relative clause opening at `start`, after a relation's possessor."""
    if not _WHICH.match(text, start):
        return []
    end = _CLAUSE_END.search(text, start)
    return _clause_posts(text, start, end.start() if end else len(text))


def _clause_posts(text: str, start: int, stop: int) -> list[Found]:
    """The post of a copula opening at `start`, then the appointments up to `stop`."""
    copula = _COPULA.match(text, start, stop)
    found = [(copula.start("p"), copula.end("p"), copula["p"])] if copula else []
    return found + _appointed(text, start, stop)


def _appointed(text: str, start: int, stop: int) -> list[Found]:
    """Appointments to a post and offices held, between `start` and `stop`."""
    found = []
    for match in _APPOINTED.finditer(text, start, stop):
        group = next(g for g in ("p", "q", "r") if match.group(g))
        of_it = _OF_IT.fullmatch(match[group])
        post = of_it["o"] if of_it else match[group]
        office = _HELD_OFFICE.match(post)
        # ("به وزارت دفاع منصوب شد": an office that is also a body's name, the ministry, is
        # given as its holder, وزیر دفاع; "به ریاست دادگاه منصوب شد" stays as written.)
        if office and (group == "r" or office[0] in BODY_OFFICES):
            post = HOLDER.get(office[0], office[0]) + post[office.end() :]
        found.append((match.start(group), match.end(group), post))
    return found


def _of_the_clause_body(text: str, person: Mention, found: list[Found]) -> list[Found]:
    """An office held with its pronoun ("ریاست آن را بر عهده داشت" → رئیس) is of the body the
    name's relative clause opens on: "سازمان X که Y ریاست آن را …" → رئیس سازمان X."""
    body = _BODY_THAT.search(text, max(0, person.start - 80), person.start)
    if body is None:
        return found
    indefinite = _INDEFINITE_BODY.fullmatch(body["b"])
    named = indefinite["n"] if indefinite else body["b"]
    return [
        (start, end, f"{post} {named}" if post in _HOLDERS else post) for start, end, post in found
    ]


def _joined_posts(text: str, start: int, stop: int) -> list[Found]:
    """The posts joined by و to one in apposition ending at `start`."""
    found: list[Found] = []
    match = _AND_POST.match(text, start, stop)
    while match:
        group = "p" if match["p"] else "q"
        found.append((match.start(group), match.end(group), match[group]))
        match = _AND_POST.match(text, match.end(), stop)
    return found
