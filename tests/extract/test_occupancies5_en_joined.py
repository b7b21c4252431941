"""English occupancy mechanisms of round 5, second part: a lower-case head after a proper noun,
joined to the name ("Rivers State governor X", "Labour MP X"); a participle heading a body
("X, commanding the 3rd Brigade, …"); a progressive "who was serving as …"."""

from tests.extract.helpers import posts


def test_a_state_governor_joined_to_the_name() -> None:
    text = "The decree was signed by Rivers State governor Nyesom Wike on Monday."
    assert ("Nyesom Wike", "Rivers State governor") in posts(text)


def test_a_party_lawmaker_joined_to_the_name_at_the_start() -> None:
    text = "Labour lawmaker Dawn Butler asked the minister about the raids."
    assert ("Dawn Butler", "Labour lawmaker") in posts(text)


def test_a_city_police_commissioner_joined_to_the_name() -> None:
    text = "Protesters marched on the office of Nairobi police commander Japheth Koome."
    assert ("Japheth Koome", "Nairobi police commander") in posts(text)


def test_a_trade_after_an_ordinary_noun_is_left_alone() -> None:
    text = "The family hired a lawyer Ruth Mensah recommended."
    assert posts(text) == set()


def test_a_lower_case_head_after_a_verb_is_left_alone() -> None:
    text = "Reporters asked Governor Sani whether the leader Ahmed Musa had fled."
    assert ("Ahmed Musa", "Sani whether the leader") not in posts(text)


def test_a_participle_commanding_a_unit() -> None:
    text = (
        "Colonel Ruslan Tagirov, commanding the 58th Motor Rifle Brigade, gave the order "
        "on 3 March."
    )
    assert ("Ruslan Tagirov", "commander of the 58th Motor Rifle Brigade") in posts(text)


def test_a_participle_presiding_over_a_court() -> None:
    text = "Amina Yusuf, presiding over the tribunal, adjourned the case until June."
    assert ("Amina Yusuf", "head of the tribunal") in posts(text)


def test_a_participle_leading_no_body_is_left_alone() -> None:
    text = "Amina Yusuf, leading the march, was arrested."
    assert posts(text) == set()


def test_who_was_serving_as_after_a_preposition() -> None:
    text = (
        "The deportations were approved by Hamid Farouk, who was serving as deputy interior "
        "minister at the time."
    )
    assert ("Hamid Farouk", "deputy interior minister") in posts(text)


def test_who_is_acting_as_a_post() -> None:
    text = "The order came from Lucía Paredes, who is acting as interim governor of Cusco."
    assert ("Lucía Paredes", "governor of Cusco") in posts(text)


def test_as_a_post_in_apposition() -> None:
    text = (
        "The chamber found that Milan Babić, as president of the Krajina government, bore "
        "responsibility for the expulsions."
    )
    assert ("Milan Babić", "president of the Krajina government") in posts(text)


def test_as_a_post_in_apposition_in_testimony() -> None:
    text = '"Ibrahim Sesay, as the camp commander, gave that order," the witness testified.'
    assert ("Ibrahim Sesay", "camp commander") in posts(text)


def test_as_a_matter_of_course_is_no_post() -> None:
    text = "Ibrahim Sesay, as the court heard, gave that order."
    assert posts(text) == set()


def test_led_by_three_words_of_description() -> None:
    text = "The inquiry, led by former chief justice Musa Bello, said 12 were charged."
    assert ("Musa Bello", "leader of the inquiry") in posts(text)


def test_a_head_with_a_hyphenated_prefix_in_apposition() -> None:
    text = "Rashid Dostum, ex-governor of Jowzjan, denied the charges."
    assert ("Rashid Dostum", "governor of Jowzjan") in posts(text)


def test_a_vice_head_in_apposition() -> None:
    text = "Rashid Dostum, vice-chairman of the ruling party, denied the charges."
    assert ("Rashid Dostum", "vice-chairman of the ruling party") in posts(text)


def test_a_hyphenated_title_before_the_name() -> None:
    text = "Then-president Joseph Kabila ordered the inquiry."
    assert ("Joseph Kabila", "president") in posts(text)


def test_a_post_with_a_body() -> None:
    text = "Rashid Dostum, an inspector with the federal police, denied the charges."
    assert ("Rashid Dostum", "inspector with the federal police") in posts(text)


def test_an_ex_wife_is_no_post() -> None:
    text = "Rashid Dostum, ex-husband of the witness, denied the charges."
    assert posts(text) == set()
