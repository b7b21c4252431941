"""English parties hidden by a sentence's shape (sentences written for these tests): a party
before "figures" after "by", a phrase of time after a party's noun, a person in apposition to
a post whose words name a body."""

from tests.extract.helpers import attributions


def test_the_party_between_by_and_its_figures() -> None:
    text = "By army figures cited in the newspaper, more than 300 students were arrested."
    assert attributions(text) == ["army"]
    counted = "By the militia's own count, 45 villagers were killed."
    assert attributions(counted) == ["militia"]


def test_by_a_quantifier_or_adjective_and_figures_names_no_party() -> None:
    assert attributions("By some estimates, 4,000 people were killed.") == [None]
    assert attributions("By official figures, at least 40 people were killed.") == [None]


def test_a_phrase_of_time_after_the_party_is_no_part_of_it() -> None:
    text = "Press reports from the time said that 120 people died in the fire."
    assert attributions(text) == ["Press reports"]
    day = "The newspapers of the day reported that 45 people were killed."
    assert attributions(day) == ["newspapers"]


def test_figures_from_a_body_stay_its_own() -> None:
    text = "Figures from the ministry show that 300 people were detained."
    assert attributions(text) == ["ministry"]


def test_a_person_apposed_to_a_post_speaks_not_the_body_the_post_names() -> None:
    text = (
        "In 2005 the UNICEF representative for child protection, Tarun Kumar Das, told "
        "parliament that 790 people had been killed."
    )
    assert attributions(text) == ["Tarun Kumar Das"]


def test_the_outcome_told_after_a_verdict_is_the_courts() -> None:
    text = (
        "A tribunal in Lagos sentenced 12 soldiers to death in May. The families said little. "
        "Nine others received terms of 20 years."
    )
    assert attributions(text) == ["tribunal", "tribunal"]
    passive = (
        "A tribunal in Lagos sentenced 12 soldiers to death. Nine others were sentenced to life."
    )
    assert attributions(passive) == ["tribunal", "tribunal"]


def test_an_outcome_with_no_verdict_before_or_a_court_of_its_own_keeps_its_party() -> None:
    no_verdict = "Police arrested 12 protesters in May. Nine others received terms of 20 years."
    assert attributions(no_verdict) == [None, None]
    text = (
        "A tribunal in Lagos sentenced 12 soldiers to death. Nine others were sentenced by a "
        "court in Kano to 20 years."
    )
    assert attributions(text) == ["tribunal", "court in Kano"]


def test_those_sentenced_after_and_to_another_term_are_the_same_verdicts() -> None:
    text = (
        "Judge Maria Costa, reading the verdict in a crowded hall, also sentenced 14 officers "
        "to life imprisonment and 30 others to prison terms of two to eight years."
    )
    assert attributions(text) == ["Maria Costa", "Maria Costa"]
    hiding = "The judge sentenced 14 officers to life imprisonment and 30 more went into hiding."
    assert attributions(hiding) == ["judge", None]


def test_a_described_body_is_the_one_the_text_names_with_its_head_and_words() -> None:
    text = (
        "PORTVILLE — A commission of inquiry into the 2014 raid in the Hill district has "
        "concluded that at least 40 civilians were killed. The report of the Hill District "
        "Commission of Inquiry was published on Monday."
    )
    assert attributions(text) == ["Hill District Commission of Inquiry"]


def test_a_bare_head_or_two_bodies_that_fit_leave_the_description() -> None:
    opening = (
        "A commission of inquiry into the 2014 raid in the Hill district has concluded that at "
        "least 40 civilians were killed."
    )
    other = opening + " The Electoral Commission later postponed the vote."
    assert attributions(other) == ["commission of inquiry into the 2014 raid"]
    two = opening + " The Hill Commission of Inquiry and the Bay Commission of Inquiry met."
    assert attributions(two) == ["commission of inquiry into the 2014 raid"]
