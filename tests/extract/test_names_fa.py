"""Persian names by their shapes: given names, family-name endings, place-name endings, the cues
of places and where a body's name ends. Sentences and names written for these tests (synthetic
people)."""

from sabt.extract.name_shapes_fa import family_shape, is_given_name, opens_name, place_shape
from sabt.extract.names_fa import persian_names


def _found(text: str) -> set[tuple[str, str]]:
    return {(m.type, m.text) for m in persian_names(text)}


def test_a_given_name_before_a_family_name_needs_no_other_cue() -> None:
    found = _found("دیروز بهزاد رحیمی در خیابان بود و فرامرز حسین‌زاده را هم بردند.")
    assert {("person", "بهزاد رحیمی"), ("person", "فرامرز حسین‌زاده")} <= found


def test_a_given_name_that_is_an_ordinary_word_needs_a_family_name_ending() -> None:
    found = _found("امید داشتند که او برگردد. امید کاظم‌پور در زندان ماند.")
    persons = {text for kind, text in found if kind == "person"}
    assert "امید کاظم‌پور" in persons
    assert not any(text.startswith("امید داشتند") for text in persons)


def test_an_ordinary_given_name_before_the_family_form_of_a_given_name() -> None:
    assert ("person", "نسیم جعفری") in _found("نسیم جعفری در خانه بود.")
    assert ("person", "نسیم جعفری") in _found("خواهرش نسیم جعفری در خانه بود.")
    for text in ("بهار ایرانی در راه بود.", "پیام آزادی را شنیدند."):
        assert not any(kind == "person" for kind, _ in _found(text)), text


def test_after_a_sure_given_name_any_uncommon_word_in_ye_is_a_family_name() -> None:
    found = _found("کامران شاهرودی در خانه بود. فریبا بیانیه‌ای نوشت. مهدی یکی از آنها بود.")
    persons = {text for kind, text in found if kind == "person"}
    assert persons == {"کامران شاهرودی"}


def test_two_given_names_written_as_one_open_a_name() -> None:
    assert opens_name("محمدصالح") and not opens_name("امیدوار")
    assert ("person", "محمدصالح دلیری") in _found("محمدصالح دلیری، معلم بازنشسته، گفت.")


def test_a_calling_before_a_name() -> None:
    found = _found("روزنامه‌نگار بهروز سمندر بازداشت شد. کولبر آزاد کاکایی کشته شد. معلم مدرسه آمد.")
    persons = {text for kind, text in found if kind == "person"}
    assert persons == {"بهروز سمندر", "آزاد کاکایی"}


def test_an_honorific_before_a_relative_names_no_one() -> None:
    found = _found("مرحوم پدرش آنجا بود. زنده‌یاد مینو ساعدی شاعر بود.")
    persons = {text for kind, text in found if kind == "person"}
    assert "مینو ساعدی" in persons and not any("پدرش" in text for text in persons)


def test_a_family_name_by_its_ending_alone_and_with_the_word_before_it() -> None:
    found = _found("پرونده‌ی کریم‌نژاد بسته شد. دلاور قلی‌وند، معلم روستا، گفت که ترسید.")
    assert ("person", "کریم‌نژاد") in found
    assert ("person", "دلاور قلی‌وند") in found
    assert not any(text.startswith("پرونده") for _, text in found)


def test_family_name_shapes_and_ordinary_words_that_look_like_them() -> None:
    assert family_shape("صادق‌زاده") == 2
    assert family_shape("پورجعفری") == 2
    assert family_shape("عباسی") == 1 and family_shape("موسوی") == 1
    assert family_shape("کرمانی") == 1  # of Kerman
    for word in ("نفر", "سفر", "دنیا", "شهروند", "خداوند", "مسافر", "امنیتی", "سیاسی"):
        assert family_shape(word) == 0, word


def test_verbs_with_their_prefix_are_no_given_names() -> None:
    assert not opens_name("می‌روند") and not is_given_name("می‌رسند")
    assert opens_name("حسینعلی") and opens_name("دادمحمد")
    assert is_given_name("پیام") and not opens_name("پیام")


def test_places_by_their_ending_joined_by_and() -> None:
    found = _found("خانواده‌ها از نجف‌آباد و از لرستان و خوزستان آمده بودند.")
    assert {("place", "نجف‌آباد"), ("place", "لرستان و خوزستان")} <= found
    assert place_shape("گلستان") and not place_shape("بیمارستان")
    assert not place_shape("دادستان") and not place_shape("سرپرستان")


