"""The shapes of Persian-script names: given names, family names and place names.

Persian has no capitals, so the extraction rules need the words themselves to say "name". A
given name is listed (`given_names_fa.txt`; foreign ones in `data/given_names_foreign_fa.txt`,
for a family name with no shape follows them), a known name part (`sabt.text.name_parts`) or a
compound of one (حسینعلی، عبدالرحمن، روح‌الله، نورعلی، سیدعلی، علیقلی). A family name has an
ending that makes one (‌زاده، ‌پور، ‌نژاد، ‌فر، ‌نیا، ‌وند، ‌لو، ‌راد، ‌پناه، ‌منش، ‌نسب، the
Baluch ‌زهی; پور- or آقا- before it; the Soviet and Balkan -وف، -ایف، -ووا، -نکو، -سکی، -ویچ
as Persian writes them), or it is a listed Japanese family name (یاماشیتا، تاناکا;
`data/family_names_japanese_fa.txt`): a *strong* shape, a name on its own; or it is a given
name or a place with the -ی of origin (احمدی، حسینی، رضایی، موسوی، تهرانی) or the -یان of
descent (کاظمیان): a *weak* shape, since ایرانی (Iranian) is an adjective too, a name only
after a given name. A place name may end in ‌آباد، ‌ستان، ‌شهر or ‌دشت.
"""

from functools import cache, lru_cache
from importlib import resources

from sabt.extract.registry import Registry
from sabt.extract.world import world_places
from sabt.text.name_parts import lexicon, segment
from sabt.text.normalise import normalise_for_search

