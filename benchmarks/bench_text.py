"""sabt.text throughput: name keys per second, dates and numbers found per KB of text.

All figures are single-threaded (one core). Text is made here from sample sentences written
for this benchmark, in English and Persian, repeated to about 200 KB each.
"""

import time
from itertools import product
from pathlib import Path
from typing import Any

from sabt.text import name_parts, names
from sabt.text.dates import find_dates
from sabt.text.names import name_key, name_similarity
from sabt.text.numbers import find_numbers

GIVEN = ["Ebrahim", "Hossein", "Mohammad", "Ali", "Reza", "Mostafa", "Zahra", "Fatemeh", "Mahmoud"]
GIVEN_FA = ["ابراهیم", "حسین", "محمد", "علی", "رضا", "مصطفی", "زهرا", "فاطمه", "محمود"]
FAMILY = ["Raisi", "Pour-Mohammadi", "Nayyeri", "Eshraghi", "Montazeri", "Ghasemi", "Hosseini"]
FAMILY_FA = ["رئیسی", "پورمحمدی", "نیری", "اشراقی", "منتظری", "قاسمی", "حسینی"]
SUFFIXES = ["", "zadeh", "pour", "i", "nejad", "far", "ian", "vand"]

ENGLISH = (
    "Witnesses said that between 2,800 and 4,500 prisoners were moved in the summer of 1988; "
    "a later report put the figure at about 30,000, while the committee counted at least 4,482 "
    "names by 15 August 1988. Hundreds of families waited outside the prison on Saturday. "
)
PERSIAN = (
    "به گفته شاهدان در تابستان ۱۳۶۷ بیش از پنج هزار زندانی منتقل شدند و در ۲۴ مرداد ۱۳۶۷ "
    "حدود ۳۰٬۰۰۰ نفر اعدام شدند؛ خانواده‌ها ده‌ها روز در برابر زندان منتظر ماندند. "
)


def _names() -> list[str]:
    latin = [f"{g} {f}{s}" for g, f, s in product(GIVEN, FAMILY, SUFFIXES)]
    persian = [f"{g} {f}{s}" for g, f, s in product(GIVEN_FA, FAMILY_FA, ["", "زاده", "پور", "ی"])]
    return latin + persian


def _rate(count: float, seconds: float) -> float:
    return round(count / seconds, 1) if seconds else float("inf")


def _text_rates(text: str) -> dict[str, float]:
    size_kb = len(text.encode("utf-8")) / 1024
    started = time.perf_counter()
    dates = find_dates(text)
    date_seconds = time.perf_counter() - started
    started = time.perf_counter()
    numbers = find_numbers(text)
    number_seconds = time.perf_counter() - started
    return {
        "kb": round(size_kb, 1),
        "find_dates_kb_per_s": _rate(size_kb, date_seconds),
        "find_numbers_kb_per_s": _rate(size_kb, number_seconds),
        "dates_found": len(dates),
        "numbers_found": len(numbers),
    }


def run(work_dir: Path) -> dict[str, Any]:
    all_names = _names()
    names._tokens.cache_clear()
    name_parts.segment.cache_clear()
    started = time.perf_counter()
    for name in all_names:
        name_key(name)
    cold = time.perf_counter() - started
    started = time.perf_counter()
    for _ in range(5):
        for name in all_names:
            name_key(name)
    warm = time.perf_counter() - started
    pairs = list(zip(all_names, reversed(all_names), strict=True))
    started = time.perf_counter()
    for a, b in pairs:
        name_similarity(a, b)
    similarity = time.perf_counter() - started
    return {
        "names": len(all_names),
        "name_key_per_s_uncached": _rate(len(all_names), cold),
        "name_key_per_s_cached": _rate(5 * len(all_names), warm),
        "name_similarity_pairs_per_s": _rate(len(pairs), similarity),
        "english": _text_rates(ENGLISH * 700),
        "persian": _text_rates(PERSIAN * 700),
    }