def test_places_one_is_taken_to_or_flees_to() -> None:
    found = _found("او را به شاهرود منتقل کردند. انتقال زندانیان به دامغان ادامه یافت.")
    assert {("place", "شاهرود"), ("place", "دامغان")} <= found
    found = _found("زندانیان به قرنطینه منتقل شدند و او را به جای دیگری منتقل کردند.")
    assert not any(kind == "place" for kind, _ in found)


def test_places_after_a_post_over_them_or_a_direction() -> None:
    found = _found("فرماندار میناب گفت که در نزدیکی کهنوج و در حوالی خانه‌شان تیراندازی شد.")
    assert {("place", "میناب"), ("place", "کهنوج")} <= found
    assert not any(text.startswith("خانه") for _, text in found)
    assert ("place", "شرقی") not in _found("در جنوب شرقی شهر دفن شدند.")


def test_a_body_ends_before_a_compound_verb_and_its_object() -> None:
    found = _found(
        "انجمن پرستاران آزاده بیانیه‌ای منتشر کرد. کمیته‌ی امداد روستا قرار گرفت. "
        "کمپین مادران دادخواه اعلام کرد."
    )
    assert ("organization", "انجمن پرستاران آزاده") in found
    assert ("organization", "کمیته‌ی امداد روستا") in found
    assert ("organization", "کمپین مادران دادخواه") in found
    assert not any("بیانیه" in text or "قرار" in text for _, text in found)


def test_plural_courts_and_a_street_before_its_city() -> None:
    found = _found("دادگاه‌های نظامی بسیاری را محکوم کردند. او در خیابان لاله شیراز زخمی شد.")
    assert ("organization", "دادگاه‌های نظامی بسیاری") not in found
    assert any(kind == "organization" and text.startswith("دادگاه‌های") for kind, text in found)
    assert ("place", "خیابان لاله") in found


def test_a_head_before_a_verb_or_a_generic_word_names_no_place() -> None:
    for text in (
        "او در بیمارستان شهر جان باخت.",
        "مادران در برابر زندان ایستادند و منتظر ماندند.",
        "مردم در میدان اصلی جمع شدند.",
        "ساکنان این شهر امید داشتند که برگردند.",
    ):
        assert not any(kind == "place" for kind, _ in _found(text)), text
    found = _found("کمیسیون حقوق زنان تشکیل جلسه داد و دادگاه تجدیدنظر کرمان بررسی کرد.")
    assert ("organization", "کمیسیون حقوق زنان") in found
    assert ("organization", "دادگاه تجدیدنظر کرمان") in found


def test_a_family_name_found_with_its_given_name_is_a_person_again_alone() -> None:
    text = "شیوا عباسی، معلم، بازداشت شد. بعدها عباسی گفت که قربانی نبود. مهرسا قربانی آمد."
    mentions = list(persian_names(text))
    again = [(m.text, m.start) for m in mentions if m.annotator == "names:family-again-fa"]
    assert again == [("عباسی", text.index("عباسی گفت"))]  # قربانی (a victim) is a word too
    # A family name that is a given name (حسین) is not taken alone.
    found = _found("بابک حسین، وزیر سابق، آمد. امام حسین را یاد کردند.")
    assert ("person", "حسین") not in found


def test_places_one_comes_from_or_lives_in() -> None:
    found = _found("او اهل بانه بود و ساکن سردشت. او اهل سنت بود و متولد ۱۳۷۰.")
    places = {text for kind, text in found if kind == "place"}
    assert places == {"بانه", "سردشت"}


def test_a_foreign_name_before_a_post_in_a_closed_apposition() -> None:
    text = (
        "هانس بیرمان، سخنگوی کمیساریای پناهندگان، گفت که مرز بسته است. "
        "بیرمان افزود که کمک‌ها نرسیده است. روز شنبه، وزیر کشور، در مجلس سخن گفت."
    )
    persons = [m.text for m in persian_names(text) if m.type == "person"]
    assert persons.count("هانس بیرمان") >= 1 and "بیرمان" in persons
    assert not any("شنبه" in name for name in persons)


def test_a_body_stops_before_a_person_in_apposition_and_after_one_it_is_no_name() -> None:
    found = _found(
        "این دادگاه پیتر هالندر، وزیر پیشین، را برکنار کرد. شورا یک کمیته ویژه تشکیل داد."
    )
    assert ("person", "پیتر هالندر") in found
    assert not any(kind == "organization" and "پیتر" in text for kind, text in found)
    assert not any(kind == "organization" and "ویژه" in text for kind, text in found)


