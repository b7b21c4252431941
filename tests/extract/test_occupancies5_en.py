"""English occupancy mechanisms of round 5: a post taken by self-designation ("declared
himself president"), legislators' and other offices as heads, a unit named with a bare number
("the 3 Commando Brigade"), a preposition closing a post's modifiers ("charges against the
deputy president"), and a body's post given by "whose" ("the tribunal, whose president was X")."""

from tests.extract.helpers import posts


def test_declared_himself_a_post() -> None:
    text = "In 1997 Laurent Kabila declared himself president after his forces took Kinshasa."
    assert ("Laurent Kabila", "president") in posts(text)


def test_proclaimed_herself_as_a_post_after_an_apposition() -> None:
    text = (
        "Mariela Quispe, a lawyer from Oruro, proclaimed herself as acting governor of the "
        "province on Friday."
    )
    assert ("Mariela Quispe", "acting governor of the province") in posts(text) or (
        "Mariela Quispe",
        "governor of the province",
    ) in posts(text)


def test_crowned_himself_emperor() -> None:
    text = "In December 1977 Jean Bokassa crowned himself emperor."
    assert ("Jean Bokassa", "emperor") in posts(text)


def test_a_senator_in_apposition() -> None:
    text = "Ivana Horvat, a senator from Split, told the court that she had not been warned."
    assert ("Ivana Horvat", "senator") in posts(text)


def test_a_lawmaker_and_a_councillor() -> None:
    text = (
        "The motion was tabled by Samuel Okonjo, an opposition lawmaker, and was backed by "
        "Ruth Mensah, a city councillor in Kumasi."
    )
    held = posts(text)
    assert ("Samuel Okonjo", "opposition lawmaker") in held
    assert ("Ruth Mensah", "city councillor in Kumasi") in held


def test_an_mp_in_apposition() -> None:
    text = "Tariq Mahmood, the MP for Bradford West, raised the deaths in the Commons."
    assert ("Tariq Mahmood", "MP for Bradford West") in posts(text)


def test_a_unit_named_with_a_bare_number() -> None:
    text = (
        "Colonel Dmytro Kovalenko, the commander of the 72 Mechanized Brigade, denied that "
        "his troops had fired."
    )
    assert ("Dmytro Kovalenko", "commander of the 72 Mechanized Brigade") in posts(text)


def test_a_garrison_after_a_unit_name() -> None:
    text = "Major Ana Ribeiro, head of the Northern Command garrison, ordered the roadblocks."
    assert ("Ana Ribeiro", "head of the Northern Command garrison") in posts(text)


def test_a_bare_year_is_no_unit() -> None:
    text = "Paul Biya, the president of 1982 fame, spoke."
    assert ("Paul Biya", "president of 1982 fame") not in posts(text)


def test_a_preposition_closes_a_post_before_the_name() -> None:
    text = (
        "The court dropped the case against the former interior minister, Hamid Karzai Ali, "
        "on Tuesday."
    )
    held = {p for _, p in posts(text)}
    assert not any("case" in p or "against" in p for p in held)


def test_a_post_after_a_preposition_is_found() -> None:
    text = "Protests grew over Peru's prime minister, Alberto Otárola, in January."
    assert ("Alberto Otárola", "prime minister") in posts(text)


def test_reflexive_without_a_post() -> None:
    text = "Laurent Kabila declared himself satisfied with the vote."
    assert posts(text) == set()


def test_whose_chair_was_a_name() -> None:
    text = (
        "The Truth and Reconciliation Commission, whose chairman was Archbishop Desmond Tutu, "
        "heard 21,000 statements."
    )
    assert ("Desmond Tutu", "chairman of Truth and Reconciliation Commission") in posts(text)


def test_whose_commander_at_the_time_was_a_name() -> None:
    text = (
        "Witnesses blamed the 33rd Infantry Division, whose commander at the time was "
        "General Maung Aye."
    )
    assert ("Maung Aye", "commander of 33rd Infantry Division") in posts(text)


def test_whose_president_is_a_lower_case_body() -> None:
    text = "The ruling was written by the appeals chamber, whose presiding judge is Maria Lopez."
    assert ("Maria Lopez", "presiding judge of the chamber") in posts(text)


def test_whose_head_had_been_a_name_in_a_body_found_by_name() -> None:
    text = "Amnesty International, whose secretary general was Pierre Sané, issued the report."
    assert ("Pierre Sané", "secretary general of Amnesty International") in posts(text)


def test_whose_relative_is_no_post() -> None:
    text = "The soldier, whose brother was Pedro Alvarado, was never charged."
    assert posts(text) == set()


def test_whose_members_included_is_no_head() -> None:
    text = "The panel, whose report named Ali Hassan, was dissolved."
    assert posts(text) == set()
