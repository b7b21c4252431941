"""A head noun and the words after it that name it, for bodies and places alike.

وزارت، دادگاه، حزب … (a body) and زندان، شهر، روستای … (a place) are followed by the words that
name them, up to the first preposition, verb, punctuation or another head. Where that name
ends is the one judgment here, shared by `bodies_fa` and `places_fa`; a few guards apply to
places only (a generic adjective, a camp's people, a known town after a street).
"""

import re
from collections.abc import Collection, Iterator
from functools import cache

from sabt.extract.bodies_fa import (
    ARABIC_HEADS,
    ARMED_HEADS,
    BODY_BRACKET,
    BRANCH_HEADS,
    REPORTS,
    names_no_body,
    only_describes,
    runs_on,
)
from sabt.extract.mentions import Mention
from sabt.extract.name_shapes_fa import (
    family_shape,
    is_given_name,
    is_known_place,
    is_nationality,
)
from sabt.extract.name_words_fa import (
    HEAD_WORD,
    HONORIFICS,
    LETTER_OR_ZWNJ,
    LETTERS,
    NAME_ENDS,
    PREVERBS,
    VERB_LIKE,
    WORDS,
    mention,
)
from sabt.extract.registry import Registry
from sabt.extract.stretch_words_fa import StretchWords, opened_at_words
from sabt.extract.world import world_places
from sabt.text.normalise import normalise_for_search

