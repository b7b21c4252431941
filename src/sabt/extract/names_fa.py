"""New names in Persian text, by rule: honorifics, known given names, heads of bodies and places.

Persian has no capital letters, so a name needs a cue. A person is an honorific followed by
one or two words (آیت‌الله، سرهنگ، مولوی …), or a run of two or three words opening with a
known given name (`given_names_fa.txt`, the name parts of `sabt.text.name_parts`, or a
compound ending in الله / الدین) that a position, a comma, a parenthesis or a speech verb
follows. A body or a place is a head noun (وزارت، دادگاه، حزب، کانون …; زندان، شهر، روستای …)
with the words that name it, up to the first preposition, verb or punctuation.
"""

import re
from collections.abc import Iterator
from functools import cache, lru_cache
from importlib import resources

from sabt.extract.mentions import Mention
from sabt.text.name_parts import segment
from sabt.text.normalise import normalise_for_search

VERSION = "2"

_LETTERS = r"\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc"
WORD = rf"[{_LETTERS}]+(?:\u200c[{_LETTERS}]+)*"
_WORDS = re.compile(WORD)
# A head noun may carry the ezafe written apart (کمیته‌ی، خانهٔ); joined (زندانی = prisoner,
# گروهی = a group) it is another word.
_EZAFE = r"(?:\u200cی|ٔ)?"
# Where a word begins: an Arabic-script letter with none (nor a ZWNJ) before it. The letter is
# checked first, so Latin text is passed over fast.
_WORD_START = rf"(?=[{_LETTERS}])(?<![{_LETTERS}\u200c])"
_HONORIFICS = (
    "آیت[‌ ]?الله|حجت[‌ ]?الاسلام|آقای|خانم|دکتر|مهندس|سرتیپ|سردار|سرهنگ|سرلشکر|سرگرد|"
    "ژنرال|مولوی|شیخ|سید|استاد|قاضی"
)
_HEADS = (
    "دادستان", "معاون", "رئیس", "رییس", "وزیر", "قاضی", "نماینده", "فرمانده", "سخنگوی", "دبیر",
    "قائم‌مقام", "استاندار", "فرماندار", "امام", "رهبر", "همسر", "مدیر", "عضو",
)  # fmt: skip
# "X که در آن زمان دادستان بود", "X به عنوان فرماندار منصوب شد" also mark a name.
_PERSON_CUE = rf"\s+(?:{'|'.join(_HEADS)})|\s*[،(]|\s+(?:گفت|اعلام کرد|نوشت|افزود|که|به عنوان)\b"
# Each pattern first checks for an Arabic-script letter, so Latin text is passed over fast.
_PERSON_HONORIFIC = re.compile(
    rf"(?=[{_LETTERS}])(?:{_HONORIFICS})\s+(?P<name>{WORD}(?:\s+{WORD})?)"
)
# A relative named after the kinship word: "همسرش پروانه …", "برادرِ او، علی …".
_KIN = re.compile(
    rf"(?=[{_LETTERS}])(?<![{_LETTERS}])(?:همسر|برادر|خواهر|پسر|دختر|مادر|پدر)(?:ش|شان|ِ)?\s+"
    rf"(?P<name>{WORD}(?:\s+{WORD})?)"
)
# Names no list knows, when the text itself marks them: an Arabic name with its article
# ("عمر البشیر، …", "علی حسن المجید گفت") or an age ("سینا قنبری، ۲۳ ساله، …").
_ARTICLE_WORD = re.compile(rf"(?=ال)(?<=\s)ال[{_LETTERS}]{{2,}}(?={_PERSON_CUE})")
_WORDS_BEFORE = re.compile(rf"(?:(?P<given>{WORD})\s+)?(?P<first>{WORD})\s+$")
_AGED = re.compile(rf"{_WORD_START}(?P<name>{WORD}\s+{WORD})\s*،\s*[0-9۰-۹]{{1,2}}\s*ساله")
# A post in apposition marks the two words before it as a name, when the second is a known
# given name used as a family name ("صدام حسین، رئیس‌جمهور وقت عراق").
_POSTED = re.compile(
    rf"{_WORD_START}(?P<name>{WORD}\s+(?P<last>{WORD}))\s*،\s*"
    r"(?:رئیس|رییس|وزیر|دادستان|فرمانده|استاندار|رهبر|نخست[\u200c ]?وزیر|سخنگوی)"
)
# The first of two names joined by و: "محمد مختاری و محمدجعفر پوینده، …".
_BEFORE_AND = re.compile(rf"(?P<name>{WORD}\s+{WORD})\s+و\s+(?P<next>{WORD})")
_NAME_RUN = re.compile(rf"(?P<name>{WORD}(?:\s+{WORD}){{1,2}}?)(?={_PERSON_CUE})")
_ORG_HEADS = (
    "وزارت|دادگاه|شورای|شورا|سازمان|دادستانی|سپاه|پلیس|نیروی|خبرگزاری|ستاد|کمیته|انجمن|بنیاد|"
    "حزب|کانون|گروه|مجلس|ارتش|دیده‌بان|جبهه|اتحادیه|هیئت|قوه|نهاد|کمیسیون|دانشگاه|روزنامه|"
    "شبه‌نظامیان|گردان|تیپ|لشکر|نیروهای"
)
_PLACE_HEADS = (
    "زندان|شهر|شهرهای|استان|استان‌های|گورستان|روستای|روستاهای|منطقه|بازداشتگاه|خیابان|میدان|"
    "محله|بزرگراه"
)
# Words that end a body's or a place's name: prepositions, conjunctions, demonstratives, verbs.
_NAME_ENDS_WORDS = (
    "در از به با که و را این آن برای تا پس پیش نیز هم همچنین اعلام گفت کرد کرده شد شده بود است "
    "هستند بودند خود او وی یک دو سه چند همه پیشین وقت سابق گزارش داد دادند کردند شدند گفتند نوشت "
    "خبر برآورد ادعا دیگر مختلف بسیاری آنان آنها ایشان ما شما کشته زخمی مصدوم اعدام بازداشت"
)
_NAME_ENDS = frozenset(_NAME_ENDS_WORDS.split())
# نیروهای امنیتی (security forces) is no name; نیروهای طالبان is.
_GENERIC_FORCE_WORDS = "امنیتی انتظامی مسلح دولتی نظامی ویژه شورشی خودی"
_GENERIC_FORCES = frozenset(_GENERIC_FORCE_WORDS.split())
_LIGHT_VERB_WORDS = "شد شدند شده کرد کردند کرده بود بودند است دادند داد"
_LIGHT_VERBS = frozenset(_LIGHT_VERB_WORDS.split())
_HEAD_WORD = re.compile(rf"(?:{_ORG_HEADS}|{_PLACE_HEADS}){_EZAFE}")
_ORG_HEAD = re.compile(rf"{_WORD_START}(?:{_ORG_HEADS}){_EZAFE}(?=\s)")
_PLACE_HEAD = re.compile(rf"{_WORD_START}(?:{_PLACE_HEADS}){_EZAFE}(?=\s)")
_SENTENCE_END = re.compile(r"\s*(?:[.!?؟\n]|$)")
_BODY_WORDS = 3  # at most this many words after the head noun


