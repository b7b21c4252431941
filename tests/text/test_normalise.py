"""normalise_for_search, normalise_persian and script_of."""

import pytest

from sabt.text.normalise import normalise_for_search, normalise_persian, script_of

ZWNJ = "\u200c"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("علي", "علی"),  # Arabic yeh
        ("موسى", "موسی"),  # alef maksura
        ("كرمان", "کرمان"),  # Arabic kaf
        ("مدرسة", "مدرسه"),  # teh marbuta
        ("خانۀ", "خانه"),  # heh with hamza above
        ("خانهٔ", "خانه"),  # heh + combining hamza
        ("أحمد", "احمد"),
        ("إسلام", "اسلام"),
        ("آزادی", "ازادی"),
        ("ٱلله", "الله"),
        ("مؤمن", "مومن"),
        ("رئیسی", "ریيسی"),
        ("ابتداء", "ابتدا"),
        ("مـــحمد", "محمد"),  # tatweel
        ("مُحَمَّد", "محمد"),  # harakat
        ("ﻻ", "لا"),  # presentation form
        ("۱۳۶۷", "1367"),
        ("١٣٦٧", "1367"),
        ("۳۰٬۰۰۰", "30,000"),
        ("Éric", "eric"),
        ("MONTAZERI", "montazeri"),
        ("Ja'far", "Jafar"),
        ("Ja’far", "jafar"),
        ("ʿAli", "Ali"),
        ("Pour–Mohammadi", "pour-mohammadi"),
        ("Pour\u2011Mohammadi", "Pour-Mohammadi"),
        ("می\u200cروم", "می روم"),
        ("کتاب\u200bها", "کتاب ها"),
        ("Stra\u00dfe", "strasse"),
        ("  a \t\n b  ", "a b"),
        ("حسین\u200dعلی", "حسینعلی"),  # ZWJ removed, not a space
        ("\u200fسلام\u200e", "سلام"),  # bidi marks removed
        ("Na\u00adyeri", "nayeri"),  # soft hyphen
    ],
)
def test_search_form_meets(a: str, b: str) -> None:
    assert normalise_for_search(a) == normalise_for_search(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("حسینی", "حسنی"),
        ("علی", "علوی"),
        ("1367", "1368"),
        ("کرمان", "گرمان"),
        ("پور", "بور"),
        ("Ali", "Alia"),
    ],
)
def test_search_form_keeps_different_words_apart(a: str, b: str) -> None:
    assert normalise_for_search(a) != normalise_for_search(b)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("علي أكبر", "علی اکبر"),
        ("مُحَمَّد", "محمد"),
        ("كتاب\u200cها", "کتاب ها"),
        ("۲۴ مرداد ۱۳۶۷", "24 مرداد 1367"),
        ("Évin prison", "evin prison"),
    ],
)
def test_search_form_exact(text: str, expected: str) -> None:
    assert normalise_for_search(text) == expected


@pytest.mark.parametrize(
    "text",
    ["ابراهیم رئیسی", "زندان اوین در تهران", "حسین‌علی منتظری", "Ebrahim Raisi in Evin"],
)
def test_search_form_keeps_words_whole(text: str) -> None:
    # No letter is split off or merged: the word count only grows where a ZWNJ stood.
    expected = len(text.replace(ZWNJ, " ").split())
    assert len(normalise_for_search(text).split()) == expected


def test_search_form_is_idempotent() -> None:
    text = "إبراهيم رئيسي، ۲۴ مرداد ١٣٦٧ — Pour‑Mohammadi’s «حسین‌علی»"
    once = normalise_for_search(text)
    assert normalise_for_search(once) == once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("علي", "علی"),
        ("كرمان", "کرمان"),
        ("مـحمد", "محمد"),
        ("١٣٦٧", "۱۳۶۷"),
        ("۱۳۶۷", "۱۳۶۷"),
        ("خانۀ", "خانۀ"),  # kept for display
        ("أحمد", "أحمد"),  # hamza kept
        ("مدرسة", "مدرسة"),
        ("می\u200c\u200cروم", "می\u200cروم"),  # doubled ZWNJ
        ("کتاب\u200c ها", "کتاب ها"),  # ZWNJ next to a space
        ("\u200cسلام\u200c", "سلام"),
        ("ﻻ", "لا"),
        ("سلام   دنیا", "سلام دنیا"),
        ("\ufeffسلام", "سلام"),
    ],
)
def test_normalise_persian(text: str, expected: str) -> None:
    assert normalise_persian(text) == expected


def test_normalise_persian_keeps_zwnj_compounds() -> None:
    assert normalise_persian("حسین\u200cعلی") == "حسین\u200cعلی"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ابراهیم رئیسی", "Arab"),
        ("Ebrahim Raisi", "Latn"),
        ("Évin", "Latn"),
        ("Raisi رئیسی", "mixed"),
        ("۱۳۶۷", "none"),
        ("1988-08-15", "none"),
        ("", "none"),
        ("  ,.!", "none"),
        ("Москва", "none"),
        ("ﻻ", "Arab"),
        ("مُ", "Arab"),
    ],
)
def test_script_of(text: str, expected: str) -> None:
    assert script_of(text) == expected
