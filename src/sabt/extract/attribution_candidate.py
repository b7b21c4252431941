"""What may stand as an asserting party, whichever cue found it.

A cue reads its party off the words around it, and on unseen text those words are at times no
party at all: a preposition ("از" left before a Persian object), a phrase of time ("یک سال
پس از …", "two weeks later"), a bare number, a pronoun no rule resolved ("خودِ او",
"herself"), or a name inside the counted noun phrase itself ("به گفته‌ی پلیس سه مأمور نیروی
انتظامی …": the officers are the victims, the police the party). Such a candidate is dropped,
so that the figure falls to the next cue or to the source's own voice.
"""

import re

from sabt.extract.attribution_fa import FA_REPORT_ADJECTIVES
from sabt.extract.attribution_quotes import PERSON_PRONOUN
from sabt.extract.word_edges import WORD_END
from sabt.text.date_words import ENGLISH_MONTH_NAMES, PERSIAN_MONTH_NAMES
from sabt.text.number_words import ENGLISH_UNITS, PERSIAN_UNITS, SCALES

# Every word that is only grammar, in either language: prepositions, conjunctions, articles,
# determiners, particles and the Persian object mark. A party is never made of these alone.
_FUNCTION_WORDS = frozenset(
    (
        # English
        "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our",
        "my", "your", "of", "from", "to", "in", "on", "at", "by", "with", "for", "about", "as",
        "into", "onto", "over", "under", "after", "before", "since", "until", "during", "between",
        "among", "against", "through", "without", "within", "and", "or", "but", "nor", "so",
        "yet", "if", "while", "whereas", "although", "though", "because", "when", "where", "than",
        "then", "also", "too", "not", "no", "only", "even", "just", "still", "there", "here",
        "some", "many", "much", "more", "most", "all", "both", "each", "every", "any", "other",
        "such", "same", "own", "which", "who", "whom", "whose", "what", "is", "are", "was",
        "were", "be", "been", "has", "have", "had", "do", "does", "did", "will", "would", "can",
        "could", "may", "might", "should", "must",
        # Persian
        "از", "به", "در", "با", "بر", "برای", "تا", "بی", "بدون", "جز", "مگر", "درباره",
        "درباره‌ی", "پیرامون", "سوی", "نزد", "میان", "بین", "زیر", "روی", "پیش", "پس", "بعد",
        "قبل", "طی", "ضمن", "هنگام", "و", "یا", "اما", "ولی", "که", "چون", "چه", "اگر", "نیز",
        "هم", "را", "این", "آن", "همین", "همان", "اینها", "آنها", "این‌ها", "آن‌ها", "چنین",
        "چنان", "دیگر", "همه", "هر", "برخی", "بعضی", "خود", "خویش", "است", "بود", "شد", "هست",
        "نیست", "باید", "شاید", "حتی", "فقط", "تنها", "هنوز", "دیگری", "چند", "چندین",
    )
)  # fmt: skip
# Words of time, as a phrase of time or duration is made of them with numbers and the words
# above: "یک سال", "two weeks later", "سال‌ها بعد", "that night", "روز دوشنبه".
_TIME_WORDS = frozenset(
    (
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "night",
        "nights", "week", "weeks", "weekend", "month", "months", "year", "years", "decade",
        "decades", "century", "centuries", "morning", "afternoon", "evening", "dawn", "dusk",
        "today", "yesterday", "tomorrow", "tonight", "later", "earlier", "ago", "previously",
        "afterwards", "afterward", "meanwhile", "now", "once", "again", "recently", "lately",
        "last", "past", "next", "early", "late", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday",
        "ثانیه", "دقیقه", "ساعت", "روز", "روزها", "شب", "شب‌ها", "هفته", "هفته‌ها", "ماه",
        "ماه‌ها", "سال", "سال‌ها", "دهه", "دهه‌ها", "قرن", "سده", "صبح", "ظهر", "عصر", "بامداد",
        "شامگاه", "غروب", "امروز", "دیروز", "فردا", "امشب", "دیشب", "اکنون", "حالا", "سپس",
        "بعدها", "پیش‌تر", "پیشتر", "قبلاً", "قبلا", "اخیراً", "اخیرا", "بعداً", "بعدا", "هنوز",
        "شنبه", "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "پنج‌شنبه", "جمعه",
        "روزِ", "سالِ", "ماهِ", "بعدی", "گذشته", "آینده", "پیش", "بعد",
    )
)  # fmt: skip
# Words of amount: a number spelled out, a scale, a vague count ("dozens", "ده‌ها").
_AMOUNT_WORDS = frozenset(
    (
        *ENGLISH_UNITS, *PERSIAN_UNITS, *SCALES, "hundred", "hundreds", "thousands", "millions",
        "dozen", "dozens", "several", "few", "half", "ده‌ها", "صدها", "هزاران", "میلیون‌ها",
        "نیم", "تعدادی", "شماری", "دست‌کم", "حداقل", "حدود", "بیش", "کمتر", "نزدیک",
    )
)  # fmt: skip
# A report's adjective alone ("طبق آمار رسمی، …": the Persian cue holds the noun) names no one;
# an English cue never ends on the noun, and after it "the official" or "The Independent" names.
_NOT_A_NAME = (
    _FUNCTION_WORDS | _TIME_WORDS | _AMOUNT_WORDS | FA_REPORT_ADJECTIVES
    # "in March", "early in June": a month alone
    | {m.lower() for m in ENGLISH_MONTH_NAMES}
    # "بر اساس روایت‌های موجود", "طبق گزارش‌های مختلف": what kind of account, not whose
    | {"موجود", "تاریخی", "قدیمی", "مختلف", "متعدد", "گوناگون", "منتشرشده", "متفاوت"}
)  # fmt: skip
# A Persian subject never opens on a preposition: "در ادامه افزود" has its subject unsaid, and
# "بنا بر اطلاعاتی …، X گفته‌اند" opens on what the figures rest on, never on who speaks.
_FA_PREPOSITIONS = frozenset(
    ("در", "به", "از", "با", "برای", "بر", "تا", "طی", "پس", "پیش", "بنا", "بنابر", "طبق")
)
# One word, as the word lists hold it: punctuation off, the Persian ezafe and ی after ‌ off.
_WORD = re.compile(r"[^\s,،.;؛:()\"“”«»]+")
_EZAFE = re.compile(r"(?:\u200cی|ِ)$")
_DIGITS = re.compile(r"^[\d۰-۹٠-٩][\d۰-۹٠-٩,.٫٬/\-]*$")
# The number that opens a counted noun phrase: digits or a number word standing as a word.
_SPELLED = sorted(
    (w for w in (*ENGLISH_UNITS, *PERSIAN_UNITS) if w not in ("a", "یک", "نه", "ده")),
    key=len,
    reverse=True,
)
_FIGURE = re.compile(rf"(?<![^\s,،(])(?:[\d۰-۹٠-٩]|(?:{'|'.join(_SPELLED)})(?=\s))", re.I)


