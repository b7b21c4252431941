"""English bodies and places on wordings unseen reporting uses: bodies headed by a brotherhood,
a conference, a headquarters or a cartel; a force's word before a site's noun; a region before
"provincial" or "municipal"; a transcript's speaker label in capitals."""

from tests.extract.helpers import annotated


def test_bodies_headed_by_less_common_words() -> None:
    text = (
        "Supporters of the Free Officers Brotherhood marched on Monday. The Andean Bishops "
        "Conference condemned the raids, and the Joint Rescue Headquarters said 12 were missing. "
        "Police blamed the Golfo Cartel for the ambush."
    )
    found = annotated(text, "organization")
    assert "Free Officers Brotherhood" in found
    assert "Andean Bishops Conference" in found
    assert "Joint Rescue Headquarters" in found
    assert "Golfo Cartel" in found


def test_a_force_before_a_site_noun_names_the_site_not_the_force() -> None:
    text = "Detainees were beaten at the Tarnak army base for weeks, witnesses said."
    assert "Tarnak army" not in annotated(text, "organization")
    assert "Tarnak" in annotated(text, "place")


def test_a_nation_s_forces_are_still_a_body() -> None:
    text = "Witnesses said Ethiopian troops shelled the town on Tuesday."
    assert "Ethiopian troops" in annotated(text, "organization")


def test_a_region_before_provincial_or_municipal_is_a_place() -> None:
    text = (
        "Protesters gathered outside the Zamboanga provincial office, and the Tetovo municipal "
        "council met later."
    )
    found = annotated(text, "place")
    assert "Zamboanga" in found
    assert "Tetovo" in found


def test_a_speaker_label_in_capitals_is_no_body() -> None:
    text = (
        "CHAIRPERSON: Please tell us what you saw.\n\n"
        "DEPONENT: Soldiers came to our street at night."
    )
    found = annotated(text, "organization")
    assert "CHAIRPERSON" not in found
    assert "DEPONENT" not in found


def test_an_acronym_opening_a_sentence_is_still_a_body() -> None:
    text = "KHRC: the numbers are rising.\n\nKHRC said 40 people were held in Nakuru."
    assert "KHRC" in annotated(text, "organization")


def test_a_name_before_a_natural_feature_or_a_building_noun_is_a_place() -> None:
    text = (
        "Survivors hid near the Kagera river and later in the Al-Rahma mosque; the wounded "
        "reached the Ibn Sina hospital."
    )
    found = annotated(text, "place")
    for name in ("Kagera", "Al-Rahma", "Ibn Sina"):
        assert name in found


def test_a_faith_before_a_church_names_no_place() -> None:
    text = "Families sheltered in the Pentecostal church and the Anglican cathedral."
    assert annotated(text, "place") == []


def test_a_nation_s_adjective_before_a_place_noun_names_no_place() -> None:
    text = "Yemeni coastguards met the boats at the Omani border; the Kenyan camp was full."
    assert annotated(text, "place") == []
