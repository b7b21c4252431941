"""The speaker named after a quotation may carry an apposition between commas before the
verb ('"…," Ana Ruiz, a nurse at the clinic, said'): the name before the apposition speaks,
not the person who spoke last before the quotation (sentences written for these tests)."""

from tests.extract.helpers import parties


def test_a_witness_with_an_apposition_after_the_quote() -> None:
    text = (
        'The chief inspector, Paul Verhoef, denied any order to fire. "I saw eleven men shot '
        'dead by the gate," Ayesha Karimova, a teacher who lived opposite the barracks, said.'
    )
    assert (11, "Ayesha Karimova") in parties(text)


def test_a_testimony_with_a_role_and_an_inverted_verb() -> None:
    text = (
        "Lawyers for the state called Tomas Lindqvist. \u201cThey killed 30 of us at the stadium,"
        "\u201d Ibrahim Sesay, a former detainee, told the court."
    )
    assert (30, "Ibrahim Sesay") in parties(text)


def test_a_wire_story_quote_with_an_age_apposition() -> None:
    text = (
        'Police spokesman Kofi Mensah declined to comment. "Twenty-two houses were burned and '
        '9 people died," Grace Achieng, 54, a market trader, told Reuters.'
    )
    assert (9, "Grace Achieng") in parties(text)


def test_a_body_speaking_after_the_quote_with_an_apposition() -> None:
    text = (
        'Officials gave no figure. "We recorded 48 killings in the district," the Karamoja '
        "Peace Network, a coalition of local groups, said in a statement."
    )
    assert (48, "Karamoja Peace Network") in parties(text)


def test_near_miss_the_speaker_before_a_quote_keeps_it() -> None:
    text = (
        'Maria Costa said: "At least 17 people were shot." Later the army, which denied it, '
        "issued a statement."
    )
    assert (17, "Maria Costa") in parties(text)


def test_near_miss_a_comma_clause_that_is_no_speaker() -> None:
    text = (
        'Jean Baptiste told us: "They killed 6 men," and then, after a long silence, he '
        "showed us the well."
    )
    assert (6, "Jean Baptiste") in parties(text)


def test_near_miss_a_new_paragraph_after_a_quote_is_no_speaker() -> None:
    text = (
        'Rosa Quispe spoke of her street. "They shot 7 of our neighbours."\n\n'
        "A relief group, the Andes Aid Network, said on Monday that its clinic was full."
    )
    assert all(party != "Andes Aid Network" for _, party in parties(text))
