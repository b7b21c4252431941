"""A named hospital, school or church in Persian is a place where things happen.

The gold marks such a building as a place (در کلیسای X پناه گرفتند، بر بام مدرسه‌ی X تیرباران
شدند، بیماران بیمارستان X): the site of the events. It is a body only where one of its own
people stands before it, a post-holder, its staff or pupils (اسقف اعظم کلیسای X، پزشکان
بیمارستان X، دانش‌آموزان دبیرستان X), as "doctors at the X Hospital" make it one in English.
A factory (کارخانه‌ی X) is a site too, found by the place heads.
"""

import re

from sabt.extract.mentions import Mention
from sabt.extract.name_words_fa import LETTERS

_BUILDING_HEADS = ("بیمارستان", "مدرسه", "دبیرستان", "دبستان", "هنرستان", "کلیسای")
# The building's own people before it: its clergy, its head, its staff, its pupils.
_ITS_PEOPLE_BEFORE = re.compile(
    rf"(?<![{LETTERS}\u200c])(?:اسقف|کشیش|کشیشان|رئیس|رییس|مدیر|مدیران|کارکنان|کارمندان|"
    r"پزشکان|پزشک|پرستاران|پرستار|معلمان|معلم|سخنگوی|سخنگو|کادر|دانش\u200cآموزان|دانشجویان|طلاب)(?:\u200cی|ِ)?(?:\s+اعظم)?\s+$"
)


def is_site(text: str, body: Mention) -> bool:
    """Whether a body found by its head is a building's name that stands for the site: a
    hospital's, a school's or a church's, none of its own people before it."""
    return body.text.startswith(_BUILDING_HEADS) and not _ITS_PEOPLE_BEFORE.search(
        text, max(0, body.start - 30), body.start
    )
