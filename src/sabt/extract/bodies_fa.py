"""Bodies named in Persian: the head nouns that open a body's name, and a body's own name.

A body is a head noun (وزارت، دادگاه، حزب، کانون …، or دفتر before a post-holder) with the words
that name it (`headed_fa`). After its description a body may give its own name (موسوم به X) or a
short name in brackets (… (X)) that the text uses again; both are found here.
"""

import re
from collections.abc import Iterator

from sabt.extract.anchored import by_first_letter
from sabt.extract.mentions import Mention
from sabt.extract.name_shapes_fa import (
    is_given_name,
    is_known_place,
)
from sabt.extract.name_words_fa import (
    EZAFE,
    LETTERS,
    NAME_ENDS,
    ORG_HEADS,
    SENTENCE_OPENS,
    WORD,
    WORD_JUST_BEFORE,
    WORD_START,
    may_name,
    mention,
    scan,
)

# A word that describes a body rather than names it: the ruling party, a criminal gang, the
# secret or local police (حزب حاکم، گروه تبهکار، پلیس مخفی), as the name's only word.
_DESCRIPTOR_WORDS = (
    "حاکم تبهکار جنایتکار مخفی محلی مسلح مخالف رقیب تروریستی افراطی مذکور یادشده مربوطه "
    "کوچک بزرگ "  # a small group of ours
    # Who owns or runs it, how it stands, what it does: state television, an independent body,
    # the attacking or occupying forces (تلویزیون دولتی، نهاد مستقل، نیروهای مهاجم).
    "دولتی خصوصی رسمی مستقل بی‌طرف مهاجم اشغالگر متجاوز متخاصم خارجی بیگانه دشمن "
    "ضاله ضال منحرف "  # the misguided sect (فرقه‌ی ضاله), a name for any faith it condemns
    # What kind of school or hospital it is: a field hospital, a girls' school, a boarding
    # school, one's own library (بیمارستان صحرایی، مدرسه‌ی دخترانه، کتابخانه‌ی شخصی).
    "صحرایی دخترانه پسرانه شبانه‌روزی ابتدایی شخصی "
    "کمکی "  # auxiliary: پلیس کمکی محلی, the local auxiliary police
    "اصلی دانشجویی"  # the main opposition party, the student movement (حزب اصلی مخالف)
)
_DESCRIPTORS = frozenset(_DESCRIPTOR_WORDS.split())
# Which arm or branch a single body is, what it is for: the military wing, the navy, a
# fact-finding mission (شاخه‌ی نظامی، نیروی دریایی، هیئت حقیقت‌یاب); a plural head keeps them
# (دادگاه‌های نظامی, the military courts). Not انتظامی: نیروی انتظامی is Iran's police.
_ARMS = frozenset(
    [
        "نظامی",
        "سیاسی",
        "دریایی",
        "هوایی",
        "زمینی",
        "امنیتی",
        "ویژه",
        "حقیقت\u200cیاب",
        "ضربت",
        "چندملیتی",
        "مرزی",
    ]
)
# Descriptions of two words: a peacekeeping or a rapid-reaction force (نیروی حافظ صلح).
_DESCRIPTIVE_PHRASES = frozenset(("حافظ صلح", "واکنش سریع", "پاسدار صلح"))
ARMED_HEADS = frozenset(("شبه‌نظامیان", "نیروهای"))
# A body's own name after its description: "شورای نظامی موسوم به X", "… معروف به X".
_KNOWN_AS = re.compile(rf"\s+(?:موسوم|معروف|مشهور)\s+به\s+(?P<name>{WORD}(?:\s+{WORD}){{0,2}})")
KNOWN = "known-as-fa"
SITE = f"site-{KNOWN}"  # (a website's name stands for the site: the head is dropped)
# A body's short name in brackets after its full name, in the same clause: "… (X)".
_BRACKETED = re.compile(rf"[^.!?؟\n،()«»]{{0,60}}?\(\s*(?P<name>{WORD})\s*\)")
# An office is a body when a post-holder's: "دفتر دادستان/رئیس‌جمهور/نماینده …" (not a notebook).
_OFFICE = rf"دفتر{EZAFE}(?=\s+(?:دادستان|رئیس|رییس|نماینده|کمیسر|دبیرکل|مشاور|وزیر|رهبر))"
# Grouped by first letter, the engine tries one branch per position, not every head.
# Heads beside those shared with the person rules: an assembly (محفل ملی X, a faith's elected
# council), a magazine or periodical (مجله‌ی X: a foreign title, written as it sounds); a
# branch or network of a body (شاخه‌ی X، شبکه‌ی X); the Arabic heads of armed groups named in
# Arabic, their name with its article (حشد الشعبی، جیش المهدی، کتائب X، عصائب X، لواء X).
_ARABIC_HEADS = "حشد|جیش|کتائب|عصائب|سرایا|لواء|فیلق|هیئة|حرکة|جبهة"
ARABIC_HEADS = frozenset(_ARABIC_HEADS.split("|"))
# Heads of bodies of study, state and arms (a centre, an institute, a think tank, a faculty, an
# academy, a secretariat, a guard, a regiment, a fleet) and a union or project, which `headed_fa`
# takes as ordinary nouns but in a body's slot. A country's parliament or embassy (پارلمان X)
# is the country's, as its government is (دولت X), not a name.
_STATE_HEADS = (
    "مرکز|انستیتو|انستیتوی|اندیشکده|پژوهشکده|پژوهشگاه|دانشکده|آکادمی|فرهنگستان|دبیرخانه|"
    "گارد|هنگ|ناوگان|اتحاد|پروژه"
)
# Institutions of learning, care and record named by a proper name (دبیرستان X، دانشسرای X،
# بیمارستان X، موزه‌ی X، حوزه‌ی علمیه‌ی X، آرشیو ملی X، بایگانی مردمی X: an archive keeps,
# publishes and is run, as a museum is), a watch (دیدبان, the other spelling of دیده‌بان),
# a collective (مجموعه‌ی X), a Sufi order or a sect (سلسله‌ی X، طریقت X، فرقه‌ی X) and a
# website (وب‌سایت X: the site's name is X, `own_names`).
_INSTITUTION_HEADS = (
    "دبیرستان|دبستان|هنرستان|مدرسه|دانشسرای|دانشسرا|بیمارستان|موزه|کتابخانه|حوزه‌ی علمیه|حوزه علمیه|"
    "آرشیو|بایگانی"
)
_SITE_HEADS = (
    "وب\u200cسایت|وبسایت|سایت|تارنمای|وبلاگ|پایگاه خبری|پایگاه اطلاع\u200cرسانی|کانال تلگرامی|"
    "کانال تلگرام|صفحه\u200cی اینستاگرام|صفحه اینستاگرام"
)
# A body's branch, named by the body it belongs to straight after it (حفاظت اطلاعات وزارت X,
# the intelligence protection of a ministry, a university, a force).
BRANCH_HEADS = frozenset(("حفاظت اطلاعات",))
# A company (شرکت نفت، شرکت هواپیمایی X), a syndicate with its joined ezafe (سندیکای X) and a
# chamber of commerce (اتاق بازرگانی X; a room, اتاق, alone is none). A state's service is
# named by what it serves, a service of the nation, the border, intelligence or security
# (سرویس ملی اطلاعات، سرویس مرزی X، سرویس امنیت X); not a bus or a lavatory (سرویس مدرسه،
# سرویس بهداشتی).
_STATE_SERVICE = (
    rf"سرویس(?={EZAFE}\s+(?:ملی|مرزی|اطلاعات|امنیت|امنیتی|مخفی|جاسوسی|ضدجاسوسی|گارد)"
    rf"(?![{LETTERS}\u200c]))"
)
_COLLECTIVE_HEADS = (
    f"دیدبان|مجموعه|سلسله|طریقت|فرقه|شرکت|سندیکای|اتاق بازرگانی|{_STATE_SERVICE}|"
    f"{_SITE_HEADS}|{'|'.join(BRANCH_HEADS)}"
)
_MORE_HEADS = (
    f"محفل|مجله|نشریه|هفته‌نامه|ماهنامه|شاخه|شبکه|{_ARABIC_HEADS}|{_STATE_HEADS}|"
    f"{_INSTITUTION_HEADS}|{_COLLECTIVE_HEADS}"
)
ORG_HEAD = re.compile(
    rf"{WORD_START}(?:(?:{by_first_letter(ORG_HEADS + '|' + _MORE_HEADS)}){EZAFE}|{_OFFICE})(?=\s)"
)


