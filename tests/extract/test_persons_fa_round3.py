"""Persian persons of foreign origin and in lists: Arabic and Turkish given names, names joined
by و before a plural calling in apposition, a family name of three letters named again alone,
an Arabic body's name with its article. Sentences and names written for these tests
(synthetic people)."""

from sabt.extract.names_fa import persian_names


def _persons(text: str) -> set[str]:
    return {m.text for m in persian_names(text) if m.type == "person"}


def test_arabic_and_turkish_given_names_open_a_name() -> None:
    text = "شاهدان گفتند مجدی طوبال، نگهبان بازداشتگاه، زندانیان را می‌زد."
    assert "مجدی طوبال" in _persons(text)
    turkish = "در آن شب هاکان دمیرتاش گفت که صدای شلیک را شنیده است."
    assert "هاکان دمیرتاش" in _persons(turkish)


def test_a_given_name_that_is_an_ordinary_word_opens_no_name_alone() -> None:
    text = "انصار گروه در خیابان‌ها جمع شدند."
    assert not _persons(text)


def test_names_joined_by_and_before_a_shared_calling_are_persons() -> None:
    text = "دوریک ماندرا و ولدو آکسل تامسن، دو پژوهشگر دانشگاه لیدن، گزارش را منتشر کردند."
    assert {"دوریک ماندرا", "ولدو آکسل تامسن"} <= _persons(text)
    plural = "در این گزارش. تیمو واسکار، اولا برنسن و رنه کاوالیه، روزنامه‌نگاران فرانسوی، گفتند."
    assert {"تیمو واسکار", "اولا برنسن", "رنه کاوالیه"} <= _persons(plural)


def test_a_shared_calling_after_words_that_open_no_clause_names_no_one() -> None:
    text = "گزارش کامل پرونده‌ی قتل و اسناد مربوط، دو پژوهشگر را به دادگاه کشاند."
    assert not _persons(text)


def test_a_family_name_of_three_letters_is_named_again_in_a_persons_slot() -> None:
    text = (
        "مارتین کوپ، بازرس سازمان ملل، از زندان دیدن کرد. به گفته‌ی کوپ، زندانیان شکنجه شده بودند."
    )
    assert "کوپ" in _persons(text)


def test_an_arabic_bodys_name_with_its_article_is_no_person() -> None:
    text = "شاهدان گفتند افراد جیش المنتظر، با لباس سیاه، به روستا آمدند."
    assert not _persons(text)
    person = "شاهدان گفتند نبیل الحکیمی، با لباس سیاه، به روستا آمد."
    assert "نبیل الحکیمی" in _persons(person)


def test_a_speaker_who_told_a_medium_of_several_words() -> None:
    text = "در روستا آتش گرفت. ماریکا دوبروف به خبرگزاری آسوشیتدپرس گفت که خانه‌ها سوختند."
    assert "ماریکا دوبروف" in _persons(text)


def test_a_family_name_after_a_title_is_named_again_alone() -> None:
    text = "آقای کوپ از زندان دیدن کرد. به گفته‌ی کوپ، زندانیان شکنجه شده بودند."
    assert "کوپ" in {m.text for m in persian_names(text) if m.start > 10 and m.type == "person"}
    shaped = "خانم کاظمی بازداشت شد. دادگاه کاظمی را محکوم کرد."
    assert {m.start for m in persian_names(shaped) if m.text == "کاظمی"} == {5, 30}
