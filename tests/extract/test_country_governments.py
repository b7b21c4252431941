"""A government named only by its country is no organisation; its country, written as a name,
is a place; a government with a name of its own stays a body."""

from tests.extract.helpers import annotated


def test_a_government_named_by_a_peoples_adjective_is_no_body() -> None:
    text = "The Kenyan government later said that 40 people had died in the floods."
    assert annotated(text, "organization") == []


def test_a_government_named_by_its_country_names_the_country_as_a_place() -> None:
    text = "The United States government said on Monday that the border would stay shut."
    assert annotated(text, "organization") == []
    assert annotated(text, "place") == ["United States"]


def test_the_government_of_a_country_names_the_country_as_a_place() -> None:
    text = "A week later the Government of Chile announced an inquiry into the shootings."
    assert annotated(text, "organization") == []
    assert annotated(text, "place") == ["Chile"]


def test_a_government_with_a_name_of_its_own_stays_a_body() -> None:
    text = "The Nationalist government moved its capital south that winter."
    assert annotated(text, "organization") == ["Nationalist government"]


def test_a_government_of_national_unity_stays_a_body() -> None:
    text = "The talks led to a Government of National Unity in the following spring."
    assert annotated(text, "organization") == ["Government of National Unity"]


def test_a_government_named_by_its_country_s_initials_is_no_body() -> None:
    # (fails without country_governments' initials: "US", "U.K." are no gazetteer place)
    for country in ("US", "U.K."):
        text = f"The {country} government said on Monday that the border would stay shut."
        assert annotated(text, "organization") == []
