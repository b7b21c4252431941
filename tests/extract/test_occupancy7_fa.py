"""Persian posts, round 7: the shapes a post takes beside a name (a title before it, apposition
after it, "X که در آن زمان Y بود"، "X به عنوان Y"، "Y وقت، X"، "X را به سمت Y منصوب کرد") across
government, forces, courts, the UN and NGOs, each in sentences of our own; and the mechanisms
added for them: the founders, teachers, envoys and other offices written out whole (words that
are also ordinary ones only before what makes them a post), their plurals, a post before the
name with its place after در, a body's noun taken for a name after a title ("قاضی شعبه …"), and
the office of a ministry over itself ("وزارت X بر وزارت دفاع" → وزیر دفاع)."""

import pytest
from tests.extract.helpers import posts

SHAPES = [
    # A title before the name, and a post in apposition before it.
    ("وزیر دفاع وقت علیرضا کاظمی از این طرح حمایت کرد.", "علیرضا کاظمی", "وزیر دفاع"),
    ("وزیر امور خارجه سابق، بهرام نیک‌پور، در این نشست حضور داشت.", "بهرام نیک‌پور",
     "وزیر امور خارجه"),
    ("استاندار خوزستان، کامران شریفی، از آسیب‌دیدگان بازدید کرد.", "کامران شریفی",
     "استاندار خوزستان"),
    ("سخنگوی قوه قضاییه، مهرداد صالحی، گفت که پرونده بررسی می‌شود.", "مهرداد صالحی",
     "سخنگوی قوه قضاییه"),
    ("فرمانده نیروی انتظامی، حمید شکوهی، گفت که معترضان بازداشت شده‌اند.", "حمید شکوهی",
     "فرمانده نیروی انتظامی"),
    # Apposition after the name, with its words of time.
    ("کامران شریفی، وزیر کشور وقت، گفت که شمار کشته‌ها زیاد است.", "کامران شریفی", "وزیر کشور"),
    ("مهرداد صالحی، رئیس سابق سازمان زندان‌ها، از این طرح حمایت کرد.", "مهرداد صالحی",
     "رئیس سازمان زندان‌ها"),
    ("حمید شکوهی، جانشین فرمانده نیروی قدس، کشته شد.", "حمید شکوهی",
     "جانشین فرمانده نیروی قدس"),
    ("بهرام نیک‌پور، سفیر سابق ایران در لندن، به دمشق رفت.", "بهرام نیک‌پور",
     "سفیر ایران در لندن"),
    ("مهرداد صالحی، یکی از معاونان وزیر کشور، از این طرح حمایت کرد.", "مهرداد صالحی",
     "معاون وزیر کشور"),
    ("حمید شکوهی، نماینده ولی فقیه در سپاه، سخنرانی کرد.", "حمید شکوهی",
     "نماینده ولی فقیه در سپاه"),
    ("کامران شریفی، پژوهشگر عفو بین‌الملل، گفت که شواهد روشن است.", "کامران شریفی",
     "پژوهشگر عفو بین‌الملل"),
    # Copula, capacity and appointment.
    ("علیرضا کاظمی که در آن زمان وزیر دفاع بود، از این طرح حمایت کرد.", "علیرضا کاظمی",
     "وزیر دفاع"),
    ("علیرضا کاظمی از سال ۱۳۸۴ تا ۱۳۸۸ وزیر دفاع بود.", "علیرضا کاظمی", "وزیر دفاع"),
    ("علیرضا کاظمی در سمت وزیر دفاع از این طرح حمایت کرد.", "علیرضا کاظمی", "وزیر دفاع"),
    ("علیرضا کاظمی به سمت وزیر دفاع منصوب شد.", "علیرضا کاظمی", "وزیر دفاع"),
    ("رئیس‌جمهور، علیرضا کاظمی را به سمت وزیر دفاع منصوب کرد.", "علیرضا کاظمی", "وزیر دفاع"),
    ("علیرضا کاظمی ریاست ستاد کل را بر عهده داشت.", "علیرضا کاظمی", "رئیس ستاد کل"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "person", "post"), SHAPES)
def test_a_post_beside_a_name(text: str, person: str, post: str) -> None:
    assert (person, post) in posts(text)


