"""A Persian body named in quotation marks straight after its noun and its kind's adjective
(سازمان امدادی «X»، گروه دانشجویی «X») is named X, and the description before it is no body
of its own; a quotation after a noun of people (گروهی از مردم «…») names none. Every sentence
here is invented."""

import pytest
from tests.extract.helpers import proposed


@pytest.mark.parametrize(
    ("text", "body", "description"),
    [
        ("او کارمند سازمان امدادی «نان و دانش» بود.", "نان و دانش", "سازمان امدادی"),
        ("گروه دانشجویی «صدای تارنک» بیانیه داد.", "صدای تارنک", "گروه دانشجویی"),
    ],
)
def test_a_quoted_name_after_a_body_s_kind_is_the_body(
    text: str, body: str, description: str
) -> None:
    found = proposed(text, "organization")
    assert body in found
    assert description not in found


def test_a_quotation_after_people_names_no_body() -> None:
    assert proposed("گروهی از مردم «مرگ بر دیکتاتور» سر دادند.", "organization") == []