# نیروهای امنیتی (security forces) is no name; نیروهای طالبان is. Nor are forces or militias
# named by what they do or whose they are not: riot, foreign, attacking, opposing, auxiliary
# or affiliated forces (نیروهای ضدشورش، نیروهای نظامی خارجی، شبه‌نظامیان وابسته به X).
_GENERIC_FORCE_WORDS = (
    "امنیتی انتظامی مسلح دولتی نظامی ویژه شورشی خودی دولت حکومت رژیم "
    "ضدشورش خارجی بیگانه مهاجم مخالف کمکی وابسته"
)
_GENERIC_FORCES = frozenset(_GENERIC_FORCE_WORDS.split())
_ARMED_OPENINGS = tuple(ARMED_HEADS)  # (for str.startswith, made once)
_LIGHT_VERB_WORDS = (
    "شد شدند شده کرد کردند کرده بود بودند است دادند داد داشت داشتند دارد دارند زدند "
    "داشته زده گرفته"  # participles before an auxiliary: نگه داشته بودند، آتش زده شد
)
# A light verb in the perfect: "… ناپدید شده‌اند", "… اعلام کرده است".
_PERFECT_LIGHT_VERB = re.compile(
    r"ن?(?:شده|کرده|داده|زده|گرفته|داشته)\u200c(?:اند|است|ام|ای|ایم|اید)"
)
_LIGHT_VERBS = frozenset(_LIGHT_VERB_WORDS.split())
# A light verb with می‌, present or past: "… زندگی می‌کند" (lives), "… برگزار می‌شود", "… کار
# می‌کرد" (worked).
_CONTINUOUS_LIGHT_VERB = re.compile(
    r"ن?می\u200c(?:(?:کن|شو|ده|دار|زن|گیر)(?:م|ی|د|یم|ید|ند)|(?:کرد|شد|داد|زد|گرفت)(?:م|ی|یم|ید|ند)?)"
)
# Nouns of an assault that open a compound verb with بردن/آوردن (یورش بردند، هجوم آوردند); بردند
# alone is "took there" (به زندان X بردند), so these go by the noun.
_ASSAULTS = frozenset(("یورش", "هجوم", "تاخت"))
_LOCALITIES = frozenset(("شهر", "روستای", "روستا", "استان", "شهرستان", "بخش", "محله"))
# Plural heads before an adjective name no place (شهرهای مرزی، روستاهای کردنشین), nor armed
# forces when the adjective is all there is (نیروهای ضدانقلابی; not نیروهای دولتی سودان).
_PLURAL_HEAD = re.compile(r"ها(?:ی)?$")
_ADJECTIVE = re.compile(r"(?:ی|نشین)$")
# Who lives in a camp or is held in a prison is no camp's or prison's name: اردوگاه آوارگان،
# پناهندگان، اسیران; بازداشتگاه زندانیان، زندان اسیران.
_PEOPLE = re.compile(r"(?:گان|یان|یران)$")
# Units of arms and branches of a service named by a number (لشکر ۲۷، شاخه‌ی ۲۱۵).
_UNIT_HEADS = frozenset(("شاخه", "گردان", "تیپ", "لشکر", "یگان", "هنگ", "ناوگان", "قرارگاه"))
_NUMBER = re.compile(r"\s+[0-9۰-۹]+(?![0-9۰-۹/.,٫٬])")
# Heads that are ordinary nouns too (جمعیت a crowd, اتحاد unity, پروژه a project, مرکز a centre)
# name a body only as the subject of a report ("جمعیت … اعلام کرد", "مرکز X (…) تخمین زد"), or
# where its members, forces or leader stand before it ("نیروهای جمعیت X", "پژوهشگر مرکز X").
# So are مجموعه (a collection) and سایت (a site: سایت هسته‌ای X).
ORDINARY_HEADS = frozenset(("جمعیت", "اتحاد", "پروژه", "مرکز", "مجموعه", "سایت"))
# A centre or a project of research, record or remembrance is a body wherever it stands (مرکز
# پژوهش حقوق بشر X، مرکز اسناد X، مرکز یادبود X، پروژه‌ی تاریخ شفاهی X): the field it works in
# opens its name (not مرکز تاریخ شهر, a town's historic centre; تاریخ شفاهی is).
_STUDY_WORD_LIST = "پژوهش پژوهش‌های پژوهشی مطالعات تحقیقات تحقیق اسناد مستندسازی یادبود حقوق‌بشری"
_STUDY_WORDS = frozenset(_STUDY_WORD_LIST.split())
_STUDY_HEADS = ("مرکز", "پروژه")  # (not مجموعه‌ی اسناد, a collection of documents)
_MEMBERS_BEFORE = re.compile(
    r"(?:نیروهای|شبه\u200cنظامیان|جنگجویان|اعضای|عضو|هواداران|فرماندهان|فرمانده|رهبر|رهبران|"
    r"رهبری|سخنگوی|رئیس|رییس|مدیر|دبیرکل|بنیانگذار|پژوهشگر|پژوهشگران|کارشناس|کارشناسان|"
    r"مواضع|پایگاه\u200cهای|مقر|دفتر)(?:\u200cی)?\s+$"
)
# A determiner before the head makes it a common noun: one, this, no, every, some, which, such
# (یک گروه، این اداره، هیچ نهاد مستقلی، هر دادگاه، چند سازمان، چنین کمیته‌ای).
_DETERMINERS = "یک|این|آن|همین|همان|هیچ|هر|چند|چندین|کدام|فلان|چنین|چنان|برخی|بعضی"
_INDEFINITE_BEFORE = re.compile(rf"(?<![{LETTERS}\u200c])(?:{_DETERMINERS})\s+$")
_ENTERED = re.compile(r"وارد\s+$")
# آستان after در or بر is a threshold (در آستان مرگ, on the brink of death), not a shrine's
# foundation (آستان X, the body that runs a shrine).
_THRESHOLD = re.compile(rf"(?<![{LETTERS}\u200c])(?:در|بر)\s+$")
# Words that make a place noun generic rather than named (the main square, a big city).
_GENERIC_PLACE_WORD_LIST = (
    "اصلی بزرگ کوچک قدیمی قدیم خصوصی دولتی عمومی محلی امن مجاور همسایه سیاه"  # black market
)
# A word of place after the noun is a preposition's (زندان کنار X, beside; محله پشت X).
_PLACE_PREPOSITIONS = "کنار مقابل روبروی جلوی پشت نزدیک داخل بیرون"
GENERIC_PLACE_WORDS = frozenset(f"{_GENERIC_PLACE_WORD_LIST} {_PLACE_PREPOSITIONS}".split())
# A body's name ends there too, wherever the word stands (پلیس جلوی ماشین: the police in front
# of the car; تلویزیون کنار X: a television beside X).
_WHERE_WORDS = frozenset(_PLACE_PREPOSITIONS.split())
# A verb no name runs into: an infinitive (استان شدن, becoming a province) or a past verb
# with a person's ending (محله دیدم, I saw from the quarter); the common verbs whole, so that
# no name in -دن or -تن (لندن، واشنگتن) is cut.
_PAST_STEMS = (
    "شد|کرد|بود|داد|گرفت|داشت|زد|رفت|آمد|دید|گفت|ماند|رسید|کشت|گذشت|نوشت|خواند|شنید|"
    "برد|آورد|کشید|دوید|خورد|نشست|ایستاد|افتاد|انداخت"
)
_VERB_FORM = re.compile(rf"(?:{_PAST_STEMS})(?:ن|م|ی|یم|ید)")
# The bare past of a verb of motion or happening is no name's word wherever it stands, before
# a comma or a clause too (کاروان به پل X رسید، …: the convoy reached bridge X); not کرد (a Kurd),
# برد or آمد (a town's name), nor the nouns کشت (farming: کشت و صنعت) and داد (justice).
_BARE_PAST_WORDS = "رسید گذشت افتاد ایستاد رفت گفت شد بود گرفت داشت زد نوشت ماند"
_BARE_PAST = frozenset(_BARE_PAST_WORDS.split())
# A place's name runs into no preposition of place (پل X بر رود Y: bridge X over river Y); a
# body's may hold one (کمیته‌ی نظارت بر X); nor into a conjunction that opens a clause (در شهر
# اما …: but in the town …).
_PLACE_ENDS = frozenset(("بر", "اما", "ولی", "زیرا"))
# The first half of a compound verb of going, coming or gathering, before its verb: the
# fire brigade of the town came late (آتش‌نشانی شهر دیر رسید), they set off for the centre of
# the town (به سوی مرکز شهر راه افتادند), gather at its edge (در حاشیه شهر گرد می‌آیند).
_MOTION_PREVERBS = frozenset(("دیر", "زود", "راه", "گرد"))
_PAST_VERB = re.compile(rf"ن?(?:{_PAST_STEMS})(?:ند|م|ی|یم|ید)?")
# What a body publishes or sends, the object after its name ("انجمن … فهرستی منتشر کرد").
_OBJECT_NOUN = re.compile(
    r"(?:واکنش|مسئولیت|مسؤولیت|فهرست|بیانیه|نامه|اطلاعیه|آمار|حکم|هشدار|شکایت|درخواست|ویدیو|تصاویر|تصویر|گزارش)"
    r"(?:ی|\u200cای|\u200cها|\u200cهای|ها|های)?"
)
# Words no name runs into: a preposition or quantifier (بدون اجازه، هر کدام), a time (سازمان X روز
# ۹ شهریور), a count (نیروهای امنیتی صدها نفر).
_PREPOSITIONS = "بدون علیه طبق توسط نزد درباره درباره‌ی پیرامون میان هر همه‌ی"
_TIMES = (
    "روز شب سال ماه هفته امروز دیروز امسال صبح بامداد عصر هنگام زمان هنوز همچنان تاکنون هرگز اکنون"
)
_COUNTS = "صدها هزاران ده‌ها دهها میلیون‌ها صدهزار نفر تن"
# A bound on a count after the name (پلیس X دست‌کم ۸۴ نفر را …).
_BOUNDS = "دست‌کم دستکم حداقل حداکثر حدود تقریباً تقریبا بیش کمتر"
# A predicate's adjective opens the verb after a noun (از رادیو خواستار کمک شد: asked for help
# over the radio; ارتش مدعی شد، دادگاه موفق نشد), never a name's word.
_PREDICATES = (
    "خواستار خواهان مدعی موفق قادر مجبور ناچار حاضر آماده مانع متهم شاهد مشغول منکر معترف موظف "
    "مأمور مامور مایل ناتوان عاجز مسئول مسؤول"
)
_ENDS_HERE = frozenset(f"{_PREPOSITIONS} {_TIMES} {_COUNTS} {_BOUNDS} {_PREDICATES}".split())
# Courts in the plural name courts of a kind, not one body, inside a clause (حاکم شرع دادگاه‌های
# انقلاب، در دادگاه‌های انقلاب محکوم شدند: the gold sets mark most such mentions as no body);
# opening a sentence they act as one (دادگاه‌های نظامی … را محکوم کردند).
_PLURAL_COURTS = ("دادگاه\u200cهای", "دادسراهای", "دادگاههای")
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?؟:\n«»]\s*)$")
# A past participle (فرستاده، کشته، گرفته) before a verb belongs to the verb ("… فرستاده می‌شود").
_PARTICIPLE = re.compile(r".+(?:اد|رد|مد|ید|شد|ند|فت|شت|ست|خت)ه")
_PRESENT_VERB = re.compile(r"ن?می\u200c.+")
# A light verb's participle: "ارجاع داده شد" is a verb; "X جنگیده بودند" is X's own verb.
# An auxiliary after a past participle, negated or not: "… فراخوانده نشد", "… بسته شده بود".
_AUXILIARY = re.compile(r"ن?(?:شد|شدند|شده|بود|بودند|است|گردید|گشت)")
# What befell people, a participle's partner after و (ربوده و کشته شدند، بازداشت و اعدام شدند).
_FATES = frozenset(("کشته", "زخمی", "اعدام", "بازداشت", "شکنجه", "ناپدید", "تیرباران", "زندانی"))
# A participle joined by و to another may end in -وده too (ربوده، آلوده، ربوده و کشته).
_JOINED_PARTICIPLE = re.compile(rf"{_PARTICIPLE.pattern}|.+وده")
_LIGHT_PARTICIPLES = frozenset(("داده", "شده", "کرده", "گرفته", "زده", "نموده", "گشته"))
# Bodies never named after a person (a court, a ministry, the police): a given name after the
# head opens the name of a person the sentence is about ("دادگاه X Y را تبرئه کرد"). A campaign
# office, a university or a foundation may bear a person's name (ستاد X، بنیاد X).
_NEVER_AFTER_PERSONS = ("دادگاه", "دادسرا", "دادستانی", "دیوان", "وزارت", "پلیس", "ارتش", "قوه")
# Places named after the body they surround: a campus's quarters (کوی دانشگاه).
_AROUND_A_BODY = ("کوی",)
# A title before a given name opens a person's name, which a body's name never runs into
# ("نیروهای عراقی آیت‌الله X"; not بازار مولوی, a market's name).
_TITLE = re.compile(HONORIFICS)
_SENTENCE_END = re.compile(r"\s*(?:[.!?؟\n]|$)")
# A written ezafe ending the word before (قوه‌ی، کمیته‌ٔ): the next word belongs to its phrase.
_EZAFE_BEFORE = re.compile(r"(?:\u200cی|ٔ)\s+$")
_BODY_WORDS = 3  # at most this many words after the head noun
# A possessive pronoun ends a name: a body's name owns nothing (کتابخانه‌ی شخصی‌اش, his own).
_POSSESSIVES = ("\u200cاش", "\u200cشان", "\u200cمان")
# Bodies and provinces a body belongs to, joined in one ezafe chain after the body's own words:
# a committee of the parliament (کمیته‌ی ویژه‌ی مجلس …), the judiciary of the armed forces
# (سازمان قضایی نیروهای مسلح), a province's court (دادگاه تجدیدنظر استان X), a federal
# state's, which is its province (دادستانی ایالت X).
_ARABIC_NAME_WORD = re.compile(r"ال|.+\u200cالله$")
_PROVINCES = ("استان", "ایالت")
_PARENT_HEAD_WORDS = "مجلس سازمان نیروهای نیروی استان ایالت وزارت قوه دانشگاه شورای ارتش سپاه"
_PARENT_HEADS = frozenset(_PARENT_HEAD_WORDS.split())