def test_founders_teachers_and_other_offices() -> None:
    founder = "علیرضا کاظمی، مؤسس انجمن حمایت از زندانیان، بازداشت شد."
    assert ("علیرضا کاظمی", "مؤسس انجمن حمایت از زندانیان") in posts(founder)
    teacher = "علیرضا کاظمی، استاد دانشگاه تهران، بازداشت شد."
    assert ("علیرضا کاظمی", "استاد دانشگاه تهران") in posts(teacher)
    aide = "علیرضا کاظمی، دستیار ویژه رئیس‌جمهور، استعفا داد."
    assert ("علیرضا کاظمی", "دستیار ویژه رئیس‌جمهور") in posts(aide)
    charge = "علیرضا کاظمی، کاردار ایران در لندن، احضار شد."
    assert ("علیرضا کاظمی", "کاردار ایران در لندن") in posts(charge)
    chief = "کامران شریفی، سرکرده گروه مسلح، کشته شد."
    assert ("کامران شریفی", "سرکرده گروه مسلح") in posts(chief)


def test_an_envoy_an_agent_and_an_attache_only_before_what_makes_them_posts() -> None:
    envoy = "کامران شریفی، فرستاده ویژه سازمان ملل در امور سوریه، به دمشق رفت."
    assert ("کامران شریفی", "فرستاده ویژه سازمان ملل در امور سوریه") in posts(envoy)
    agent = "علیرضا کاظمی، مأمور وزارت اطلاعات، او را بازجویی کرد."
    assert ("علیرضا کاظمی", "مأمور وزارت اطلاعات") in posts(agent)
    attache = "علیرضا کاظمی، وابسته نظامی سفارت ایران در بغداد، اخراج شد."
    assert ("علیرضا کاظمی", "وابسته نظامی سفارت ایران در بغداد") in posts(attache)
    # ("فرستاده شد" was sent, "مأمور شد" was tasked, "وابسته به" tied to.)
    assert not posts("علیرضا کاظمی به زندان اوین فرستاده شد.")
    assert not posts("علیرضا کاظمی مأمور شد که پرونده را بررسی کند.")
    assert not posts("علیرضا کاظمی، وابسته به سپاه، بازداشت شد.")


def test_a_plural_post_shared_by_names() -> None:
    text = "علیرضا کاظمی و مریم توکلی، بنیانگذاران کانون مدافعان حقوق بشر، بازداشت شدند."
    assert posts(text) >= {
        ("علیرضا کاظمی", "بنیانگذار کانون مدافعان حقوق بشر"),
        ("مریم توکلی", "بنیانگذار کانون مدافعان حقوق بشر"),
    }
    one_of = "مهرداد صالحی، یکی از قضات دادگاه انقلاب، حکم را صادر کرد."
    assert ("مهرداد صالحی", "قاضی دادگاه انقلاب") in posts(one_of)
    ministers = "مهرداد صالحی، یکی از وزرای دولت، استعفا داد."
    assert ("مهرداد صالحی", "وزیر دولت") in posts(ministers)


def test_a_post_before_the_name_with_its_place_after_dar() -> None:
    text = "سفیر ایران در سازمان ملل، کامران شریفی، نامه‌ای فرستاد."
    assert ("کامران شریفی", "سفیر ایران در سازمان ملل") in posts(text)
    # (Without the closing comma the place is no part of a title joined to the name.)
    joined = "دیدار سفیر ایران در سازمان ملل کامران شریفی با او انجام شد."
    assert ("کامران شریفی", "سفیر ایران در سازمان ملل") not in posts(joined)


def test_a_bodys_noun_after_a_title_is_no_name() -> None:
    text = "مهرداد صالحی، قاضی شعبه ۱۵ دادگاه انقلاب، این حکم را صادر کرد."
    assert posts(text) == {("مهرداد صالحی", "قاضی شعبه ۱۵ دادگاه انقلاب")}
    before = "قاضی شعبه ۲۸ دادگاه انقلاب، مهرداد صالحی، این حکم را صادر کرد."
    assert posts(before) == {("مهرداد صالحی", "قاضی شعبه ۲۸ دادگاه انقلاب")}


def test_a_ministrys_office_over_the_ministry() -> None:
    text = "در دوران وزارت علیرضا کاظمی بر وزارت دفاع، این طرح اجرا شد."
    assert posts(text) == {("علیرضا کاظمی", "وزیر دفاع")}
    court = "در دوران ریاست علیرضا کاظمی بر قوه قضاییه، این طرح اجرا شد."
    assert posts(court) == {("علیرضا کاظمی", "رئیس قوه قضاییه")}


def test_a_copulas_post_with_its_place_in_several_words() -> None:
    text = "مهران صدری، که نماینده‌ی مهاباد در مجلس شورای ملی بود، امیدوار بود."
    assert ("مهران صدری", "نماینده‌ی مهاباد در مجلس شورای ملی") in posts(text)


