"""A definite description or a possessive whose head noun heads a body named earlier refers to
that body ("the trust's records", "the bureau's own audit", "the Kenyan foundation"), for any
head noun, and "its own inquiry … it" is the body the sentence before spoke of (sentences
written for these tests)."""

from tests.extract.helpers import parties


def test_a_possessive_of_the_bodys_head_noun_in_according_to() -> None:
    text = (
        "The Limpopo Records Trust keeps the files of the old magistrates. According to the "
        "trust's ledgers, soldiers detained 40 farm workers in 1961."
    )
    assert (40, "Limpopo Records Trust") in parties(text)


def test_a_possessive_head_noun_fronting_a_first_person_finding() -> None:
    text = (
        "The Lakeside Legal Bureau represented the families before the tribunal. In the "
        "bureau's own audit of the dossier we found 33 people killed by the patrol."
    )
    assert (33, "Lakeside Legal Bureau") in parties(text)


def test_a_head_noun_no_list_knows_in_a_subject() -> None:
    text = (
        "The Mekong Rights Consortium sent researchers to the border. The consortium counted "
        "19 villagers shot dead near the river."
    )
    assert (19, "Mekong Rights Consortium") in parties(text)


def test_its_own_inquiry_is_the_body_of_the_sentence_before() -> None:
    text = (
        "The Sahel Observatory for Human Rights sent two teams to the district in June. In its "
        "own inquiry it documented 58 deaths among the herders."
    )
    assert (58, "Sahel Observatory for Human Rights") in parties(text)


def test_a_capitalised_adjective_before_the_head_noun() -> None:
    text = (
        "The Nairobi Witness Collective interviewed survivors. The Kenyan collective said 14 "
        "people had been killed."
    )
    assert (14, "Nairobi Witness Collective") in parties(text)


def test_near_miss_a_head_noun_no_earlier_body_has() -> None:
    text = (
        "The Lakeside Legal Bureau represented the families. According to the village's "
        "elders, soldiers killed 12 men."
    )
    assert (12, "Lakeside Legal Bureau") not in parties(text)


def test_near_miss_a_place_noun_is_not_a_body() -> None:
    text = (
        "The Andes Memory Trust opened an office in the valley. In the valley's north, 25 "
        "people were killed in 1990."
    )
    assert (25, "Andes Memory Trust") not in parties(text)


def test_near_miss_an_indefinite_description_is_a_new_body() -> None:
    text = (
        "The Northern Bar Council filed the complaint. A council set up by the governor later "
        "announced that 64 people had been killed."
    )
    assert (64, "Northern Bar Council") not in parties(text)
