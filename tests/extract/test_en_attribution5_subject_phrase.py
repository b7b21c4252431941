"""The asserting subject is the noun phrase standing before the verb: a clause fronted before it
and an apposition after its head are skipped, whatever names they hold (sentences written for
these tests, in wordings unlike any gold text)."""

from tests.extract.helpers import parties


def test_an_apposition_naming_the_bodys_leader_is_skipped() -> None:
    text = (
        "The Truth and Reconciliation Panel, a statutory body led by the Peruvian lawyer Ana "
        "Ruiz Castillo, found that 212 people had died in the camps."
    )
    assert parties(text) == [(212, "Truth and Reconciliation Panel")]


def test_a_court_presided_over_by_a_judge_asserts_its_own_finding() -> None:
    text = (
        "The Special Tribunal for Sierra Leone, a court presided over by Judge Mohamed Kamara, "
        "found that 73 civilians had been killed in the raid."
    )
    assert parties(text) == [(73, "Special Tribunal for Sierra Leone")]


def test_a_pronoun_after_the_first_verb_is_its_subject_again() -> None:
    text = (
        "The Coalition for Missing Persons, an alliance of families founded in 2004 by Maria "
        "Lopez, said on Friday it had recorded 150 disappearances."
    )
    assert parties(text) == [(150, "Coalition for Missing Persons")]


def test_a_person_whose_apposition_names_a_body_is_the_speaker() -> None:
    text = (
        "Dr Hassan Ali, a surgeon at the hospital run by Doctors Without Borders, said 30 bodies "
        "had been brought in."
    )
    assert parties(text) == [(30, "Hassan Ali")]


def test_a_nameless_head_is_named_by_its_apposition() -> None:
    text = "The camp's chief medical officer, Amina Diallo, said that 14 detainees had died."
    assert parties(text) == [(14, "Amina Diallo")]


def test_a_fronted_clause_naming_a_person_is_not_the_subject() -> None:
    text = (
        "The Human Rights Office issued a statement. Throughout the siege ordered by Mayor "
        "Tanaka, the office says, 230 civilians were held without charge."
    )
    assert parties(text) == [(230, "Human Rights Office")]


def test_a_subject_after_a_fronted_subordinate_clause() -> None:
    text = (
        "Because the morgue in Gulu was closed by order of Governor Okello, the church group "
        "said, at least 40 bodies were buried in the fields."
    )
    assert parties(text) == [(40, "church group")]


def test_near_miss_an_apposition_in_the_object_leaves_the_subject() -> None:
    text = (
        "Human Rights Watch said the Interior Ministry, headed by General Omar Salim, had "
        "detained 300 people."
    )
    assert parties(text) == [(300, "Human Rights Watch")]


def test_near_miss_a_fronted_clause_without_a_verb_of_asserting_names_nobody() -> None:
    text = "After President Mensah resigned, soldiers killed 12 protesters."
    assert parties(text) == [(12, None)]
