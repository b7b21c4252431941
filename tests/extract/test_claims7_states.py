"""Claim figures, round 7: counts told as a state or an estimate: people at risk of execution
or facing it (on death row: sentenced; در خطر اجرای حکم اعدام), people a witness "never saw
again" or of whose fate "nothing is known" (از سرنوشت ۳۰ نفرشان خبری نیست), the number of
detainees or prisoners "estimated at" a figure; and the kinds of an act ("72 methods of
torture", سه روش شکنجه) counted as no victims."""

import pytest
from tests.extract.helpers import figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # at risk of execution is a sentence not yet carried out
        ("Eight political prisoners are at imminent risk of execution.", [("sentenced", 8)]),
        ("At least 20 juvenile offenders face execution, the group said.", [("sentenced", 20)]),
        ("۸ زندانی سیاسی در خطر اجرای حکم اعدام قرار دارند.", [("sentenced", 8)]),
        # never seen again
        (
            "Every night they took 5 prisoners out and we never saw them again.",
            [("disappeared", 5)],
        ),
        (
            "ماموران ۱۵۰ نفر را بازداشت کردند و هنوز از سرنوشت ۳۰ نفرشان خبری نیست.",
            [("arrested", 150), ("disappeared", 30)],
        ),
        # the number of the held, estimated
        (
            "The number of detainees in the prison was estimated at between 10,000 and 20,000.",
            [("detained", None)],
        ),
        (
            "The total of political prisoners has been put at 1,200 by the group.",
            [("detained", 1200)],
        ),
        ("تعداد زندانیان این بند حدود ۳۰۰ نفر برآورد شد.", [("detained", 300)]),
        # kinds of an act are no count
        ("The network identified 72 methods of torture used in detention.", []),
        ("Survivors described 12 forms of abuse in the camp.", []),
        ("این گزارش از سه روش شکنجه در بازداشتگاه\u200cها نام می\u200cبرد.", []),
    ],
)
def test_a_state_or_estimate_counts_its_act(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    """A count told as a state or an estimate, and kinds of an act that are no count."""
    assert figures(text) == expected