# Afghanistan's assemblies put their kind before the head, in Pashto order: the people's, the
# elders', the grand and the national jirga (ولسی جرگه، مشرانو جرگه، لویه جرگه، ملی جرگه).
# Found from the head (a literal the engine looks for fast), the kind read back.
_ASSEMBLY = re.compile(r"جرگه(?![\u0600-\u06ff]|\u200cی)")
_ASSEMBLY_KIND = re.compile(rf"(?<![{LETTERS}\u200c])(?:ولسی|مشرانو|لویه|لوی|ملی)\s+$")


# A body named in quotation marks after its noun: "گروهی به نام «X»"، "سازمانی موسوم به «X»"،
# "سازمان امدادی «X»" (its kind's adjective between: a relief body, a student group),
# "گروهی که آن را «X» نامید"، "جنبشی که خود را «X» می‌خواند" (the clause may follow the
# verb: "سازمانی دانست که خود را «X» می‌نامد"). The noun is the named one's.
_NAMING_VERB = r"(?:ن?می\u200c)?(?:نامید|نامیدند|نامیده|نامند|نامد|خواند|خواندند|خوانند|خوانده)"
_BODY_NOUN = (
    r"(?:گروه|سازمان|جنبش|حزب|جبهه|شبکه|تشکیلات|جمعیت|انجمن|کانون|ستاد|شاخه|هسته|جناح|فرقه)"
    r"(?:ی|\u200cای|\u200cی)?"
)
# Found from the quotation mark, then the noun read back.
_QUOTED = re.compile(rf"«(?P<name>[^«»\n]{{2,50}})»(?P<verb>\s*(?:را\s+)?{_NAMING_VERB})?")
_NAMED_BODY_BEFORE = re.compile(
    rf"(?<![{LETTERS}\u200c]){_BODY_NOUN}\s+(?:(?P<which>(?:{WORD}\s+)?که\s+(?:آن|خود|خودش|خودشان)"
    rf"\s+را)|به\s+نام|با\s+نام|موسوم\s+به|معروف\s+به|مشهور\s+به|[{LETTERS}\u200c]+ی)\s*$"
)
_QUOTED_NAME_WORDS = 5


