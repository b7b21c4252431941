"""Persian wordings of a post held: apposition ("X، دادستان وقت تهران"), copula ("X که آن زمان
رئیس … بود"), appointment ("به سمت/به عنوان … منصوب شد"، "ریاست … را بر عهده داشت"), the post
before the name ("رئیس قوه قضاییه، X، گفت"، "دادستان تهران X") and a post named by its office
("در دوران ریاست X بر …"، "به ریاست X"، "تحت فرماندهی X").
"""

import re

from sabt.extract.mentions import Mention

Found = tuple[int, int, str]

_HEADS = (
    r"دادستان|معاون|رئیس|رییس|وزیر|قاضی|حاکم شرع|دبیرکل|دبیر|فرمانده|رهبر|نماینده|مدیرکل|مدیر|"
    r"عضو|قائم[\u200c ]?مقام|استاندار|فرماندار|بخشدار|شهردار|امام جمعه|سخنگوی|سخنگو|جانشین|"
    r"مشاور|سرپرست|والی|نخست[\u200c ]?وزیر|سفیر|بازجو|مسئول|نایب[\u200c ]?رئیس|سرلشکر|سرتیپ|"
    r"سردار|سرهنگ|سرگرد"
)
_LETTER = r"[\u0621-\u06cc]"
_WORD = r"[\u0621-\u06cc\u200c]+"
# Words that end a post: particles, pronouns and verbs ("وزیر کشور گفت" is the post وزیر کشور).
_STOP = (
    r"(?:و|در|از|به|با|که|را|تا|بر|برای|این|آن|او|وی|اما|یا|پس|گفت|گفته|کرد|کرده|شد|شده|"
    r"است|بود|بوده|نیز|هم|همچنین|منصوب|انتخاب|برگزیده)"
)
_POST_WORD = rf"(?!{_STOP}(?!{_LETTER}|\u200c)){_WORD}"
# A head may be the first part of a word joined by a zero-width non-joiner (رئیس‌جمهور,
# رئیس‌کل) or take the ezafe ‌ی.
_HEAD = rf"(?<!{_LETTER})(?:{_HEADS})(?:\u200c{_LETTER}+)?(?:\u200cی)?(?!{_LETTER})"
_POSITION = rf"{_HEAD}(?:\s+(?!منصوب|انتخاب|برگزیده){_WORD}){{0,4}}?"
# Before a name the post's words are bounded: no particle or verb, "و" only between two words
# ("استاندار سیستان و بلوچستان").
_STRICT_POSITION = rf"{_HEAD}(?:\s+(?:و\s+)?{_POST_WORD}){{0,4}}"
_APPOSITION = re.compile(rf"\s*[،,]\s*(?P<p>{_POSITION})(?=\s*[،,.؛]|\s+(?:بود|است|شد|در|و)\b)")
# "X که در آن زمان دادستان کرج بود": a phrase of time may stand before the post.
_WHEN = (
    r"(?:(?:در آن زمان|آن زمان|در آن هنگام|آن هنگام|در آن سال‌ها|در آن دوره|پیش‌تر|پیشتر|"
    r"هنوز|سابقاً|قبلاً|اکنون|هم‌اکنون|در حال حاضر|بعدها|پیش از این|تا آن زمان)\s+)?"
)
_COPULA = re.compile(
    rf"\s*[،,]?\s+(?:که\s+)?{_WHEN}(?:به عنوان\s+)?(?P<p>{_POSITION})\s+(?:سابق\s+)?(?:وقت\s+)?"
    rf"(?:بود|است|شد)(?:ه|ند)?(?!{_LETTER})"
)
_OFFICE = r"(?:ریاست|دادستانی|وزارت|معاونت|فرماندهی|دبیرکلی|استانداری|فرمانداری|سرپرستی)"
_MADE = r"(?:منصوب|انتخاب|برگزیده|گماشته|تعیین|معرفی)\s+(?:شد|گردید|شده)"
_APPOINTED = re.compile(
    rf"(?:به عنوان|به سمت|به مقام|به)\s+(?P<p>{_OFFICE}[\u0600-\u06ff\u200c ]{{0,40}}?)\s+{_MADE}"
    rf"|\s+(?:به عنوان|به سمت|به مقام)\s+(?P<q>{_POSITION})\s+{_MADE}"
    rf"|(?P<r>{_OFFICE}(?!\s+عملیات)[\u0600-\u06ff\u200c ]{{0,40}}?)\s+را\s+"
    r"(?:بر|به)\s*\u200c?عهده\s+(?:داشت|گرفت)"
)
# (The command of an operation, فرماندهی عملیات, is no post.)
# "… X را به سمت دادستان کرج منصوب کرد": X, the one appointed, right before را.
_MADE_OBJECT = re.compile(
    rf"\s+را\s+(?:به عنوان|به سمت|به مقام|به)\s+(?P<p>{_OFFICE}[\u0600-\u06ff\u200c ]{{0,40}}?|"
    rf"{_POSITION})\s+(?:منصوب|انتخاب|تعیین|برگزیده)\s+(?:کرد|نمود)"
)
_CLOSED = re.compile(r"\s*[،,]")
# Joined to a name, a rank or office is its title ("سرهنگ X", "دادستان تهران X"); another head
# of one word may be the name's possessor ("معاون X" is also X's deputy).
_TITLE = re.compile(
    r"(?:سرلشکر|سرتیپ|سردار|سرهنگ|سرگرد|قاضی|دادستان|استاندار|فرماندار|شهردار|سفیر)"
    rf"(?!{_LETTER}|\u200c)|\S+\s+\S"
)
# The post opens its phrase: after punctuation or a particle, not after a noun it would qualify
# ("پسر وزیر، X" is the minister's son).
_OPENS = re.compile(rf"(?:^|[،,.؛:«»()]\s*|(?<!{_LETTER}){_STOP}\s+)$")
_BEFORE = re.compile(rf"(?<!{_LETTER}|\u200c)(?P<p>{_STRICT_POSITION})\s*[،,]?\s*$")
# "در دوران ریاست X بر قوه قضاییه", "به ریاست X", "تحت فرماندهی X".
_OFFICE_BEFORE = re.compile(rf"(?<!{_LETTER}|\u200c)(?P<o>{_OFFICE}|ریاست[\u200c]?جمهوری)\s+$")
_OVER = re.compile(r"\s+بر\s+")
_OVER_WORDS = re.compile(
    rf"(?P<b>{_POST_WORD}(?:\s+(?:و\s+)?{_POST_WORD}){{0,2}}?)(?=\s*[،,.؛]|\s+{_STOP}\b|$)"
)


