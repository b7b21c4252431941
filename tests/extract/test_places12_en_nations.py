"""The nations of a union under one crown are places of the world gazetteer, as ISO 3166 lists
them among the United Kingdom's subdivisions (England, Scotland, and Wales under its other name
in brackets); sentences of our own."""

from tests.extract.helpers import annotated

from sabt.extract.world import _bracketed


def test_the_nations_of_a_union_under_one_crown() -> None:
    places = annotated("The Lord Chief Justice of England and Wales named a judge.", "place")
    assert {"England", "Wales"} <= set(places)
    assert "Scotland" in annotated("The family reached Scotland in May.", "place")


def test_a_subdivision_keeps_its_other_name_without_its_code() -> None:
    assert _bracketed("Wales [Cymru GB-CYM]") == ("Wales", ("Cymru",))
    assert _bracketed("Lleida [Lérida]") == ("Lleida", ("Lérida",))
    assert _bracketed("Kent") == ("Kent", ())