def quoted_bodies(text: str, where: list[tuple[int, int]]) -> Iterator[Mention]:
    """A body's name in quotation marks after a noun for a body that it names: after به نام or
    موسوم به, or after "که آن/خود را" with a verb of naming (نامید، می‌خواند)."""
    for found in scan(_QUOTED, text, where):
        before = _NAMED_BODY_BEFORE.search(text, max(0, found.start() - 60), found.start())
        if before is None or (before["which"] and not found["verb"]):
            continue
        if len(found["name"].split()) <= _QUOTED_NAME_WORDS:
            yield mention(text, *found.span("name"), "organization", "quoted-body-fa")


# A body's short name given as such, in quotation marks: "… که به نام اختصاری «X» شناخته
# می‌شود"، "با نام مخفف «X»"، "به اختصار «X»" (a short name is a body's, not a person's);
# the text names it again by X alone.
_ABBREVIATED = re.compile(
    r"(?:(?:به|با)\s+(?:نام|عنوان)\s+(?:اختصاری|مخفف)|به\s+اختصار)\s*«(?P<name>[^«»\n]{2,30})»"
)

_ABBREVIATED_REACH = 150
_SENTENCE_BREAK = re.compile(r"[.!?؟\n]")


def abbreviated_names(text: str, where: list[tuple[int, int]]) -> Iterator[Mention]:
    """A short name given to a body (کمیته‌ی … که به نام اختصاری «X»): one word that may name,
    after a body's head earlier in its sentence (not a plan's or a law's: طرح … به اختصار «X»)."""
    for found in scan(_ABBREVIATED, text, where):
        if " " in found["name"] or not may_name(found["name"]):
            continue
        clause = text[max(0, found.start() - _ABBREVIATED_REACH) : found.start()]
        clause = _SENTENCE_BREAK.split(clause)[-1]
        if ORG_HEAD.search(clause):
            yield mention(text, *found.span("name"), "organization", "abbreviated-fa")


