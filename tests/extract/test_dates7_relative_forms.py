"""Every date given only against another event or the writing is a span with no value: counted
shifts in any unit from hours to centuries, periods placed against an event, anaphoric days and
seasons, feasts, days and months with no year; in English and Persian.

Sentences written for these tests in several wordings, none taken from the gold sets."""

from datetime import date

import pytest
from tests.extract.helpers import REGISTRY

from sabt.extract import annotate


def _dates(text: str) -> list[tuple[str, date | None]]:
    got = annotate(text, registry=REGISTRY, reference_date=date(2024, 1, 10))
    return [(d.text, d.earliest) for d in got.dates]


_ENGLISH = [
    # Counted shifts: hours, centuries, "and a half", a hundred.
    ("Hours later, soldiers came back to the village.", "Hours later"),
    (
        "Forty-eight hours after the raid the bodies were buried.",
        "Forty-eight hours after the raid",
    ),
    ("The militia returned two and a half years later.", "two and a half years later"),
    ("He was rearrested a year and a half later in Mosul.", "a year and a half later"),
    ("A century after the massacre, the graves are unmarked.", "A century after the massacre"),
    ("A hundred years after the deportations, descendants met.", "A hundred years after"),
    ("Two centuries later the town was rebuilt on the ruins.", "Two centuries later"),
    # Periods placed against an event, with an adverb or a longer preposition.
    ("Arrests went on in the months leading up to the election.", "the months leading up to"),
    ("In the weeks immediately after the coup, dozens vanished.", "the weeks immediately after"),
    ("The party was banned in the days just before the referendum.", "the days just before"),
    ("The camp was closed the following March.", "the following March"),
    ("He was arrested the following Monday at his office.", "the following Monday"),
    ("In the early hours of the raid, gunmen entered the camp.", "the early hours"),
    ("By the end of the week, 40 bodies had been found.", "the end of the week"),
    ("Next morning, relatives searched the riverbank.", "Next morning"),
    ("A fortnight later, the commission arrived in Gao.", "A fortnight later"),
    ("In the decade that followed, few officers were tried.", "the decade that followed"),
    ("At the turn of the century, the camp was demolished.", "the turn of the century"),
    # Anaphoric months and seasons with no date before them to take a year from.
    ("Troops returned that July and burned the fields.", "that July"),
    ("Most of the men were shot that winter, a survivor said.", "that winter"),
    # Against now, with no count a reader could place.
    ("In subsequent years, the state denied the killings.", "subsequent years"),
    ("Over the following days the commission heard witnesses.", "the following days"),
    ("The verdict is expected tomorrow, lawyers said.", "tomorrow"),
    # A day of the month with no month, a century, a feast.
    ("They came on the night of the 23rd, and four men vanished.", "the 23rd"),
    ("The raid took place on the 14th, the report said.", "the 14th"),
    ("The village was founded in the 19th century.", "the 19th century"),
    ("Mass graves from the twentieth century remain unopened.", "the twentieth century"),
    ("The killings happened on Christmas Day.", "Christmas Day"),
    ("On New Year's Eve, police fired on the crowd.", "New Year's Eve"),
    ("The clashes broke out during Ramadan.", "Ramadan"),
    ("Arrests rose sharply before Nowruz.", "Nowruz"),
    ("Families gathered outside the prison on Easter Sunday.", "Easter Sunday"),
]

_PERSIAN = [
    ("چند ساعت بعد نیروهای امنیتی به روستا بازگشتند.", "چند ساعت بعد"),
    ("ساعاتی پس از حمله، اجساد به گورستان منتقل شد.", "ساعاتی پس از حمله"),
    ("دو دهه بعد، خانواده‌ها هنوز در جست‌وجوی گورها بودند.", "دو دهه بعد"),
    ("یک قرن پس از کشتار، بازماندگان در محل گرد آمدند.", "یک قرن پس از کشتار"),
    ("در سال‌های پس از انقلاب، هزاران نفر اعدام شدند.", "سال‌های پس از انقلاب"),
    ("در روزهای پیش از انتخابات، ده‌ها نفر بازداشت شدند.", "روزهای پیش از انتخابات"),
    ("سه روز پس از بازداشت، او را به زندان منتقل کردند.", "سه روز پس از بازداشت"),
    ("ماه‌ها بعد خانواده‌اش خبر اعدام را شنید.", "ماه‌ها بعد"),
    ("هفته‌ی آینده دادگاه دوباره تشکیل می‌شود.", "هفته‌ی آینده"),
    ("سال آینده پرونده دوباره بررسی می‌شود.", "سال آینده"),
    ("در قرن گذشته این دره بارها ویران شد.", "قرن گذشته"),
    ("همان زمستان صدها نفر بازداشت شدند.", "همان زمستان"),
    ("پس‌فردا وکیلان به دادگاه می‌روند.", "پس‌فردا"),
    # A month or a day and month with no year; a feast.
    ("زندانیان در اواخر تیرماه به انفرادی منتقل شدند.", "اواخر تیرماه"),
    ("او در اسفند بازداشت شد و در زندان ماند.", "اسفند"),
    ("مأموران در مهر ماه به خانه‌ی او آمدند.", "مهر ماه"),
    ("نیروها در ژوئن وارد شهر شدند.", "ژوئن"),
    ("در ۱۰ محرم نیروها به عزاداران شلیک کردند.", "۱۰ محرم"),
    ("او در ماه رمضان بازداشت شد.", "ماه رمضان"),
    ("در روز عاشورا نیروها به تظاهرکنندگان شلیک کردند.", "روز عاشورا"),
    ("پیش از نوروز بازداشت‌ها شدت گرفت.", "نوروز"),
    ("در شب یلدا خانواده‌ها پشت در زندان جمع شدند.", "شب یلدا"),
    ("در آستانه‌ی نوروز، ده‌ها نفر بازداشت شدند.", "نوروز"),
    ("در ایام محرم، تجمع‌ها ممنوع شد.", "محرم"),
    ("در قرن نوزدهم، این قبیله کوچ داده شد.", "قرن نوزدهم"),
    ("در سده‌ی بیستم میلادی، این دره بارها ویران شد.", "سده‌ی بیستم میلادی"),
    ("پس از گذشت دو سال، پرونده بسته شد.", "پس از گذشت دو سال"),
]


@pytest.mark.parametrize(("text", "span"), _ENGLISH + _PERSIAN)
def test_a_relative_or_vague_date_is_a_span_with_no_value(text: str, span: str) -> None:
    found = _dates(text)
    assert any(span in got and value is None for got, value in found), found
