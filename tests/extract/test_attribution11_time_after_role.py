"""A generic party is named as written, without a phrase of time after it (sentences written
for these tests): "foreign diplomats at the time estimated …" is the diplomats', while
"officials at the health ministry" keep the body they serve."""

from tests.extract.helpers import attributions


def test_a_phrase_of_time_after_a_role_is_no_part_of_the_party() -> None:
    text = "Foreign diplomats at the time estimated that 300 people were killed."
    assert attributions(text) == ["Foreign diplomats"]
    monitors = "Monitors at the time put the toll at 120 dead."
    assert attributions(monitors) == ["Monitors"]
    body = "Officials at the health ministry said 40 people were killed."
    assert attributions(body) == ["Officials at the health ministry"]
