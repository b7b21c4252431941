"""Persons named in Persian by a cue before the name or by the name's own words.

A person is an honorific followed by one or two words (آیت‌الله، سرهنگ، مولوی …), a calling
or a kinship word before a name (روزنامه‌نگار X Y، همسرش X), or a run of two or three words
opening with a known given name (`given_names_fa.txt`, the name parts of `sabt.text.name_parts`,
or a compound ending in الله / الدین) that a position, a comma, a parenthesis or a speech verb
follows, or a family name's shape (کریم‌زاده). A given name before a family name with no
Persian shape (a foreign or an Arab one: آنتونیو گوترش، عمر البشیر) is `names_abroad_fa`'s
judgement. Names that only the text marks are `marked_persons_fa`'s; this module also says by
which word a person may be named again alone.
"""

import re
from collections.abc import Iterator

from sabt.extract.anchored import by_first_letter
from sabt.extract.known_persons_fa import RULE as KNOWN_PERSON
from sabt.extract.marked_persons_fa import APPOSED, LED_BY, marked_names
from sabt.extract.mentions import Mention
from sabt.extract.name_shapes_fa import (
    after_given_name_shape,
    family_shape,
    is_foreign_given_name,
    is_given_name,
    is_known_place,
    is_nationality,
    opens_name,
    place_shape,
)
from sabt.extract.name_words_fa import (
    HEAD_WORD,
    HONORIFICS,
    LETTERS,
    NAME_ENDS,
    NOT_A_GIVEN_NAME,
    PERSON_CUE,
    PREVERBS,
    SENTENCE_OPENS,
    VERB_LIKE,
    WORD,
    WORD_START,
    may_name,
    mention,
)
from sabt.extract.names_abroad_fa import PARTICLE_OPENERS, name_after_given_name, particle_name_end
from sabt.extract.places_fa import PLACE_ENDINGS, shaped_places
from sabt.extract.stretch_words_fa import StretchWords, opened_at_words
from sabt.extract.unlisted_names_fa import POST_WORD, unlisted_name

