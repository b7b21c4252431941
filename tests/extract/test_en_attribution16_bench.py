"""A court's bench or chamber speaks as the court named before it, a ruling's adverb ("ruled
unanimously that") keeps the ruling a finding, and an outcome told after a court's finding is
that court's (sentences written for these tests)."""

from tests.extract.helpers import parties


def test_a_nameless_chamber_is_the_court_named_before() -> None:
    text = (
        "The Constitutional Court of Ruritania on Friday upheld the verdict against the former "
        "governor.\n\n"
        "A five-judge full chamber ruled unanimously that troops under the governor's command "
        "had killed 23 miners during the strike."
    )
    assert parties(text) == [(23, "Constitutional Court of Ruritania")]


def test_the_bench_of_a_named_judge_is_the_court_named_before() -> None:
    text = (
        "The Northern High Court heard the appeal over four days. The bench of Justice "
        "Miriam Okafor held that 31 prisoners had been killed by the guards in the yard."
    )
    assert parties(text) == [(31, "Northern High Court")]


def test_a_judge_not_named_as_a_bench_speaks_for_herself() -> None:
    text = (
        "Last week the Northern High Court overturned the acquittals. Justice Miriam Okafor "
        "said later that the guards had killed 31 prisoners."
    )
    assert parties(text) == [(31, "Miriam Okafor")]


def test_a_chamber_with_a_name_of_its_own_keeps_it() -> None:
    text = (
        "The Regional Court of Tarsia opened the appeal in May. The Appeals Chamber ruled that "
        "soldiers had killed 18 villagers."
    )
    assert parties(text) == [(18, "Appeals Chamber")]


def test_a_ruling_with_an_adverb_before_that_is_a_finding() -> None:
    text = "The appeals panel ruled unanimously that police had killed 14 farmers at the dam."
    assert parties(text) == [(14, "appeals panel")]


def test_an_outcome_after_a_courts_finding_is_that_courts() -> None:
    text = (
        "The regional tribunal found that the raid had been planned in advance. "
        "Six officers were sentenced to life in prison."
    )
    assert parties(text) == [(6, "regional tribunal")]


def test_an_outcome_after_a_court_found_someone_guilty_names_no_court() -> None:
    text = (
        "The regional tribunal found the colonel guilty of murder. "
        "In all, 12 others were sentenced to prison terms."
    )
    assert parties(text) == [(12, None)]