# (ending, the fewest letters before it): a short stem makes an ordinary word (نفر، سفر، دنیا).
_FAMILY_ENDINGS = (
    ("زاده", 2), ("پور", 2), ("نژاد", 2), ("فرد", 3), ("فر", 3), ("نیا", 3), ("وند", 3),
    ("لو", 3), ("راد", 3), ("پناه", 3), ("منش", 3), ("نسب", 3),
    ("زهی", 3),  # the Baluch clan's -زهی (اسماعیل‌زهی، ملازهی، شه‌بخش‌زهی)
    # Family names of the former Soviet lands and the Balkans as Persian writes them: -ov,
    # -ev (لاوروف، نظربایف), -ova (زاخارووا), -enko (لوکاشنکو), -ski (زلنسکی), -vić (میلوشویچ).
    ("وف", 4), ("ایف", 4), ("ووا", 3), ("یوا", 3), ("نکو", 3), ("سکی", 3), ("ویچ", 3),
    ("یچ", 4),
)  # fmt: skip
# Family names of Central Asia and the Caucasus built on a given name (Tajik, Uzbek, Azeri):
# the -ov, -ev, -ova of a father's name, written after a half-space (رحیم‌اف، نظر‌اوا) or
# joined to a name the lists know (محمدباقرف، کریم‌وف): the stem vouches for the ending,
# which alone ends Arabic nouns too (اختلاف، اشراف).
_SOVIET_ENDINGS = ("اف", "اوف", "وف", "ف", "اوا", "ووا", "یف", "یوا", "ینکو")
_FAMILY_OPENINGS = (("پور", 3), ("اقا", 3))  # پورمحمدی، آقاسلطان (the madda folded away)
# All the endings, and all the openings, for one look before the loops (most words have none).
_ANY_FAMILY_ENDING = tuple(ending for ending, _ in _FAMILY_ENDINGS)
_ANY_FAMILY_OPENING = tuple(opening for opening, _ in _FAMILY_OPENINGS)
# Ordinary words with those shapes (prince, shrine, traveller, citizen, God, prefix, board …).
_NOT_FAMILY_WORDS = (
    "شاهزاده امامزاده حرامزاده حلالزاده اشرافزاده همنژاد مسافر متنفر خداوند شهروند خویشاوند "
    "پیشوند دماوند نهاوند تابلو البالو انفراد اقایان اقازاده "
    # A philosopher, a spiral, a sandwich, magnanimous, proportionate, anti-personnel (a mine).
    "فیلسوف مارپیچ پیچدرپیچ ساندویچ بزرگمنش متناسب ضدنفر"
)
_NOT_FAMILY = frozenset(_NOT_FAMILY_WORDS.split())
_PLACE_ENDINGS = (("اباد", 2), ("ستان", 2), ("شهر", 2), ("دشت", 3))
# Ordinary words ending like a place: hospital, school, prosecutor, summer, winter, story,
# friends, cemetery, county, province, park, kindergarten, guardians …
_NOT_PLACE_WORDS = (
    "بیمارستان دبیرستان دبستان هنرستان کودکستان دادستان تابستان زمستان داستان دوستان گورستان "
    "قبرستان ارامستان شهرستان استان بوستان کوهستان نخلستان شبستان نیستان دستان پستان بستان "
    "مستان سرپرستان کلانشهر ابرشهر همشهر"
)
_NOT_PLACE = frozenset(_NOT_PLACE_WORDS.split())
# The peoples and dynasties named with بنی‌ (mankind, the Israelites, the Umayyads, the
# Abbasids, the Hashemites), no family name.
_PEOPLES_OF_BANI = frozenset(
    ("بنیادم", "بنیاسرائیل", "بنیاسراییل", "بنیامیه", "بنیعباس", "بنیهاشم")
)
# Words in -الله / -الدین that name no one: a title (آیت‌الله), a body (حزب‌الله، جندالله،
# انصارالله، ثارالله), a place (بیت‌الله، بقیه‌الله), a scripture or an exclamation (بسم‌الله).
_NOT_NAMES_WORDS = (
    "آیت‌الله آیت‌اللهی حزب‌الله جندالله انصارالله ثارالله بقیه‌الله بیت‌الله کلام‌الله "
    "کتاب‌الله خلق‌الله بسم‌الله سبحان‌الله ان‌شاءالله انشاءالله انشاالله لعنت‌الله "
    "الحمدالله اصول‌الدین"
)
_NOT_NAMES = frozenset(
    normalise_for_search(word).replace(" ", "") for word in _NOT_NAMES_WORDS.split()
)
# Verbs written with their prefix (می‌روند) are never names, though میر- opens some.
_VERB_PREFIXES = ("می ", "نمی ")
_VERB_ENDINGS = ("شوند", "روند")  # بشوند، بروند: verbs, not the -وند of a family name
# An age (دوازده‌ساله، بیست‌ساله: twelve, twenty years old) ends in -ساله, which the segmenter
# reads as -الله; it is never a name's word.
AGE_ENDING = "ساله"


@cache
def given_names_fa() -> tuple[frozenset[str], frozenset[str]]:
    """(names, names that are also ordinary words) from `given_names_fa.txt` and the foreign
    names of `data/given_names_foreign_fa.txt`, folded and with no spaces; the world gazetteer
    reads them too, to keep given names out of its towns."""
    plain: set[str] = set()
    ordinary: set[str] = set()
    for listed in ("given_names_fa.txt", _FOREIGN_FILE):
        names, words = _listed_names(listed)
        plain |= names
        ordinary |= words
    return frozenset(plain), frozenset(ordinary - plain)


_FOREIGN_FILE = "data/given_names_foreign_fa.txt"


def _listed_names(path: str) -> tuple[set[str], set[str]]:
    """(names, names marked ~ as also ordinary words) of one list, folded, with no spaces."""
    lines = resources.files("sabt.extract").joinpath(path).read_text("utf-8")
    plain: set[str] = set()
    ordinary: set[str] = set()
    for line in lines.splitlines():
        name = line.strip()
        if not name or name.startswith("#"):
            continue
        target = ordinary if name.startswith("~") else plain
        target.add(normalise_for_search(name.lstrip("~")).replace(" ", ""))
    return plain, ordinary


