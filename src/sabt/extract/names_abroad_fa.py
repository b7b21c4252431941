"""Persons named in Persian by a given name and a family name with no Persian shape.

A family name of Iran has a shape the rules know (‌زاده، ‌پور، -ی); a foreign one has none
(گوترش، پوتین، زاخارووا), and an Arab's name goes on with his father's given name or a family
name under the article (علی حسن، عمر البشیر). Such names were found only where a cue closed
them. But a foreign given name that no Persian word spells (`data/given_names_foreign_fa.txt`)
names a person: the word after it, unless a function word, an adverb, a verb, a nationality
or a town, is its family name, and if none follows it names the person alone (ماریا، دختر …).
Nor are two given names written side by side in Persian prose unless they are one person's,
and a given name before a word under the article (البشیر) opens an Arab's full name.
"""

import re

from sabt.extract.name_shapes_fa import (
    after_given_name_shape,
    is_foreign_given_name,
    is_nationality,
    opens_name,
)
from sabt.extract.name_words_fa import NAME_ENDS, NOT_A_GIVEN_NAME, PERSON_CUE, WORD, may_name

# Words that may follow a foreign given name and are no family name: adverbs, prepositions,
# conjunctions, adjectives of a stance ("ماریا همچنان …", "پیتر درباره‌ی …", "آنتونیو ضمن …").
_NOT_FOREIGN_FAMILY_WORDS = (
    "همچنان هنوز تاکنون اکنون هرگز همواره همیشه سپس ابتدا نخست دوباره باز بار حتی شخصا رسما "
    "قبلا بعدا اینجا آنجا بر بی درباره درباره‌ی علیه طی ضمن چون اگر ولی اما زیرا لیکن نزد "
    "بدون سوی توسط مانند مثل چنین چنان همان همین هر هیچ چه چرا کجا باید نباید خواهد "
    "براساس بنابر طبق ضد پیرامون درمورد معتقد مدعی خواستار مخالف موافق نگران "
    # Verbs a name may stand right before, written with no prefix (ماریا درگذشت).
    "رفت آمد ماند مرد درگذشت گریخت رسید نشست ایستاد افتاد پرسید خواند دید شنید زد کشت برد "
    "خورد خوابید دوید جنگید کوشید پذیرفت پیوست نیست هست نبود نکرد نشد نگفت نداد باشد شود "
    "رود آید گوید داند دارد داشت خواست توانست کند "
    # Verbs of saying and their nouns, after a name a cue closes (… گوترش افزود که).
    "افزود افزوده تاکید تأکید اظهار هشدار توضیح پاسخ گفته نوشته"
)
_NOT_FOREIGN_FAMILY = frozenset(_NOT_FOREIGN_FAMILY_WORDS.split())
# Particles inside a European name before the family name (فون، فان، دی، دو، دل، دا، لا).
_NAME_PARTICLES = frozenset(("فون", "فان", "وان", "دی", "دو", "دل", "دا", "لا", "دن"))
# Arabic phrases of a given name's spelling and an article that are no name: especially, in
# principle, apparently, as a rule, as a deputy, on account, always, absolutely, equally.
_ARTICLE_PHRASE_WORDS = (
    "الخصوص الاصول الظاهر القاعده البدل الحساب الدوام الاطلاق السویه الرغم العموم الاسلام المسلمین"
)
_ARTICLE_PHRASES = frozenset(_ARTICLE_PHRASE_WORDS.split())
# God's and the Prophet's epithets, spelt as two given names (the Merciful, the Compassionate;
# the most noble Prophet).
_EPITHETS = frozenset(("رحمان رحیم", "رحمن رحیم", "رسول اکرم", "نبی اکرم"))
_ARTICLED = re.compile(r"ال[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc]{3,}")
FOREIGN = "foreign-given-fa"  # the rule of a name opened by a foreign given name
# The fewest letters of a foreign given name that names a person alone: a shorter one (یان،
# ایو، آنگ) may be a piece of something else.
_ALONE = 4
_CLAUSE_OPENS = re.compile(r"(?:^|[.!?؟\n:«»()\u061b\u2013\u2014،]|\sو)\s*$")
_NEXT_WORD = re.compile(rf"[ \u00a0]+(?P<word>{WORD})")
_PERSON_CUE_AFTER = re.compile(PERSON_CUE)


