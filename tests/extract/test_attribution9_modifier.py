"""A participle modifying the party's noun ("the commission later appointed by the government",
"a panel set up by the bar association") names who made the body, not who speaks; a
document's maker ("a report commissioned by X") stays its party. Sentences written for these
tests."""

import pytest
from tests.extract.helpers import attributions as _parties


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "According to the independent commission later appointed by the government, 40 "
            "protesters were shot dead.",
            "independent commission",
        ),
        (
            "According to a commission set up by President Ana Ruiz, 40 protesters were shot dead.",
            "commission",
        ),
        (
            "According to the inquiry subsequently convened by parliament, 40 protesters were "
            "shot dead.",
            "inquiry",
        ),
        (
            "The independent commission later appointed by the government said 40 protesters "
            "were shot dead.",
            "independent commission",
        ),
    ],
)
def test_the_body_speaks_not_its_maker(text: str, party: str) -> None:
    assert _parties(text) == [party]


@pytest.mark.parametrize(
    "text",
    [
        "According to a report commissioned by the Foo Truth Commission, 40 people were killed.",
        "A report commissioned by the Foo Truth Commission said 40 people were killed.",
        "According to figures compiled by the Foo Truth Commission, 40 people were killed.",
    ],
)
def test_a_documents_maker_is_its_party(text: str) -> None:
    assert _parties(text) == ["Foo Truth Commission"]