def headed_names(
    index: StretchWords,
    pattern: re.Pattern[str],
    kind: str,
    rule: str,
    persons: Collection[int] = frozenset(),
    named_again: Collection[int] = frozenset(),
) -> Iterator[Mention]:
    """A head noun and the (up to three) words after it that are not function words or verbs,
    nor the start of a person's name (`persons`, their offsets), nor after one word a person
    named earlier (`named_again`: "پلیس مخفی X", X's secret police, is no body named X).
    After یک (a committee, a group) or a demonstrative (این اداره: the office just named) the
    noun names no body."""
    text = index.text
    for head in opened_at_words(pattern, index):
        if _INDEFINITE_BEFORE.search(text, max(0, head.start() - 7), head.start()):
            continue
        if head.group() == "آستان" and _THRESHOLD.search(
            text, max(0, head.start() - 4), head.start()
        ):
            continue
        if (
            kind == "organization"
            and head.group().startswith(_PLURAL_COURTS)
            and not _OPENS_SENTENCE.search(text, max(0, head.start() - 3), head.start())
        ):
            continue
        end = head.end()
        taken = 0
        limit = _BODY_WORDS
        number = _unit_number(text, head)
        if number:
            end, taken, limit = number, 1, _BODY_WORDS + 1
        words = WORDS.finditer(text, end)
        word = next(words, None)
        after_province = False  # the word before is a body's province (… ایالت X Y Z)
        while word is not None and (
            taken < limit or _country_of_body(kind, word.group(), taken, limit)
        ):
            joined = kind == "organization" and _place_of_words(text, word, not after_province)
            if joined:
                end, taken = joined, taken + 1  # (… اطلاعات سیستان و بلوچستان: its province)
                break
            after = next(words, None)
            if kind == "organization" and taken and runs_on(text, word.start(), word.group()):
                end, limit, word = word.end(), limit + 1, after  # (… دفاع از X، کیفری یک)
                continue
            if (
                text[end : word.start()].strip()
                or word.group().endswith(_POSSESSIVES)
                or word.group() in NAME_ENDS
                or word.group() in _ENDS_HERE
                or word.start() in persons
                or (
                    _TITLE.fullmatch(word.group())
                    and after is not None
                    and is_given_name(after.group())
                )
                or (taken and word.start() in named_again)
            ):
                break
            # Another head opens another name ("ارتش عراق شهر حلبچه"); a word that ends the
            # sentence is its verb (Persian puts the verb last: "در زندان درگذشت.").
            # A local council is named by its place (شورای شهر X، شورای روستای X).
            local = not taken and (
                (head.group().startswith("شورا") and word.group() in _LOCALITIES)
                or head.group().startswith(_AROUND_A_BODY)
            )
            # An Arabic head is named in Arabic: its words bear the article (حشد الشعبی).
            if head.group() in ARABIC_HEADS and not _ARABIC_NAME_WORD.match(word.group()):
                break
            # A written ezafe binds the word after it to the phrase: a verb never follows it, so
            # the word ends the name before a verb or the sentence's or line's end (قوه‌ی X بود).
            # (A head after it opens a name of its own: "در اداره‌ی استان بودند", running it.)
            if (
                _EZAFE_BEFORE.search(text, max(0, word.start() - 3), word.start())
                and not HEAD_WORD.fullmatch(word.group())
                and (
                    _SENTENCE_END.match(text, word.end())
                    or (after is not None and is_light_verb(after.group()))
                )
            ):
                end, taken = word.end(), taken + 1
                break
            # A body's province may follow its head straight away (پلیس استان X، مرزبانی استان X).
            parent = (
                kind == "organization"
                and (taken or word.group().startswith(_PROVINCES) or head.group() in BRANCH_HEADS)
                and _parent_head(word.group())
                and not _registered_body_at(text, word.start())
                and not _province_alone(text, word, after)
            )
            if (HEAD_WORD.fullmatch(word.group()) and not local and not parent) or (
                _SENTENCE_END.match(text, word.end())
            ):
                break
            if parent:
                limit = taken + 1 + _BODY_WORDS
            # The first half of a compound verb ("قرار گرفت", "منتشر کرد") or its object
            # ("فهرستی منتشر کرد") ends the name; so does a known town after a place's name
            # ("خیابان کارگر تهران": the street, then the city).
            if (
                (
                    word.group() in PREVERBS
                    or word.group() in _ASSAULTS
                    or (
                        word.group() in _MOTION_PREVERBS
                        and after is not None
                        and (
                            _PAST_VERB.fullmatch(after.group())
                            or _PRESENT_VERB.fullmatch(after.group())
                        )
                    )
                    or VERB_LIKE.fullmatch(word.group())
                    or _VERB_FORM.fullmatch(word.group())
                    or word.group() in _BARE_PAST
                    or (kind == "place" and word.group() in _PLACE_ENDS)
                    or (kind == "place" and not taken and word.group() in GENERIC_PLACE_WORDS)
                    or (kind == "organization" and word.group() in _WHERE_WORDS)
                    or (
                        kind == "place"
                        and not taken
                        and head.group().startswith(("اردوگاه", "بازداشتگاه", "زندان"))
                        and _PEOPLE.search(word.group())
                    )
                    or (
                        kind == "place"
                        and not taken
                        and _PLURAL_HEAD.search(head.group())
                        and _ADJECTIVE.search(word.group())
                    )
                )
                or (
                    kind == "organization"
                    and not taken
                    and head.group().startswith(_NEVER_AFTER_PERSONS)
                    # (or a family name by its ending alone: دادگاه X‌زاده, X's trial)
                    and (is_given_name(word.group()) or family_shape(word.group()) == 2)
                )
                or (after is not None and _opens_passive(text, word, after))
                or (
                    taken
                    and (
                        _OBJECT_NOUN.fullmatch(word.group())
                        # A bare plural takes no ezafe: a noun of the clause (… خانه‌ها را).
                        or word.group().endswith("\u200cها")
                        or (
                            kind == "place"
                            and is_known_place(word.group())
                            and not head.group().startswith(_AROUND_A_BODY)
                        )
                    )
                )
            ):
                break
            # A noun before a light verb is the verb's ("… شکنجه شدند" = were tortured, "شهر
            # امید داشتند" = the city hoped), unless one enters the place ("وارد شهر خانقین شدند")
            # or it is a known country or town, which makes no verb ("… به ارتش پاکستان شدند").
            if (
                (taken or not _ENTERED.search(text, max(0, head.start() - 6), head.start()))
                and after is not None
                and is_light_verb(after.group())
                and not text[word.end() : after.start()].strip()
                and not is_known_place(word.group())
            ):
                break
            after_province = bool(parent) and word.group().startswith(_PROVINCES)
            end, taken, word = word.end(), taken + 1, after
        if kind == "organization" and text.endswith(" از", 0, end):
            end -= 3  # (a purpose's از with nothing taken after it is no name's)
        named = text[head.end() : end].split()
        # A country's adjective names its forces (نیروهای عراقی), no other adjective does
        # (شبه‌نظامیان جهادی، شبه‌نظامیان مسیحی: militias of a kind).
        armed = head.group().startswith(_ARMED_OPENINGS)
        generic = set(named) <= _GENERIC_FORCES or (
            len(named) == 1
            and (armed or _PLURAL_HEAD.search(head.group()))
            and _ADJECTIVE.search(named[0])
            and not is_nationality(named[0])
            and not is_known_place(named[0])  # (نیروهای شوروی: a state's name in -ی)
        )
        if _ordinary_head(head.group()) and not (
            (named and head.group().startswith(_STUDY_HEADS) and _of_study(named))
            or REPORTS.match(text, end)
            or BODY_BRACKET.match(text, end)
            or _MEMBERS_BEFORE.search(text, max(0, head.start() - 20), head.start())
        ):
            continue
        if kind == "organization" and named and names_no_body(head.group(), named):
            continue
        plural = "ها" in head.group()
        described = kind == "organization" and only_describes(text, end, named, plural=plural)
        if taken and not (armed and generic) and not described:
            yield mention(text, head.start(), end, kind, rule)


