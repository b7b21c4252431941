"""Words after a place's head or cue that describe a place and name none (`places_fa`): the
capital named elsewhere and the preposition between (در غرب پایتخت، میان دو شهر), whose place
it is by a joined pronoun (روستای خاله‌ام), who lives there by -نشین (محله‌ی بلوچ‌نشین) and a
people's or a faith's plural (گورستان مسیحیان), a compound verb's noun after a head (شهر
میتینگ گذاشت); a family name of descent still names a village."""

import pytest
from tests.extract.helpers import annotated

_NO_PLACE = {
    "the capital after a quarter of the compass": "معترضان در غرب پایتخت جاده را بستند.",
    "my aunt's village": "ما به روستای خاله‌ام گریختیم.",
    "a quarter by who lives there": "در محله‌ی بلوچ‌نشین شهر خانه داشتند.",
    "between, after an occupation": "در سال‌های اشغال میان ۵ تا ۱۰ هزار نفر ناپدید شدند.",
    "a rally's noun after a town's head": "آن روز حزب در شهر میتینگ گذاشت.",
    "a faith's cemetery": "او را در گورستان مسیحیان به خاک سپردند.",
}


@pytest.mark.parametrize("text", _NO_PLACE.values(), ids=_NO_PLACE.keys())
def test_no_place(text: str) -> None:
    assert annotated(text, "place") == []


def test_a_village_named_for_a_family_still_found() -> None:
    assert annotated("آنها در روستای رحیمیان ماندند.", "place") == ["روستای رحیمیان"]
