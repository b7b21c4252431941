"""A party named across sentences: a headline's "…, monitor says" is the body the story names
below, an "It" after a sentence that opened on a body known by its kind is that body, and a
body described by a place's hyphened compound ("the Norway-based group") refers back
(passages written for these tests)."""

from tests.extract.helpers import parties


def test_a_headline_monitor_is_the_body_named_below() -> None:
    text = (
        "Syria: 40 killed in Idlib strikes, monitor says\n\n"
        "At least 40 people were killed in air strikes on Idlib province on Sunday, the Syrian "
        "Observatory for Human Rights said."
    )
    assert parties(text)[0] == (40, "Syrian Observatory for Human Rights")


def test_a_headline_rights_group_is_the_body_named_below() -> None:
    text = (
        "Dozens executed in secret, rights group says\n\n"
        "Amnesty International said on Thursday that 300 prisoners had been executed in secret."
    )
    assert parties(text)[-1] == (300, "Amnesty International")


def test_near_miss_headline_villagers_are_not_the_body_below() -> None:
    text = (
        "40 killed in raid, villagers say\n\n"
        "Amnesty International said on Thursday that 41 people had been killed in the raid."
    )
    assert parties(text) == [(40, "villagers"), (41, "Amnesty International")]


def test_it_after_a_sentence_that_opened_on_an_inquiry() -> None:
    text = (
        "The inquiry heard evidence from 200 witnesses. It concluded that 96 people had been "
        "unlawfully killed."
    )
    assert parties(text) == [(96, "inquiry")]


def test_it_after_a_sentence_that_opened_on_the_army() -> None:
    text = "The army entered the village at dawn. It said 30 militants were killed."
    assert parties(text) == [(30, "army")]


def test_near_miss_it_after_soldiers_is_no_party() -> None:
    text = (
        "The soldiers entered the village at dawn. It was later reported that 30 people were "
        "killed."
    )
    assert parties(text) == [(30, None)]


def test_a_place_based_group_refers_back() -> None:
    text = (
        "Iran Human Rights said at least 40 people had been executed. The Norway-based group "
        "said 12 of them were executed in public."
    )
    assert parties(text) == [(40, "Iran Human Rights"), (12, "Iran Human Rights")]


def test_a_un_backed_commission_refers_back() -> None:
    text = (
        "The Valley Commission said 40 people were killed. The UN-backed commission added that "
        "12 more died."
    )
    assert parties(text) == [(40, "Valley Commission"), (12, "Valley Commission")]


def test_they_opening_a_paragraph_are_the_speakers_of_the_one_before() -> None:
    text = (
        "Local activists have documented the crackdown since 2019.\n\n"
        "They say 240 people were detained in March alone."
    )
    assert parties(text) == [(240, "Local activists")]


def test_the_group_opening_a_paragraph_is_the_body_that_spoke_before() -> None:
    text = (
        "The Valley Justice Centre said on Monday that 40 people were killed.\n\n"
        "The group said 12 more had disappeared."
    )
    assert parties(text) == [(40, "Valley Justice Centre"), (12, "Valley Justice Centre")]


def test_a_list_names_its_compilers_figure() -> None:
    text = (
        "The Valley Justice Centre published its list in May. The list names 240 people who "
        "were killed."
    )
    assert parties(text) == [(240, "Valley Justice Centre")]


def test_it_after_a_fronted_phrase_with_no_comma() -> None:
    text = "Amnesty International has called for an inquiry. Last year it documented 240 killings."
    assert parties(text) == [(240, "Amnesty International")]


def test_near_miss_a_court_in_a_title_is_no_byline_for_we() -> None:
    text = (
        "Case summary: the massacre before the Inter-American Court of Human Rights\n\n"
        "We identified 26 victims killed whose names are documented."
    )
    assert parties(text) == [(26, None)]


def test_in_her_view_is_the_person_named_before() -> None:
    text = "Ana Ruiz runs a clinic in the valley. In her view, 240 people were killed in the raid."
    assert parties(text) == [(240, "Ana Ruiz")]


def test_by_his_count_is_the_person_named_before() -> None:
    text = (
        "Omar Said runs a clinic in the valley. By his count, 240 people were killed in the raid."
    )
    assert parties(text) == [(240, "Omar Said")]


def test_in_its_estimate_is_the_body_named_before() -> None:
    text = (
        "Amnesty International has called for an inquiry. In its estimate, 240 people were killed."
    )
    assert parties(text) == [(240, "Amnesty International")]


def test_near_miss_in_its_estimate_with_no_body_is_no_party() -> None:
    assert parties("In its estimate, 240 people were killed.") == [(240, None)]


def test_they_are_the_people_the_sentence_before_opened_on() -> None:
    text = "Local activists have called for an inquiry. They estimate that 240 people were killed."
    assert parties(text) == [(240, "Local activists")]


def test_by_their_reckoning_is_the_people_the_sentence_before_opened_on() -> None:
    text = (
        "Families of the victims have waited for years. According to them, 240 people were killed."
    )
    assert parties(text) == [(240, "Families of the victims")]


def test_they_after_a_person_and_her_family() -> None:
    text = (
        "Ana Ruiz and her husband run a clinic in the valley. They estimate that 240 people "
        "were killed."
    )
    assert parties(text) == [(240, "Ana Ruiz")]


def test_near_miss_they_who_act_assert_nothing() -> None:
    text = "The soldiers entered the village at dawn. They killed 240 people."
    assert parties(text) == [(240, None)]


def test_it_after_a_state_body_opened_the_sentence_before() -> None:
    text = (
        "Volker Türk told the Human Rights Council that 12,000 people had been arrested. The "
        "military government has disputed these figures. It says 300 members of the security "
        "forces have been killed."
    )
    assert parties(text)[-1] == (300, "military government")