def name_after_given_name(text: str, given: str, at: int) -> tuple[int | None, str]:
    """Where a person's name opened by the surely given name `given` (ending at `at`) ends,
    and by which rule, when the word after it has no family name's shape: a foreign family
    name (آنتونیو گوترش), an Arab's article (عمر البشیر) or a second given name (علی حسن);
    (None, "") where none follows."""
    family = _NEXT_WORD.match(text, at)
    if not family and _alone(text, given, at):
        return at, FOREIGN  # before a comma or a full stop: "ماریا، دختر …"
    # A title spelt as a compound in -الله (آیت‌الله) is no given name.
    if not family or NOT_A_GIVEN_NAME.fullmatch(given):
        return None, ""
    if is_foreign_given_name(given):
        end = _foreign_family_end(text, family)
        if end is None and _alone(text, given, at):
            # Alone, a foreign given name still names someone (هانس در کودکی … مهاجرت کرد).
            return at, FOREIGN
        return end, FOREIGN
    word = family["word"]
    if _articled(word):
        return family.end(), "arabic-name-fa"
    if (
        opens_name(word)
        and not is_foreign_given_name(word)
        and word not in NAME_ENDS
        and f"{given} {word}" not in _EPITHETS
    ):
        # علی حسن المجید، صدام حسین التکریتی: a third word under the article or of a family
        # name's shape is the family name; none before الله (محمد رسول الله, a creed).
        third = _NEXT_WORD.match(text, family.end())
        if third and third["word"] == "الله":
            return None, ""
        if third and (_articled(third["word"]) or after_given_name_shape(third["word"])):
            return third.end(), "given-given-fa"
        return family.end(), "given-given-fa"
    return None, ""


# The particles that open a Dutch or German family name the text may write without its given
# name (فان کاپن، فون براون); no Persian word is spelt so (وان is a Turkish town and lake).
PARTICLE_OPENERS = frozenset(("فان", "فون"))


def particle_name_end(text: str, at: int) -> int | None:
    """Where a family name opened by a particle ending at `at` ends (فان کاپن; فون در لاین,
    with the article), or None."""
    rest = _NEXT_WORD.match(text, at)
    if rest and rest["word"] == "در":
        rest = _NEXT_WORD.match(text, rest.end())
    return rest.end() if rest and _may_be_foreign_family(rest["word"]) else None


def _alone(text: str, given: str, at: int) -> bool:
    """Whether the foreign given name `given`, ending at `at` with no family name after it,
    stands where a person does alone: opening a sentence or a clause (after a comma, a colon
    or و), or before a comma, a post or a speech verb; not inside a phrase (کتاب X را)."""
    if len(given) < _ALONE or not is_foreign_given_name(given):
        return False
    start = at - len(given)
    return bool(
        _CLAUSE_OPENS.search(text, max(0, start - 10), start) or _PERSON_CUE_AFTER.match(text, at)
    )


def _articled(word: str) -> bool:
    """Whether `word` is an Arabic family name under the article (البشیر، المالکی)."""
    return (
        _ARTICLED.fullmatch(word) is not None
        and word not in _ARTICLE_PHRASES
        and not word.endswith(("الله", "لله"))
        and word != "الدین"
    )


def _foreign_family_end(text: str, family: re.Match[str]) -> int | None:
    """Where the family name `family` after a foreign given name ends (آنتونیو گوترش; ژان
    ژاک روسو, a second given name and a word more; اورزولا فون در لاین, a particle), or None
    where that word is no family name (a function word, an adverb, a nationality)."""
    middle = family["word"]
    if middle in _NAME_PARTICLES:
        return particle_name_end(text, family.end())
    if not _may_be_foreign_family(middle):
        return None
    third = _NEXT_WORD.match(text, family.end())
    # A second given name, or a second family name that a comma, a post or a speech verb
    # closes (انریکه پنیا نیتو، رئیس‌جمهور …).
    if (
        third
        and _may_be_foreign_family(third["word"])
        and (is_foreign_given_name(middle) or _PERSON_CUE_AFTER.match(text, third.end()))
    ):
        return third.end()
    return family.end()


def _may_be_foreign_family(word: str) -> bool:
    """Whether `word`, after a foreign given name, may be its family name."""
    return (
        len(word) >= 2
        and word not in _NOT_FOREIGN_FAMILY
        and may_name(word)
        and not is_nationality(word)
    )