def test_an_ordinal_before_the_post_is_no_part_of_it() -> None:
    became = "علیرضا کاظمی که در سال ۱۳۶۳ نخستین وزیر اطلاعات شد، سال‌ها بعد دفاع کرد."
    assert ("علیرضا کاظمی", "وزیر اطلاعات") in posts(became)
    apposed = "علیرضا کاظمی، آخرین فرمانده لشکر ۲۷، کشته شد."
    assert ("علیرضا کاظمی", "فرمانده لشکر ۲۷") in posts(apposed)


def test_a_copula_after_once_or_before_that() -> None:
    before = "علیرضا کاظمی پیش از آن دادستان کرج بوده است."
    assert ("علیرضا کاظمی", "دادستان کرج") in posts(before)
    once = "مهران صدری زمانی وزیر کشور بود."
    assert ("مهران صدری", "وزیر کشور") in posts(once)
    # (A clause of time after زمانی is no copula of the name's.)
    assert not posts("مهران صدری زمانی به تهران رفت که وزیر کشور استعفا داده بود.")


def test_a_capacity_served_in() -> None:
    served = "علیرضا کاظمی در سمت دادستان کرج خدمت کرد."
    assert ("علیرضا کاظمی", "دادستان کرج") in posts(served)
    worked = "علیرضا کاظمی به عنوان دادستان کرج فعالیت می‌کرد."
    assert ("علیرضا کاظمی", "دادستان کرج") in posts(worked)
    # (Before an object and its verb the last word is the object's.)
    assert not posts("علیرضا کاظمی در سمت دادستان حکم را امضا کرد.")


def test_a_post_held_by_name() -> None:
    held = "مهران صدری سمت دادستان کرج را داشت."
    assert ("مهران صدری", "دادستان کرج") in posts(held)
    charge = "مهران صدری پست معاون وزیر کشور را بر عهده داشت."
    assert ("مهران صدری", "معاون وزیر کشور") in posts(charge)


def test_a_word_opening_the_post_is_no_part_of_the_name() -> None:
    now = "علیرضا کاظمی هم‌اکنون دادستان کرج است."
    assert posts(now) == {("علیرضا کاظمی", "دادستان کرج")}
    named = "علیرضا کاظمی به‌عنوان نماینده ویژه ایران در امور افغانستان منصوب شد."
    assert posts(named) == {("علیرضا کاظمی", "نماینده ویژه ایران در امور افغانستان")}


def test_a_post_in_apposition_after_according_to_or_by_order_of() -> None:
    said = "به گفته‌ی دادستان تهران، مهران صدری، پرونده باز است."
    assert ("مهران صدری", "دادستان تهران") in posts(said)
    ordered = "به دستور دادستان کل کشور، مهران صدری، پرونده بسته شد."
    assert ("مهران صدری", "دادستان کل کشور") in posts(ordered)
    # (A noun the post qualifies opens no apposition: the minister's son is no minister.)
    assert not posts("پسر وزیر کشور، مهران صدری، بازداشت شد.")


def test_a_copula_after_how_long() -> None:
    text = "مهران صدری به مدت هشت سال رئیس قوه قضاییه بود."
    assert ("مهران صدری", "رئیس قوه قضاییه") in posts(text)


def test_a_guards_rank_closed_by_pasdar() -> None:
    text = "سرتیپ دوم پاسدار مهران صدری در این حمله کشته شد."
    assert not [p for p, _ in posts(text) if p.startswith("پاسدار")]
    assert any(post == "سرتیپ دوم پاسدار" for _, post in posts(text))


def test_a_plural_post_before_names_listed() -> None:
    counted = "دو فرمانده سپاه، مهران صدری و علیرضا کاظمی، کشته شدند."
    assert posts(counted) == {("مهران صدری", "فرمانده سپاه"), ("علیرضا کاظمی", "فرمانده سپاه")}
    plural = "قضات پرونده، مهران صدری و علیرضا کاظمی، حکم را صادر کردند."
    assert ("علیرضا کاظمی", "قاضی پرونده") in posts(plural)
    # (After a noun it qualifies the plural opens no apposition.)
    assert not posts("خانواده‌های قضات پرونده، مهران صدری و علیرضا کاظمی، شکایت کردند.")


def test_words_joined_by_a_hyphen_are_one_word_of_the_post() -> None:
    text = "علیرضا کاظمی، معاون سیاسی-امنیتی استاندار تهران، گفت که اوضاع آرام است."
    assert ("علیرضا کاظمی", "معاون سیاسی-امنیتی استاندار تهران") in posts(text)
