"""Claim figures, round 7: figures in the paragraphs of reports and briefings: people a verb
that is no act befalls ("attended by about 40 journalists", "treated 3,600 patients", "heard 112
witnesses"), a day of a month the date rules left unread ("on 12 July", "۲۶ خرداد"), the whole
a Persian part is taken from (از این ۱۷ نفر، ۵ نفر …), a time or cause after در (در زمان بازداشت,
در اثر), and a Persian part of people named by their act's participle (۱۲ نفر از اعدام‌شدگان)
taking that act."""

import pytest
from tests.extract.helpers import figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people a verb that is no act befalls
        (
            "At a briefing attended by about 40 journalists, she said 27 detainees had died.",
            [("killed", 27)],
        ),
        (
            "The clinic treated 300 patients after the attack in which 12 people died.",
            [("killed", 12)],
        ),
        ("The tribunal heard 112 witnesses before it sentenced 4 officers.", [("sentenced", 4)]),
        ("Volunteers sheltered 80 families whose relatives had been arrested.", []),
        # a day of a month is no count
        ("On 12 July soldiers separated the men and executed them.", []),
        ("The prisoners were hanged on 3 Sept. at dawn.", []),
        ("Twelve may have been killed, a witness said.", [("killed", 12)]),
        ("زندانیان در ۲۶ خرداد اعدام شدند.", []),
        ("معترضان روز ۱۸ آبان بازداشت شدند.", []),
        # the whole a Persian part is taken from
        (
            "از این ۱۷ نفر، ۵ نفر چند روز بعد آزاد شدند و سرنوشت ۱۲ نفر دیگر هنوز نامعلوم است.",
            [("disappeared", 12)],
        ),
        # a part of the executed, its own verb no act
        (
            "دست\u200cکم ۱۲ نفر از اعدام\u200cشدگان در زمان بازداشت کمتر از ۱۸ سال داشتند.",
            [("executed", 12)],
        ),
        ("۹ نفر از بازداشت\u200cشدگان زن بودند.", [("arrested", 9)]),
        # (an act nearer before the figure: without the rule the part is of the arrested)
        (
            "پس از بازداشت، ۱۲ نفر از اعدام\u200cشدگان کمتر از ۱۸ سال داشتند.",
            [("executed", 12)],
        ),
        # the part's own verb wins over the whole's
        ("۳۴ نفر از بازداشت\u200cشدگان شکنجه شده\u200cاند.", [("tortured", 34)]),
        # a time after در is no place of the act
        ("۱۵ نفر در هنگام بازداشت شکنجه شدند.", [("tortured", 15)]),
    ],
)
def test_figures_in_report_paragraphs(text: str, expected: list[tuple[str, float | None]]) -> None:
    """Each figure of a report's sentence, counted or not."""
    assert figures(text) == expected
