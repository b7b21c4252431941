"""Who asserts a Persian figure "according to" a document or testimony (sentences written for
these tests): the maker a relative clause names (who sent, published or gathered it), the
report's own "we" when the clause has only the verb's person, and the owner of the findings
"بر پایه‌ی گفت‌وگوهای X" names."""

from tests.extract.helpers import attributions, parties

_TITLE = "گزارش سالانه انجمن یادمان زندانیان – ۱۰ دی ۱۳۹۵\n\n"


def test_the_sender_of_a_titled_document_is_the_party() -> None:
    text = (
        "بر پایه‌ی «گزارش عملیاتی شماره‌ی ۱۲» که خود واحدهای ویژه به پایتخت فرستادند، "
        "۴۵۰ زندانی در این دو روز کشته شدند."
    )
    assert parties(text) == [(450, "واحدهای ویژه")]


def test_the_publisher_of_a_report_is_the_party_not_the_relative_clause() -> None:
    text = "بر پایه‌ی گزارشی که کمیته‌ی حقیقت‌یاب در سال ۱۳۹۰ منتشر کرد، ۷۰ نفر اعدام شدند."
    assert parties(text) == [(70, "کمیته‌ی حقیقت‌یاب")]


def test_who_gathered_testimonies_is_the_party() -> None:
    text = (
        "بنا بر شهادت‌هایی که انجمن دفاع از زندانیان گردآوری کرده است، دست‌کم ۸۰ زندانی شکنجه شدند."
    )
    assert attributions(text) == ["انجمن دفاع از زندانیان"]


def test_testimonies_we_gathered_are_the_reports_own() -> None:
    text = (
        _TITLE + "وزارت کشور شمار کشته‌ها را ۹ نفر اعلام کرد. اما بر پایه شهادت‌هایی که "
        "گردآوری کرده‌ایم، دست‌کم ۳۰ نفر کشته شدند."
    )
    assert attributions(text) == ["وزارت کشور", "انجمن یادمان زندانیان"]


def test_the_body_whose_interviews_a_figure_rests_on_is_the_party() -> None:
    text = (
        "کانون حقوق بشر سیستان گزارش داد که ۱۲ نفر بازداشت شدند. بر پایه‌ی گفت‌وگوهای "
        "این کانون با شاهدان، دست‌کم ۹ نفر کشته شدند."
    )
    assert attributions(text) == ["کانون حقوق بشر سیستان"] * 2


def test_martyred_is_no_testimony() -> None:
    text = "پلیس گفت ۳ مأمور به شهادت رسیدند و ۱۲ نفر بازداشت شدند."
    assert attributions(text) == ["پلیس", "پلیس"]


def test_the_relative_clauses_verb_is_not_the_sentences() -> None:
    text = (
        "بنا بر شهادت‌هایی که انجمن یاران زندانیان (نهادی در تبعید) گردآوری کرده است، "
        "بیش از ۶۰ زندانی در آن سال در بازداشتگاه شکنجه شدند."
    )
    assert attributions(text) == ["انجمن یاران زندانیان"]
