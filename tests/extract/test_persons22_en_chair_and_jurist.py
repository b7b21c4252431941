"""English persons marked by a chair's post in apposition ("X Y, chair of …") or by the
calling of a jurist before the name ("the jurist X Y")."""

from tests.extract.helpers import annotated


def test_a_chair_in_apposition_marks_a_name() -> None:
    text = "Tovan Rilesko, chair of the Valley Farmers Union, said the talks had failed."
    assert annotated(text, "person") == ["Tovan Rilesko"]


def test_a_jurist_before_a_name_marks_it() -> None:
    text = "The cabinet asked the jurist Mokrane Velazi to lead the review."
    assert annotated(text, "person") == ["Mokrane Velazi"]


def test_a_bodys_chair_in_apposition_names_no_person() -> None:
    text = "The Harbour Council, chair of the regional board, met on Monday."
    assert annotated(text, "person") == []