def test_a_given_names_ye_before_a_cue_with_an_unlisted_given_name() -> None:
    found = _found("دلنیا کریمی (نامی ساختگی)، معلمی در روستا، گفت که ترسید.")
    assert ("person", "دلنیا کریمی") in found
    found = _found("خانواده‌ی کریمی، که در روستا بودند، گفتند.")
    assert not any(kind == "person" and "خانواده" in text for kind, text in found)


def test_a_given_name_found_alone_is_found_again_alone() -> None:
    text = "خواهرش ژیلا، که معلم بود، بازداشت شد. پس از آن ژیلا هرگز برنگشت."
    persons = [m.text for m in persian_names(text) if m.type == "person"]
    assert persons.count("ژیلا") == 2


def test_a_town_before_its_province_and_towns_one_is_sent_to() -> None:
    found = _found(
        "در کلاته، در استان سمنان، مغازه‌ها بسته شد. مردم در کلاته ماندند. "
        "زندانیان را به بیدک و سرچم منتقل کردند."
    )
    places = [text for kind, text in found if kind == "place"]
    assert {"کلاته", "بیدک", "سرچم"} <= set(places)
    text = "در کلاته، در استان سمنان، ماندند. بعدها در کلاته ماندند."
    starts = {m.start for m in persian_names(text) if m.text == "کلاته"}
    assert starts == {text.index("کلاته"), text.rindex("کلاته")}


def test_a_plural_place_noun_before_an_adjective_names_no_place() -> None:
    found = _found(
        "اعتراض‌ها در شهرهای مرزی و روستاهای کوهستانی ادامه یافت. در شهرهای بانه گسترش یافت."
    )
    places = {text for kind, text in found if kind == "place"}
    assert not any("مرزی" in p or "کوهستانی" in p for p in places)
    assert any(p.startswith("شهرهای بانه") for p in places)


def test_a_crowd_is_no_body_but_a_society_that_reports_is() -> None:
    found = _found(
        "جمعیت معترض در خیابان ماند. جمعیت یاری کودکان اعلام کرد که ۳ نفر زخمی شدند. "
        "دیوان محاسبات گزارشی نوشت."
    )
    bodies = {text for kind, text in found if kind == "organization"}
    assert "جمعیت یاری کودکان" in bodies and "دیوان محاسبات" in bodies
    assert not any("معترض" in body for body in bodies)


def _persons(text: str) -> set[str]:
    return {m.text for m in persian_names(text) if m.type == "person"}


def test_a_name_after_a_post_closed_by_a_comma_or_a_speech_verb() -> None:
    assert "یوسی گلعاد" in _persons("سخنگوی ارتش، یوسی گلعاد، گفت که عملیات پایان یافت.")
    assert "ماتیاس کرون" in _persons("رئیس هیئت ناظران، ماتیاس کرون اعلام کرد که می‌رود.")
    assert not _persons("رئیس دادگاه، روز دوشنبه، گفت که حکم صادر شد. وزیر کشور، در تهران، گفت.")


def test_a_name_opening_its_sentence_before_an_unclosed_post() -> None:
    text = "ماه پیش مرز بسته شد. تسفای گبره، وزیر کشاورزی اتیوپی گفت که قحطی نزدیک است."
    assert "تسفای گبره" in _persons(text)
    assert not _persons("هفته گذشته، وزیر کشاورزی گفت که قحطی نزدیک است.")


def test_a_person_called_by_name_after_a_noun_for_one() -> None:
    assert "ورقا تیمور" in _persons("مردی به نام ورقا تیمور در روستا بازداشت شد.")
    assert "ورقا" in _persons("زنی به نام ورقا که معلم بود گفت.")
    assert not _persons("به نام خدا آغاز کردند. گروهی به نام نگهبانان آمد.")


def test_foreign_given_names_open_a_name_and_those_that_are_words_do_not() -> None:
    assert "ولادیمیر پتروف" in _persons("ولادیمیر پتروف گفت که نیروها عقب نشستند.")
    assert opens_name("رادوان") and not opens_name("جان") and is_given_name("جان")
    assert not _persons("ده نفر جان باختند و پیر و جوان گریختند.")


def test_districts_camps_and_barracks_are_place_heads_but_not_a_camp_of_people() -> None:
    found = _found(
        "نیروها وارد ولسوالی خاکریز شدند. زندانیان را در پادگان جمشیدیه نگه داشتند. "
        "در اردوگاه آوارگان غذا نبود."
    )
    places = {text for kind, text in found if kind == "place"}
    assert {"ولسوالی خاکریز", "پادگان جمشیدیه"} <= places
    assert not any("آوارگان" in place for place in places)


