"""Whether the words in a person's slot may be a name no list knows.

A foreign name written in Persian has no listed given name and no family name's shape, so the
rules of `marked_persons_fa` and `speakers_fa` take the words that stand where a person does (a
speaker's, a relative's, a leader's) unless one of them is a common word, a place, a post, a
plural or an adjective: the posts and callings that mark such a name are written down here
once, for the rules that find a name by them and for this test that no name is one.
"""

import re

from sabt.extract.name_shapes_fa import (
    after_given_name_shape,
    family_shape,
    is_given_name,
    is_known_body,
    is_known_place,
)
from sabt.extract.name_words_fa import LETTERS, may_name

# A member, a scholar, a cleric, an officer in apposition, a whole word ("X Y، پژوهشگر آلمانی،
# …"), or a calling ("X Y، مستندساز فرانسوی، …"): an art, a craft, a profession.
CALLINGS = (
    r"عضو|دبیر|پژوهشگر|محقق|اقتصاددان|کارشناس|اسقف|استاد|وکیل|قاضی|مورخ|حقوقدان|"
    r"نویسنده|روزنامه‌نگار|خبرنگار|فعال|افسر|"
    r"مستندساز|فیلمساز|کارگردان|عکاس|شاعر|نقاش|مترجم|پزشک|جراح|مهندس|بازیگر|خواننده|"
    r"تحلیلگر|دیپلمات|ناشر|هنرمند|ورزشکار"
)
# The posts whose holder is a person, and the callings; a dictator is a ruler's post too
# ("X Y، دیکتاتور نظامی …، …"), and so are a province's governor (والی), an agent of a service
# (مأمور) and a mosque's preacher (خطیب), whole words (not ماموران, officers).
POSTS = (
    r"(?:سخنگو|رئیس|رییس|وزیر|دادستان|فرمانده|استاندار|فرماندار|رهبر|نخست[\u200c ]?وزیر|دیکتاتور|"
    rf"(?:والی|مأمور|مامور|خطیب)(?![{LETTERS}])|"
    r"کمیسر|دبیرکل|سفیر|گزارشگر|مشاور|معاون|نماینده|بنیان[\u200c ]?گذار|مدیر|"
    rf"(?:{CALLINGS})(?![{LETTERS}]))"
)
POST_WORD = re.compile(POSTS)
_ERAS = ("دوران", "دوره", "دوره‌ی", "عصر", "زمان", "روزگار", "رژیم", "حکومت", "نظام", "سلسله")
# Words after a leader's title that describe the post, not the holder (elected, interim,
# transitional, country), and an era, a regime or a dynasty the leader served (نخست‌وزیر
# دوران X, of X's era).
NOT_A_LEADERS_NAME = frozenset(
    ("منتخب", "موقت", "انتقالی", "جدید", "کشور", "جمهوری", "دولت", "مستعفی", *_ERAS)
)
# Common nouns and adjectives for a speaker no list above holds (a source, an official, a
# witness; informed, senior, anonymous): "منبع آگاه گفت" names no one.
_SPEAKER_NOUN_WORDS = (
    "منبع منابع مقام شاهد ناظر دیپلمات افسر سرباز پزشک پرستار معلم مأمور مامور نگهبان همسایه "
    "کارمند زن مرد جوان دختر پسر کودک راننده بازمانده قربانی مسئول سخنگو آگاه ارشد بلندپایه "
    "مطلع ناشناس نزدیک مستقل عینی گزارش بیانیه پیام نامه متن کاخ ساختمان "
    # Nouns that open a body's name no head list holds (a centre, the Red Crescent, an outlet).
    "مرکز هلال صلیب شبکه پایگاه سایت وب‌سایت نشریه مجله کانال انستیتو اندیشکده دانشکده سفارت "
    "کنسولگری بیمارستان پادگان "
    # Adverbs between a one-word name and its verb ("X بلافاصله گفت").
    "قبلا بعدا رسما صریحا صراحتا مجددا شخصا دقیقا کاملا مستقیما علنا قطعا بلافاصله همواره "
    "همچنان ضمنا نهایتا دوباره باز امشب"
)
_SPEAKER_NOUNS = frozenset(_SPEAKER_NOUN_WORDS.split())


def unlisted_name(name: str) -> bool:
    """Whether the words in a person's slot (a speaker's, a relative's) may be a person's name
    no list knows: none a common word, a place, a post, a plural (ناظران) or an adjective in -ی,
    and together no known body's name (عفو بین‌الملل)."""
    return not is_known_body(name) and all(map(_plain_unlisted_word, name.split()))


def apposed_unlisted_name(name: str) -> bool:
    """Whether two words between a comma and a post in apposition closed by a second comma
    ("…، X Y، رئیس …، …") may be a name no list knows: `unlisted_name`, or one of the words has
    only a family name's shape after a given name (-ی, an Armenian -یان: X Y‌یان، معاون …،), the
    post vouching for it, and the other is a plain unlisted word."""
    words = name.split()
    odd = [word for word in words if not _plain_unlisted_word(word)]
    return not is_known_body(name) and (
        not odd or (len(odd) == 1 < len(words) and _shaped_unlisted_word(odd[0]))
    )


def _plain_unlisted_word(word: str) -> bool:
    """`unlisted_word`, and no plural (ناظران) unless a given name or a short word."""
    return unlisted_word(word) and (
        is_given_name(word) or not word.endswith(("ان", "ین", "ات")) or len(word) < 5
    )


def _shaped_unlisted_word(word: str) -> bool:
    """Whether `word` has a family name's shape after a given name (پینمانی، میکویان; no
    people's plural: شورشیان) and is no common word, place or post."""
    return bool(after_given_name_shape(word)) and _no_common_word(word)


def unlisted_word(word: str) -> bool:
    """Whether one word in a person's slot may be a name no list knows: no common word, place,
    post or adjective in -ی; a plural's ending is allowed, a name alone between commas may have
    it (نه‌وین)."""
    return _no_common_word(word) and (
        is_given_name(word) or bool(family_shape(word)) or not word.endswith("ی")
    )


def _no_common_word(word: str) -> bool:
    """Whether `word` is no common word, speaker's noun, place or post."""
    return (
        may_name(word)
        and word not in _SPEAKER_NOUNS
        and word not in NOT_A_LEADERS_NAME
        and not is_known_place(word)
        and not POST_WORD.match(word)
    )
