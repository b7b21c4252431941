"""Persian parties said again by words that refer back: "این دادگاه" (and the list a
sentence is read from), "گزارش او", "گزارش می‌افزاید", and "او" after a person's given
name alone (sentences written for these tests)."""

from tests.extract.helpers import parties


def test_this_court_is_the_court_named_before() -> None:
    text = (
        "دادگاه نظامی بندرعباس در تیر ۱۳۶۰ تشکیل شد. "
        "این دادگاه در هفته‌های بعد دست‌کم ۱۵ نفر را به اعدام محکوم کرد."
    )
    assert parties(text) == [(15.0, "دادگاه نظامی بندرعباس")]


def test_the_list_a_court_sentence_is_read_from_reports_it() -> None:
    text = (
        "دادگاه نظامی بندرعباس در تیر ۱۳۶۰ تشکیل شد. بنا بر فهرستی که بستگان زندانیان "
        "گردآوری کرده‌اند، این دادگاه در هفته‌های بعد دست‌کم ۱۵ نفر را به اعدام محکوم کرد."
    )
    assert parties(text) == [(15.0, "بستگان زندانیان")]


def test_the_summary_of_his_report_is_his() -> None:
    text = (
        "ژنرال رابرت هالند مأمور بررسی این حمله شد. "
        "در خلاصه‌ی گزارش او آمده است که ۱۲ شورشی نیز کشته شدند."
    )
    assert parties(text) == [(12.0, "رابرت هالند")]


def test_the_report_adds_is_its_publisher() -> None:
    text = (
        "انجمن حمایت از زندانیان بلوچ، گروهی که تبعیدیان در لندن برپا کردند، هفته‌ی گذشته "
        "گزارشی منتشر کرد. گزارش می‌افزاید که دست‌کم ۴۰ نفر در بازداشت جان باخته‌اند."
    )
    assert parties(text) == [(40.0, "انجمن حمایت از زندانیان بلوچ")]


def test_he_after_a_bare_given_name_is_that_person() -> None:
    text = (
        "بولات نورلانوف، معلم مدرسه، در دی ۱۴۰۰ بازداشت شد.\n\n"
        "قاسم‌جومارت توکایف، رئیس‌جمهور، معترضان را تروریست خواند.\n\n"
        "بولات پس از آزادی هنوز منتظر محاکمه است. او می‌گوید: "
        "«سه تن از همسایگان ما هنوز در زندان‌اند.»"
    )
    assert parties(text) == [(3.0, "بولات نورلانوف")]


def test_a_given_name_inside_a_sentence_refers_to_no_one() -> None:
    text = (
        "امان تاجیبایف، معلم مدرسه، در دی ۱۴۰۰ بازداشت شد.\n\n"
        "قاسم‌جومارت توکایف، رئیس‌جمهور، معترضان را تروریست خواند.\n\n"
        "نیروهای امنیتی بی امان به معترضان حمله کردند. او می‌گوید: "
        "«سه تن از همسایگان ما هنوز در زندان‌اند.»"
    )
    assert parties(text) == [(3.0, "قاسم‌جومارت توکایف")]
