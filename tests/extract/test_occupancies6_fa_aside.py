"""Persian apposition closed by an aside in brackets: an acronym or a gloss between the post
and its comma ("X، رئیس دفتر حقوقی سازمان زندان‌ها (سازمان ساختگی)، …") leaves the post whole."""

from tests.extract.helpers import posts


def test_a_gloss_in_brackets_in_a_court_report() -> None:
    text = (
        "دادگاه اعلام کرد که کامران صالحی، رئیس دفتر حقوقی سازمان زندان‌ها (سازمان ساختگی)، "
        "در جلسه حاضر نشد."
    )
    assert ("کامران صالحی", "رئیس دفتر حقوقی سازمان زندان‌ها") in posts(text)


def test_an_acronym_after_a_union() -> None:
    text = (
        "به گزارش خبرگزاری، لیلا موسوی، دبیر انجمن صنفی روزنامه‌نگاران (اصر)، "
        "این تصمیم را محکوم کرد."
    )
    assert ("لیلا موسوی", "دبیر انجمن صنفی روزنامه‌نگاران") in posts(text)


def test_a_former_director_and_an_acronym() -> None:
    text = "رضا کاظمی، مدیر پیشین بنیاد پژوهش‌های اجتماعی (بپا)، در نامه‌ای نوشت که آمار نادرست است."
    assert ("رضا کاظمی", "مدیر بنیاد پژوهش‌های اجتماعی") in posts(text)


def test_years_in_brackets_after_a_council() -> None:
    text = "حسن رضایی، رئیس سابق شورای شهر تبریز (۱۳۸۸ تا ۱۳۹۲)، بازداشت شد."
    assert ("حسن رضایی", "رئیس شورای شهر تبریز") in posts(text)


def test_an_aside_with_no_post_gives_none() -> None:
    text = "مریم احمدی (نام مستعار)، ساکن زاهدان، گفت برادرش بازداشت شد."
    assert not [post for person, post in posts(text) if person == "مریم احمدی"]


def test_an_aside_after_a_verb_is_no_post() -> None:
    text = "علی رضایی، در گفت‌وگو با رادیو (پیش از بازداشت)، گفت که شکنجه شده است."
    assert not posts(text)
