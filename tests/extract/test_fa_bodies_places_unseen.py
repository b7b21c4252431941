"""Persian bodies and places on wordings met in unseen reporting: names inside ZWNJ compounds,
weekdays and numbers that look like towns, international bodies and outlets by their Persian
names."""

from tests.extract.helpers import annotated

from sabt.extract import Registry
from sabt.extract.mentions import Matcher
from sabt.extract.world import world_places


def test_a_name_joined_by_zwnj_to_another_word_is_part_of_a_compound() -> None:
    matcher = Matcher(Registry.builtin())
    assert matcher.find("گزارش ایران\u200cپرس درباره\u200cی زندان") == []
    assert [m.text for m in matcher.find("در ایران\u200cها و در تهران")] == ["ایران", "تهران"]


def test_a_weekday_spelled_like_a_town_before_a_date_is_no_place() -> None:
    matcher = Matcher(Registry(()), None, world_places())
    assert matcher.find("خبرگزاری – دوشنبه ۵ مهر ۱۴۰۱") == []
    assert matcher.find("روز دوشنبه بازداشت شد") == []
    assert [m.text for m in matcher.find("او به دوشنبه پایتخت تاجیکستان گریخت")][:1] == ["دوشنبه"]


def test_plural_nouns_spelled_like_foreign_towns_are_no_places() -> None:
    assert Matcher(Registry(()), None, world_places()).find("سه تن از مردان روستا") == []


def test_a_number_after_a_place_cue_is_no_place() -> None:
    assert "پنج" not in annotated("نزدیک پنج بامداد ماموران به خانه ریختند.", "place")


def test_international_bodies_and_outlets_by_their_persian_names() -> None:
    text = (
        "گزارشگران بدون مرز و کمیته حفاظت از روزنامه\u200cنگاران به این حکم اعتراض کردند. "
        "به گزارش نیویورک تایمز، کمیساریای عالی پناهندگان نیز خواستار توضیح شد."
    )
    found = annotated(text, "organization")
    for body in ("گزارشگران بدون مرز", "کمیته حفاظت از روزنامه\u200cنگاران", "نیویورک تایمز"):
        assert body in found


def test_a_bodys_name_ends_before_a_count_a_time_a_preposition_or_a_quantifier() -> None:
    text = (
        "ماموران سپاه پاسداران ده\u200cها نفر را بازداشت کردند. "
        "سازمان ملل متحد روز دوشنبه بیانیه داد. "
        "پلیس بدون حکم وارد خانه شد. اعضای حزب توده هر کدام پنج سال زندان گرفتند."
    )
    found = annotated(text, "organization")
    assert not any("ده\u200cها" in m or "روز" in m or "بدون" in m or "هر" in m for m in found)
    assert "حزب توده" in found


def test_a_given_name_after_a_courts_head_is_a_persons() -> None:
    found = annotated(
        "دادگاه کریم نوروزی سلطانی، معاون پیشین استاندار، را تبرئه کرد.", "organization"
    )
    assert not any(m.startswith("دادگاه") for m in found)
    assert "ستاد مهدی کروبی" in annotated("ستاد مهدی کروبی در شهر قم بسته شد.", "organization")


def test_a_participle_before_a_present_verb_ends_a_bodys_name() -> None:
    found = annotated("متهمان برای محاکمه به دادگاه انقلاب فرستاده می\u200cشوند.", "organization")
    assert found == ["دادگاه انقلاب"]


def test_the_noun_of_a_passive_compound_verb_is_no_part_of_a_bodys_name() -> None:
    text = (
        "پرونده برای بررسی به دیوان عالی کشور ارجاع داده می\u200cشود. "
        "مدارک به دادستانی کل تحویل داده شد."
    )
    assert annotated(text, "organization") == ["دیوان عالی کشور", "دادستانی کل"]


def test_an_assembly_of_a_faith_is_a_body() -> None:
    assert "محفل روحانی بهائیان یزد" in annotated(
        "اعضای محفل روحانی بهائیان یزد بازداشت شدند.", "organization"
    )


def test_a_quarter_a_plain_or_a_settlement_with_its_name_is_a_place() -> None:
    text = "ماموران به کوی دانشگاه شیراز یورش بردند و اجساد را در دشت گلستانه دفن کردند."
    found = annotated(text, "place")
    assert "کوی دانشگاه شیراز" in found
    assert "دشت گلستانه" in found
    assert "شهرک غرب" in annotated("تجمع در شهرک غرب برگزار شد.", "place")


def test_a_place_in_apposition_with_its_kind_or_after_born_in() -> None:
    found = annotated("سربازان به بیت\u200cالشهر، روستایی کوهستانی در شمال منطقه رسیدند.", "place")
    assert "بیت\u200cالشهر" in found
    assert "ورزقان" in annotated("او که خود زاده\u200cی ورزقان است، سخن گفت.", "place")


def test_a_magazine_with_its_title_is_a_body() -> None:
    assert "مجله\u200cی اشترن" in annotated(
        "مجله\u200cی اشترن این عکس\u200cها را منتشر کرد.", "organization"
    )


def test_one_describing_word_after_a_bodys_head_names_no_body() -> None:
    text = "حزب حاکم در انتخابات برد و گروه تبهکار به روستا حمله کرد؛ پلیس مخفی او را برد."
    assert annotated(text, "organization") == []


def test_un_bodies_keep_the_un_in_their_persian_names() -> None:
    text = "کمیته\u200cی منع شکنجه سازمان ملل متحد و شورای امنیت سازمان ملل متحد تشکیل جلسه دادند."
    assert annotated(text, "organization") == [
        "کمیته\u200cی منع شکنجه سازمان ملل متحد",
        "شورای امنیت سازمان ملل متحد",
    ]


def test_well_known_places_with_short_or_unlisted_persian_spellings() -> None:
    text = "پناهجویان از دارفور و سین\u200cکیانگ به جده و پکن رسیدند."
    assert annotated(text, "place") == ["دارفور", "سین\u200cکیانگ", "جده", "پکن"]
