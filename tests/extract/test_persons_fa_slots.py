"""Persian persons found by the slot a name stands in (a leader's title before it, a post in
apposition, a relative clause giving the post), for foreign names no list of given names holds.
Sentences and names written for these tests (synthetic people)."""

from sabt.extract.names_fa import persian_names


def _persons(text: str) -> set[str]:
    return {m.text for m in persian_names(text) if m.type == "person"}


def _bodies(text: str) -> set[str]:
    return {m.text for m in persian_names(text) if m.type == "organization"}


def test_a_name_of_one_letter_and_ye_in_apposition() -> None:
    text = "در جلسه‌ی دیروز؛ لی وارنکه، عضو هیئت داوران، گفت که پرونده باز است."
    assert "لی وارنکه" in _persons(text)


def test_a_dateline_dash_opens_the_sentence_of_a_long_apposition() -> None:
    text = (
        "لیما — روبرتو کاستانیدا، معاون وزیر دادگستری پرو در امور زندان‌ها و رئیس "
        "کمیته‌ی ویژه‌ی بازرسی زندان‌های جنوب، روز دوشنبه اعلام کرد که ۱۲ زندانی گم شده‌اند."
    )
    assert "روبرتو کاستانیدا" in _persons(text)


def test_a_relative_clause_giving_the_post_marks_the_name_before_it() -> None:
    text = "ماتیاس لوندر برگ، که در آن زمان وزیر دفاع بود، گفت که سربازان را فرستاده است."
    assert "ماتیاس لوندر برگ" in _persons(text)
    two = "پس از آن. اسکار ملندز، که دادستان کل کشور است، پرونده را بست."
    assert "اسکار ملندز" in _persons(two)


def test_a_relative_clause_after_a_body_or_without_a_post_names_no_one() -> None:
    text = "دادگاه عالی کشور، که رئیس آن منصوب دولت بود، حکم را تأیید کرد."
    assert not _persons(text)
    other = "مردم روستا، که از جنگ گریخته بودند، به شهر رفتند."
    assert not _persons(other)


def test_a_leaders_title_before_a_foreign_name() -> None:
    text = "در دوره‌ی رئیس‌جمهور وقت آرتورو پالمیرا سانتوس دادستان کل برکنار شد."
    assert "آرتورو پالمیرا سانتوس" in _persons(text)
    country = "نخست‌وزیر اسپانیا ماریانو کوئستا گفت که تحقیق ادامه دارد."
    assert "ماریانو کوئستا" in _persons(country)


def test_a_leaders_title_before_a_country_or_a_description_names_no_one() -> None:
    for text in (
        "رئیس‌جمهور منتخب کشور گفت که همه آزاد می‌شوند.",
        "رئیس‌جمهور فرانسه گفت که سفر را لغو کرده است.",
        "نخست‌وزیر پیشین در خانه‌اش ماند.",
    ):
        assert not _persons(text), text


def test_a_body_named_after_a_person_named_earlier_stops_before_the_name() -> None:
    text = "سرهنگ بهرام قلی‌پور در ۱۳۶۰ به قدرت رسید. پلیس مخفی قلی‌پور هزاران نفر را گرفت."
    assert "قلی‌پور" in _persons(text)
    assert not any("قلی‌پور" in body for body in _bodies(text))


def test_a_foreign_given_name_opens_a_name_before_a_speech_verb() -> None:
    text = (
        "در جلسه آرتور بلانکو گفت که سه نفر ناپدید شده‌اند. فرانسیس مولینا افزود که پرونده باز است."
    )
    assert {"آرتور بلانکو", "فرانسیس مولینا"} <= _persons(text)


def test_a_foreign_family_name_marked_once_is_found_again_alone() -> None:
    text = (
        "نخست‌وزیر وقت هاروی کلتنبرگ در ۱۹۹۰ دستور حمله را داد. سه سال بعد کلتنبرگ استعفا کرد. "
        "تامارا ولسنکو (نامی ساختگی) در اردوگاه بود. به گفته‌ی ولسنکو، نگهبانان او را زدند."
    )
    persons = [m for m in persian_names(text) if m.type == "person"]
    alone = {m.text for m in persons if " " not in m.text}
    assert {"کلتنبرگ", "ولسنکو"} <= alone


def test_a_speakers_slot_marks_a_foreign_name() -> None:
    text = (
        "گوستاو ایلینگ گفت که همه فرار کردند. به گفته‌ی اولریکه برنتس، نگهبانان او را زدند. "
        "هانا کلوور به خبرنگاران گفت که پسرش گم شد. کلوور بلافاصله افزود که می‌ترسد."
    )
    persons = _persons(text)
    assert {"گوستاو ایلینگ", "اولریکه برنتس", "هانا کلوور", "کلوور"} <= persons
    assert not any("بلافاصله" in name for name in persons)


def test_a_speakers_slot_holding_a_body_a_source_or_an_official_names_no_one() -> None:
    text = (
        "کاخ سفید اعلام کرد که سفیر را فراخواند. منبع آگاه گفت که سه نفر مرده‌اند. "
        "به گفته‌ی ناظران مستقل، رأی‌گیری سالم نبود. مقام آمریکایی گفت که تحریم ادامه دارد. "
        "عفو بین‌الملل اعلام کرد که گزارش را منتشر می‌کند. سخنگوی طالبان گفت که جنگ تمام است. "
        "هلال احمر اعلام کرد که امدادگران رسیدند. به گفته‌ی مرکز آمار، تورم بالا رفت."
    )
    assert not _persons(text)