def _unit_number(text: str, head: re.Match[str]) -> int:
    """Where a unit's number after its head ends ("لشکر ۲۷ …"، "شاخه‌ی ۲۱۵ اطلاعات"), or 0: a
    branch or unit of arms is named by a number; not a count ("یگان ۲۰ نفری")."""
    if head.group().removesuffix("\u200cی") not in _UNIT_HEADS:
        return 0
    number = _NUMBER.match(text, head.end())
    if number is None:
        return 0
    after = WORDS.match(text, number.end() + 1)
    counted = after is not None and (
        after.group() in _ENDS_HERE or after.group().startswith(("نفر", "تن", "سرباز", "نیرو"))
    )
    return 0 if counted else number.end()


def _of_study(named: list[str]) -> bool:
    """Whether the words after a centre's or a project's head open on its field of research,
    record or remembrance (پژوهش، اسناد، یادبود، تاریخ شفاهی)."""
    return named[0] in _STUDY_WORDS or named[:2] == ["تاریخ", "شفاهی"]


def _ordinary_head(head: str) -> bool:
    """Whether `head` (with its ezafe) is an ordinary noun that names a body only in a body's
    slot (ORDINARY_HEADS); اتحادیه, a union's own head, is not اتحاد."""
    return head.removesuffix("\u200cی").removesuffix("ٔ") in ORDINARY_HEADS


