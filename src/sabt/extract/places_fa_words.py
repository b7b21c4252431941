"""Persian words that stand where a place's name would and name none: the adverbs that may
follow a place's head (اردوگاه بارها هدف قرار گرفته بود: the camp was often targeted), the
bodies that hold a detention centre (بازداشتگاه اطلاعات, the intelligence's detention centre),
and the light verbs whose noun a place's cue may stand before (ساکنان رخ داده است: رخ opens
the verb رخ دادن, to happen). Written down whole, each a closed class of the language, so that
`places_fa` can tell a name from them in any sentence.
"""

import re

from sabt.extract.name_words_fa import WORD

# Adverbs of time, frequency, degree, manner and stance, and the quantifiers and pronouns that
# follow a noun: after a place's head they end the phrase, no name begins there.
_ADVERB_WORDS = (
    # frequency
    "بارها بار‌ها مکرراً مکررا مرتباً مرتبا همیشه همواره هرگز هیچ‌گاه هیچگاه هیچ‌وقت گاهی گاه "
    "گاهگاهی اغلب غالباً غالبا معمولاً معمولا دوباره مجدداً مجددا باز بازهم بارهابار چندبار "
    "چندین‌بار پیوسته دائماً دائما مدام "
    # time
    "هنوز تاکنون تا‌کنون اکنون هم‌اکنون هماکنون حالا اینک امروز دیروز فردا امشب دیشب امسال "
    "پارسال سپس بعداً بعدا قبلاً قبلا پیشتر پیش‌تر اخیراً اخیرا بلافاصله فوراً فورا ناگهان "
    "سرانجام بالاخره بالآخره نخست ابتدا آنگاه آن‌گاه هم‌زمان همزمان همچنان هم‌چنان "
    # degree, manner, stance
    "نیز هم حتی فقط تنها صرفاً صرفا عملاً عملا تقریباً تقریبا کاملاً کاملا واقعاً واقعا رسماً "
    "رسما مستقیماً مستقیما شدیداً شدیدا عمداً عمدا احتمالاً احتمالا ظاهراً ظاهرا ظاهرن "
    "اساساً اساسا لااقل دست‌کم حداقل حداکثر بسیار خیلی کمابیش اصلاً اصلا ابداً ابدا "
    "مخفیانه شبانه آشکارا عمیقاً عمیقا یکباره یک‌باره ناگزیر "
    # quantifiers and pronouns after a noun
    "همه همگی تماماً تماما خود خودش خودشان"
)
_ADVERBS = frozenset(_ADVERB_WORDS.split())
# A word ending in the tanwin (رسماً، اخیراً) is an adverb whatever it is.
_TANWIN = ("اً", "ًا")

# The bodies that hold a prison or a detention centre, after its head: the centre is theirs,
# not named (بازداشتگاه اطلاعات, زندان سپاه, بازداشتگاه شهربانی, سلول‌های ساواک).
_OWNER_WORDS = (
    "اطلاعات سپاه ساواک شهربانی ژاندارمری پلیس آگاهی ارتش کمیته دادسرا دادگستری امنیت "
    "واجا وزارت نیروی ستاد قرارگاه ارگان حفاظت ضداطلاعات استخبارات مخابرات موساد کا‌گ‌ب "
    "طالبان داعش بعث حزب رژیم دولت حکومت نظامیان"
)
_OWNERS = frozenset(_OWNER_WORDS.split())
_DETENTION_HEADS = ("زندان", "بازداشتگاه", "سلول", "بند", "شکنجه\u200cگاه")

# The light verbs of Persian compound verbs, not those of moving (آمد، رفت، برد، آورد، رسید: "به
# X آمد" is a place's): their past and present stems, every person, with می‌/ن/ب before them,
# and the participle before an auxiliary (رخ داده است، روی داده بود، صورت گرفته‌اند).
_PAST = "کرد|شد|داد|زد|گرفت|داشت|نمود|گشت|یافت|خورد|کشید|ساخت|گذاشت|بست|افتاد"
_PRESENT = "کن|شو|ده|زن|گیر|دار|نما|گرد|یاب|خور|کش|ساز|گذار|بند|افت"
_LIGHT_VERB = re.compile(
    rf"ن?(?:(?:ن?می\u200c?)?(?:{_PAST})(?:م|یم|ید|ند)?"
    rf"|(?:{_PAST})ه(?:\u200c(?:است|اند|ام|ای|ایم|اید))?"
    rf"|(?:ن?می\u200c?|ب)?(?:{_PRESENT})(?:م|د|یم|ید|ند))"
)
_AUXILIARY_WORDS = "است اند ام ای ایم اید بود بودند بوده شد شدند شده شود شوند باشد باشند"
_AUXILIARY = frozenset(_AUXILIARY_WORDS.split())
_TWO_WORDS = re.compile(rf"\s+(?P<first>{WORD})(?:\s+(?P<second>{WORD}))?")


def names_nothing(word: str) -> bool:
    """Whether a word after a place's head is an adverb, a quantifier or a link: no name."""
    return word in _ADVERBS or word.endswith(_TANWIN)


def owned_by_a_body(head: str, word: str) -> bool:
    """Whether a detention centre's head is followed by the body that holds it (بازداشتگاه
    اطلاعات): a description of whose it is, no name."""
    return head.removesuffix("\u200cی").startswith(_DETENTION_HEADS) and word in _OWNERS


def verb_follows(text: str, end: int) -> bool:
    """Whether the words after `end` are a light verb, finite or a participle before an
    auxiliary: the word before them is a compound verb's noun (رخ داد، رخ داده است), no
    place. A bare participle with no auxiliary (کشته، داده) is not taken."""
    words = _TWO_WORDS.match(text, end)
    if words is None or not _LIGHT_VERB.fullmatch(words["first"]):
        return False
    if not words["first"].endswith("ه"):
        return True
    return words["second"] in _AUXILIARY
