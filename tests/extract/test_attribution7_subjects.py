"""The subject of a verb of asserting, read past what stands between it and its verb or hides
its name: adverbs ("It also recorded"), a nameless role serving a body ("officials at the
health ministry"), an indefinite head named in apposition, the publisher of figures ("figures
released by X show"), and verbs of belief, charge and denial (sentences written for these
tests)."""

from tests.extract.helpers import parties


def test_it_with_an_adverb_refers_back_to_the_body_that_spoke() -> None:
    text = (
        "The Valley Justice Centre says 240 activists were jailed last year. It also recorded "
        "17 deaths in custody."
    )
    assert parties(text) == [(240, "Valley Justice Centre"), (17, "Valley Justice Centre")]


def test_a_described_body_with_have_since_refers_back() -> None:
    text = (
        "The Valley Justice Centre says 240 activists were jailed last year. It has since "
        "documented 17 deaths in custody."
    )
    assert parties(text)[1] == (17, "Valley Justice Centre")


def test_the_group_with_also_refers_back() -> None:
    text = (
        "Amnesty International said 240 activists were detained. The group has also documented "
        "17 deaths in custody."
    )
    assert parties(text) == [(240, "Amnesty International"), (17, "Amnesty International")]


def test_they_with_however_between_commas_refers_back() -> None:
    text = (
        "Amnesty International said 240 activists were detained. They, however, recorded 17 "
        "deaths in custody."
    )
    assert parties(text)[1] == (17, "Amnesty International")


def test_officials_at_a_ministry_keep_the_ministry() -> None:
    text = "Officials at the health ministry said 84 people had been killed."
    assert parties(text) == [(84, "Officials at the health ministry")]


def test_sources_in_a_ministry_keep_the_ministry() -> None:
    text = "Sources in the interior ministry said 9 inmates had been killed."
    assert parties(text) == [(9, "Sources in the interior ministry")]


def test_near_miss_witnesses_in_a_town_are_the_witnesses() -> None:
    text = "Witnesses in Dorma said 9 people had been killed."
    assert parties(text) == [(9, "Witnesses")]


def test_an_indefinite_head_is_named_by_its_apposition() -> None:
    text = (
        "A Britain-based war monitor, the Syrian Observatory for Human Rights, said 40 people "
        "were killed."
    )
    assert parties(text) == [(40, "Syrian Observatory for Human Rights")]


def test_an_indefinite_head_with_a_nationality_is_named_by_its_apposition() -> None:
    text = "An Iraqi rights group, the Dujail Memory Centre, said 148 people were executed."
    assert parties(text) == [(148, "Dujail Memory Centre")]


def test_near_miss_a_named_head_keeps_its_name_before_a_chair() -> None:
    text = (
        "The Lowveld Commission, a body headed by Judge Ana Ruiz, estimated that 900 people "
        "were killed."
    )
    assert parties(text) == [(900, "Lowveld Commission")]


def test_figures_released_by_a_body_are_its_figures() -> None:
    text = "Figures released by the interior ministry show 2,500 arrests."
    assert parties(text) == [(2500, "interior ministry")]


def test_data_gathered_by_a_group_are_its_data() -> None:
    text = "Data gathered by the monitoring group shows that 140 people were killed."
    assert parties(text) == [(140, "monitoring group")]


def test_figures_from_a_ministry_are_its_figures() -> None:
    text = "Data from the health ministry show that 2,500 people were killed."
    assert parties(text) == [(2500, "health ministry")]


def test_near_miss_figures_from_a_place_name_no_party_there() -> None:
    text = "Figures from Syria show that 2,500 people were killed."
    assert parties(text) != [(2500, "Syria")]


def test_families_fear_a_figure() -> None:
    assert parties("Families fear that 300 men have been killed.") == [(300, "Families")]


def test_rights_groups_fear_as_many_as() -> None:
    text = "Rights groups fear as many as 300 men have been killed."
    assert parties(text) == [(300, "Rights groups")]


def test_police_suspect_that() -> None:
    assert parties("Police suspect that 20 people were killed.") == [(20, "Police")]


def test_an_indictment_charges_that() -> None:
    text = "The indictment charges that the soldiers killed 12 men."
    assert parties(text) == [(12, "indictment")]


def test_a_denial_states_the_figure_it_denies() -> None:
    text = "The army denied that 50 civilians had been killed."
    assert parties(text) == [(50, "army")]


def test_near_miss_suspected_militants_assert_nothing() -> None:
    assert parties("Police arrested 20 suspected militants.") == [(20, None)]


def test_according_to_estimates_by_a_body() -> None:
    text = "Some 3,000 people were killed, according to estimates by the commission."
    assert parties(text) == [(3000, "commission")]


def test_according_to_the_findings_of_a_named_body() -> None:
    text = "According to the findings of the Lowveld Commission, 3,000 people were killed."
    assert parties(text) == [(3000, "Lowveld Commission")]


def test_a_title_named_in_apposition_is_the_person() -> None:
    text = "The Interior Minister, Ali Reza, said 3,000 people were detained."
    assert parties(text) == [(3000, "Ali Reza")]


def test_but_opening_a_sentence_is_no_part_of_its_subject() -> None:
    text = "But rights groups say more than 3,000 people were detained."
    assert parties(text) == [(3000, "rights groups")]


def test_yet_opening_a_sentence_is_no_part_of_its_subject() -> None:
    text = "Yet local monitors said more than 300 people were killed."
    assert parties(text) == [(300, "local monitors")]