# Each pattern first checks for an Arabic-script letter, so Latin text is passed over fast.
# A title may carry a rank's qualifier before the name (اسقف اعظم، سرتیپ دوم، سرتیپ پاسدار،
# سرهنگ خلبان، آیت‌الله العظمی، حجت‌الاسلام والمسلمین) or another title (سردار سرتیپ پاسدار).
_TITLES = by_first_letter(HONORIFICS)
_RANK_QUALIFIERS = "اعظم|ارشد|بازنشسته|دوم|یکم|سوم|پاسدار|خلبان|العظمی|والمسلمین|امیر"
_PERSON_HONORIFIC = re.compile(
    rf"{WORD_START}(?:{_TITLES})(?:\s+(?:{_RANK_QUALIFIERS}|{_TITLES})(?![{LETTERS}\u200c]))*"
    rf"\s+(?P<name>{WORD}(?:\s+{WORD})?)"
)
# Fields of study, taught by a professor (استاد فیزیک، استاد تاریخ دانشگاه X): no name.
_FIELDS_OF_STUDY_WORDS = (
    "پزشکی تاریخ حقوق فلسفه ادبیات اقتصاد جامعه‌شناسی روان‌شناسی روانشناسی فیزیک شیمی ریاضی "
    "زیست‌شناسی مهندسی معماری الهیات فقه زبان‌شناسی باستان‌شناسی مردم‌شناسی علوم"
)
_FIELDS_OF_STUDY = frozenset(_FIELDS_OF_STUDY_WORDS.split())
# Foreign given names that are also Persian words (جان, life; پل, a bridge; مارک, a brand; رز, a
# rose): after a title, the first word of a name a cue closes.
_FOREIGN_GIVEN_WORDS = frozenset(("جان", "پل", "مارک", "جک", "تام", "دان", "رز", "کیم", "سام"))
# A relative named after the kinship word: "همسرش پروانه …", "برادرِ او، علی …", "عمویش X"; not
# the word inside a compound (بی‌پدر fatherless). The whole family: spouses, parents, children,
# siblings, grandparents, uncles and aunts, cousins, nephews and nieces, in-laws, a fiancé(e).
# Kin words with a possessive, a witness's own (برادرم، پدرمان), another's (همسرش، خواهرت), or
# joined by a half-space after a vowel (دایی‌ام، خاله‌اش), or the ezafe (برادرِ، دایی).
_POSSESSED = r"\u200c?(?:ام|ات|اش)|م|ت|ش|مان|تان|شان|ِ|ی"
_KIN_WORDS = (
    "همسر|شوهر|برادر|خواهر|پسر|دختر|مادر|پدر|فرزند|نوه|پدربزرگ|مادربزرگ|عمو|عمه|دایی|خاله|"
    "پسرعمو|دخترعمو|پسرخاله|دخترخاله|پسردایی|دختردایی|پسرعمه|دخترعمه|برادرزاده|خواهرزاده|"
    "داماد|عروس|نامزد|بیوه|برادرخوانده|خواهرخوانده|ناپدری|نامادری"
)
_KIN = re.compile(
    rf"(?=[{LETTERS}])(?<![{LETTERS}\u200c])(?:{_KIN_WORDS})(?:{_POSSESSED})?\s+"
    rf"(?P<name>{WORD}(?:\s+{WORD})?)"
)
# A kinship word right before a word: the word names the relative's kin (پدر X, X's father).
_KIN_BEFORE = re.compile(rf"(?<![{LETTERS}\u200c])(?:{_KIN_WORDS})(?:ِ)?\s+$")
# The most letters of each word of a Chinese or Korean name written in Persian (لیم کوک سنگ).
_EAST_ASIAN_LETTERS = 4
# A person's calling before the name: "روزنامه‌نگار X Y", "زندانی سیاسی X Y", "کولبر X Y".
_ROLE = re.compile(
    rf"{WORD_START}(?:فعال (?:مدنی|سیاسی|کارگری|صنفی|دانشجویی|فرهنگی|محیط زیست|حقوق زنان|"
    r"حقوق بشر|حقوق کودکان|ملی|زنان)|زندانی (?:سیاسی|عقیدتی|امنیتی)|روزنامه‌نگار|خبرنگار|وکیل|"
    r"معلم|دانشجو|شاعر|نویسنده|ورزشکار|خواننده|هنرمند|کشتی‌گیر|پزشک|پرستار|کشاورز|کولبر|"
    r"سوخت‌بر|روحانی|مداح|بازیگر|کارگردان|فیلمساز|کارگر|زندانی|"
    # Callings of art, craft, study and service, and a citizen of a people or a faith
    # ("شهروند بلوچ X Y", "شهروند بهایی X Y").
    r"دانش‌آموز|پژوهشگر|مترجم|عکاس|نقاش|آهنگساز|نوازنده|رپر|فوتبالیست|کوهنورد|وبلاگ‌نویس|"
    r"مستندساز|طلبه|کارمند|راننده|بازنشسته|نوجوان|مدافع حقوق بشر|"
    r"شهروند(?: (?:بهایی|کرد|بلوچ|عرب|ترک|لر|ترکمن|افغانستانی|افغان|مسیحی|یهودی|اهل سنت))?)"
    r"(?:\u200cی|ی|ِ)?"
    rf"\s+(?P<name>(?P<first>{WORD})\s+(?P<second>{WORD}))"
)
# Given names sharing the family name after the last: "بهمن و کاوه رستمی" (two brothers).
_SHARED_FAMILY = re.compile(rf"(?P<name>{WORD})\s+و\s+(?P<next>{WORD})\s+(?P<family>{WORD})")
# The first of two names joined by و: "محمد مختاری و محمدجعفر پوینده، …".
_BEFORE_AND = re.compile(rf"(?P<name>{WORD}\s+{WORD})\s+و\s+(?P<next>{WORD})")
_NAME_RUN = re.compile(rf"(?P<name>{WORD}(?:\s+{WORD}){{1,2}}?)(?={PERSON_CUE})")
# The rules whose names the text marks as a person's whatever their origin: a foreign family
# name among them, no Persian shape, is the word the text names the person by again.
_MARKED_BY_THE_TEXT = (
    APPOSED, "post-before-fa", "who-was-fa", "leader-fa", "pseudonym-fa", "age-fa",
    "government-of-fa", "given-name-fa", "speaker-fa", "post-speaker-fa", LED_BY,
)  # fmt: skip
_STRONG = 2  # family_shape's answer for a family name's own ending
_NEXT_WORD = re.compile(rf"[ \u00a0]+(?P<word>{WORD})")
_WORD_BEFORE = re.compile(rf"(?P<word>{WORD})[ \u00a0]+$")
_HYPHENED_BEFORE = re.compile(rf"(?P<word>{WORD})-$")
_PERSON_CUE_AFTER = re.compile(PERSON_CUE)
# -نیا and -یوا joined to their stem with no half-space end the names of towns and lands too
# (a port in -nia, a state in -iowa): such a word alone is no family name (کاظمی‌نیا is one).
_LANDS_ENDING = re.compile(rf"[{LETTERS}](?:نیا|یوا|یوآ)$")
_INDEFINITE = re.compile(r"\u200cای\b|هایی\b")
# Words that may close a name's run but name no one alone: a month (رمضان), a plain word.
_COMMON_LAST = re.compile(r"رمضان|شعبان|رجب|محرم|صفر")
# A plural before a name: the name's holder's people (نیروهای X, X's forces).
PLURAL_BEFORE = re.compile(rf"(?<![{LETTERS}\u200c])[{LETTERS}\u200c]{{2,}}(?:ها|های)\s+$")
# Words that stand between a name and its post and are never a name's ("X سمت دادستان را
# داشت", "X هم‌اکنون دادستان است"): a post's own noun, a word of time.
_BETWEEN_NAME_AND_POST = frozenset((
    "سمت", "پست", "مقام", "منصب", "هم‌اکنون", "هم‌اینک", "اکنون", "اینک", "حالا", "هنوز",
    "قبلاً", "قبلا", "سابقاً", "سابقا", "پیشتر", "پیش‌تر", "بعدها", "زمانی", "مدتی",
))  # fmt: skip
# Words no run of a given name holds: a function word, or the noun of a compound verb.
_NOT_IN_A_RUN = NAME_ENDS | PREVERBS | _BETWEEN_NAME_AND_POST
# A word with a pronoun joined to it (رهبری‌اش، ریاستش را، خانه‌شان) is no word of a name.
_WITH_A_PRONOUN = re.compile(r"\u200c(?:اش|شان|تان|ام|ات)$")


