"""After ", and", a quantity whose "were"/"had" belongs to a relative clause ("and 12 more
people who were abducted") is a second object of the same verb, not a clause of its own, so
the verb's source asserts it too (sentences written for these tests)."""

from tests.extract.helpers import parties


def test_a_second_object_with_a_relative_clause_keeps_the_source() -> None:
    text = (
        "The Kivu Monitoring Group counted 31 people killed in the village, and some 12 "
        "residents who were abducted by the militia."
    )
    assert (12, "Kivu Monitoring Group") in parties(text)


def test_a_second_object_with_which_keeps_the_source() -> None:
    text = (
        "In its audit the Sahel Rights Bureau listed 40 executions, and 25 arrests which had "
        "never been recorded by the police."
    )
    assert (25, "Sahel Rights Bureau") in parties(text)


def test_near_miss_a_clause_of_its_own_after_and() -> None:
    text = (
        "The Kivu Monitoring Group counted 31 people killed in the village, and 12 residents "
        "were abducted the next week."
    )
    assert dict(parties(text)).get(12) is None
