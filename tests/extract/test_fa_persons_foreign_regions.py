"""Foreign persons of the lands where atrocities abroad are reported in Persian (Latin America,
Francophone, Anglophone and East Africa, the Slavic lands, the Caucasus, South East Asia and
South Asia), named by a given name of `data/given_names_foreign_fa.txt` and a family name with
no Persian shape; and the guard of that list: no name on it, unless marked ~, is a word the
name rules read as no name, a month, a Persian given name marked as a word, or a listed place.
Sentences and persons written for these tests (synthetic people)."""

import pytest
from tests.extract.helpers import annotated

from sabt.extract.name_shapes_fa import given_names_fa, is_foreign_given_name
from sabt.extract.name_words_fa import NAME_ENDS, NOT_A_NAME, PREVERBS
from sabt.extract.world import _MONTH_WORDS, _listed

_FOUND = {
    "a Colombian witness": ("خواکین اورتیس از مرز گذشت.", ["خواکین اورتیس"]),
    "an Argentine mother": ("اسپرانزا گیرون از خانواده‌ی قربانیان است.", ["اسپرانزا گیرون"]),
    "a Brazilian farmer": ("ژوائو کاردوسو به دست ماموران کشته شد.", ["ژوائو کاردوسو"]),
    "a Rwandan officer": ("ژوونال موگنزی کلیسا را محاصره کرد.", ["ژوونال موگنزی"]),
    "a Rwandan survivor": (
        "ایماکوله اووامبازا در کلیسا پنهان شده بود.",
        ["ایماکوله اووامبازا"],
    ),
    "a Burundian commander": (
        "اواریست نیونزیما دستور تیراندازی داد.",
        ["اواریست نیونزیما"],
    ),
    "a Malian officer": ("آسیمی کوناته بازداشت شد.", ["آسیمی کوناته"]),
    "a Kenyan policeman": ("موانگی کاریوکی به معترضان شلیک کرد.", ["موانگی کاریوکی"]),
    "a Senegalese witness": ("سادیو دیالو در دادگاه شهادت داد.", ["سادیو دیالو"]),
    "a Mozambican prisoner": (
        "آگوستینیو ماتسینهه در اردوگاه زندانی بود.",
        ["آگوستینیو ماتسینهه"],
    ),
    "a Russian officer": ("وادیم گریشین دستور حمله را صادر کرد.", ["وادیم گریشین"]),
    "a Ukrainian survivor": ("تتیانا مارچوک از زیرزمین بیرون آمد.", ["تتیانا مارچوک"]),
    "a Serbian commander": ("دراگان بوبان فرمانده واحد بود.", ["دراگان بوبان"]),
    "a Bosnian mother": ("هاتیجا کاراگا پسرانش را از دست داد.", ["هاتیجا کاراگا"]),
    "a Croatian general": ("تومیسلاو مرکش به دادگاه احضار شد.", ["تومیسلاو مرکش"]),
    "a Georgian activist": ("زوراب گلنتی در تفلیس بازداشت شد.", ["زوراب گلنتی"]),
    "an Armenian with a family name in -ian": (
        "تیگران آواگیان بازداشت شد.",
        ["تیگران آواگیان"],
    ),
    "a Chechen with a family name in -ov": ("ماگومد آلخانوف ربوده شد.", ["ماگومد آلخانوف"]),
    "a Serbian witness": ("سنژانا ووکسان در دادگاه شهادت داد.", ["سنژانا ووکسان"]),
    "a Filipina nurse": ("کورازون دلگادو در مانیل ربوده شد.", ["کورازون دلگادو"]),
    "a Burmese student": ("هتین لین در زندان درگذشت.", ["هتین لین"]),
    "an Indonesian officer": (
        "بامبانگ ویدودو در جاکارتا بازداشت شد.",
        ["بامبانگ ویدودو"],
    ),
    "an Indian journalist": ("سانجای شارما در دهلی بازداشت شد.", ["سانجای شارما"]),
    "a Sikh woman": ("گورپریت کائور در آتش‌سوزی کشته شد.", ["گورپریت کائور"]),
    "a Sri Lankan official": (
        "چاندریکا ویجراتنه گزارش را منتشر کرد.",
        ["چاندریکا ویجراتنه"],
    ),
}


@pytest.mark.parametrize(("text", "names"), _FOUND.values(), ids=_FOUND.keys())
def test_a_foreign_given_name_opens_the_persons_name(text: str, names: list[str]) -> None:
    assert annotated(text, "person") == names


def test_a_name_known_alone_is_a_person() -> None:
    """A ruler known by one name (Indonesia's) names him opening a sentence."""
    assert annotated("سوهارتو دستور کشتار را صادر کرد.", "person") == ["سوهارتو"]


# Common Persian sentences whose words a foreign given name must not spell (Alan's آلان folds
# to الان, now; Min's مین is a landmine; Ravi's راوی a narrator; Rui's روی on; Claire's کلر
# chlorine), or that the lists mark ~ (Ivan's ایوان is a porch; Pierre's پیر old).
_ORDINARY = {
    "now": "الان وقت گفت‌وگو نیست.",
    "a landmine": "یک مین زمینی منفجر شد.",
    "a narrator": "راوی داستان سال‌ها در زندان بود.",
    "on": "روی دیوار شعار نوشته بودند.",
    "chlorine": "آب آشامیدنی با کلر ضدعفونی شد.",
    "a porch": "ایوان خانه در بمباران فرو ریخت.",
    "old": "مرد پیر کشاورز بود.",
}


@pytest.mark.parametrize("text", _ORDINARY.values(), ids=_ORDINARY.keys())
def test_no_person_in_common_persian(text: str) -> None:
    assert annotated(text, "person") == []


# Given names listed on purpose though a far place is spelt so: the world gazetteer leaves such a
# place to the given name (`sabt.extract.world`), Anatoly before Anatolia.
_GIVEN_BEFORE_A_PLACE = frozenset(("آناتولی",))


def test_no_foreign_given_name_is_a_word_a_month_or_a_place() -> None:
    """A foreign given name not marked ~ opens a name before any word and names a person alone,
    so none may be spelt as a word the name rules know as no name, a month, a Persian given
    name marked as an ordinary word (پیر old, ایوان a porch) or a listed place."""
    places = [
        place
        for listed in ("places_fa.txt", "places_fa_world.txt", "places_fa_cued.txt")
        for place in _listed(listed)
    ]
    words = [*NAME_ENDS, *NOT_A_NAME, *PREVERBS, *_MONTH_WORDS, *given_names_fa()[1], *places]
    clashes = [word for word in words if is_foreign_given_name(word)]
    assert [word for word in clashes if word not in _GIVEN_BEFORE_A_PLACE] == []