def after_name(text: str, person: Mention, stop: int) -> list[Found]:
    """Posts written after the name, up to `stop` (the next person or the sentence's end)."""
    found: list[Found] = []
    for pattern in (_APPOSITION, _COPULA, _MADE_OBJECT):
        match = pattern.match(text, person.end, stop)
        if match:
            found.append((match.start("p"), match.end("p"), match["p"]))
    for match in _APPOINTED.finditer(text, person.end, stop):
        group = next(g for g in ("p", "q", "r") if match.group(g))
        found.append((match.start(group), match.end(group), match[group]))
    return found


def before_name(text: str, start: int, person: Mention, bodies: list[Mention]) -> list[Found]:
    """Posts written before the name, from `start` (the sentence's start)."""
    window = max(start, person.start - 80)
    office = _OFFICE_BEFORE.search(text, window, person.start)
    if office:
        over = _OVER.match(text, person.end)
        body = over and next((m for m in bodies if m.start == over.end()), None)
        words = over and _OVER_WORDS.match(text, over.end())
        end, what = (
            (body.end, body.text) if body else (words.end(), words["b"]) if words else (0, "")
        )
        if what:
            return [(office.start("o"), end, f"{office['o']} {what}")]
        return [(office.start("o"), office.end("o"), office["o"])]
    before = _BEFORE.search(text, window, person.start)
    if before is None:
        return []
    # After a comma the name must close the apposition ("رهبر، X را … منصوب کرد" is no post of
    # X's); without one, a head of one word may be the name's possessor ("وکیل X", X's lawyer).
    comma = "،" in before[0][-3:] or "," in before[0][-3:]
    if not _OPENS.search(text, window, before.start()):
        return []
    if _CLOSED.match(text, person.end) if comma else _TITLE.match(before["p"]):
        return [(before.start("p"), before.end("p"), before["p"])]
    return []