def is_light_verb(word: str) -> bool:
    """Whether `word` is a light verb that makes a compound verb of the noun before it, also
    negated ("… احضار نشدند")."""
    return (
        word in _LIGHT_VERBS
        or (word.startswith("ن") and word[1:] in _LIGHT_VERBS)
        or _CONTINUOUS_LIGHT_VERB.fullmatch(word) is not None
        or _PERFECT_LIGHT_VERB.fullmatch(word) is not None
    )


def _opens_passive(text: str, word: re.Match[str], after: re.Match[str]) -> bool:
    """Whether `word` opens a verb: a participle before a present verb or an auxiliary
    ("… فرستاده می‌شود", "به دادگاه فراخوانده نشد"), or
    the noun of a compound verb in the passive, a light verb's participle and its verb after it
    ("… ارجاع داده می‌شود", "… تحویل داده شد")."""
    if after.group() == "و" and _JOINED_PARTICIPLE.fullmatch(word.group()):
        # two participles joined: "… ربوده و کشته شدند"
        second = WORDS.search(text, after.end())
        return second is not None and bool(
            _PARTICIPLE.fullmatch(second.group()) or second.group() in _FATES
        )
    if _PARTICIPLE.fullmatch(word.group()):
        return bool(_PRESENT_VERB.fullmatch(after.group()) or _AUXILIARY.fullmatch(after.group()))
    verb = WORDS.search(text, after.end())
    return (
        after.group() in _LIGHT_PARTICIPLES
        and verb is not None
        and not text[after.end() : verb.start()].strip()
        and (is_light_verb(verb.group()) or _PRESENT_VERB.fullmatch(verb.group()) is not None)
    )