def persons_and_shaped_places(index: StretchWords) -> Iterator[Mention]:
    """Persons, and places whose name has a place's shape (found in the same pass), in the
    Persian stretches that `index` reads."""
    text = index.text
    for match in opened_at_words(_PERSON_HONORIFIC, index):
        titled = _titled_name(text, match)
        if titled:
            yield mention(text, *titled, "person", "honorific-fa")
    for start, end, rule in marked_names(index):
        words = text[start:end].split()
        if not set(words) & NAME_ENDS and not HEAD_WORD.match(words[0]):
            yield mention(text, start, end, "person", rule)
    for match in opened_at_words(_ROLE, index):
        first, second = match["first"], match["second"]
        if (
            # A nationality after an unknown word is the calling's (کارگر X لبنانی, a Lebanese
            # worker), no family name of origin.
            (is_given_name(first) or family_shape(second, of_places=False))
            and not {first, second} & NAME_ENDS
            and not NOT_A_GIVEN_NAME.fullmatch(first)
            and not HEAD_WORD.fullmatch(first)
        ):
            yield mention(text, *match.span("name"), "person", "role-fa")
    for match in opened_at_words(_KIN, index):
        words = match["name"].split()
        # The word after a relative's given name is the family name where it has one's shape,
        # is a given name too, or a cue closes it ("پدرم حسین ساعت ده آمد": not ساعت).
        second = (
            words[1]
            if len(words) == 2
            and words[1] not in NAME_ENDS
            and (
                after_given_name_shape(words[1])
                or is_given_name(words[1])
                or (may_name(words[1]) and _PERSON_CUE_AFTER.match(text, match.end("name")))
            )
            else None
        )
        if opens_name(words[0]) or (second and is_given_name(words[0]) and family_shape(second)):
            end = match.start("name") + len(" ".join(words[: 2 if second else 1]))
            yield mention(text, match.start("name"), end, "person", "kin-fa")
        elif (
            len(words) == 2
            and _PERSON_CUE_AFTER.match(text, match.end("name"))
            and unlisted_name(match["name"])
        ):
            # A foreign name no list holds, closed by a comma or a verb ("همسرش X Y، …").
            yield mention(text, *match.span("name"), "person", "kin-fa")
    # Each distinct word is judged once; only the words so judged are then visited, in order.
    opening = {t for t in index.at if is_given_name(t) or family_shape(t) or t in PARTICLE_OPENERS}
    shaped = {t for t in index.at if t.endswith(PLACE_ENDINGS) and place_shape(t)}
    places = []
    for start in sorted(at for token in opening | shaped for at in index.at[token]):
        word = index.word(start)
        if word.group() in shaped:
            places.append(word)
        if word.group() in opening:
            yield from _named_from(text, word)
    yield from shaped_places(text, places)


