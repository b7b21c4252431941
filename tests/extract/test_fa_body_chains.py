"""Persian bodies named in one ezafe chain with the body or province they belong to, a body's
country one word past its usual length, and month names that spell foreign towns."""

from sabt.extract import Registry, annotate
from sabt.extract.mentions import Matcher
from sabt.extract.world import world_places


def _found(text: str, kind: str) -> list[str]:
    return [m.text for m in annotate(text, registry=Registry.builtin()).mentions if m.type == kind]


def test_a_committee_of_a_parliament_is_one_body() -> None:
    text = "کمیسیون تحقیق ویژه\u200cی مجلس ملی گزارشی درباره\u200cی شکنجه منتشر کرد."
    assert _found(text, "organization") == ["کمیسیون تحقیق ویژه\u200cی مجلس ملی"]


def test_a_court_of_a_province_is_one_body_and_its_town_no_place() -> None:
    text = "دادگاه تجدیدنظر استان اصفهان حکم اعدام را نقض کرد."
    assert _found(text, "organization") == ["دادگاه تجدیدنظر استان اصفهان"]
    assert _found(text, "place") == []


def test_the_judiciary_of_the_armed_forces_is_one_body() -> None:
    text = "پرونده\u200cی این افسران به اداره\u200cی بازرسی نیروهای مسلح رسید."
    assert _found(text, "organization") == ["اداره\u200cی بازرسی نیروهای مسلح"]


def test_a_bodys_country_after_three_words_of_its_name_is_part_of_it() -> None:
    text = "کمیسیون ملی حقوق بشر لبنان از این بازداشت\u200cها انتقاد کرد."
    assert _found(text, "organization") == ["کمیسیون ملی حقوق بشر لبنان"]
    assert _found(text, "place") == []


def test_a_month_spelled_like_a_foreign_town_is_no_place() -> None:
    matcher = Matcher(Registry(()), None, world_places())
    assert matcher.find("از ۳ مارس تا ۲۰ آوریل ۲۰۱۸ دست\u200cکم ۹۰ نفر کشته شدند") == []


def test_a_registered_body_after_a_bodys_words_stands_on_its_own() -> None:
    text = "آژانس امداد سازمان ملل متحد هشدار داد."
    assert _found(text, "organization") == ["آژانس امداد", "سازمان ملل متحد"]


def test_an_armed_group_named_in_arabic_keeps_the_words_with_the_article() -> None:
    text = "گروه\u200cهای جیش المختار معترضان را تهدید کردند و سرایا الجهاد نیز بیانیه داد."
    assert _found(text, "organization") == ["جیش المختار", "سرایا الجهاد"]


def test_a_branch_or_network_of_a_body_is_a_body() -> None:
    text = (
        "او در شاخه\u200cی اطلاعات هوایی در حمص کار می\u200cکرد. "
        "شبکه\u200cی حقوق بشر یمن گزارش داد."
    )
    assert _found(text, "organization") == ["شاخه\u200cی اطلاعات هوایی", "شبکه\u200cی حقوق بشر یمن"]


def test_a_group_named_only_by_its_size_is_no_body() -> None:
    text = "از گروه کوچک ما در شهر هفت نفر کشته شدند."
    assert _found(text, "organization") == []


def test_a_special_rapporteur_in_persian_is_a_post_not_a_body() -> None:
    text = "لیلا مرادی، گزارشگر ویژه\u200cی سازمان ملل در امور حقوق بشر بوروندی، هشدار داد."
    assert _found(text, "organization") == ["سازمان ملل"]
