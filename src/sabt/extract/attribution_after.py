"""Cues whose party stands after them: "according to X", "reported by X", and a verb of speech
put after what was said ("…were killed, said Ana Ruiz, a teacher.").

These are the shapes of the cue phrases; find_cues in attribution.py reads them.
"""

import re

_AFTER_CUES = (
    r"[Aa]ccording to|[Rr]eported by|[Aa]nnounced by|[Ee]stimated by|[Cc]ompiled by|"
    r"[Dd]ocumented by|[Ff]igures from|[Dd]ata from|"
    r"به گفته‌ی|به گفته|به گزارش(?:‌های|‌ها)?|بنا بر گزارش(?:‌های|‌ها)?|بنابر گزارش(?:‌های|‌ها)?|"
    r"طبق گزارش(?:‌های|‌ها)?|به نوشته‌ی|به نوشته|"
    r"به اعلام|به نقل از|از قول|بر اساس گزارش|براساس گزارش|بنا به گفته|به ادعای|به روایت|"
    r"به برآورد|به تخمین|"
    r"(?:بر پایه|به استناد)(?:ِ|‌ی|ی)?\s+(?:برآورد|گزارش|آمار|اطلاعات)(?:‌های|‌ها)?|"
    r"(?:طبق|بنا بر|بنابر|بر اساس|براساس) آمار(?:‌های|‌ها)?(?!\s+رسمی)|"
    r"(?:[Ff]igures|[Dd]ata|[Ss]tatistics|[Rr]ecords) "
    r"(?:published|released|compiled|collected|gathered|kept|provided|obtained) by"
)
# Persian rarely puts a comma after the source ("به گفته‌ی X دست‌کم ۵۰۰۰ …"): the source's
# name also ends where a figure or its hedge begins.
# A cue opens a word: "به گزارش" is not the end of "دوشنبه گزارش" (every weekday ends in به).
AFTER = re.compile(
    rf"(?<![\w\u200c])(?:{_AFTER_CUES})\s+(?P<x>[^,.;:،؛()\n\d۰-۹٠-٩]+?)"
    r"(?=\s*[,.;:،؛()\n]|\s+(?:on|in|at|that|who|which|during)\s|$"
    r"|\s+[\d۰-۹٠-٩]|\s+(?:دست[\u200c ]?کم|حداقل|حدود|بیش از|نزدیک به|تقریبا|تقریباً)\s)"
)
# What may follow a closing verb: "…, witnesses told reporters on Sunday, citing X."
SENTENCE_TAIL = re.compile(
    r"(?:\s*,?\s*(?:on\s+\w+|reporters|journalists|the\s+press|in\s+a\s+statement|"
    r"last\s+\w+|this\s+\w+|citing\s+[^.,;\d\n]{1,40}|"
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
# "In her view, 240 …", "by their reckoning", "in its estimate": a possessive pronoun's
# judgment; the pronoun stands for its party (read as "he", "she", "it", "they").
OWN_VIEW = re.compile(
    r"\b(?i:in|by|from)\s+(?P<x>(?i:his|her|its|their))\s+(?:own\s+)?(?i:view|opinion|estimate|"
    r"estimation|reckoning|account|words|telling|assessment|calculations?|experience|count|"
    r"tally|figures|records)\b"
)
PRONOUN_OF = {"his": "he", "her": "she", "its": "it", "their": "they"}
