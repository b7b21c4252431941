"""Claim figures, round 7: the shorter forms of news headlines and tallies (a figure with a bare
participle, "Death toll: 87", Persian verbal nouns before the count: اعدام ۱۲ زندانی، کشته شدن ۲۳
معترض، مرگ ۳۰ زندانی), elliptic clauses ("hundreds more arrested", "a further 40 were given life
sentences"), a part past the whole it is taken from ("7 of those arrested were later found
dead"), and a running total ("bringing the total this year to 346")."""

import pytest
from tests.extract.helpers import figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Death toll: 87", [("killed", 87)]),
        ("Number of executions in 2022: 582.", [("executed", 582)]),
        ("At least 12 dead, 40 wounded in market attack", [("killed", 12)]),
        ("12 killed in attack on checkpoint", [("killed", 12)]),
        ("Iran: 12 executed in one day", [("executed", 12)]),
        ("۱۲ کشته و ۴۰ زخمی در حمله به بازار", [("killed", 12)]),
        # Persian verbal nouns before the count
        ("اعدام ۱۲ زندانی در زندان قزلحصار", [("executed", 12)]),
        ("این سازمان از اعدام ۵۸۲ نفر در سال گذشته خبر داد.", [("executed", 582)]),
        ("کشته شدن ۲۳ معترض در شهرهای مختلف", [("killed", 23)]),
        ("بازداشت ۳۰۰ دانشجو پس از تجمع", [("arrested", 300)]),
        ("ناپدید شدن ۴۳ دانشجو", [("disappeared", 43)]),
        ("جان باختن ۱۵ کارگر در معدن", [("killed", 15)]),
        # مرگ is a death; a cause after it (در اثر) is not the act
        ("مرگ ۳۰ زندانی در اثر شکنجه", [("killed", 30)]),
        ("مرگ ۹ بازداشتی در زندان\u200cهای استان", [("killed", 9)]),
    ],
)
def test_a_headline_or_tally_counts_its_act(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    """Headline and tally forms with their act."""
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # more/others before a bare participle
        (
            "Dozens of people were killed and hundreds more arrested.",
            [("killed", None), ("arrested", None)],
        ),
        ("Six people were shot dead and 20 others detained.", [("killed", 6), ("detained", 20)]),
        # life sentences given
        ("A further 40 were given life sentences.", [("sentenced", 40)]),
        # the whole's act is passed over
        ("At least 7 of those arrested were later found dead.", [("killed", 7)]),
        ("Nine of the men detained were subsequently executed.", [("executed", 9)]),
        # a participle with no predicate of its own keeps its act
        (
            "Monitors counted 40 people killed and 9 others who are still missing.",
            [("killed", 40), ("disappeared", 9)],
        ),
        # a running total
        (
            "Authorities have executed 12 people this month, bringing the total this year to 346.",
            [("executed", 12), ("executed", 346)],
        ),
        # Persian: kept, confined
        ("حدود ۳۰ نفر در این زندان نگهداری می\u200cشوند.", [("detained", 30)]),
        ("دست\u200cکم ۱۲ فعال در انفرادی محبوس هستند.", [("detained", 12)]),
    ],
)
def test_an_elliptic_clause_keeps_its_own_act(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    """The act of an elliptic clause or of a part past its whole."""
    assert figures(text) == expected