def _parent_head(word: str) -> bool:
    """Whether `word` opens the name of a body or province a body belongs to (with its ezafe)."""
    return bool(HEAD_WORD.fullmatch(word)) and word.removesuffix("\u200cی") in _PARENT_HEADS


@cache
def _registered_bodies() -> dict[str, tuple[str, ...]]:
    """The Persian names of the registered bodies, folded, the longest first, by their first
    folded word: a word is compared only with the names it may open."""
    names = {
        normalise_for_search(name)
        for entity in Registry.builtin().entities
        if entity.type == "organization"
        for name in entity.names
        if name and "\u0600" <= name[0] <= "\u06ff"
    }
    index: dict[str, list[str]] = {}
    for name in sorted(names, key=len, reverse=True):
        index.setdefault(name.split()[0], []).append(name)
    return {first: tuple(group) for first, group in index.items()}


def _registered_body_at(text: str, at: int) -> bool:
    """Whether a registered body's name opens at `at`: it stands as its own mention (the UN in
    "آژانس پناهندگان سازمان ملل"), which a longer new name would not outlive."""
    word = WORDS.match(text, at)
    folded = normalise_for_search(word.group()).split() if word else []
    return bool(folded) and any(
        normalise_for_search(text[at : at + len(name)]) == name
        and not LETTER_OR_ZWNJ.match(text[at + len(name) : at + len(name) + 1])
        for name in _registered_bodies().get(folded[0], ())
    )


