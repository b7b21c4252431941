"""Cues whose party stands after them: "according to X", "reported by X", and a verb of speech
put after what was said ("…were killed, said Ana Ruiz, a teacher.").

These are the shapes of the cue phrases; find_cues in attribution.py reads them.
"""

import re

from sabt.extract.word_edges import WORD_END

# Persian "according to" is a preposition and a noun of saying, reporting or counting, in any
# pairing a writer uses: "به گفته‌ی", "بنا بر اعلام", "طبق آمار رسمی", "بر پایه‌ی برآوردهای",
# "به استناد گزارش", "مطابق آمار"; "به شمار" (counted as), "به بررسی" (set about examining)
# and "به تأیید … رسید" (was approved) are no such pairs.
_FA_PREPOSITION = (
    r"(?:به|بنا\s?بر|بنا\s+به|طبق|مطابق(?:\s+با)?|بر\s?اساس|بر\s+پایه(?:ِ|‌ی|ی)?|"
    r"به\s+استناد(?:ِ)?)"
)
_FA_SAYING = (
    r"(?:گفته|گزارش|اعلام|نوشته|ادعا|برآورد|تخمین|آمار|اطلاعات|روایت|اعتراف|اظهارات|بیانیه|"
    r"شمارش|ارزیابی|داده|یافته|(?:تأیید|تایید)(?!\s[^،,.]*\sرسید))"
    r"(?:‌ها|‌های|ها|های)?(?:ِ|‌ی|ی)?"
)
# What a body found out and so asserts: "بر پایه‌ی گفت‌وگوهای X با شاهدان", "بنا بر شهادت‌هایی
# که X گردآوری کرده است", "بر اساس فهرست X" (the names it listed). Only after a preposition
# that means "on the basis of": "به شهادت رسید" is killed (martyred), "به بررسی" sets about
# examining.
_FA_FIRM_PREPOSITION = (
    r"(?:بنا\s?بر|طبق|مطابق(?:\s+با)?|بر\s?اساس|بر\s+پایه(?:ِ|‌ی|ی)?|به\s+استناد(?:ِ)?)"
)
_FA_FINDING = (
    r"(?:شهادت|گفت‌وگو|گفتگو|مصاحبه|بررسی|تحقیق|تحقیقات|پژوهش|مستندات|اسناد|سوابق|شواهد|فهرست)"
    r"(?:‌ها|‌های|ها|های)?(?:ِ|‌ی|ی)?"
)
# "Per the ministry, …" (Per alone opens a Scandinavian name: "Per Olsen said …").
_AFTER_CUES = (
    r"[Aa]ccording to|[Rr]eported by|[Aa]nnounced by|[Ee]stimated by|[Cc]ompiled by|"
    r"[Dd]ocumented by|[Ff]igures from|[Dd]ata from|[Ii]n the words of|Per(?=\s+the\s)|"
    # "The toll was put at 300 by the army", "estimated at between 4,000 and 7,000 by X": the
    # agent after the figure a passive of counting gives; not a time by which ("by the end of
    # the year", "by March").
    r"(?:put|estimated|placed|set|assessed)\s+at\s+(?=[^\n]{0,12}\d)(?:[^\s;:()]+\s+){1,6}?by"
    r"(?!\s+(?:the\s+)?(?:end|middle|start|beginning|close|time|turn|spring|summer|autumn|fall|"
    r"winter|then|now|early|late|mid|January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b)|"
    rf"{_FA_PREPOSITION}\s+{_FA_SAYING}|{_FA_FIRM_PREPOSITION}\s+{_FA_FINDING}|"
    r"به نقل از|از قول|به روایت|بنا به گفته|"
    r"(?:[Ff]igures|[Dd]ata|[Ss]tatistics|[Rr]ecords) "
    r"(?:published|released|compiled|collected|gathered|kept|provided|obtained) by"
)
# Persian rarely puts a comma after the source ("به گفته‌ی X دست‌کم ۵۰۰۰ …"): the source's
# name also ends where a figure or its hedge begins.
# A cue opens a word: "به گزارش" is not the end of "دوشنبه گزارش" (every weekday ends in به).
AFTER = re.compile(
    # "به گفته‌ی «انجمن ۵ آذر»": a name in quote marks is whole, digits and all.
    rf"(?<![\w\u200c])(?:{_AFTER_CUES})\s+«?"
    r"(?P<x>(?<=«)[^»\n]{1,60}(?=»)|[^,.;:،؛()\n\d۰-۹٠-٩]+?)"
    r"(?=»|\s*[,.;:،؛()\n]|\s+(?:on|in|at|that|who|which|during)\s|$"
    r"|\s+[\d۰-۹٠-٩]|\s+(?:دست[\u200c ]?کم|حداقل|حدود|بیش از|نزدیک به|تقریبا|تقریباً)\s)"
)
# "شمار کشته‌ها از سوی وزارت X ۱۲ نفر اعلام شد": the agent of a Persian passive of reporting
# (by itself "از سوی X" is as often who arrested or killed: "از سوی مأموران بازداشت شدند").
_FA_REPORTED = (
    r"(?:اعلام|گزارش|تأیید|تایید|ثبت|برآورد|تخمین|ذکر|منتشر|مستند|شمارش)\s+"
    rf"(?:شد|شدند|شده|می‌شود|می‌شوند|گردید|گردیدند){WORD_END}"
)
FA_BY_AGENT = re.compile(
    r"(?<![\w\u200c])(?:از\s+سوی|از\s+طرف|از\s+جانب|توسط)\s+"
    r"(?P<x>[^،,.;:؛()\n\d۰-۹]+?)"
    rf"(?=\s+(?:[\d۰-۹]|{_FA_REPORTED}|دست[\u200c ]?کم|حدود|بیش از))(?=[^.؛\n]*?{_FA_REPORTED})"
)
# What may follow a closing verb: "…, witnesses told reporters on Sunday, citing X."
SENTENCE_TAIL = re.compile(
    r"(?:\s*,?\s*(?:on\s+\w+|reporters|journalists|the\s+press|in\s+a\s+statement|"
    r"last\s+\w+|this\s+\w+|citing\s+[^.,;\d\n]{1,40}|"
    # "…, some twenty years after the raid.": how long after the events it was said.
    r"(?:(?:nearly|almost|some|about|over|more\s+than|just)\s+)?[\w\-]+\s+"
    r"(?:years?|months?|weeks?|days?|decades?)\s+(?:after|since|later|on)\b[^.;!?\n]*|"
    # whom it was told to: "…, local officials told Reuters."
    r"(?:the\s+)?[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3}))*\s*[.!?\n]|\s*$"
)
# "…were killed, said Ana Ruiz, a teacher.": a verb after a comma with its speaker after it.
# The speaker is a short noun phrase: no "that", no verb ("…, said three men were …" is not).
INVERTED = re.compile(
    r"\s+(?P<x>(?!that\b)(?:(?!(?:were|was|is|are|had|have|has|been|that)\b)"
    r"[^\s,.;:“”\"\d]+\s*){1,6}?)(?=\s*[,.;!?]|\s*$)"
)
# Only verbs of speech put their speaker after them: "…, said Ana Ruiz"; in "…, a court
# found Leo Marsh guilty of …" the name after "found" is its object.
INVERTIBLE = re.compile(
    r"said|says|added|adds|stated|wrote|writes|noted|recalled|recounted|explained|declared|"
    r"insisted|warned|argued|claimed|reported|estimated|confirmed|announced"
)
# "according to estimates by the commission", "according to a tally by the AP", "according to
# the findings of the inquiry": the words naming what was published before whoever published it.
AUTHORED = re.compile(
    r"(?:(?:an?|the|its|their)\s+)?(?:(?:new|latest|official|final|own|initial)\s+)?"
    r"(?:estimates?|reports?|tall(?:y|ies)|counts?|figures|data|statistics|records|findings|"
    r"surveys?|stud(?:y|ies)|lists?|databases?|investigations?|research)\s+"
    r"(?:(?:compiled|published|released|carried\s+out|conducted|kept|gathered)\s+)?"
    r"(?:by|of|from)\s+",
    re.I,
)
# "In her view, 240 …", "by their reckoning", "in its estimate", "by our count": a possessive
# pronoun's judgment; the pronoun stands for its party (read as "he", "she", "it", "they", "we").
OWN_VIEW = re.compile(
    r"\b(?i:in|by|from)\s+(?P<x>(?i:his|her|its|their|our))\s+(?:own\s+)?(?i:view|opinion|estimate|"
    r"estimation|reckoning|account|words|telling|assessment|calculations?|experience|count|"
    r"tally|figures|records)\b"
)
# "By police figures, 500 were detained", "by the army's count", "By Foo Watch's tally": the
# party whose figures they are stands between "by" and the figures' noun; "by some estimates",
# "by official figures" name none (a quantifier or an adjective, not a party, comes first).
BY_FIGURES = re.compile(
    r"\b(?i:by)\s+(?:the\s+)?"
    r"(?P<x>(?!(?i:some|most|many|other|one|any|all|these|those|several|various|official|"
    r"unofficial|conservative|rough|early|initial|latest|independent|his|her|its|their|our|my)\b)"
    r"(?:[\w\-]+\s+){0,3}?[\w\-]+?)(?:['’]s)?\s+(?:own\s+|official\s+|latest\s+)?"
    r"(?i:figures|estimates?|count|tally|reckoning|calculations?|records|statistics)\b"
)
PRONOUN_OF = {"his": "he", "her": "she", "its": "it", "their": "they", "our": "we"}