def test_municipalities_funds_agencies_and_broadcasters_head_bodies() -> None:
    found = _found("شهرداری بانه خبر داد. آژانس پناهندگان سازمان ملل هشدار داد. رادیو فردا نوشت.")
    bodies = {text for kind, text in found if kind == "organization"}
    assert {"شهرداری بانه", "آژانس پناهندگان", "رادیو فردا"} <= bodies


def test_common_nouns_before_a_post_are_no_names() -> None:
    text = (
        "ماموران امنیتی، سخنگوی دولت را بازداشت کردند. اهالی روستا، نماینده مجلس را مقصر "
        "دانستند. نیروهای ویژه، فرمانده گردان گفت، وارد شدند. کارکنان بیمارستان، مدیر بخش را "
        "مقصر دانستند."
    )
    assert not _persons(text)


def test_nouns_that_are_no_place_are_whole_words_not_prefixes() -> None:
    found = _found("او را به کلانتری منتقل کردند. برادرش به کلمبیا گریخت. اهل فنلاند بود.")
    places = {text for kind, text in found if kind == "place"}
    assert places == {"کلمبیا", "فنلاند"}


def test_a_building_named_after_a_family_is_no_person() -> None:
    assert not _persons("در مسجد جعفری، نمازگزاران جمع شدند. دبستان احمدی (در شهر) بسته شد.")


def test_an_armed_group_named_after_its_head_is_found_bare_later() -> None:
    text = "شبه‌نظامیان زوبار وارد روستا شدند. دو روز بعد رهبر زوبار گریخت. نیروهای امنیتی آمدند."
    bodies = [m.text for m in persian_names(text) if m.type == "organization"]
    assert "شبه‌نظامیان زوبار" in bodies and "زوبار" in bodies
    assert "امنیتی" not in bodies


def test_a_made_up_name_marked_in_brackets_is_a_person() -> None:
    persons = _persons(
        "ورونیکا کوستا (نامی ساختگی) که اکنون در لیسبون زندگی می‌کند، گفت که ترسیده بود. "
        "همسرش ساناز (نام مستعار) هم آنجا بود. خانه‌ی او (نام مستعار) دور بود."
    )
    assert {"ورونیکا کوستا", "ساناز"} <= persons
    assert not any("همسرش" in text or "او" in text.split() for text in persons)


def test_given_names_joined_by_and_share_the_family_name_after_them() -> None:
    persons = _persons("بردیا و کامیار تیموری در خانه بودند. امید و بهار تیموری را دیدند.")
    assert {"بردیا", "کامیار تیموری"} <= persons
    assert not any(text.startswith("امید") for text in persons)


def test_a_full_names_given_name_is_found_again_where_it_opens_a_sentence() -> None:
    text = (
        "سرهنگ فرناندو کوستا فرمانده بود. فرناندو در ۱۹۹۰ به پرتغال گریخت. کتاب فرناندو را خواندند."
    )
    again = [m for m in persian_names(text) if m.text == "فرناندو"]
    # Once the text names him alone at a sentence's start, the given name is his elsewhere too.
    assert len(again) == 2 and text[again[0].start - 2] == "."
    unused = "سرهنگ فرناندو کوستا فرمانده بود. در ۱۹۹۰ کتاب فرناندو را خواندند."
    assert not [m for m in persian_names(unused) if m.text == "فرناندو"]


def test_a_place_spelt_as_a_given_names_ye_is_still_a_family_name() -> None:
    assert family_shape("میری") == 1
    assert "پریسا میری" in _persons("خواهرش پریسا میری (نام مستعار) گفت که برادرش را بردند.")


def _bodies(text: str) -> set[str]:
    return {m.text for m in persian_names(text) if m.type == "organization"}


def test_a_body_known_by_a_name_after_its_description() -> None:
    bodies = _bodies(
        "کمیته‌ی انقلابی موسوم به شالکا، که در سال ۱۹۷۰ قدرت گرفت، مخالفان را سرکوب کرد. "
        "رهبران پیشین شالکا بعدها محاکمه شدند."
    )
    assert sum(1 for b in bodies if b == "شالکا") == 1 and "شالکا" in bodies
    assert not any(b.startswith("کمیته") for b in bodies)
    again = [m for m in persian_names("اتحادیه‌ی کارگران معروف به سیمکا اعتصاب کرد. سیمکا ماند.")]
    assert [m.text for m in again if m.type == "organization"].count("سیمکا") == 2


