"""Bodies whose names are ordinary phrases in lower case ("an Islamic state", "a party
congress") are bodies only with their capitals: the world bodies' list asks for them, the hand
gazetteer (which matches in any case) no longer holds their Latin names."""

from tests.extract.helpers import annotated


def test_an_islamic_state_in_lower_case_is_a_kind_of_state() -> None:
    text = "The movement wanted an Islamic state; later it joined the Islamic State."
    assert annotated(text, "organization") == ["Islamic State"]


def test_a_party_congress_is_no_legislature() -> None:
    assert annotated("The party congress met in May.", "organization") == []
    assert annotated("In May, Congress passed the sanctions bill.", "organization") == ["Congress"]


def test_the_persian_names_stay_in_the_gazetteer() -> None:
    assert annotated("داعش مسئولیت را پذیرفت و کنگره آن را محکوم کرد.", "organization") == [
        "داعش",
        "کنگره",
    ]
