"""Whom "it" and "this body" stand for beside a court's verdict (sentences written for these
tests): "it" after a body's own reporting verb is that body, not the court of the sentence
before; "this centre" is the centre that itself wrote of a verdict, not those it cited."""

from tests.extract.helpers import attributions


def test_it_after_a_bodys_reporting_verb_is_that_body() -> None:
    text = (
        "Hundreds were sentenced by the courts in summary trials. The Truth Commission, set up "
        "in 2004, reported in 2005 that it had identified 114 people killed in the city."
    )
    assert attributions(text)[-1] == "Truth Commission"


def test_this_body_is_the_one_that_spoke_where_it_was_named() -> None:
    text = (
        "مرکز اسناد ورزان به نقل از شاهدان نوشت که دادگاه نظامی ۹ نفر را به اعدام محکوم کرد. "
        "این مرکز همچنین برآورد کرد که ۳۰ نفر کشته شدند."
    )
    assert attributions(text)[-1] == "مرکز اسناد ورزان"
