"""The Persian rules that open on a word start and a keyword, tried only at the words that open
on a keyword's letters (`opened_at_words`), find what the scan at every position finds."""

import re

import pytest

from sabt.extract.bodies_fa import ORG_HEAD
from sabt.extract.marked_persons_fa import _CALLING_OF_A_NATION, _GOVERNMENT_OF, _LEADER
from sabt.extract.name_words_fa import WORD_START, scan, stretches
from sabt.extract.persons_fa import _KIN, _PERSON_HONORIFIC, _ROLE
from sabt.extract.places_fa import (
    _ACT_ON_PLACE,
    _PLURAL_PLACES_PAIR,
    _PREPOSITION_BEFORE,
    PLACE_HEAD,
)
from sabt.extract.stretch_words_fa import opened_at_words, opening_letters, stretch_words

_RULES = {
    "honorific": _PERSON_HONORIFIC,
    "kin": _KIN,
    "role": _ROLE,
    "calling of a nation": _CALLING_OF_A_NATION,
    "leader": _LEADER,
    "government of": _GOVERNMENT_OF,
    "body's head": ORG_HEAD,
    "place's head": PLACE_HEAD,
    "preposition": _PREPOSITION_BEFORE,
    "act on a place": _ACT_ON_PLACE,
    "plural places": _PLURAL_PLACES_PAIR,
}
# Keywords at a word's start, inside a word, after a half-space, joined to a suffix, between
# Latin words, at a stretch's start and end, and matches that follow one another closely.
_TEXT = (
    "دکتر رضا موسوی گفت که سرتیپ دوم پاسدار علی کریمی و آیت‌الله حسن نوری آمدند. "
    "همسرش مریم احمدی و برادرزاده‌اش کاوه، بی‌پدر ماند؛ پدر\u200cخوانده نیامد. "
    "روزنامه‌نگار سارا رحیمی و فعال مدنی نرگس کاظمی، شهروند بهایی مهسا یزدانی. "
    "خبرنگار فرانسوی ژان پل دوپون از تهران گزارش داد. رئیس‌جمهور وقت حسن روحانی گفت، "
    "نخست وزیر اسرائیل سخن گفت و دولت حسن روحانی را سرنگون کردند. "
    "وزارت کشور اعلام کرد، دفتر دادستان و کمیته‌ی امداد. زندان اوین و شهر کرمان در گنبد و به مالی. "
    "محاصره‌ی حلب، اهالی روستا و زندان‌های اوین و قزلحصار. see وزارت کشور and زندان اوین, "
    "x\u200cدکتر علی and دکترها در"
)


def _found(matches: list[re.Match[str]]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(match.span(), match.groupdict()) for match in matches]


@pytest.mark.parametrize("pattern", _RULES.values(), ids=_RULES.keys())
def test_opened_at_words_finds_what_the_scan_finds(pattern: re.Pattern[str]) -> None:
    where = stretches(_TEXT)
    scanned = _found(list(scan(pattern, _TEXT, where)))
    assert scanned  # each rule finds something in the text
    assert _found(list(opened_at_words(pattern, stretch_words(_TEXT, where)))) == scanned


def test_opening_letters_are_the_keywords_letters() -> None:
    assert opening_letters(_LEADER) == (
        "رئیس",
        "رییس",
        "نخست",
        "صدراعظم",
        "پادشاه",
        "امپراتور",
        "ملکه",
        "دیکتاتور",
    )


def test_a_rule_that_may_open_inside_a_word_is_refused() -> None:
    with pytest.raises(ValueError, match="word start"):
        opening_letters(re.compile(r"(?:رهبری|ریاست)\s+\S+"))
    with pytest.raises(ValueError, match="word start"):
        opening_letters(re.compile(rf"{WORD_START}(?:در|از)|ها\s"))


def test_a_rule_that_opens_on_no_letter_is_refused() -> None:
    with pytest.raises(ValueError, match="no letter"):
        opening_letters(re.compile(rf"{WORD_START}(?:در|[آا]ز)\s"))


def test_a_rule_that_reads_letters_otherwise_than_written_is_refused() -> None:
    with pytest.raises(ValueError, match="as written"):
        opening_letters(re.compile(rf"{WORD_START}(?:در|از)\s", re.IGNORECASE))