@cache
def _given_names() -> frozenset[str]:
    lines = resources.files("sabt.extract").joinpath("given_names_fa.txt").read_text("utf-8")
    names = (line.strip() for line in lines.splitlines())
    return frozenset(normalise_for_search(n) for n in names if n and not n.startswith("#"))


@lru_cache(maxsize=65536)
def is_given_name(word: str) -> bool:
    """Whether `word` opens an Iranian name: listed, a known name part, or X-الله / X-الدین."""
    key = normalise_for_search(word)
    if key in _given_names():
        return True
    pieces = segment(key.replace(" ", ""))
    if not pieces:
        return False
    first, last = pieces[0].part, pieces[-1].part
    if first is not None and first.kind in ("part", "prefix"):
        return True
    return len(pieces) == 2 and last is not None and last.canonical in ("ollah", "eddin")


def persian_names(text: str) -> Iterator[Mention]:
    """Persons, bodies and places proposed in the Persian-script parts of `text`."""
    for match in _PERSON_HONORIFIC.finditer(text):
        first = match["name"].split()[0]
        if first not in _NAME_ENDS and not _HEAD_WORD.fullmatch(first):
            yield _mention(text, *match.span("name"), "person", "honorific-fa")
    for start, end, rule in _marked_names(text):
        words = text[start:end].split()
        if not set(words) & _NAME_ENDS and not _HEAD_WORD.match(words[0]):
            yield _mention(text, start, end, "person", rule)
    for match in _KIN.finditer(text):
        words = match["name"].split()
        if is_given_name(words[0]):
            keep = 2 if len(words) == 2 and words[1] not in _NAME_ENDS else 1
            end = match.start("name") + len(" ".join(words[:keep]))
            yield _mention(text, match.start("name"), end, "person", "kin-fa")
    for word in _WORDS.finditer(text):
        if not is_given_name(word.group()):
            continue
        run = _NAME_RUN.match(text, word.start())
        if run and not set(run["name"].split()) & _NAME_ENDS:
            yield _mention(text, *run.span("name"), "person", "given-name-fa")
        pair = _BEFORE_AND.match(text, word.start())
        if (
            pair
            and pair["name"].split()[1] not in _NAME_ENDS
            and is_given_name(pair["next"])
            and _NAME_RUN.match(text, pair.start("next"))
        ):
            yield _mention(text, *pair.span("name"), "person", "names-joined-fa")
    yield from _headed(text, _ORG_HEAD, "organization", "organization-word-fa")
    places = list(_headed(text, _PLACE_HEAD, "place", "place-word-fa"))
    yield from places
    yield from _elsewhere(text, places)


