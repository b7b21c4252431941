"""A report's own first person ("our archive", "کانون ما") is the report's author body, never a
witness named before (texts written for these tests)."""

from tests.extract.helpers import attributions


def test_a_persian_reports_own_body_is_its_author_not_the_last_speaker() -> None:
    text = (
        "گزارش سالانه انجمن یادمان زندانیان – ۱۰ دی ۱۳۹۵\n\n"
        "سازمان ملل از اعدام ۳۰ نفر خبر داد. علی رضایی، سخنگوی این سازمان، گفت که ۴۰ نفر دیگر "
        "در انتظارند.\n"
        "انجمن ما بر پایه گفت‌وگو با ۱۵ خانواده توانسته است نام ۸۸ زندانی اعدام‌شده را ثبت کند."
    )
    assert attributions(text)[-1] == "انجمن یادمان زندانیان"


def test_an_english_reports_own_archive_is_its_author() -> None:
    text = (
        "Report of the Velmora Documentation Centre, May 2019\n\n"
        "Witness 4, Ana Ruiz, said that 20 men were taken from her street.\n"
        "Our own archive holds the names of 112 people killed in the village."
    )
    assert attributions(text)[-1] == "Velmora Documentation Centre"


def test_another_party_speaking_to_our_body_keeps_its_count() -> None:
    # "our monitors" are the ones told: the party who told them asserts the figure
    text = (
        "Report of the Velmora Documentation Centre, May 2019\n\n"
        "Amnesty International told our monitors that 112 people were killed in the village."
    )
    assert attributions(text)[-1] == "Amnesty International"