def test_a_post_opening_the_sentence_marks_the_two_words_before_the_verb() -> None:
    text = (
        "سخنگوی وزارت دفاع نروژ اینگرید سولبرگ گفت که نیروها برمی‌گردند. "
        "رئیس دادگاه اسلوونی توماژ کرانیتس به خبرنگاران گفت که حکم صادر شد."
    )
    assert {"اینگرید سولبرگ", "توماژ کرانیتس"} <= _persons(text)
    assert "وزارت دفاع نروژ" in _bodies(text)
    assert not any("سولبرگ" in body or "کرانیتس" in body for body in _bodies(text))


def test_a_post_before_a_body_or_a_country_names_no_one() -> None:
    text = (
        "سخنگوی ارتش اسرائیل گفت که حمله ادامه دارد. وزیر کشور پاکستان گفت که مرز بسته است. "
        "مشاور امنیت ملی گفت که خطر هست. رئیس کمیته تحقیق گفت که گزارش آماده است."
    )
    assert not _persons(text)


def test_a_relative_or_a_survivor_in_apposition_marks_a_foreign_name() -> None:
    text = (
        "دیمیتار کولف، از بازماندگان حمله، گفت که آتش دید. "
        "لوسیا فریرا، مادر یکی از دانشجویان، گفت که پسرش برنگشت."
    )
    assert {"دیمیتار کولف", "لوسیا فریرا"} <= _persons(text)
    others = "در همان شب، برادر او گفت که ترسید. هفته‌ی گذشته، همسر او بازداشت شد."
    assert not _persons(others)


def test_a_post_and_its_holder_after_according_to() -> None:
    text = (
        "به گفته‌ی سخنگوی وزارت دفاع نروژ اینگرید سولبرگ، نیروها برمی‌گردند. "
        "به گفته‌ی کمیسر عالی حقوق بشر، اعدام‌ها بیشتر شد."
    )
    assert _persons(text) == {"اینگرید سولبرگ"}


def test_a_marked_short_vowel_stays_inside_its_word() -> None:
    assert _persons("تامارا وِسک (نامی ساختگی) در اردوگاه بود.") == {"تامارا وِسک"}


def test_a_relative_named_by_a_foreign_name_after_the_kinship_word() -> None:
    text = "همسرش آنه‌لیزه کروگر، گفت که او را زدند. پدرش کارگر ساختمانی، گفت که کار نیست."
    assert _persons(text) == {"آنه‌لیزه کروگر"}


def test_a_verb_after_a_titled_or_a_leaders_name_is_no_part_of_it() -> None:
    assert _persons("قاضی برومندی است که حکم را داد.") == {"برومندی"}
    assert not _persons("ملکه سوئد درگذشت.")


def test_a_family_name_after_a_known_given_name_is_found_again_alone() -> None:
    text = (
        "ژنرال فرامرز کوهستم فرمان حمله را داد. سه روز بعد نیروهای کوهستم روستا را گرفتند. "
        "در ماه رمضان کسی بازنگشت."
    )
    persons = [m for m in persian_names(text) if m.type == "person"]
    assert "کوهستم" in {m.text for m in persons if " " not in m.text}
    assert not any("کوهستم" in body for body in _bodies(text))
    assert "رمضان" not in {m.text for m in persons}


def test_an_unshaped_family_name_that_is_also_a_word_is_a_name_again_only_in_a_persons_slot() -> (
    None
):
    text = "ژنرال سعید کوهپایه دستور داد. مناطق کوهپایه خالی شد. نیروهای کوهپایه گریختند."
    alone = [m for m in persian_names(text) if m.type == "person" and m.text == "کوهپایه"]
    assert len(alone) == 1 and text[alone[0].start - 2] == "ی"


def test_a_kinship_word_inside_a_compound_names_no_relative() -> None:
    text = "کودکان بی‌پدر سارا را می‌شناختند."
    assert not [m for m in persian_names(text) if m.annotator.endswith("kin-fa")]


def test_a_calling_in_apposition_marks_a_foreign_name() -> None:
    text = "گزارش را دیدند و کلوین مارش، عکاس اسکاتلندی، از ده‌ها جسد گفت."
    assert "کلوین مارش" in _persons(text)


def test_a_post_in_apposition_marks_a_foreign_name_of_three_words() -> None:
    text = (
        "زندان بسته شد. آدریانو فلورس ماتا، گزارشگر ویژه‌ی سازمان ملل، از آن بازدید کرد. "
        "اما دولت او را راه نداد. اما سپس تیم دوم، گزارشگر محلی، بازگشت."
    )
    persons = _persons(text)
    assert "آدریانو فلورس ماتا" in persons
    assert not any(name.startswith("اما") for name in persons)


def test_a_given_name_used_alone_at_a_sentence_start_is_the_person_everywhere() -> None:
    text = (
        "نیروهای کامران یوسف شهر را گرفتند. کامران فرمان اعدام داد. "
        "سپس کاروان کامران به شمال رفت. کامران قادری، کشاورز، گریخت."
    )
    persons = [m for m in persian_names(text) if m.type == "person"]
    alone = [m for m in persons if m.text == "کامران"]
    assert len(alone) == 2


def test_a_calling_and_a_nationality_before_a_foreign_name_mark_it() -> None:
    assert "تاماس فلین" in _persons("در فیلم مستندساز ایرلندی تاماس فلین از گورها سخن رفت.")
    assert "ژرار موتن" in _persons("خبرنگار بلژیکی ژرار موتن گزارش داد که ده نفر مردند.")


def test_a_calling_and_a_nationality_before_ordinary_words_name_no_one() -> None:
    for text in (
        "خبرنگار آلمانی روز دوشنبه به کابل رفت.",
        "پزشک ایرانی بیمارستان امام گفت.",
        "خبرنگار فرانسوی در تهران بازداشت شد.",
        "نویسنده‌ی ایرانی تبعیدی و همسرش آمدند.",
    ):
        assert not _persons(text)