def _elsewhere(text: str, places: list[Mention]) -> Iterator[Mention]:
    """A place named once with its head noun ("شهر مزار شریف") is the same place where the
    text later names it bare ("در مزار شریف")."""
    names = {" ".join(m.text.split()[1:]) for m in places if len(m.text.split()) > 1}
    if not names:
        return
    alternatives = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    bare = re.compile(rf"(?<![{_LETTERS}\u200c])(?:{alternatives})(?![{_LETTERS}\u200c])")
    for match in bare.finditer(text):
        yield _mention(text, *match.span(), "place", "place-again-fa")


def _marked_names(text: str) -> Iterator[tuple[int, int, str]]:
    """Spans of names marked by an Arabic article ("عمر البشیر، …", with a known given name
    before it "علی حسن المجید"), by an age ("سینا قنبری، ۲۳ ساله") or by a post after a
    family name that is also a given name ("صدام حسین، رئیس‌جمهور")."""
    for article in _ARTICLE_WORD.finditer(text):
        lead = max(0, article.start() - 60)
        before = _WORDS_BEFORE.search(text, lead, article.start())
        if before is None:
            continue
        given = before["given"]
        start = before.start("given") if given and is_given_name(given) else before.start("first")
        yield start, article.end(), "arabic-name-fa"
    for match in _AGED.finditer(text):
        yield (*match.span("name"), "age-fa")
    for match in _POSTED.finditer(text):
        if is_given_name(match["last"]) and not is_given_name(match["name"].split()[0]):
            yield (*match.span("name"), "post-fa")


def _headed(text: str, pattern: re.Pattern[str], kind: str, rule: str) -> Iterator[Mention]:
    """A head noun and the (up to three) words after it that are not function words or verbs."""
    for head in pattern.finditer(text):
        end = head.end()
        taken = 0
        words = _WORDS.finditer(text, head.end())
        word = next(words, None)
        while word is not None and taken < _BODY_WORDS:
            after = next(words, None)
            if text[end : word.start()].strip() or word.group() in _NAME_ENDS:
                break
            # Another head opens another name ("ارتش عراق شهر حلبچه"); a word that ends the
            # sentence is its verb (Persian puts the verb last: "در زندان درگذشت.").
            if _HEAD_WORD.fullmatch(word.group()) or _SENTENCE_END.match(text, word.end()):
                break
            # A noun before a light verb is the verb's ("… شکنجه شدند" = were tortured), unless
            # it is the only word the head names ("وارد شهر خانقین شدند").
            if (
                taken
                and after is not None
                and after.group() in _LIGHT_VERBS
                and not text[word.end() : after.start()].strip()
            ):
                break
            end, taken, word = word.end(), taken + 1, after
        generic = set(text[head.end() : end].split()) <= _GENERIC_FORCES
        if taken and not (head.group().startswith("نیروهای") and generic):
            yield _mention(text, head.start(), end, kind, rule)


def _mention(text: str, start: int, end: int, kind: str, rule: str) -> Mention:
    return Mention(None, None, kind, text[start:end], start, end, f"names:{rule}", VERSION)