@cache
def _foreign_given_names() -> frozenset[str]:
    """The foreign given names that no Persian word spells (not marked ~): in Persian text a
    family name follows them."""
    return frozenset(_listed_names(_FOREIGN_FILE)[0])


@cache
def _japanese_family_names() -> frozenset[str]:
    """The Japanese family names of `data/family_names_japanese_fa.txt`, folded: family names
    with no Persian shape, which the press uses alone after the first mention."""
    return frozenset(_listed_names("data/family_names_japanese_fa.txt")[0])


@lru_cache(maxsize=65536)
def is_foreign_given_name(word: str) -> bool:
    """Whether `word` is a foreign given name (ولادیمیر، آنتونیو) no Persian word spells."""
    return _key(word) in _foreign_given_names()


@lru_cache(maxsize=65536)
def _folded(word: str) -> str:
    """`word` folded for comparison, once per word: each judgement below asks for it."""
    return normalise_for_search(word)


def _key(word: str) -> str:
    return _folded(word).replace(" ", "")


def name_key(words: str) -> str:
    """`words` as the name lists are looked up: folded, with no spaces or half-spaces."""
    return _key(words)


@lru_cache(maxsize=65536)
def opens_name(word: str) -> bool:
    """Whether `word` is surely a given name: listed (not as an ordinary word), a known name
    part, or X-الله / X-الدین."""
    folded = _folded(word)
    if folded.startswith(_VERB_PREFIXES):
        return False
    key = folded.replace(" ", "")
    if key in _NOT_NAMES or key.endswith(AGE_ENDING):
        return False
    plain, ordinary = given_names_fa()
    if key in plain:
        return True
    if key in ordinary:
        return False
    openings, endings = _part_edges()
    if not (key.startswith(openings) or key.endswith(endings)):  # segment could say nothing
        return _two_names(key, plain, ordinary, _apart_at(folded))
    pieces = segment(key)
    if not pieces:
        return False
    first, last = pieces[0].part, pieces[-1].part
    if first is not None and first.kind in ("part", "prefix"):
        return True
    # -دین without its article ends plurals (مجاهدین، والدین), not X-الدین.
    if (
        len(pieces) == 2
        and last is not None
        and last.canonical in ("ollah", "eddin")
        and (last.canonical == "ollah" or pieces[-1].text.startswith("ال"))
    ):
        return True
    return _two_names(key, plain, ordinary, _apart_at(folded))


