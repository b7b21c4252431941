"""Who assigns a count its cause asserts it ("attributed 405 of the deaths to gunfire", "blamed
60 killings on the guard"); a participle after the noun ("deaths attributed to X") names no
source. The subject may be a body's short or informal name with a parenthesis after it
(sentences written for these tests)."""

from tests.extract.helpers import parties


def test_a_body_blaming_killings_on_a_unit_asserts_their_count() -> None:
    text = "Amnesty International blamed 60 of the killings on the presidential guard."
    assert parties(text) == [(60, "Amnesty International")]


def test_a_court_ascribing_deaths_in_its_ruling() -> None:
    text = "The coroner's court, in its ruling of 3 May, ascribed 12 deaths to police gunfire."
    assert parties(text) == [(12, "coroner's court")]


def test_a_ministry_linking_deaths_after_a_fronted_phrase() -> None:
    text = (
        "In a statement on Monday, the Ministry of Health linked 25 deaths to the contaminated "
        "water."
    )
    assert parties(text) == [(25, "Ministry of Health")]


def test_a_body_by_its_informal_name_with_a_parenthesis() -> None:
    text = (
        "The Okafor panel, as the press called it, attributed 31 of the deaths to the mobile "
        "police."
    )
    assert parties(text) == [(31, "Okafor panel")]


def test_near_miss_deaths_attributed_to_a_unit_have_no_source() -> None:
    text = "The 40 deaths attributed to the militia in March were never investigated."
    assert [party for _, party in parties(text)] in ([], [None])


def test_near_miss_killings_blamed_on_rebels_have_no_source() -> None:
    text = "Most of the 300 killings blamed on the rebels took place in 1997."
    assert [party for _, party in parties(text)] in ([], [None])