@cache
def _places_of_words(conjoined: bool) -> dict[str, tuple[str, ...]]:
    """The Persian names of known places of several words, by their first word, the longest
    first: those joined by و (سیستان و بلوچستان، کهگیلویه و بویراحمد) when `conjoined`, else all
    (سانتیاگو د کوبا)."""
    index: dict[str, list[str]] = {}
    names = {
        name
        for entity in world_places().entities
        for name in entity.names
        if (" و " in name if conjoined else " " in name) and "\u0600" <= name[0] <= "\u06ff"
    }
    for name in sorted(names, key=len, reverse=True):
        index.setdefault(name.split()[0], []).append(name)
    return {first: tuple(group) for first, group in index.items()}


def _place_of_words(text: str, word: re.Match[str], conjoined: bool) -> int:
    """Where a known place of several words that opens at `word` ends, or 0: a body's province
    whose name holds the conjunction that ends other names (`conjoined`), or any after a
    province's word, whose name may run past the words a body's name takes."""
    for name in _places_of_words(conjoined).get(word.group(), ()):
        end = word.start() + len(name)
        if text.startswith(name, word.start()) and not LETTER_OR_ZWNJ.match(text, end):
            return end
    return 0


def _province_alone(text: str, word: re.Match[str], after: re.Match[str] | None) -> bool:
    """Whether `word` is a province's or a state's word with no name of its own after it in the
    clause: the body runs the state, no named one (اداره‌ی ایالت را …)."""
    if not word.group().startswith(_PROVINCES):
        return False
    if after is None or after.group() in NAME_ENDS:
        return True
    return bool(text[word.end() : after.start()].strip())


def _country_of_body(kind: str, word: str, taken: int, limit: int) -> bool:
    """Whether a known country or town ends a body's name one word past the limit: the body's
    country after its full name (کمیسیون عالی حقوق بشر X)."""
    return kind == "organization" and taken == limit and is_known_place(word)
