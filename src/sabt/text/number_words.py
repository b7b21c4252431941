"""Number words in English and Persian, vague amounts, and the qualifiers around a number.

Tables are matched on text folded by `numbers.fold` (ASCII digits, Persian letters in one
spelling), case-insensitively.
"""

import re

ENGLISH_UNITS = {
    "zero": 0, "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
PERSIAN_UNITS = {
    "یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "هفت": 7, "هشت": 8, "نه": 9,
    "ده": 10, "یازده": 11, "دوازده": 12, "سیزده": 13, "چهارده": 14, "پانزده": 15, "پونزده": 15,
    "شانزده": 16, "هفده": 17, "هجده": 18, "هیجده": 18, "نوزده": 19, "بیست": 20, "سی": 30,
    "چهل": 40, "پنجاه": 50, "شصت": 60, "هفتاد": 70, "هشتاد": 80, "نود": 90, "صد": 100,
    "یکصد": 100, "دویست": 200, "سیصد": 300, "چهارصد": 400, "پانصد": 500, "ششصد": 600,
    "هفتصد": 700, "هشتصد": 800, "نهصد": 900,
    # نه with its vowel written (نُه) is nine, never "no"
    "نُه": 9,
}  # fmt: skip
# "hundred", صد and "dozen" multiply what precedes them (یک‌صد, Dari دو صد: 100, 200; "صد و یک"
# adds); scales close a group (two hundred thousand). صد alone is also a unit (صد نفر).
MULTIPLIERS = {"hundred": 100, "صد": 100, "dozen": 12}
SCALES = {
    "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "هزار": 1_000, "میلیون": 1_000_000, "ملیون": 1_000_000, "میلیارد": 1_000_000_000,
}  # fmt: skip
# Parts of a scale: "half a million", "a quarter of a million", "two and a half thousand",
# نیم میلیون, "یک و نیم میلیون".
FRACTIONS = {
    r"half\s+an?": 0.5, r"half": 0.5, r"a\s+quarter\s+of\s+an?": 0.25,
    r"three\s+quarters\s+of\s+an?": 0.75, r"نیم": 0.5,
}  # fmt: skip
# Words that are numbers only beside another number word: "a", "one of", نه (no), ده (village).
NOT_ALONE = {"a", "one", "یک", "نه", "ده", "dozen"}
# ...unless a counted noun follows: "نه عضو", "ده زن", "یک نفر" (Persian puts the singular noun
# right after the number; "نه زن و نه مرد" is "neither … nor", so not before a second نه).
COUNTED_AFTER_ALONE = re.compile(
    r"[\s\u200c]+(?:نفر|تن|زن|مرد|عضو|کودک|زندانی|دانشجو|سرباز|کارگر|معترض|فعال|جوان|"
    r"روستایی|شهروند|متهم|نوجوان|دختر|پسر|غیرنظامی|خبرنگار|افسر|مأمور|مامور|نماینده)"
    r"(?![\w\u200c])(?![^.،؛!?]{0,40}?(?<![\w\u200c])نه(?![\w\u200c]))"
)
COUNTED_AFTER_ONE = re.compile(r"[\s\u200c]+(?:نفر|تن)(?![\w\u200c])")

# Vague amounts: the range each is read as (documented in docs/persian-text.md).
VAGUE = {
    r"tens\s+of\s+thousands|ده[\u200c ]?ها\s+هزار": (20_000, 99_999),
    r"hundreds\s+of\s+thousands|صد[\u200c ]?ها\s+هزار": (200_000, 999_999),
    r"millions|میلیون[\u200c ]?ها": (2_000_000, 999_999_999),
    r"thousands|هزاران|هزار[\u200c ]?ها": (2_000, 9_999),
    r"hundreds|صد[\u200c ]?ها": (200, 999),
    r"dozens|ده[\u200c ]?ها": (24, 99),
    r"scores": (40, 199),
    # "several hundred" and "several thousand" are read as "hundreds" and "thousands" (the
    # gold's convention: sets 25, 34, 43–45; only the first seed document had 3,000–9,000)
    r"several\s+hundred|چند\s+صد": (200, 999),
    r"several\s+thousand|چند\s+هزار": (2_000, 9_999),
    r"a\s+few\s+hundred": (200, 500),
    r"a\s+few\s+thousand": (2_000, 5_000),
    # read as their plural: "several dozen", "a few dozen", چند ده as "dozens" (ده‌ها);
    # چندین هزار, چندین صد as "several thousand", "several hundred"; "tens of" (not "tens of
    # thousands", above) as dozens
    r"several\s+dozen|a\s+few\s+dozen|چند(?:ین)?\s+ده(?![\u200c]?ها)": (24, 99),
    r"چندین\s+هزار": (2_000, 9_999),
    r"چندین\s+صد": (200, 999),
    r"tens(?=\s+of\b)": (24, 99),
}

# Qualifiers written before a number; each says which bound the number is.
EXACT, ABOUT, AT_LEAST, MORE_THAN = "", "about", "at_least", "more_than"
NEARLY, UP_TO, FEWER_THAN, AT_MOST = "nearly", "up_to", "fewer_than", "at_most"
BETWEEN, VAGUE_AMOUNT = "between", "vague"
QUALIFIERS_BEFORE = {
    r"at\s+least|no\s+(?:fewer|less)\s+than|not\s+less\s+than"
    r"|دست[\u200c ]?کم|حداقل|لااقل": AT_LEAST,
    r"more\s+than|over|upwards\s+of|in\s+excess\s+of"
    r"|بیش\s+از|بیشتر\s+از|افزون\s+بر|متجاوز\s+از": MORE_THAN,
    r"about|around|approximately|approx\.|roughly|some|an\s+estimated|estimated|circa|c\."
    r"|حدود|حدودا|حدوداً|تقریبا|تقریباً|قریب\s+به|بالغ\s+بر": ABOUT,
    r"nearly|almost|close\s+to|نزدیک\s+به|نزدیک": NEARLY,
    r"up\s+to|as\s+many\s+as|تا": UP_TO,
    r"fewer\s+than|less\s+than|under|کمتر\s+از|کم[\u200c ]تر\s+از": FEWER_THAN,
    r"at\s+most|no\s+more\s+than|not\s+more\s+than|حداکثر": AT_MOST,
}
QUALIFIERS_AFTER = {r"or\s+more|\+|و\s+بیشتر|یا\s+بیشتر": AT_LEAST, r"or\s+so": ABOUT}

_BEFORE = re.compile(
    "(?:^|(?<=[\\s(«\"']))(?:"
    + "|".join(f"(?P<b{i}>{p})" for i, p in enumerate(QUALIFIERS_BEFORE))
    + ")\\s*$",
    re.IGNORECASE,
)
_AFTER = re.compile(
    "^\\s*(?:" + "|".join(f"(?P<a{i}>{p})" for i, p in enumerate(QUALIFIERS_AFTER)) + ")(?!\\w)",
    re.IGNORECASE,
)


def qualifier_before(text: str) -> tuple[str, int] | None:
    """The qualifier that `text` ends with, and how many characters it takes."""
    match = _BEFORE.search(text[-40:])
    if match is None or match.lastgroup is None:
        return None
    return list(QUALIFIERS_BEFORE.values())[int(match.lastgroup[1:])], len(match.group(0))


def qualifier_after(text: str) -> tuple[str, int] | None:
    """The qualifier that `text` starts with ("or more", "+"), and its length."""
    match = _AFTER.match(text[:20])
    if match is None or match.lastgroup is None:
        return None
    return list(QUALIFIERS_AFTER.values())[int(match.lastgroup[1:])], len(match.group(0))