# A body named with what kind of body it is in apposition: "X، روزنامه‌ای نزدیک به …"،
# "X، سازمانی غیردولتی در …"، "X، گروهی مسلح …" (not "گروهی از", a number of people).
_KIND_AFTER = re.compile(
    r"،\s*(?:روزنامه|نشریه|هفته\u200cنامه|ماهنامه|خبرگزاری|رسانه|سازمان|گروه|حزب|شبکه|نهاد|"
    r"انجمن|جنبش|بنیاد|کانون|موسسه|مؤسسه|اتحادیه|تشکل|جمعیت|کمیته)(?:\u200cای|ی)\s+(?!از\s)"
)


# The words from a sentence's start to such an apposition, when they open on a body's head
# noun: the whole name it describes, up to seven words ("مرکز اسناد X در Y، نهادی …", where
# the head's own rule stops at در or at a word it takes for a person's). Not a sentence's
# subject and verbless words before an object ("مقام‌ها انتشار X، روزنامه‌ای …"), nor a time
# ("شامگاه شنبه، گروهی مسلح …"): those open on no head.
_OPENING_RUN = re.compile(rf"(?P<words>{WORD}(?:\s+{WORD}){{1,6}})\s*$")


def _opening_run(text: str, start: int) -> tuple[int, int] | None:
    """The span of the words that open the sentence on a body's head and end at `start`."""
    run = _OPENING_RUN.search(text, max(0, start - 80), start)
    if run is None or not SENTENCE_OPENS.search(text, max(0, run.start() - 10), run.start()):
        return None
    if not ORG_HEAD.match(text, run.start()) or _SITE_HEAD.match(text, run.start()):
        return None  # (a website is named by the words after its head, `own_names`)
    return run.span("words")


def bodies_of_a_kind(text: str, where: list[tuple[int, int]]) -> Iterator[Mention]:
    """The name before an apposition that says what kind of body it is ("X، روزنامه‌ای …"):
    the words that open the sentence up to it, else the word just before it, one that may name
    and is no known place or given name."""
    for kind in scan(_KIND_AFTER, text, where):
        if opening := _opening_run(text, kind.start()):
            yield mention(text, *opening, "organization", "kind-after-fa")
            continue
        name = WORD_JUST_BEFORE.search(text, max(0, kind.start() - 40), kind.start())
        word = name["word"] if name else ""
        if name and may_name(word) and not is_known_place(word) and not is_given_name(word):
            yield mention(text, *name.span("word"), "organization", "kind-after-fa")


# A body described by its head and what kind it is, then named in apposition between commas:
# "پلیس سیاسی، X، هزاران نفر را …"، "حزب حاکم، X Y، مسئول …" (the description alone is no
# name, `only_describes`; the name after it is). Found from the comma, the description read
# back.
_APPOSED_NAME = re.compile(rf"،\s*(?P<name>{WORD}(?:\s+{WORD}){{0,2}})(?=\s*،)")
_DESCRIBED_BEFORE = re.compile(
    rf"{WORD_START}(?P<head>(?:{by_first_letter(ORG_HEADS)})){EZAFE}(?P<words>(?:\s+{WORD}){{1,2}})\s*$"
)


def named_after_description(text: str, where: list[tuple[int, int]]) -> Iterator[Mention]:
    """A body's name in commas after a description of it (پلیس سیاسی، X،), where the words
    before the comma are a head and words that only describe it."""
    for found in scan(_APPOSED_NAME, text, where):
        before = _DESCRIBED_BEFORE.search(text, max(0, found.start() - 50), found.start())
        if (
            before is not None
            and only_describes(
                text, before.end("words"), before["words"].split(), plural="ها" in before["head"]
            )
            and _names_a_body(found["name"].split())
        ):
            yield mention(text, *found.span("name"), "organization", "named-after-description-fa")


def _names_a_body(words: list[str]) -> bool:
    """Whether the words in apposition name a body: one word that may name and is no given
    name (X), or words that end on the body's country (همبستگی مردم ایران), none a function
    word, the first no place (کابل، پایتخت افغانستان: a place described)."""
    if len(words) == 1:
        return may_name(words[0]) and not is_given_name(words[0])
    return (
        is_known_place(words[-1]) and not is_known_place(words[0]) and NAME_ENDS.isdisjoint(words)
    )


