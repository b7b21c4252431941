"""English bodies named by their kind: a nation's units ("Ostrian paramilitary units") and a
name right after its kind in lower case ("its offshoot Ostra Libre"), on sentences of our own."""

from sabt.extract.names import propose_names


def _names(text: str) -> set[tuple[str, str]]:
    return {(m.type, m.text) for m in propose_names(text)}


def test_a_nations_units_are_a_body() -> None:
    found = _names("Ostrian paramilitary units and Norland units crossed the river at dawn.")
    assert {("organization", "Ostrian paramilitary units"),
            ("organization", "Norland units")} <= found  # fmt: skip


def test_a_name_after_its_kind_is_a_body_not_a_person() -> None:
    found = _names(
        "The Velo network grew until its offshoot Tarsa Lind broke away in 2003. "
        "The splinter group Red Dawn said it had planted the bomb."
    )
    assert {("organization", "Tarsa Lind"), ("organization", "Red Dawn")} <= found
    assert not {("person", "Tarsa Lind"), ("person", "Red Dawn")} & found


def test_a_one_word_name_after_its_kind_is_found_again_bare() -> None:
    found = [
        (m.type, m.text, m.start)
        for m in propose_names("The banned outfit Zorvath claimed it. Zorvath members fled.")
    ]
    assert ("organization", "Zorvath", 38) in found


def test_a_post_after_the_kind_opens_no_body() -> None:
    found = _names("The group Director Ana Ruiz said the vote was fair.")
    assert not any(kind == "organization" and "Director" in text for kind, text in found)


def test_the_kind_needs_a_determiner_before_it() -> None:
    found = _names("Members of every faction Kelmar had courted walked out.")
    assert ("organization", "Kelmar") not in found


def test_a_movement_named_by_one_word_is_found_again_by_it() -> None:
    text = "The Velo movement marched in June. Police held three Velo activists."
    found = [(m.type, m.text, m.start) for m in propose_names(text)]
    assert ("organization", "Velo", text.index("Velo activists")) in found


def test_a_peoples_or_a_creeds_movement_leaves_its_word_a_description() -> None:
    text = "The Kurdish movement and the Communist movement grew. Kurdish and Communist exiles met."
    found = [(m.type, m.text) for m in propose_names(text)]
    assert ("organization", "Kurdish") not in found
    assert ("organization", "Communist") not in found
