"""The body that did the act, or one named inside it, is not the party asserting its figure:
objects of prepositions of agency and place, names in apposition to them, a pronoun subject in
a relative clause, and a named body that exhumed the dead. Sentences written for these tests."""

import pytest
from tests.extract.helpers import parties as _parties

from sabt.extract.attribution_party import whole_name
from sabt.extract.mentions import Mention


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "NAIROBI — At least 82 people, among them nine soldiers, died during three days of "
            "fighting around the northern town of Marsabit in June, most of them at the hands of "
            "Kenyan security forces, Amnesty International said in a report released on Monday.",
            "Amnesty International",
        ),
        (
            "Thirty-five farmers, among them four children, were killed by the Foo Army, Amnesty "
            "International and Human Rights Watch said in a joint report on Friday.",
            "Amnesty International",
        ),
    ],
)
def test_the_doer_of_the_act_is_not_the_speaker(text: str, party: str) -> None:
    parties = _parties(text)
    assert parties and all(p == party for _, p in parties)


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "At least 40 protesters were shot dead by soldiers under General Omar Bashiru, "
            "Human Rights Watch said in a report published on Thursday.",
            "Human Rights Watch",
        ),
        (
            "Thirty-five farmers, among them four children, died in attacks by the Foo Army and "
            "the Bar Militia, the Qux Human Rights Centre said in a letter to the minister.",
            "Qux Human Rights Centre",
        ),
        (
            "Thirty-five farmers, among them four children, were killed by the Foo Army, the Bar "
            "Militia and the Qux Front, Amnesty International said in a report on Friday.",
            "Amnesty International",
        ),
        (
            "Some 45 men were executed in a prison run by the Foo Intelligence Service, Amnesty "
            "International said in a statement, calling for an inquiry.",
            "Amnesty International",
        ),
    ],
)
def test_the_speaker_after_the_doer_keeps_the_figure(text: str, party: str) -> None:
    parties = _parties(text)
    assert parties and all(p == party for _, p in parties)


def test_a_speaker_named_before_a_statement_keeps_the_figure() -> None:
    text = "The Foo Human Rights Commission said 30 protesters were shot dead by the Foo Guard."
    assert _parties(text) == [(30.0, "Foo Human Rights Commission")]


def test_names_in_apposition_to_an_object_are_not_its_subject() -> None:
    text = (
        "The tribunal sentenced each of the three — Pedro Alvarado Ruiz, Mateo Cruz Lima and "
        "Tomas Vega Soto — to 2,400 years in prison: thirty years for each of the 80 people "
        "it found had been killed."
    )
    parties = dict(_parties(text))
    assert parties[80.0] == "tribunal"


@pytest.mark.parametrize(
    "text",
    [
        "The Foo Truth Commission questioned General Pedro Alvarado Ruiz about the 120 people "
        "it said had been killed in Bar.",
        "The Foo Truth Commission met Colonel Mateo Cruz Lima to ask about the 120 people they "
        "had counted as killed in Bar.",
    ],
)
def test_a_pronoun_right_before_the_verb_is_a_body_not_a_person(text: str) -> None:
    assert dict(_parties(text)).get(120.0) == "Foo Truth Commission"


@pytest.mark.parametrize(
    "text",
    [
        "دست‌کم ۳۰ معترض در درگیری با نیروهای سپاه پاسداران کشته شدند، سازمان عفو بین‌الملل "
        "اعلام کرد.",
        "دست‌کم ۳۰ معترض به دست مأموران سپاه پاسداران کشته شدند، سازمان عفو بین‌الملل اعلام کرد.",
    ],
)
def test_persian_doer_after_a_preposition_is_not_the_speaker(text: str) -> None:
    assert _parties(text) == [(30.0, "Amnesty International")]


def test_a_named_body_that_exhumed_the_dead_counts_them() -> None:
    text = (
        "Between 2001 and 2004 the Guatemalan Forensic Anthropology Foundation excavated the "
        "pit and recovered the remains of 96 people."
    )
    assert _parties(text) == [(96.0, "Guatemalan Forensic Anthropology Foundation")]


@pytest.mark.parametrize(
    "text",
    [
        "Forensic teams exhumed the bodies of 40 men in the forest.",
        "International monitors found the bodies of 45 men in a gully.",
    ],
)
def test_nameless_diggers_name_no_party(text: str) -> None:
    assert [p for _, p in _parties(text)] == [None]


def test_a_persian_comma_parts_two_names() -> None:
    text = "نیروهای سپاه منطقه کشته شدند، کانون مدافعان حقوق کارگر اعلام کرد"
    start = text.index("سپاه منطقه")
    first = Mention(None, None, "organization", "سپاه منطقه", start, start + len("سپاه منطقه"))
    words = "کانون مدافعان حقوق کارگر"
    start = text.index(words)
    second = Mention(None, None, "organization", words, start, start + len(words))
    assert whole_name(text, first, [first, second]) == "سپاه منطقه"


@pytest.mark.parametrize(
    "text",
    [
        "That commission, officially the Special Investigation Board but known as the Morrow "
        "Board after its chairman, Edward Morrow, wrote in its report of June 1921 that 212 "
        "people had been killed.",
        "The panel, formally the Special Investigation Board but called the Morrow Board after "
        "its first chairman, Edward Morrow, concluded in 1921 that 212 people had been killed.",
    ],
)
def test_a_name_apposed_to_what_a_preposition_governs_is_not_the_subject(text: str) -> None:
    assert _parties(text) == [(212.0, "Special Investigation Board")]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "کمیته‌ی حقیقت‌یاب پس از گفت‌وگو با سازمان ملل متحد اعلام کرد که ۴۰ نفر اعدام شدند.",
            "کمیته‌ی حقیقت‌یاب",
        ),
        (
            "کمیته‌ی حقیقت‌یاب در گزارش خود درباره‌ی سپاه پاسداران اعلام کرد که ۴۰ نفر اعدام شدند.",
            "کمیته‌ی حقیقت‌یاب",
        ),
        (
            "The fact-finding committee after meeting officials of the United Nations said 40 "
            "prisoners were executed.",
            "fact-finding committee",
        ),
    ],
)
def test_a_nameless_body_opening_the_clause_speaks_over_governed_names(
    text: str, party: str
) -> None:
    assert _parties(text) == [(40.0, party)]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Officials at the Foo Ministry of Health said 40 people died.", "Foo Ministry of Health"),
        (
            "A note written in 1961 by Ana Ruiz, then head of the Foo Police, said 40 prisoners "
            "had been shot.",
            "Ana Ruiz",
        ),
    ],
)
def test_a_role_or_a_document_before_a_governed_name_is_no_body(text: str, party: str) -> None:
    assert [p for _, p in _parties(text)] == [party]