@cache
def _part_edges() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The spellings a word must open with for `segment` to find a name part or prefix first
    in it, and those it must end with for a last piece of الله / الدین: a word with neither is
    not split (segmenting is the dearest step in judging a word)."""
    parts = lexicon().items()
    openings = tuple(s for s, part in parts if part.kind in ("part", "prefix"))
    endings = tuple(s for s, part in parts if part.canonical in ("ollah", "eddin"))
    return openings, endings


# Words that open a compound given name before a listed one (سیدعلی، میرمحمد، آقامحمد, the
# Arab father-of ابومهدی)
# and the Turkic and Persian words that close one after it (حسینقلی، الله‌بخش، شاه‌مراد).
_COMPOUND_OPENERS = frozenset(
    ("سید", "میر", "اقا", "ملا", "شاه", "حاجی", "گل", "شیر", "دوست", "ابو")
)
_COMPOUND_CLOSERS = frozenset(("قلی", "بخش", "خان", "داد", "مراد", "جان"))


def _apart_at(folded: str) -> int | None:
    """Where a half-space (folded to a space) cut a word in two (ژان‌برتران), the length of
    its first half; None for a word written as one or cut more than once."""
    halves = folded.split(" ")
    return len(halves[0]) if len(halves) == 2 else None


def _two_names(
    key: str, plain: frozenset[str], ordinary: frozenset[str], apart: int | None
) -> bool:
    """Two given names written as one (محمدصالح، حسین‌قلی folded to حسینقلی), the first of
    them also a word (نورعلی، امیدعلی) or an opener (سیدعلی), or a given name and a closer
    (علیقلی، خدابخش); a foreign given name opens no compound written as one, a custom of the
    region's names (کارمن + دان is کارمندان, employees), but may open one a half-space cuts at
    its end (ژان‌کلود, as Jean-Claude is hyphened), `apart` the cut."""
    parts = _name_parts()
    foreign = _foreign_given_names()
    for cut in range(3, len(key) - 2):
        first, second = key[:cut], key[cut:]
        closes = second in plain or second in ordinary or second in _COMPOUND_CLOSERS
        if first in plain and closes and (first not in foreign or cut == apart):
            return True
        # After a word, only a name of the faith (نورعلی; not نظام‌یان, ندا‌ریم).
        if (first in ordinary or first in _COMPOUND_OPENERS) and second in parts:
            return True
    return False


@cache
def _name_parts() -> frozenset[str]:
    """The Persian spellings of the name parts of `sabt.text.name_parts` (محمد، علی، رضا …)."""
    return frozenset(s for s, part in lexicon().items() if part.kind == "part" and s[0] > "z")


@lru_cache(maxsize=65536)
def is_given_name(word: str) -> bool:
    """Whether `word` may be a given name, including those that are also ordinary words."""
    return opens_name(word) or _key(word) in given_names_fa()[1]


# Towns and regions whose -ی of origin is a common family name, beyond the gazetteer's.
_ORIGIN_PLACE_WORDS = (
    "ایران تهران اصفهان شیراز تبریز کرمان یزد قزوین رشت همدان کاشان خراسان گیلان مازندران "
    "لاهیجان خلخال خمین اردبیل زنجان سمنان ساوه قم اراک بروجرد کرمانشاه سنندج مهاباد ارومیه "
    "اهواز دزفول شوشتر بهبهان بوشهر لار جهرم سبزوار نیشابور مشهد بیرجند طبس زابل گرگان ساری "
    "امل بابل نایین اردکان رفسنجان سیرجان جیرفت کاشمر گلپایگان خوانسار کابل هرات قندهار بلخ "
    "بدخشان پنجشیر بغلان پروان لوگر ننگرهار هلمند فراه غزنی بغداد نجف موصل بصره حلب دمشق "
    "خامنه کمره زواره گنجه"
)


@cache
def _persian_places() -> frozenset[str]:
    """Places whose -ی of origin makes a family name (تهرانی، کرمانی): the Persian spellings
    of the gazetteer and the world gazetteer, and a few towns more."""
    gazetteer = (
        _key(name)
        for registry in (Registry.gazetteer(), world_places())
        for entity in registry.entities
        if entity.type == "place"
        for name in entity.names
        if name and "\u0600" <= name[0] <= "\u06ff"
    )
    return frozenset([*gazetteer, *(_key(p) for p in _ORIGIN_PLACE_WORDS.split())])


@cache
def _persian_bodies() -> frozenset[str]:
    """The Persian names of the bodies the gazetteer and the built-in registry know (عفو
    بین‌الملل، صلیب سرخ), folded: no person's name, whatever slot they stand in."""
    return frozenset(
        _key(name)
        for registry in (Registry.gazetteer(), Registry.builtin())
        for entity in registry.entities
        if entity.type == "organization"
        for name in entity.names
        if name and "\u0600" <= name[0] <= "\u06ff"
    )


def is_known_body(words: str) -> bool:
    """Whether `words` are a body's name the gazetteer or the registry knows."""
    return _key(words) in _persian_bodies()


@lru_cache(maxsize=65536)
def is_known_place(word: str) -> bool:
    """Whether `word` is a town, region or country the gazetteer or the list above knows."""
    return _key(word) in _persian_places()


def _of_a_given_name(folded: str, key: str) -> bool:
    """Whether a word is a Central Asian family name: a -ov or -ova ending after a half-space
    and a stem of three letters or more, or joined to a given name."""
    stem, spaced, ending = folded.rpartition(" ")
    if spaced and ending in _SOVIET_ENDINGS and len(stem.replace(" ", "")) >= 3:
        return True
    return any(
        key.endswith(ending) and len(key) - len(ending) >= 3 and opens_name(key[: -len(ending)])
        for ending in _SOVIET_ENDINGS
    )


