"""A person named in full, then by the family name alone, whoever found the full name (the
rules, the NER model), even where the family name is also a town's; and persons named where
only a person stands: a title of peerage, "was President of", a byline, a case's title, "named
here as X (…)", the last of a list before what befalls them all. Every sentence and name here
is invented."""

import pytest
from tests.extract.helpers import annotated, proposed

from sabt.extract.mentions import Mention
from sabt.extract.ner_bodies import named_as_body
from sabt.extract.persons_again import with_family_names


def _person(name: str, text: str, annotator: str = "ner:model") -> Mention:
    start = text.index(name)
    return Mention(None, None, "person", name, start, start + len(name), annotator)


def _found_again(text: str, persons: list[Mention]) -> list[tuple[str, int]]:
    return [
        (m.text, m.start)
        for m in with_family_names(text, persons)
        if m.annotator == "names:family-again"
    ]


def test_a_family_name_that_is_a_town_is_the_person_named_before() -> None:
    text = "Omar Mendoza, a teacher, was detained. Mendoza told the court he had been beaten."
    assert annotated(text, "person") == ["Omar Mendoza", "Mendoza"]
    assert annotated(text, "place") == []


def test_the_town_stays_a_town_after_a_place_preposition() -> None:
    text = "Omar Mendoza, a teacher, was detained. His wife stayed in Mendoza with the children."
    assert annotated(text, "place") == ["Mendoza"]
    assert annotated(text, "person") == ["Omar Mendoza"]


def test_the_model_s_full_name_lends_its_family_name() -> None:
    text = "Dervla Ekwueme spoke first. The court found Ekwueme guilty."
    assert _found_again(text, [_person("Dervla Ekwueme", text)]) == [("Ekwueme", 44)]


def test_the_model_s_one_word_person_lends_nothing() -> None:
    text = "Ekwueme spoke first. The court found Ekwueme guilty."
    assert _found_again(text, [_person("Ekwueme", text)]) == []


def test_one_word_after_a_title_lends_itself() -> None:
    text = "Lord Ashcombe chaired the inquiry. Later, Ashcombe's report cleared the soldiers."
    assert annotated(text, "person") == ["Ashcombe", "Ashcombe"]


def test_a_family_name_that_is_a_month_is_not_followed() -> None:
    text = "Clara Bell May spoke. In May 1990 the camp closed."
    assert _found_again(text, [_person("Clara Bell May", text)]) == []


def test_a_persian_family_name_is_left_to_the_persian_rules() -> None:
    text = "مسعود کاوانی سخن گفت. مردان طایفه‌ی کاوانی را بردند."
    assert _found_again(text, [_person("مسعود کاوانی", text)]) == []


def test_a_family_name_inside_a_longer_capitalised_name_is_not_the_person() -> None:
    text = "Dervla Ekwueme spoke. Ekwueme Square was empty."
    assert _found_again(text, [_person("Dervla Ekwueme", text)]) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Giving judgment, Lord Ashcombe, head of the court, said the law was clear.", "Ashcombe"),
        ("Tomas Okonkwo was President of the republic from 1982 until 1990.", "Tomas Okonkwo"),
        ("In 1979 Lena Varga became prime minister of the island.", "Lena Varga"),
        ("Posted by Lena Varga on 3 May 2021. The names are invented.", "Lena Varga"),
        ("Prosecutor v. Dragan Kovačić\nSpecial Tribunal for Lakeland", "Dragan Kovačić"),
        (
            "One survivor, named here as Kwabe Osei (a synthetic name), told the court.",
            "Kwabe Osei",
        ),
        (
            "The court convicted Dunmore Achterberg, Kwabe Osei and Tebogo Ndlela of murder.",
            "Tebogo Ndlela",
        ),
        ("The judge sentenced Dunmore Achterberg and Tebogo Ndlela to ten years.", "Tebogo Ndlela"),
    ],
)
def test_a_person_where_only_a_person_stands(text: str, name: str) -> None:
    assert name in proposed(text, "person")


def test_a_case_s_title_ends_at_its_line() -> None:
    text = "Prosecutor v. Dragan Kovačić\nSpecial Tribunal for Lakeland"
    assert annotated(text, "organization") == ["Special Tribunal for Lakeland"]


def test_a_name_read_over_a_line_break_after_its_cue_is_the_cue_s_line() -> None:
    text = "Notes from Mendoza\nPosted by Lena Varga on 3 May 2021."
    assert set(proposed(text, "place")) == {"Mendoza"}


def test_a_kind_before_a_post_names_a_person_s_post_not_a_body() -> None:
    text = "Brigadier Tomas Reyes, the brigade commander, gave the order."
    assert not named_as_body(text, 0, len("Brigadier Tomas Reyes"))
    body = "Kalo Tarn, the militia that held the pass, withdrew."
    assert named_as_body(body, 0, len("Kalo Tarn"))
