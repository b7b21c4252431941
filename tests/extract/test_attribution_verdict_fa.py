"""A Persian figure read from a ruling ("بنا بر متن حکم", "در حکم دادگاه آمده است") is the
court's named before it (sentences written for these tests)."""

from tests.extract.helpers import parties

_COURT = "دادگاه عالی کارون امروز حکم خود را در پرونده‌ی روستای سبز صادر کرد. "


def test_a_figure_by_the_text_of_a_ruling_is_the_courts_named_before() -> None:
    text = _COURT + "بنا بر متن حکم، ۹ نفر از کشاورزان در آن شب کشته شدند."
    assert parties(text) == [(9, "دادگاه عالی کارون")]


def test_a_figure_stated_in_the_courts_ruling_is_the_courts() -> None:
    text = _COURT + "در رأی دادگاه آمده است که ۱۲ نفر از کشاورزان بازداشت شدند."
    assert parties(text) == [(12, "دادگاه عالی کارون")]


def test_a_ruling_with_no_court_named_before_leaves_the_speakers_figure() -> None:
    text = "به روایت وکیلان مدافع، بنا بر متن حکم، ۹ نفر از کشاورزان کشته شدند."
    assert parties(text) == [(9, "وکیلان مدافع")]
