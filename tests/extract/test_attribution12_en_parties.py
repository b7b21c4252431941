"""English parties a sentence's shape hides (sentences written for these tests): a participial
phrase that opens a sentence is no party, and the named person after its comma speaks."""

from tests.extract.helpers import attributions, figures, parties


def test_a_participle_opening_the_sentence_is_no_party() -> None:
    text = (
        "Delivering his ruling at the Old Bailey, Mr Justice Peter Lamb, the trial judge, "
        "said that 14 men were killed."
    )
    assert attributions(text) == ["Peter Lamb"]
    reading = "Reading the verdict aloud, the panel said 31 prisoners were killed."
    assert attributions(reading) == ["panel"]


def test_according_to_opens_no_participial_phrase() -> None:
    text = (
        "According to Ivan Petrenko, most of the bodies showed wounds, and at least 30 bore "
        "marks of torture."
    )
    assert attributions(text) == ["Ivan Petrenko"]


def test_a_source_cited_by_others_is_the_party() -> None:
    text = "According to police files later quoted by journalists, 210 students were arrested."
    assert attributions(text) == ["police files"]
    # "records" there is a noun, not the verb of a party "According to army"
    army = "According to army records later cited by historians, 342 men were arrested."
    assert attributions(army) == ["army records"]


def test_bare_figures_cited_by_someone_are_the_citers() -> None:
    text = "According to figures cited by the historian Maria Lenz, 57 inmates were executed."
    assert attributions(text) == ["Maria Lenz"]


def test_a_noun_with_a_participle_and_its_agent_is_no_verb() -> None:
    text = "According to army records later compiled by the ministry, 80 men were arrested."
    assert attributions(text)[0] != "According to army"


def test_whoever_accepted_a_toll_asserts_it() -> None:
    text = (
        "The toll later accepted by most historians, and by the National Commission (NC), "
        "was 38 dead, among them children."
    )
    assert parties(text) == [(38, "most historians")]
    given = "The figure given by the Red Cross was 120 dead."
    assert parties(given) == [(120, "International Committee of the Red Cross")]
    # (the parse of the [ner] extra named this one alone before the rules did)
    office = (
        "The official toll later given by the office of Governor Paulo Renn was 212 people killed."
    )
    assert parties(office) == [(212, "Paulo Renn")]


def test_a_figure_given_as_the_toll_counts_killings() -> None:
    text = "The union says two more later died of their wounds and gives 17 as the toll."
    assert figures(text)[-1] == ("killed", 17)
    assert parties(text)[-1] == (17, "union")
    final = "The ministry cites 300 dead as the final toll."
    assert figures(final) == [("killed", 300)]


def test_people_on_a_witness_side_speak_as_themselves() -> None:
    text = "Our lawyers told us that more than 300 men were held in the barracks."
    assert attributions(text) == ["lawyers"]
    # a count of the report's own is no people
    own = "Our estimates show that 40 men were killed."
    assert attributions(own) == [None]
    # nor is the report's own staff, the author's when it is named
    staff = "Our researchers said that 40 men were killed."
    assert attributions(staff) == [None]


def test_a_court_that_upholds_sentences_asserts_their_count() -> None:
    text = (
        "A Lahore court on Monday upheld the death sentences of 13 people over the riot and "
        "sent 20 other defendants to prison."
    )
    assert parties(text) == [(13, "Lahore court"), (20, "Lahore court")]


def test_figures_of_the_accused_count_no_killings() -> None:
    text = (
        "In May 2004 the Army brought charges against six paratroopers, three for the killings "
        "and three officers for failing to report them."
    )
    assert figures(text) == []
    # the victims of those charged are counted
    victims = "Prosecutors brought charges against the militia that killed 17 villagers."
    assert figures(victims) == [("killed", 17)]