def is_nationality(word: str) -> bool:
    """Whether `word` is a country's adjective: ایرلندی، آمریکایی، فرانسوی (فرانسه)."""
    if not word.endswith("ی") or len(word) < 4:
        return False
    stems = (word[:-1], word[:-2], word[:-2] + "ه")
    return any(is_known_place(stem) for stem in stems)


@lru_cache(maxsize=65536)
def family_shape(word: str, *, of_places: bool = True) -> int:
    """2: a family name by its ending alone; 1: a given name or a place with the -ی of origin,
    a family name after a given name (not when the given name is also an ordinary word: آزادی
    freedom, نوری of light); 0: neither. Without `of_places`, a place's -ی (ایرانی, Iranian)
    is no family name."""
    folded = _folded(word)
    key = folded.replace(" ", "")
    if key in _NOT_FAMILY or len(key) < 4:
        return 0
    # A place spelt as a given name's -ی (احمدی، میری: villages too) is still a family name.
    if key in _persian_places() and not (key.endswith("ی") and opens_name(key[:-1])):
        return 0
    if folded.startswith(_VERB_PREFIXES) or key.endswith(_VERB_ENDINGS):
        return 0
    if key in _japanese_family_names():  # یاماشیتا، کاوامورا: no Persian shape, listed
        return 2
    # A noun in -ه with its ezafe written apart (اجازه‌ی، اندازه‌ی) has no -زهی.
    ezafe = folded.endswith(" ی")
    if key.endswith(_ANY_FAMILY_ENDING) and not ezafe:
        for ending, stem in _FAMILY_ENDINGS:
            if key.endswith(ending) and len(key) - len(ending) >= stem:
                return 2
    if key.startswith(_ANY_FAMILY_OPENING):
        for opening, rest in _FAMILY_OPENINGS:
            if key.startswith(opening) and len(key) - len(opening) >= rest:
                return 2
    if _of_a_given_name(folded, key):
        return 2
    # An Arab tribe's بنی‌ (بنی‌صدر، بنی‌طرف، بنی‌عامری), not a people (بنی‌آدم، بنی‌اسرائیل).
    if folded.startswith("بنی ") and len(key) >= 6 and key not in _PEOPLES_OF_BANI:
        return 2
    # An Arab house written with a half-space (آل‌احمد، آل‌شبیر، آل‌یاسین), after a given name.
    if folded.startswith("ال ") and len(key) >= 5 and folded.count(" ") == 1:
        return 1
    if key.endswith("یان"):  # a given name's -یان (کاظمیان، رضاییان, Kazem's kin)
        return _kin_of_a_name(key)
    if not key.endswith("ی"):
        return 0
    if folded.endswith(" ای"):  # a town in -ه with its -ای of origin (قمشه‌ای، خامنه‌ای)
        return int(of_places and _key(folded[:-3]) in _persian_places())
    stems = {key[:-1], key[:-2]} if key.endswith("یی") else {key[:-1]}
    if key.endswith("وی"):  # موسوی from موسی، رضوی from رضا
        stems |= {key[:-2] + "ی", key[:-2] + "ا"}
    places = _persian_places() if of_places else frozenset()
    # A town no list holds, known by its shape, gives a family name of origin too
    # (نجف‌آبادی، سیستانی، گوهردشتی).
    shaped = of_places and place_shape(key[:-1])
    return 1 if shaped or any(s in places or (len(s) > 2 and opens_name(s)) for s in stems) else 0


