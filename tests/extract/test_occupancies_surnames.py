"""A surname's post that the full name already holds is one suggestion, not two; a
surname's other post stays under the surname (a relative may share it)."""

from tests.extract.helpers import posts


def test_a_surname_repeats_the_full_name_s_post() -> None:
    text = (
        "Rebels attacked the capital to overthrow President Roberto Almeida. "
        "The government of President Almeida said 600 people had died."
    )
    presidents = [post for post in posts(text) if post[1] == "President"]
    assert presidents == [("Roberto Almeida", "President")]


def test_a_surname_s_other_post_stays_its_own() -> None:
    text = (
        "Roberto Almeida, the governor of the province, denied it. "
        "Almeida, the mayor of Caxias, was his son."
    )
    assert ("Almeida", "mayor of Caxias") in posts(text)
