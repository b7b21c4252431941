"""English posts in apposition whose body is named at length: a unit named in capitals and
then its kind in lower-case words ("of the HVO military police", "of the Federal Police
special forces"), a name with a digit ("of the M23 rebel movement"), what the named part is
of ("of the 3rd Brigade of the presidential guard"); and the offices of delegation, the courts
and churches (delegate, prefect, coroner, editor, archbishop)."""

from tests.extract.helpers import posts


def test_a_unit_and_its_kind_in_two_lower_case_words() -> None:
    text = "Officers under Ramón Ibarra, head of the Federal Police special forces, opened fire."
    assert ("Ramón Ibarra", "head of the Federal Police special forces") in posts(text)


def test_a_named_brigade_of_a_lower_case_body_in_testimony() -> None:
    text = (
        "The court heard from Amos Kariuki, commander of the 3rd Brigade of the presidential "
        "guard, on Monday."
    )
    assert ("Amos Kariuki", "commander of the 3rd Brigade of the presidential guard") in posts(text)


def test_a_name_with_a_digit_in_a_wire_story() -> None:
    text = "Rebels loyal to Sultani Makenga, the leader of the M23 rebel movement, seized the town."
    assert ("Sultani Makenga", "leader of the M23 rebel movement") in posts(text)


def test_a_prefect_and_an_editor_joined_in_one_sentence() -> None:
    text = (
        "The court summoned Anne Moreau, the prefect of the Rhône region, and Jean Dupuis, "
        "then editor of Le Soir."
    )
    found = posts(text)
    assert ("Anne Moreau", "prefect of the Rhône region") in found
    assert ("Jean Dupuis", "editor of Le Soir") in found


def test_a_delegate_of_a_government() -> None:
    text = "Maria Lenz, then the government's delegate for the Northern province, denied it."
    assert any(p == "Maria Lenz" and "delegate" in post for p, post in posts(text))


def test_a_coroner_in_an_inquest_report() -> None:
    text = "Tariq Aziz, the coroner for West London, said the inquest would resume."
    assert ("Tariq Aziz", "coroner for West London") in posts(text)


def test_an_owner_is_no_post() -> None:
    text = "The witness said nothing. Pedro Luis, the owner of the house, was absent."
    assert not posts(text)


def test_the_body_and_another_noun_joined_by_and_stay_apart() -> None:
    text = "Police said Karin Olsen, a member of the City Council and police union, was arrested."
    assert not any("police union" in post for _, post in posts(text))