def _compound_post(word: str) -> bool:
    """Whether `word` is a post joined to its second half by a half-space (رئیس‌جمهور،
    رئیس‌کل); not a family name a post's letters open (رئیسی)."""
    post = POST_WORD.match(word)
    return post is not None and word[post.end() : post.end() + 1] == "\u200c"


def _titled_name(text: str, match: re.Match[str]) -> tuple[int, int] | None:
    """The name after a title: its one or two words, or three where a cue (a comma, a speech
    verb, a post) closes them, a foreign name (ژنرال فرانکلین فان کاپن، …); a foreign given
    name that is also a Persian word opens it only so closed (ژنرال جان کمپبل، …)."""
    start, end = match.span("name")
    first, *rest = match["name"].split()
    closed = _PERSON_CUE_AFTER.match(text, end)
    foreign_first = first in _FOREIGN_GIVEN_WORDS and bool(rest) and may_name(rest[0])
    third = _NEXT_WORD.match(text, end)
    if (
        rest
        and third
        and (may_name(first) or foreign_first)
        and all(map(may_name, (*rest, third["word"])))
        and third["word"] not in NAME_ENDS
        and _PERSON_CUE_AFTER.match(text, third.end())
    ):
        return start, third.end()
    if foreign_first and closed:
        return start, end
    # A post after a courtesy title is its holder's address, no name (جناب گزارشگر ویژه، آقای
    # رئیس‌جمهور), a field of study a professor's (استاد فیزیک, of physics), and a nationality
    # the officer's (سرگرد ژاپنی، X، …).
    if (
        is_nationality(first)
        or first in NAME_ENDS
        or HEAD_WORD.fullmatch(first)
        or NOT_A_GIVEN_NAME.fullmatch(first)
        or POST_WORD.fullmatch(first)
        or _compound_post(first)
        or first in _FIELDS_OF_STUDY
    ):
        return None
    # "بانو آزاد شد": no name follows a title that is a verb's noun, a verb or a common word.
    if not (may_name(first) or opens_name(first)):
        return None
    # "قاضی X است": a function word or a verb after one word is no part of the name, nor a
    # word with a pronoun joined to it ("X رهبری‌اش را بر عهده داشت"), a post ("تیمسار X رئیس
    # ساواک بود") or a common word ("مهندس X نخست‌وزیر شد"); a word in -‌ای may be a family
    # name of origin (خامنه‌ای، اژه‌ای).
    # After a family name alone (علامه طباطبایی کتاب نوشت) only a second family name goes on
    # the name (هاشمی رفسنجانی).
    lone_family = family_shape(first)
    if rest and (
        (lone_family and not after_given_name_shape(rest[0]))
        or rest[0] in _NOT_IN_A_RUN
        or _WITH_A_PRONOUN.search(rest[0])
        or POST_WORD.match(rest[0])
        or not (may_name(rest[0]) or is_given_name(rest[0]) or rest[0].endswith("\u200cای"))
    ):
        return start, start + len(first)
    return start, end


