"""Claim figures, round 7: what is no count of an act's victims though an act stands near: the
wounded and the displaced, ages, years and terms of years, lashes and fines, article and
resolution numbers, waves and stages of an act, things destroyed, animals, and people counted with a
verb of their own ("live", "attended") in a sentence that names killings."""

import pytest
from tests.extract.helpers import figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 45 people were wounded in the blast.", []),
        ("About 20,000 people were displaced by the fighting.", []),
        ("Some 40 police officers were injured.", []),
        ("He was 34 years old when he was executed.", []),
        ("He was sentenced to 10 years in prison.", []),
        ("He was executed in 1988 after 7 years in prison.", []),
        ("A 12-year-old boy was killed in the raid.", []),
        ("Soldiers burned 35 houses in the village, witnesses said.", []),
        # animals taken or killed beside the people counted
        ("Troops killed two guards and took 40 sheep.", [("killed", 2)]),
        ("The raiders killed 12 herders and 300 head of cattle.", [("killed", 12)]),
        ("نیروها دو نگهبان را کشتند و ۴۰ گوسفند را بردند.", [("killed", 2)]),
        ("The bodies were found 5 km from the village.", []),
        # lashes and fines are a sentence's measure, not its count
        ("He was sentenced to 74 lashes.", []),
        ("She was fined 500 dollars for taking part in the protest and sentenced.", []),
        ("او به ۷۴ ضربه شلاق محکوم شد.", []),
        ("او به پرداخت ۵۰۰ میلیون تومان جریمه محکوم شد.", []),
        # waves and stages of an act are no count of its victims
        ("The prisoners were executed in 3 waves.", []),
        ("The detainees were killed in two phases over the summer.", []),
        ("زندانیان در سه مرحله اعدام شدند.", []),
        # people with a verb of their own are no count of the act told near them
        ("Two million people live in the city where the killings took place.", []),
        ("About 3,000 mourners attended the funeral of those killed.", []),
        ("Some 500 people gathered outside the prison where the executions were carried out.", []),
        ("۴۵ نفر زخمی شدند.", []),
        ("حدود ۲۰ هزار نفر آواره شدند.", []),
        ("کودک ۱۲ ساله\u200cای کشته شد.", []),
        # durations in Persian words: weeks, hours, nights
        ("اجساد ۳۱ نفر پس از دو هفته به خانواده\u200cها تحویل داده شد.", [("killed", 31)]),
        ("زندانیان پس از ۴۸ ساعت بازجویی اعدام شدند.", []),
    ],
)
def test_a_figure_near_an_act_that_counts_no_victims(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    """Figures near an act that count no victims of it."""
    assert figures(text) == expected
