"""Claim figures: the fate of people just counted, told in the sentence after theirs ("… to
death. All of them were hanged a week later"), or as a death sentence carried out on them
(اجرا شد, "carried out") with no act's own word."""

import pytest
from tests.extract.helpers import REGISTRY, figures

from sabt.extract import annotate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A court sentenced 9 men to death in May. All of them were hanged a week later.",
            [("sentenced", 9), ("executed", 9)],
        ),
        (
            "دادگاه نظامی ۱۳ نفر را به اعدام محکوم کرد. همه\u200cی آنان، از جمله یکی از"
            " فرماندهان، بامداد ۲۶ اسفند در تهران تیرباران شدند.",
            [("sentenced", 13), ("executed", 13)],
        ),
        (
            "The court sentenced 9 men to death, and the sentences of all of them were carried"
            " out in June.",
            [("sentenced", 9), ("executed", 9)],
        ),
        (
            "دادگاه\u200cها دست\u200cکم ۲۷ نفر از آنان را به اعدام محکوم کردند و حکم همه\u200cی"
            " آن\u200cها در چند نوبت اجرا شد.",
            [("sentenced", 27), ("executed", 27)],
        ),
    ],
)
def test_a_fate_told_after_the_count_is_a_second_claim(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a prison term carried out is no execution
        (
            "دادگاه ۱۲ نفر را به حبس محکوم کرد و حکم همه\u200cی آن\u200cها اجرا شد.",
            [("sentenced", 12)],
        ),
        (
            "The court sentenced 9 men to prison, and the sentences of all of them were carried"
            " out.",
            [("sentenced", 9)],
        ),
        # a next sentence that does not open on them tells of others
        (
            "Police arrested 40 students. Their parents gathered at the gate, and all of them"
            " were later tortured.",
            [("arrested", 40)],
        ),
        # a fate no act sabt counts
        ("Police arrested 40 students. All of them were released on bail.", [("arrested", 40)]),
    ],
)
def test_no_fate_without_death_or_an_opening_on_them(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "court_sentences", "reporter"),
    [
        ("The tribunal sentenced 14 men to death, and all of them were executed the next day.",
         "tribunal", None),
        ("According to Amnesty International, the tribunal sentenced 14 men to death, and all of"
         " them were executed the next day.", "Amnesty International", "Amnesty International"),
        ("دادگاه نظامی ۱۳ نفر را به اعدام محکوم کرد. همه\u200cی آنان سحرگاه روز بعد تیرباران"
         " شدند.", "دادگاه نظامی", None),
    ],
)  # fmt: skip
def test_the_court_asserts_its_sentence_not_the_execution(
    text: str, court_sentences: str, reporter: str | None
) -> None:
    """The court is the party of the verdict it gives; the execution after it is told by the
    verdict's reporter, or in the text's own voice."""
    parties = {c.property: c.attributed_to for c in annotate(text, registry=REGISTRY).claims}
    assert parties == {"sentenced": court_sentences, "executed": reporter}