def _named_from(text: str, word: re.Match[str]) -> Iterator[Mention]:
    """The person names that start at `word`: a given name with a family name's shape after
    it (حسین احمدی، امید حسین‌زاده), or before a post, comma or verb; a family name whose ending
    makes one (کریم‌زاده), with the word before it when a cue follows."""
    token = word.group()
    opened = False
    if is_given_name(token):
        strong = opens_name(token)
        family = _NEXT_WORD.match(text, word.end())
        # After a word that is also an ordinary one (امید hope), only a family name's shape
        # (بهار ایرانی is the Iranian spring).
        double = _double_given_name(text, family) if strong else 0
        if double:
            opened = True
            yield mention(text, word.start(), double, "person", "given-given-family-fa")
        elif (
            family
            and (
                after_given_name_shape(family["word"])
                if strong
                else family_shape(family["word"], of_places=False)
            )
            # A foreign name's nationality (دیوید آمریکایی), not a family name of origin as
            # an Iranian's is (علی تهرانی).
            and not (is_foreign_given_name(token) and is_nationality(family["word"]))
        ):
            end = family.end()
            third = _NEXT_WORD.match(text, end)
            if third and family_shape(third["word"]):
                end = third.end()
            opened = True
            yield mention(text, word.start(), end, "person", "given-family-fa")
        elif strong:
            after, rule = name_after_given_name(text, token, word.end())
            if after:
                yield mention(text, word.start(), after, "person", rule)
        if strong:
            yield from _given_name_runs(text, word)
    if token in PARTICLE_OPENERS and (reach := particle_name_end(text, word.end())):
        yield mention(text, word.start(), reach, "person", "particle-name-fa")
    # (A given name with a family name's ending that opens a name with the family name after
    # it, محمدجعفر کریمی, is no family name alone.)
    if (
        family_shape(token) == _STRONG
        and not opened
        and not _joined_to_a_place(text, word.start())
        and not _LANDS_ENDING.search(token)
    ):
        start = word.start()
        before = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if (
            before
            and _PERSON_CUE_AFTER.match(text, word.end())
            and not NOT_A_GIVEN_NAME.fullmatch(before["word"])
            and before["word"] not in NAME_ENDS
        ):
            start = before.start("word")
        yield mention(text, start, word.end(), "person", "family-name-fa")
    elif family_shape(token, of_places=False) and _PERSON_CUE_AFTER.match(text, word.end()):
        # A given name's -ی (رحیمی، حسینی) before a comma, a bracket or a speech verb, after a
        # word that may be a given name no list holds (شیلان رحیمی، …; not خانواده‌ی رحیمی).
        before = _WORD_BEFORE.search(text, max(0, word.start() - 40), word.start())
        if before and not is_given_name(before["word"]) and may_name(before["word"]):
            yield mention(text, before.start("word"), word.end(), "person", "family-cue-fa")


def _joined_to_a_place(text: str, start: int) -> bool:
    """Whether the word at `start` is joined by a hyphen to a known place before it, the
    second half of a place's name (تهران-کرج), no family name."""
    joined = _HYPHENED_BEFORE.search(text, max(0, start - 30), start)
    return joined is not None and is_known_place(joined["word"])


def _double_given_name(text: str, second: re.Match[str] | None) -> int:
    """Where a name of two given names written apart ends, the second at `second`: "علی اکبر
    ولایتی", "علی اکبر هاشمی رفسنجانی" (its family name of one word or two); 0 where none."""
    if second is None or not is_given_name(second["word"]):
        return 0
    family = _NEXT_WORD.match(text, second.end())
    if family is None or not after_given_name_shape(family["word"]):
        return 0
    fourth = _NEXT_WORD.match(text, family.end())
    return fourth.end() if fourth and family_shape(fourth["word"]) else family.end()


def _given_name_runs(text: str, word: re.Match[str]) -> Iterator[Mention]:
    """A known given name opening a run of two or three words that a cue follows, or the first
    of two such names joined by و."""
    run = _NAME_RUN.match(text, word.start())
    # "فریبا بیانیه‌ای نوشت": an indefinite noun is what she wrote, not her family name; "X Y
    # سخن گفت": the noun of a compound verb is the verb's.
    words = run["name"].split() if run else []
    if (
        run
        and not set(words) & _NOT_IN_A_RUN
        and not _INDEFINITE.search(run["name"])
        and not any(_WITH_A_PRONOUN.search(w) for w in words)
        # "X بودیم که": a given name's word before a verb is a predicate (منتظر, waiting).
        and not any(VERB_LIKE.fullmatch(w) for w in words)
    ):
        yield mention(text, *run.span("name"), "person", "given-name-fa")
    pair = _BEFORE_AND.match(text, word.start())
    if (
        pair
        and pair["name"].split()[1] not in NAME_ENDS
        and opens_name(pair["next"])
        and _NAME_RUN.match(text, pair.start("next"))
    ):
        yield mention(text, *pair.span("name"), "person", "names-joined-fa")
    shared = _SHARED_FAMILY.match(text, word.start())
    if shared and opens_name(shared["next"]) and after_given_name_shape(shared["family"]):
        yield mention(text, *shared.span("name"), "person", "shared-family-fa")


