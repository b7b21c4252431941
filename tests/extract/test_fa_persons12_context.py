"""Foreign persons in Persian script found by their place in the sentence, no list knowing
them: a title or a post before the name or in apposition after it (even inside a clause,
between commas), a relative clause whose pronoun stands for them, a calling before به نام;
then named again alone by the family name (a Chinese one comes first)."""

import pytest
from tests.extract.helpers import annotated, proposed

_FOUND = {
    "a dictator in apposition": (
        "اوگو بانزر، دیکتاتور بولیوی، مخالفان را به زندان انداخت.",
        ["اوگو بانزر"],
    ),
    "a dictator's title before the name": (
        "دیکتاتور پاراگوئه آلفردو استروسنر در تبعید درگذشت.",
        ["آلفردو استروسنر"],
    ),
    "a post in apposition between commas": (
        "روز بعد، تادئو موگیشا، رئیس‌جمهور وقت کشور، را به پایتخت بردند.",
        ["تادئو موگیشا"],
    ),
    "a given name that is a Persian word, in apposition between commas": (
        "در همان ماه، پیر بوکاسا، رئیس‌جمهور کشور، کمیسیونی تشکیل داد. بوکاسا در تبعید مرد.",
        ["پیر بوکاسا", "بوکاسا"],
    ),
    "a bridge's word that is a given name, again with the family name": (
        "پل موهیندا، که در آن زمان وزیر دفاع بود، گفت که ارتش بی‌گناه است. "
        "پل موهیندا حالا رئیس‌جمهور است.",
        ["پل موهیندا", "موهیندا"],
    ),
    "a foreign captain": (
        "کاپیتان ریکاردو زامورا فرمان شلیک داد.",
        ["ریکاردو زامورا"],
    ),
    "a colonel's family name alone later": (
        "سرهنگ اوسکار منخیوار سربازان را به روستا برد. منخیوار سپس به پادگان بازگشت.",
        ["اوسکار منخیوار", "منخیوار"],
    ),
    "a relative clause with the person as its object": (
        "و تان شوئه، که مردم او را «قصاب شهر» می‌نامیدند، قدرت را گرفت. شوئه گفت که آرام باشید.",
        ["تان شوئه", "شوئه"],
    ),
    "a calling before به نام and a Chinese family name alone": (
        "خبرنگاری به نام گوه کیم هوا گفت که خیابان‌ها خالی شده بود. گوه می‌گفت که برادرش را بردند.",
        ["گوه کیم هوا", "گوه"],
    ),
    "one word between commas after a post, then alone": (
        "دیکتاتور هائیتی، دووالیه، کشور را با ترس اداره کرد. دووالیه در سال ۱۹۷۱ درگذشت.",
        ["دووالیه", "دووالیه"],
    ),
    "a title and a nationality before one word between commas": (
        "سروان ژاپنی، هیراکاوا، به سربازان فرمان داد. هیراکاوا بعدها محاکمه شد.",
        ["هیراکاوا", "هیراکاوا"],
    ),
    "a Chinese family name alone after a kinship word": (
        "پیرزنی به نام چوا سو لان (نام مستعار) برای ما گفت. پدر چوا هرگز بازنگشت.",
        ["چوا سو لان", "چوا"],
    ),
}


@pytest.mark.parametrize(("text", "names"), _FOUND.values(), ids=_FOUND.keys())
def test_foreign_persons_by_context(text: str, names: list[str]) -> None:
    assert annotated(text, "person") == names


_NOT_PERSONS = {
    # A witness in apposition between commas is a common noun, no name.
    "a witness between commas": "در ادامه، شاهد عینی، ساکن همان روستا، گفت که صدای تیر شنید.",
    # او the subject of the relative clause is another person than the words before it.
    "a thing the person did": "پیمان صلح، که او امضا کرد، هرگز اجرا نشد.",
    # A country of two words after a leader's title is no name.
    "a country of two words": "رئیس‌جمهور آفریقای مرکزی، به پایتخت بازگشت.",
    # One word between commas after a post is an adverb or a connective, no name.
    "an adverb between commas": "سخنگوی ارتش، همچنان، گفت که حمله دفع شد.",
    "a connective between commas": "رئیس پلیس، اما، اعلام کرد که تحقیقات آغاز شده است.",
}


@pytest.mark.parametrize("text", _NOT_PERSONS.values(), ids=_NOT_PERSONS.keys())
def test_no_person_by_context(text: str) -> None:
    assert proposed(text, "person") == []


def test_a_bridge_is_still_a_place() -> None:
    assert "پل کریم‌خان" in annotated("مردم از پل کریم‌خان گذشتند و به میدان رسیدند.", "place")


def test_a_street_named_after_a_person_is_a_place() -> None:
    # Only a head that is also a given name (پل) gives way to the person after it.
    text = "اوسکار منخیوار، فرمانده گردان، گفت. مردم در خیابان منخیوار جمع شدند."
    assert "خیابان منخیوار" in annotated(text, "place")


def test_a_nationality_after_a_title_is_no_name() -> None:
    text = "سرگرد ژاپنی، که فرمانده گروهان بود، دستور داد."
    assert "ژاپنی" not in proposed(text, "person")
