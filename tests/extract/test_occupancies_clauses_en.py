"""English occupancy wordings of a relative clause's capacity ("who as head of … seized"), a
second verb after "and later", a title after a verb ("the army removed President X") and a
passive "was chaired by"."""

from tests.extract.helpers import posts


def test_who_as_a_post_before_the_clause_verb() -> None:
    text = (
        "Tomasz Wielgosz, who as head of the Border Guard Directorate ordered the pushbacks, "
        "was questioned on Monday."
    )
    assert ("Tomasz Wielgosz", "head of the Border Guard Directorate") in posts(text)


def test_who_as_a_lower_case_post_with_a_period() -> None:
    text = (
        "Aurelio Bastidas, who as interior minister from 1998 to 2002 oversaw the prisons, "
        "denied the charges."
    )
    assert ("Aurelio Bastidas", "interior minister") in posts(text)


def test_who_as_no_post() -> None:
    text = "Aurelio Bastidas, who as a boy lived in Quito, denied the charges."
    assert posts(text) == set()


def test_and_later_a_second_verb_of_the_clause() -> None:
    text = (
        "Aurelio Bastidas, who as governor seized the radio station in 1981 and later ruled "
        "as president from 1984 to 1990, died in prison."
    )
    held = posts(text)
    assert ("Aurelio Bastidas", "governor") in held
    assert ("Aurelio Bastidas", "president") in held


def test_a_verb_before_a_title_is_no_part_of_it() -> None:
    text = "Soldiers loyal to the junta deposed President Aurelio Bastidas in 1976."
    assert posts(text) == {("Aurelio Bastidas", "President")}


def test_a_passive_chaired_by_names_the_body_before_it() -> None:
    text = "The inquiry into the shootings was chaired by Roberto Almeida."
    assert ("Roberto Almeida", "chair of the inquiry") in posts(text)


def test_a_passive_led_by_needs_a_body() -> None:
    assert posts("The attack was led by Roberto Almeida.") == set()


def test_the_place_a_post_is_held_in_closes_the_apposition() -> None:
    text = "Roberto Almeida, the head of the UN mission in Haiti, said the figures were wrong."
    assert ("Roberto Almeida", "head of the UN mission in Haiti") in posts(text)


def test_a_month_after_in_is_no_place() -> None:
    text = "Roberto Almeida, the police chief in March, said the figures were wrong."
    assert posts(text) == {("Roberto Almeida", "police chief")}


def test_given_command_of_a_unit_after_and() -> None:
    text = "In 2012 Roberto Almeida was promoted to colonel and given command of the 3rd Army."
    assert ("Roberto Almeida", "commander of the 3rd Army") in posts(text)


def test_a_possessive_pronoun_is_no_part_of_the_post() -> None:
    text = "Roberto Almeida, the commander, and Pedro Souza, his deputy, were indicted."
    assert ("Pedro Souza", "deputy") in posts(text)
