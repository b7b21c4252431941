"""Persian ranks as a form of address: with a post after the name, in apposition or in a
relative clause, a rank joined to the name is no post of its own; a rank alone is."""

from tests.extract.helpers import posts


def test_a_rank_before_a_post_in_apposition_in_a_wire_story() -> None:
    text = "سرهنگ علی رضایی، فرمانده پادگان، روز شنبه گفت که کسی کشته نشد."
    assert posts(text) == {("علی رضایی", "فرمانده پادگان")}


def test_a_general_before_a_foreign_command() -> None:
    text = "ژنرال مارک میلر، فرمانده‌ی نیروهای ناتو، به خبرنگاران گفت که تحقیق ادامه دارد."
    assert posts(text) == {("مارک میلر", "فرمانده‌ی نیروهای ناتو")}


def test_a_rank_before_a_post_in_a_relative_clause() -> None:
    text = "سرتیپ حسن کاظمی که در آن زمان رئیس ستاد لشکر بود، دستور حمله را صادر کرد."
    assert posts(text) == {("حسن کاظمی", "رئیس ستاد لشکر")}


def test_a_brigadier_in_a_court_ruling_before_his_post() -> None:
    text = "دادگاه سرتیپ محمود نادری، فرمانده‌ی سابق پایگاه هوایی، را به حبس محکوم کرد."
    assert ("محمود نادری", "سرتیپ") not in posts(text)


def test_a_rank_alone_is_the_post() -> None:
    text = "سرهنگ علی رضایی گفت که کسی کشته نشد."
    assert posts(text) == {("علی رضایی", "سرهنگ")}


def test_a_rank_with_no_post_after_stays_in_a_report() -> None:
    text = "به گزارش سازمان، سرلشکر محمد باقری دیروز از منطقه بازدید کرد."
    assert ("محمد باقری", "سرلشکر") in posts(text)
