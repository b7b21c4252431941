"""Armed groups and security services that reports name bare, with no body's word in the name,
are bodies by the gazetteer; a group's word used as a common noun in lower case is not."""

from tests.extract.helpers import annotated

from sabt.extract import Registry, annotate


def test_armed_groups_named_bare_are_bodies() -> None:
    text = (
        "Gunmen loyal to Hayat Tahrir al-Sham clashed with the Houthis' allies, while Tamil "
        "Tigers veterans and Peshmerga fighters watched. Mai-Mai militiamen fled as "
        "Lashkar-e-Taiba denied it."
    )
    found = annotated(text, "organization")
    for name in ("Hayat Tahrir al-Sham", "Tamil Tigers", "Peshmerga", "Mai-Mai", "Lashkar-e-Taiba"):
        assert name in found


def test_a_group_of_the_list_is_not_a_place_after_a_cue() -> None:
    text = "Villagers said the raiders came from Jamaat Nusrat al-Islam wal-Muslimin."
    places = [
        m.text for m in annotate(text, registry=Registry.builtin()).mentions if m.type == "place"
    ]
    assert places == []