def assemblies(text: str, where: list[tuple[int, int]]) -> Iterator[Mention]:
    """Afghan assemblies named with their kind before the head (ولسی جرگه، لویه جرگه)."""
    for head in scan(_ASSEMBLY, text, where):
        kind = _ASSEMBLY_KIND.search(text, max(0, head.start() - 10), head.start())
        if kind:
            yield mention(text, kind.start(), head.end(), "organization", "assembly-fa")


# Heads whose name is a proper name, no description: an outlet, a party, a movement (خبرگزاری
# X، روزنامه‌ی X، حزب X). The text may go on naming the body by X alone.
_PROPER_NAMED_HEADS = frozenset(
    (
        "خبرگزاری", "روزنامه", "رادیو", "تلویزیون", "شبکه", "مجله", "نشریه", "هفته‌نامه",
        "ماهنامه", "کانال", "حزب", "جنبش", "نهضت",
    )
)  # fmt: skip
_DATE_AFTER = re.compile(r"\s*[0-9۰-۹]")
# A report's verb after a body's name, past a bracket, an adverb or در ("X (…) نیز در گزارشی").
REPORTS = re.compile(
    r"(?:\s*\([^()\n]{0,60}\))?(?:\s+(?:نیز|هم|همچنین|اما))?(?:\s+در)?"
    # (citing others first: "X به نقل از بستگان قربانیان نوشت")
    r"(?:\s+به\s+نقل\s+از(?:\s+[^\s.،؛!؟]+){1,4}?)?"
    r"\s+(?:اعلام|گفت|نوشت|گزارش|برآورد|تخمین|تأیید|تایید|افزود|خواستار|هشدار|بیانیه)"
)
# A bracket after a name that calls it a body: "مرکز اسناد X (نهادی ساختگی برای این یادداشت)",
# "(سازمانی غیردولتی در …)", "(گروهی از وکلا)".
BODY_BRACKET = re.compile(
    r"\s*\((?:نهاد|سازمان|گروه|مرکز|انجمن|بنیاد|موسسه|مؤسسه|کمیته|شبکه|جمعیت|اتحادیه|کانون)"
    r"(?:ی|\u200cای)[\s)]"
)


# A Sufi order's or a sect's name is its founder's or its own, in -ی or -یه (سلسله‌ی
# نعمت‌اللهی، طریقت قادریه); a dynasty (سلسله‌ی پهلوی) and the chain of command (سلسله مراتب)
# are none.
_ORDER_HEADS = frozenset(("سلسله", "طریقت"))
_DYNASTY_WORDS = (
    "پهلوی قاجار قاجاریه صفوی صفویه زند زندیه افشار افشاریه سلجوقی سلجوقیان غزنوی غزنویان "
    "تیموری تیموریان ساسانی ساسانیان هخامنشی هخامنشیان اشکانی اشکانیان عباسی عباسیان اموی "
    "امویان عثمانی ایلخانی ایلخانان مغول صفاری سامانی سامانیان آل‌بویه"
)
_DYNASTIES = frozenset(_DYNASTY_WORDS.split())
# A school, a hospital or a museum named by its town alone is the town's (بیمارستان قندوز, the
# Kunduz hospital); a seminary is named by its town (حوزه‌ی علمیه‌ی قم).
_BY_THEIR_TOWN = frozenset(_INSTITUTION_HEADS.split("|")) - {"حوزه\u200cی علمیه", "حوزه علمیه"}
# A body's purpose joined by از runs on: جمعیت دفاع از زندانیان، انجمن حمایت از کودکان کار;
# so does a criminal court's rank (دادگاه کیفری یک استان X).
_DEFENDS = re.compile(r"(?:دفاع|حمایت|پشتیبانی|صیانت|پاسداری)\s+$")
_RANKED = re.compile(r"کیفری\s+$")
# Taking part (شرکت) is no company: با شرکت گسترده‌ی مردم، شرکت دانشجویان در …
_TAKING_PART = frozenset(["گسترده", "فعال", "فعالانه", "پرشور", "چشمگیر", "مردم", "خود", "همه"])
# A website's name is the words after its head (وب‌سایت X Y), as the text names it again.
_SITE_HEAD = re.compile(rf"(?:{_SITE_HEADS})(?:\u200cی)?\s+")