def test_a_bodys_short_name_in_brackets_is_found_there_and_again() -> None:
    text = (
        "کمیسیون مستقل حقیقت‌یاب در بولیوی (کمیتاس) گزارشی منتشر کرد. به گفته‌ی کمیتاس، "
        "صدها نفر ناپدید شدند. انجمن پزشکان (مستقل) هم نوشت."
    )
    found = [m.text for m in persian_names(text) if m.type == "organization"]
    assert found.count("کمیتاس") == 2 and "مستقل" not in found


def test_the_governments_forces_are_no_named_body() -> None:
    assert not any(b.startswith("نیروهای") for b in _bodies("نیروهای دولت پیشین تسلیم شدند."))


def test_places_listed_after_one_named_with_its_head() -> None:
    found = _found("نیروها در سه ولسوالی خاکریز، میزان و شورابک خانه‌ها را گشتند.")
    places = {text for kind, text in found if kind == "place"}
    assert {"میزان", "شورابک"} <= places
    found = _found("در شهر بانه، مردم و کسبه اعتصاب کردند.")
    assert not {"مردم", "کسبه"} & {text for _, text in found}


def test_a_post_holders_office_is_a_body_and_a_notebook_is_not() -> None:
    assert "دفتر دادستان نظامی" in _bodies("دفتر دادستان نظامی که در ۲۰۰۱ تأسیس شد، گفت.")
    assert not _bodies("او در دفتر خاطراتش نوشت و دفتر کار را بست.")


def test_a_member_scholar_or_cleric_in_apposition_marks_a_foreign_name() -> None:
    found = _found(
        "ماتیاس برنکو، پژوهشگر اتریشی، بعدها نوشت که آنها رفتند. در مارس ۱۹۸۰ اوکوتا ندیری، "
        "اسقف اعظم کلیسای شمال، پس از بازداشت ناپدید شد. ولی دبیرستان شهر، تعطیل ماند."
    )
    persons = {text for kind, text in found if kind == "person"}
    assert persons == {"ماتیاس برنکو", "اوکوتا ندیری"}
    assert ("organization", "کلیسای شمال") in found


def test_a_government_named_after_its_leader_names_a_person() -> None:
    assert ("person", "تابو کیرانگا") in _found("کودتاگران دولت تابو کیرانگا را سرنگون کردند.")
    for text in ("دولت ایالات متحده را محکوم کردند.", "دولت جمهوری اسلامی در بیانیه‌ای گفت."):
        assert not any(kind == "person" for kind, _ in _found(text)), text


def test_a_titled_names_last_word_is_found_again_even_when_a_given_name() -> None:
    text = "مارشال اوبوتو کریم قدرت را گرفت. در سال ۱۹۷۵ کریم فرمان داد. کریم هرگز محاکمه نشد."
    persons = [m.text for m in persian_names(text) if m.type == "person"]
    assert persons.count("کریم") == 2
    # Not when the word opens another person's name there: it is that person's given name.
    text = "مارشال اوبوتو کریم رفت. کریم ستوده‌نیا گفت. کریم آمد."
    bare = [m.annotator for m in persian_names(text) if m.text == "کریم"]
    assert bare and not any(rule.endswith("family-again-fa") for rule in bare)


def test_a_demonstrative_before_a_head_names_no_body() -> None:
    assert not _bodies("ماموران این اداره صدها نفر را بردند و آن کمیته هزاران نامه گرفت.")


def test_a_local_council_is_named_by_its_place() -> None:
    assert "شورای شهر کرانوف" in _bodies("شورای شهر کرانوف اعلام کرد که مدرسه بسته شد.")
    assert "شورای روستای دهبید" in _bodies("به گفته‌ی شورای روستای دهبید، آب قطع شد.")


def test_forces_named_by_an_adjective_alone_are_no_body() -> None:
    assert not _bodies("او آنها را «نیروهای تجزیه‌طلبی» خواند و نیروهای خارجی را مقصر دانست.")
    assert "نیروهای دولتی کامرون" in _bodies("نیروهای دولتی کامرون وارد شدند.")


def test_a_market_is_a_place_head_and_the_black_market_no_name() -> None:
    assert ("place", "بازار کوهپایه") in _found("ماموران او را از بازار کوهپایه در شهر بردند.")
    assert not any(kind == "place" for kind, _ in _found("دلار در بازار سیاه گران شد."))


def test_a_plural_in_din_is_no_compound_given_name() -> None:
    assert opens_name("نظام‌الدین") and not opens_name("مفسدین") and not opens_name("والدین")
    assert not _persons("سازمان مجاهدین خلق اعلام کرد که والدین زندانیان آمدند.") & {"مجاهدین خلق"}