def _kin_of_a_name(key: str) -> int:
    """1 for a given name with the -یان of descent (کاظمیان، محمدیان، رضاییان، حسینیان), the
    shape of a family name after a given name; a dynasty's (ساسانیان، سامانیان) is a plural
    of the same shape, so the name is no family name alone."""
    stem = key[:-4] if key.endswith("ییان") else key[:-3]
    return int(len(stem) > 2 and stem not in _NOT_KIN_STEMS and opens_name(stem))


# Given names whose -یان is a people or a dynasty, not a family (مسیحیان Christians, ساسانیان
# Sasanians, اشکانیان، سامانیان، طاهریان، تیموریان، صفاریان، غزنویان).
_NOT_KIN_STEMS = frozenset(("مسیح", "ساسان", "اشکان", "سامان", "طاهر", "تیمور", "صفار", "بهائ"))


# Common words ending in -ی that may follow a given name without being its family name (one
# of, when, even, someone, military, current …).
_NOT_FAMILY_AFTER_A_NAME_WORDS = (
    "یکی وقتی زمانی جایی کسی چیزی همگی خیلی حتی ولی یعنی کمی برخی دیگری خودی عمومی کنونی فعلی "
    "قبلی بعدی اصلی نظامی ارتشی سپاهی اسلامی سیاسی امنیتی انتظامی قضایی دولتی مذهبی دینی شرعی "
    "زندانی بازداشتی محکومی اعدامی قربانی ملی محلی مدنی علنی رسمی غیررسمی جمعی گروهی عادی "
    "بسیجی انقلابی جمهوری عالی کیفری حقوقی جنایی داخلی خارجی جهانی بین‌المللی قانونی غیرقانونی"
)
_NOT_FAMILY_AFTER_A_NAME = frozenset(_key(w) for w in _NOT_FAMILY_AFTER_A_NAME_WORDS.split())
# The plurals in -یان of people's kinds (شورشیان، دانشجویان، مسیحیان، آقایان), by their stem:
# no family name after a given name, though the stem may be one (حسن روحانی، علی کردی).
_PEOPLE_IN_YAN_WORDS = (
    "شورشی روحانی مسیحی بهایی سنی شیعی زرتشتی یهودی عربی کردی ترکی بلوچی ایرانی افغانی "
    "عراقی اروپایی آمریکایی غربی شرقی دانشجوی آقای"
)
_PEOPLE_IN_YAN = frozenset(_key(w) for w in _PEOPLE_IN_YAN_WORDS.split())


@lru_cache(maxsize=65536)
def after_given_name_shape(word: str) -> int:
    """family_shape, or 1 for any other word of four letters or more in -ی that is not a common
    word (صمیمی in کیوان صمیمی): read only after a name that is surely a given name."""
    shape = family_shape(word)
    if shape:
        return shape
    if word.endswith("\u200cی"):  # the ezafe written apart (درباره‌ی، خانه‌ی): no name
        return 0
    key = _key(word)
    # An Armenian family name in -یان (پطروسیان، آواکیان), not a plural of a common word in -ی
    # (نظامیان، زندانیان، ایرانیان).
    if key.endswith("یان") and len(key) >= 6:
        stem = key[:-2]
        kinds = stem in _NOT_FAMILY_AFTER_A_NAME or stem in _PEOPLE_IN_YAN
        return int(not kinds and not is_known_place(key[:-3]))
    # An indefinite noun (بیانیه‌ای، نامه‌هایی) or a verb (می‌گوید) is no family name.
    ordinary = (
        key in _NOT_FAMILY_AFTER_A_NAME
        or key.startswith(("می", "نمی"))
        or key.endswith(("ای", "هایی"))
    )
    return int(len(key) >= 4 and key.endswith("ی") and not ordinary)


@lru_cache(maxsize=65536)
def place_shape(word: str) -> bool:
    """Whether `word` ends like a place name (عادل‌آباد، کردستان، بوشهر، گوهردشت)."""
    key = _key(word)
    if key in _NOT_PLACE or key.endswith("پرستان"):
        return False
    return any(key.endswith(end) and len(key) - len(end) >= stem for end, stem in _PLACE_ENDINGS)
