"""English rule for East Asian names written family name first: Korean ("Chun Doo-hwan",
"Kim Dae-jung", "Park Chung Hee"), Chinese ("Xi Jinping", "Chiang Kai-shek") and Vietnamese
("Nguyen Van An", "Tran Thi Mai").

Such names carry no given name the Latin list knows, and often no title or speech verb: "the
commission, chaired by Song Sun-tae, …". Their shape is the cue: a known family name, then a
given name of romanised syllables (joined by a hyphen, or one or two syllables of pinyin), or
in Vietnamese a middle name from a short list. The family name, not the last word, is the one
that stands for the person later ("Chun's government"): `family_name` says which it is.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from sabt.extract.anchored import MatchLike
from sabt.extract.given_names import is_given_name

_KOREAN = (
    "Kim Lee Yi Rhee Park Pak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Lim Han Oh "
    "Seo Shin Kwon Hwang Ahn Song Jeon Chun Hong Ko Moon Mun Yang Son Bae Baek Paek Heo Yoo Yu "
    "Nam Noh Roh Ha Kwak Sung Cha Joo Woo Min Ryu Jin Um Chae Won Bang Kong Hyun Ham Byun Yeo "
    "Choo Seok Ban Pyo Maeng Tak Gong Ok Yook"
)
_CHINESE = (
    "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Zhu Hu Guo Lin Luo Zheng Liang Xie Tang "
    "Deng Feng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Du Ye Cheng Wei Su Lu Ding Ren "
    "Shen Yao Xi Jia Fang Zou Qin Meng Xiong Hao Mao Lei Gao Ma Wen Qiao Dai Fu Kong Hou "
    "Chiang Hsu Tsai Chou Hsieh Kuo Hung Tseng Kao Lo Yeh Chu Chao Teng Tung Wong Leung Chan"
)
_VIETNAMESE = (
    "Nguyen Nguyễn Tran Trần Le Lê Pham Phạm Hoang Hoàng Huynh Huỳnh Phan Vu Vũ Vo Võ Dang "
    "Đặng Bui Bùi Do Đỗ Ho Hồ Ngo Ngô Duong Dương Ly Lý Dinh Đinh Truong Trương Trinh Trịnh Dao "
    "Đào Luong Lương Cao Ta Tạ"
)
# Vietnamese middle names: "Nguyen Van An", "Tran Thi Mai", "Ho Chi Minh", "Le Duc Tho".
_VIETNAMESE_MIDDLES = (
    "Van Văn Thi Thị Duc Đức Dinh Đình Huu Hữu Minh Quoc Quốc Thanh Xuan Xuân Ngoc Ngọc Cong "
    "Công Quang Hong Hồng Tan Tấn Chi Phu Phú Tien Tiến Manh Mạnh Trong Trọng Ba Bá"
)
_CHINESE_FAMILIES = frozenset(_CHINESE.split())
FAMILY_FIRST = frozenset(_KOREAN.split()) | _CHINESE_FAMILIES
_VIETNAMESE_FAMILIES = frozenset(_VIETNAMESE.split())
_MIDDLES = frozenset(_VIETNAMESE_MIDDLES.split())

_LETTERS = r"[^\W\d_]"
# A capitalised word that another capitalised word follows: where a name may open.
_OPENS = re.compile(rf"([A-ZĐ]{_LETTERS}+) (?=[A-ZĐ])")
_GLUED = re.compile(r"[\w’'\-]")
# What must follow a name: no letter nor hyphen, and no other capitalised word or a number.
_CLOSED = r"(?![\w\-])(?![ ]*[A-Z\d])"
# A romanised syllable, loosely: consonants, a vowel or up to three, a closing consonant.
_SYLLABLE = re.compile(r"[bcdfghjklmnpqrstwxyz]{0,3}[aeiou]{1,3}(?:ng|n|k|l|m|p|t|r)?")
_PARTS = re.compile(r"[- ]")
# A given name of two syllables joined by a hyphen ("Doo-hwan", "Kai-shek", "Sun-tae") or
# written as two words ("Park Chung Hee", "Yoon Suk Yeol").
_HYPHENED = re.compile(rf"(?P<name>[A-Z][a-z]+ (?P<given>[A-Z][a-z]+-[a-z]+)){_CLOSED}")
_TWO_WORDS = re.compile(rf"(?P<name>[A-Z][a-z]+ (?P<given>[A-Z][a-z]+ [A-Z][a-z]+)){_CLOSED}")
# A pinyin given name of one word, one or two syllables: "Jinping", "Keqiang", "Yi", "Xiaobo".
_PINYIN_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ao|an|ei|en|er|ia|ie|in|iu|ou|ua|ue|ui|"
    r"un|uo|a|e|i|o|u)"
)
_PINYIN_WORD = re.compile(rf"(?:{_PINYIN_SYLLABLE}){{1,2}}")
_ONE_WORD = re.compile(rf"(?P<name>[A-Z][a-z]+ (?P<given>[A-Z][a-z]+)){_CLOSED}")
_VIETNAMESE_NAME = re.compile(
    rf"(?P<name>{_LETTERS}+ (?P<middle>{_LETTERS}+) [A-ZĐ]{_LETTERS}*){_CLOSED}"
)


@lru_cache(maxsize=4096)
def _syllables(given: str) -> bool:
    """Whether each part of a Korean given name ("Doo-hwan", "Chung Hee") is one syllable."""
    return all(_SYLLABLE.fullmatch(part) for part in _PARTS.split(given.lower()))


@lru_cache(maxsize=4096)
def _pinyin(word: str) -> bool:
    """Whether a word is one or two syllables of pinyin ("Jinping", "Yi"), not English."""
    return _PINYIN_WORD.fullmatch(word.lower()) is not None


def family_name(words: tuple[str, ...]) -> str | None:
    """The family name of a Korean or Chinese name ("Chun" of "Chun Doo-hwan"), the word that
    stands for the person later; None for any other name, and for one whose second word is a
    known given name (a Burmese name of the same shape has no family name)."""
    if len(words) < 2 or is_given_name(words[1].split("-")[0]):
        return None  # "Min Aung Hlaing": a Burmese name, no family name in it
    shaped = _shaped(" ".join(words))
    return words[0] if shaped and words[0] in FAMILY_FIRST else None


def written_family_first(words: tuple[str, ...]) -> bool:
    """Whether a name has an East Asian shape ("Chun Doo-hwan", "Nguyen Van An"): its last
    word is no family name (a Vietnamese one is a given name, often a short common word)."""
    return _shaped(" ".join(words))


@lru_cache(maxsize=4096)
def _shaped(name: str) -> bool:
    """Whether the whole of a name is one East Asian name."""
    found = _east_asian_at(name, 0, name.split(" ", 1)[0])
    return found is not None and found.end("name") == len(name)


def _east_asian_at(string: str, start: int, family: str) -> re.Match[str] | None:
    """The East Asian name opening at `start` on `family`, if the words after it fit one."""
    if family in _VIETNAMESE_FAMILIES:
        found = _VIETNAMESE_NAME.match(string, start)
        if found is not None and found["middle"] in _MIDDLES:
            return found
    if family not in FAMILY_FIRST:
        return None
    for shape in (_HYPHENED, _TWO_WORDS):
        found = shape.match(string, start)
        if found is not None and _syllables(found["given"]):
            return found
    found = _ONE_WORD.match(string, start)
    if found is not None and family in _CHINESE_FAMILIES and _pinyin(found["given"]):
        return found
    return None


@dataclass(frozen=True)
class EastAsianNames:
    """Names written family name first, found where a known family name opens a run of
    capitalised words (not glued to a word before it)."""

    def finditer(self, string: str, /) -> Iterator[MatchLike]:
        for word in _OPENS.finditer(string):
            family, start = word.group(1), word.start()
            if family not in FAMILY_FIRST and family not in _VIETNAMESE_FAMILIES:
                continue
            if start and _GLUED.match(string, start - 1):
                continue
            if (found := _east_asian_at(string, start, family)) is not None:
                yield found


EAST_ASIAN_NAME = EastAsianNames()