def repeated_word(person: Mention) -> str:
    """The word by which the text may name `person` again alone, or "": a family name with a
    family name's shape (احمدی، کریم‌زاده; not a given name, حسین in صدام حسین, nor a word,
    صمیمی close); the last word of a name the text marks as one, by a post in apposition, a
    leader's title, a made-up name's bracket or a known given name before a cue (a foreign
    family name, which has no Persian shape; not a given name, حسین); the last of a titled
    name's two words (ژنرال X Y: Y, even a given name, is the family name) or of a listed
    public figure's name (`known_persons_fa`); a given name found
    alone (برادرش کاوه … کاوه)."""
    words = person.text.split()
    last = words[-1]
    foreign = (
        person.annotator.endswith(_MARKED_BY_THE_TEXT)
        and len(last) >= 4
        and not is_given_name(last)
        and may_name(last)
    )
    if len(words) == 1:
        # "آقای رحیمی": a title before one word gives the family name; a foreign name the text
        # marks alone is its own ("دیکتاتور برمه، X، …").
        titled_family = person.annotator.endswith("honorific-fa") and family_shape(last)
        return last if opens_name(last) or titled_family or foreign else ""
    # A titled name's last word, even a given name's, is its family name (ژنرال X امین … امین).
    titled = person.annotator.endswith("honorific-fa") and len(words) == 2 and opens_name(last)
    # So is a listed public figure's, the list vouching for the name (X بختیار … بختیار).
    listed = person.annotator.endswith(KNOWN_PERSON) and len(last) >= 3 and may_name(last)
    if family_shape(last) or foreign or titled or listed:
        return last
    return ""


def unshaped_family(person: Mention) -> str:
    """The last word of a name opening with a known given name, or of the one or two words after
    a title (آقای کوپ، سرهنگ X گارسیا), when no shape says it is a family name (ژنرال فرامرز
    کوهستم: کوهستم), or "": the text may go on naming the person by it, but it may also be
    an ordinary word (کوهپایه foothills), so it is a name again only in a person's slot
    (`in_persons_slot`); a foreign family name may have three letters (بنت، کوپ), the slot
    being the guard."""
    words = person.text.split()
    last = words[-1]
    # A given name before it, or a title before it or before two words ("آقای کوپ"، "سرهنگ X
    # گارسیا … گارسیا سپس …").
    named = (len(words) > 1 and opens_name(words[0])) or (
        len(words) <= 2 and person.annotator.endswith("honorific-fa")
    )
    if (
        named
        and len(last) >= 3
        and not is_given_name(last)
        and not family_shape(last)
        and may_name(last)
        and not _COMMON_LAST.fullmatch(last)
    ):
        return last
    return ""


def east_asian_family(person: Mention) -> str:
    """The first word of a name of three short words no list knows (لیم کوک سنگ، کیم ایل سونگ),
    or "": a Chinese or Korean name puts the family name first, and the text goes on naming
    the person by it alone; a short word may be a common one, so it is a name again only in a
    person's slot (`in_persons_slot`)."""
    words = person.text.split()
    first = words[0]
    if (
        len(words) == 3
        and all(2 <= len(word) <= _EAST_ASIAN_LETTERS for word in words)
        and may_name(first)
    ):
        return first
    return ""


def in_persons_slot(text: str, start: int, end: int) -> bool:
    """Whether the word at `start`–`end` stands where a person does: after a plural that is
    someone's (نیروهای X، سربازهای X) or a kinship word (پدر X، همسرِ X), at a sentence's
    start, or before a comma, a bracket, a post or a speech verb."""
    return bool(
        PLURAL_BEFORE.search(text, max(0, start - 30), start)
        or _KIN_BEFORE.search(text, max(0, start - 16), start)
        or SENTENCE_OPENS.search(text, max(0, start - 10), start)
        or _PERSON_CUE_AFTER.match(text, end)
    )


def continues_a_name(text: str, at: int) -> bool:
    """Whether the word after `at` may go on a name: a given name or a family name's shape."""
    after = _NEXT_WORD.match(text, at)
    return bool(after and (is_given_name(after["word"]) or family_shape(after["word"])))


def opening_words(persons: list[Mention]) -> set[str]:
    """The first words of the names of two or more words among `persons`."""
    return {words[0] for words in (m.text.split() for m in persons) if len(words) > 1}
