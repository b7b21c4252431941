"""A body named once is referred to again by its kind with words describing it ("the local
monitoring group", "the national commission"), and a nameless role is named by its
apposition ("according to the witness, X,") (sentences written for these tests)."""

from tests.extract.helpers import parties


def test_a_described_group_refers_to_the_body_introduced_before() -> None:
    text = (
        "A local monitoring group, Valley Watch, was set up in 2011. The monitoring group says "
        "it has documented 12 disappearances."
    )
    assert parties(text) == [(12, "Valley Watch")]


def test_a_described_commission_refers_to_the_commission_named_before() -> None:
    text = (
        "Parliament created the Commission on Missing Persons in 1996. In its final report, the "
        "independent commission estimated that 3,400 people had disappeared."
    )
    assert parties(text) == [(3400, "Commission on Missing Persons")]


def test_a_described_coalition_in_a_wire_story() -> None:
    text = (
        "The Darfur Justice Alliance held a news conference on Tuesday. The exile "
        "alliance said 70 villagers had been killed."
    )
    assert parties(text) == [(70, "Darfur Justice Alliance")]


def test_according_to_a_role_named_in_apposition() -> None:
    text = "According to the witness, Ibrahim Diallo, soldiers killed 23 villagers."
    assert parties(text) == [(23, "Ibrahim Diallo")]


def test_according_to_a_spokesman_named_in_apposition() -> None:
    text = "According to its spokesman, Karim Nasser, the militia executed 9 prisoners."
    assert parties(text) == [(9, "Karim Nasser")]


def test_near_miss_a_full_name_after_the_is_no_reference_back() -> None:
    text = (
        "The Alliance for Justice in Darfur held a news conference. The Kordofan Relief "
        "Committee said 40 people had been killed."
    )
    assert parties(text) == [(40, "Kordofan Relief Committee")]


def test_near_miss_a_named_source_keeps_its_name_before_an_apposition() -> None:
    text = "According to Amnesty International, a London-based group, police killed 31 people."
    assert parties(text) == [(31, "Amnesty International")]
