"""A text that is a report speaks in its authors' voice: what no one else in it is said to
assert, the body that wrote it states. A finding may be made to a standard of proof ("is
satisfied beyond reasonable doubt that", "has reasonable grounds to believe that"), and a
title taken with the body's name ("Report of the X Commission") is no part of it (passages
written for these tests)."""

from tests.extract.helpers import parties

_COMMISSION_REPORT = (
    "Report of the Independent Commission of Inquiry on Dorma\n\n"
    "Summary\n\n"
    "1. The Commission conducted 450 interviews between March and June. It documented the "
    "killing of at least 230 civilians in the eastern districts.\n\n"
    "2. In one incident, government forces executed 17 men at a checkpoint.\n\n"
    "3. The Commission has reasonable grounds to believe that 61 detainees died in custody."
)


def test_a_report_title_is_no_part_of_the_bodys_name() -> None:
    assert parties(_COMMISSION_REPORT)[0] == (230, "Independent Commission of Inquiry on Dorma")


def test_a_report_states_what_no_one_else_in_it_asserts() -> None:
    assert parties(_COMMISSION_REPORT)[1] == (17, "Independent Commission of Inquiry on Dorma")


def test_reasonable_grounds_to_believe_is_a_finding() -> None:
    assert parties(_COMMISSION_REPORT)[2] == (61, "Independent Commission of Inquiry on Dorma")


def test_a_report_summary_byline_names_its_writer() -> None:
    text = (
        "Valley Justice Centre — report summary, May 2021\n\n"
        "Security forces detained more than 900 people in the first week of the protests."
    )
    assert parties(text) == [(900, "Valley Justice Centre")]


def test_near_miss_a_news_story_about_a_report_keeps_its_own_voice() -> None:
    text = (
        "Soldiers killed hundreds in the valley, report finds\n\n"
        "The Valley Justice Centre said on Monday that soldiers killed 312 people. The "
        "killings began after 40 soldiers were ambushed in March."
    )
    assert parties(text)[-1] == (40, None)


def test_near_miss_a_wire_story_keeps_its_own_voice() -> None:
    text = (
        "GENEVA, May 2 (Reuters) - The United Nations said 40 people were killed on Sunday. "
        "The town was shelled for 3 days, and 12 houses were destroyed after 20 people were "
        "arrested."
    )
    assert (20, None) in parties(text)


def test_a_chamber_satisfied_beyond_reasonable_doubt() -> None:
    text = (
        "The Chamber is satisfied beyond reasonable doubt that the Accused ordered the "
        "killing of 35 refugees."
    )
    assert parties(text) == [(35, "Chamber")]


def test_a_court_convinced_that() -> None:
    text = "The court was convinced that the soldiers had executed 12 prisoners."
    assert parties(text) == [(12, "court")]