def is_party(source: str) -> bool:
    """Whether `source` can name an asserting party: not made only of grammar, of time, of
    amounts and of numbers ("از", "یک سال", "two weeks later", "1,200")."""
    words = [_EZAFE.sub("", w) for w in _WORD.findall(source.lower())]
    if words and words[0] in _FA_PREPOSITIONS:
        return False
    return any(w not in _NOT_A_NAME and not _DIGITS.match(w) for w in words)


def stands_as_party(source: str) -> bool:
    """Whether a cue's party may stand: a party, and no person's pronoun left unresolved
    ("خودِ او", "herself" with no one named before)."""
    return is_party(source) and not PERSON_PRONOUN.match(source)


# A number that is part of a date opens no counted phrase: a year ("در فوریه 1983", "سال
# ۱۳۶۲", "in 1994") unless people are counted by it, or a day before its month ("۱۵ خرداد").
_TO_ASCII = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
_YEAR = re.compile(r"(?:1[3-4]\d\d|1[89]\d\d|20\d\d)(?![\d,.٫٬])(?!\s*(?:نفر|تن|people)\b)")
_MONTHS = "|".join((*PERSIAN_MONTH_NAMES, "مه", "می", *ENGLISH_MONTH_NAMES))
_DAY = re.compile(rf"\d{{1,2}}(?:st|nd|rd|th|م|ام)?\s+(?:{_MONTHS}){WORD_END}")


def opens_with_figure(phrase: str) -> bool:
    """Whether `phrase` opens on a figure ("four members of his family", "12 of them"): a
    counted phrase, which is what is said, never who says it; a year or a day is no figure."""
    digits = phrase.translate(_TO_ASCII)
    figure = _FIGURE.match(phrase)
    return bool(figure) and not (_YEAR.match(digits) or _DAY.match(digits))


def after_fronted(source: str) -> str:
    """ "در مقابل، فعالان عرب": the party after a fronted phrase and its comma."""
    head, comma, rest = source.rpartition("،")
    return rest.strip() if comma and rest.strip() and not is_party(head) else source


def before_figure(phrase: str) -> int:
    """Where in `phrase` the counted noun phrase of a figure begins (its length when none):
    "پلیس سه مأمور نیروی انتظامی" is پلیس's, and the officers are the figure's own."""
    digits = phrase.translate(_TO_ASCII)
    for figure in _FIGURE.finditer(phrase, 1):
        at = figure.start()
        if _YEAR.match(digits, at) or _DAY.match(digits, at):
            continue
        return at if phrase[:at].strip() else len(phrase)
    return len(phrase)
