"""Month, season and weekday names of the three calendars, in English, Persian and romanised.

Each table maps a regular expression (matched case-insensitively on text folded by `fold`) to
a number. Persian names are written after folding (آ → ا, Arabic yeh/kaf → Persian), with
`_J` standing for "a space, a zero-width non-joiner or nothing" between the parts of a
compound name such as ذی‌الحجه.
"""

import re
from collections.abc import Mapping

from sabt.text.calendars import GREGORIAN, HIJRI, JALALI

_J = "[ \u200c]?"
_SEP = "['’ʿ]?[ -]?"

ENGLISH_MONTHS = {
    "jan(?:uary|\\.)?": 1,
    "feb(?:ruary|\\.)?": 2,
    "mar(?:ch|\\.)?": 3,
    "apr(?:il|\\.)?": 4,
    "may": 5,
    "june?": 6,
    "july?": 7,
    "aug(?:ust|\\.)?": 8,
    "sep(?:t(?:ember)?)?\\.?": 9,
    "oct(?:ober|\\.)?": 10,
    "nov(?:ember|\\.)?": 11,
    "dec(?:ember|\\.)?": 12,
}
# The full names as written, capitalised: a lower-case "may" or "march" is a verb.
ENGLISH_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
# The Persian names as written, unfolded (آبان, آذر, آوریل, آگوست), Jalali then Gregorian; مه
# and می (May) are left out, being words of their own as well.
PERSIAN_MONTH_NAMES = (
    "فروردین", "اردیبهشت", "خرداد", "تیر", "امرداد", "مرداد", "شهریور", "مهر", "آبان", "آذر",
    "دی", "بهمن", "اسفند", "ژانویه", "فوریه", "مارس", "آوریل", "ژوئن", "ژوئیه", "جولای", "اوت",
    "آگوست", "سپتامبر", "اکتبر", "نوامبر", "دسامبر",
)  # fmt: skip
PERSIAN_GREGORIAN_MONTHS = {
    "ژانویه": 1,
    "فوریه": 2,
    "مارس": 3,
    "اوریل": 4,
    "مه|می": 5,
    "ژوئن": 6,
    "ژوئیه|جولای": 7,
    "اوت|اگوست": 8,
    "سپتامبر": 9,
    "اکتبر": 10,
    "نوامبر": 11,
    "دسامبر": 12,
}
JALALI_MONTHS = {
    "فروردین": 1,
    "اردیبهشت": 2,
    "خرداد": 3,
    "تیر": 4,
    "ا?مرداد": 5,
    "شهریور": 6,
    "مهر": 7,
    "ابان": 8,
    "اذر": 9,
    "دی": 10,
    "بهمن": 11,
    "اسفند": 12,
}
# The Afghan (Dari) names of the same solar months. Most are common words too (میزان an amount,
# سرطان cancer, اسد a name, جدی serious), so `date_patterns` reads them only before a year.
DARI_MONTHS = {
    "حمل": 1,
    "ثور": 2,
    "جوزا": 3,
    "سرطان": 4,
    "اسد": 5,
    "سنبله": 6,
    "میزان": 7,
    "عقرب": 8,
    "قوس": 9,
    "جدی": 10,
    "دلو": 11,
    "حوت": 12,
}
ROMANISED_JALALI_MONTHS = {
    "farvardin": 1,
    "ordibehesht": 2,
    "khordad": 3,
    "tir": 4,
    "a?mordad": 5,
    "shahrivar": 6,
    "mehr": 7,
    "aban": 8,
    "azar": 9,
    "de[yi]": 10,
    "bahman": 11,
    "esfand": 12,
}
HIJRI_MONTHS = {
    "محرم|muharram|moharram": 1,
    "صفر|safar": 2,
    f"ربیع{_J}الاول|rabi{_SEP}(?:al|ul|el)?[ -]?(?:awwal|awal|avval|i)": 3,
    f"ربیع{_J}(?:الثانی|الاخر)|rabi{_SEP}(?:al|ul|el|as|us|os)?[ -]?(?:thani|sani|akhir|ii)": 4,
    f"جمادی{_J}(?:الاول|الاولی)|jumad[ai]{_SEP}(?:al|ul|el)?[ -]?(?:ula|oula|awwal|awal|i)": 5,
    f"جمادی{_J}(?:الثانی|الثانیه|الاخر|الاخره)"
    f"|jumad[ai]{_SEP}(?:al|ul|el|as|us)?[ -]?(?:thani|sani|akhira|akhirah|akhir|ii)": 6,
    "رجب|rajab": 7,
    "شعبان|sha['’]?ban": 8,
    "رمضان|rama[dz]h?an": 9,
    "شوال|shaw?wal": 10,
    f"ذی{_J}القعده|ذیقعده|(?:dhu|zu|zi|dhi){_SEP}(?:al|ul|el|l)?[ -]?q[ai]['’]?d[ae]h?": 11,
    f"ذی{_J}الحجه|ذیحجه|(?:dhu|zu|zi|dhi){_SEP}(?:al|ul|el|l)?[ -]?h[ai]j+[ae]?h?": 12,
}
MONTHS = {
    GREGORIAN: {**ENGLISH_MONTHS, **PERSIAN_GREGORIAN_MONTHS},
    JALALI: {**JALALI_MONTHS, **ROMANISED_JALALI_MONTHS},
    HIJRI: HIJRI_MONTHS,
}
SEASONS = {
    "spring|بهار": "spring",
    "summer|تابستان": "summer",
    "autumn|fall|پاییز|پائیز": "autumn",
    "winter|زمستان": "winter",
}
# Monday = 0, as in datetime.date.weekday().
WEEKDAYS = {
    "monday|دوشنبه": 0,
    "tuesday|سه" + _J + "شنبه": 1,
    "wednesday|چهارشنبه": 2,
    "thursday|پنج" + _J + "شنبه": 3,
    "friday|جمعه": 4,
    "saturday|(?<![\u0600-\u06ff\u200c])شنبه": 5,
    "sunday|یک" + _J + "شنبه": 6,
}

_FOLD = str.maketrans(
    {
        **{d: str(i) for i, d in enumerate("۰۱۲۳۴۵۶۷۸۹")},
        **{d: str(i) for i, d in enumerate("٠١٢٣٤٥٦٧٨٩")},
        "ي": "ی",
        "ى": "ی",
        "ك": "ک",
        "ة": "ه",
        "آ": "ا",
        "أ": "ا",
        "إ": "ا",
        "–": "-",
        "—": "-",
        "‐": "-",
        "‑": "-",
    }
)


def fold(text: str) -> str:
    """Fold digits and letter variants one character for one, so offsets stay valid."""
    return text.translate(_FOLD)


def alternation(table: Mapping[str, object]) -> str:
    """One regex group-free alternation of a table's names, longest first."""
    return "|".join(sorted(table, key=len, reverse=True))


def lookup(table: Mapping[str, int | str], name: str) -> int | str:
    """The value of the table entry whose pattern matches `name` whole."""
    for pattern, value in table.items():
        if re.fullmatch(pattern, name, re.IGNORECASE):
            return value
    raise KeyError(name)