def names_no_body(head: str, words: list[str]) -> bool:
    """Whether the words after a head, though they may name, name no body: a dynasty or the
    chain of command after سلسله, taking part (شرکت), a school's or a hospital's town alone."""
    bare = head.removesuffix("\u200cی").removesuffix("ٔ")
    if bare in _ORDER_HEADS:
        return not words[0].endswith(("ی", "یه")) or words[0] in _DYNASTIES
    if bare == "شرکت":
        return words[0].removesuffix("\u200cی") in _TAKING_PART or words[0].endswith("ان")
    return bare in _BY_THEIR_TOWN and all(map(is_known_place, words))


def runs_on(text: str, at: int, word: str) -> bool:
    """Whether `word` at `at`, a word that ends other names, goes on a body's: از after its
    purpose (دفاع از، حمایت از), یک or دو after کیفری."""
    if word == "از":
        return _DEFENDS.search(text, max(0, at - 12), at) is not None
    return word in ("یک", "دو") and _RANKED.search(text, max(0, at - 8), at) is not None


def short_name(words: list[str]) -> bool:
    """Whether a body named by `words`, a proper-named head and one word (خبرگزاری X), may be
    named again by that word: one that may name, no adjective in -ی."""
    return (
        len(words) == 2  # the head and its name
        and words[0].removesuffix("\u200cی") in _PROPER_NAMED_HEADS
        and may_name(words[1])
    )


def in_a_bodys_slot(text: str, start: int, end: int) -> bool:
    """Whether the word at `start`–`end` stands where a body does: opening a sentence, or before
    a report's verb; not before a date's number (مهر ۱۴۰۱ is a month)."""
    if _DATE_AFTER.match(text, end):
        return False
    return bool(SENTENCE_OPENS.search(text, max(0, start - 10), start) or REPORTS.match(text, end))


def describes(word: str) -> bool:
    """Whether `word`, a body's only word after its head, describes the body rather than names
    it (حزب حاکم، تلویزیون دولتی), also with the indefinite -ی (نهاد مستقلی، گروه مسلحی)."""
    return word in _DESCRIPTORS or (word.endswith("ی") and word[:-1] in _DESCRIPTORS)


def only_describes(text: str, end: int, words: list[str], *, plural: bool) -> bool:
    """Whether the words after a body's head, ending at `end`, only describe it, as one
    description (نیروی حافظ صلح) or each word (شاخه‌ی نظامی، نیروی دریایی): a kind of body, no
    name; one named word makes a name (نیروی دریایی سپاه). A description before the body's own
    name (شورای نظامی موسوم به X، کمیسیون مستقل حقیقت‌یاب (X)) stays, so that `own_names` finds
    the name after it."""
    if not words or _KNOWN_AS.match(text, end) or _BRACKETED.match(text, end):
        return False
    arms = frozenset() if plural else _ARMS
    return " ".join(words) in _DESCRIPTIVE_PHRASES or all(describes(w) or w in arms for w in words)


def own_names(text: str, bodies: list[Mention]) -> Iterator[tuple[Mention, Mention]]:
    """(body, its own name) where a body's name is given after it: "موسوم/معروف به X" after a
    description (شورای نظامی موسوم به X), or one word in brackets, a short name, after the full
    one; or where a website's head stands before its name of two or more words (وب‌سایت X Y:
    X Y; one word after the head stays with it, no ordinary word is named again alone).
    A short name in brackets: سازمان اطلاعات عراق (X); not an adjective, in -ی or describing,
    "(مستقل)", a given name or a place."""
    for body in bodies:
        site = _SITE_HEAD.match(body.text)
        if site and " " in body.text[site.end() :]:
            yield body, mention(text, body.start + site.end(), body.end, "organization", SITE)
            continue
        known = _KNOWN_AS.match(text, body.end)
        if known:
            words = known["name"].split()
            cut = next((i for i, w in enumerate(words) if not may_name(w)), len(words))
            if cut:
                start = known.start("name")
                end = start + len(" ".join(words[:cut]))
                yield body, mention(text, start, end, "organization", KNOWN)
            continue
        short = _BRACKETED.match(text, body.end)
        word = short["name"] if short else ""
        if (
            short
            and may_name(word)
            and not word.endswith("ی")
            and not is_given_name(word)
            and not describes(word)
        ):
            yield body, mention(text, *short.span("name"), "organization", "short-name-fa")
