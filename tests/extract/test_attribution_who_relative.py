"""A subject restricted by a "who" clause with no comma is the people it names, not the words
of the clause ("Doctors who treated the wounded say …"; sentences written for these tests)."""

from sabt.extract import Registry, annotate

REGISTRY = Registry.builtin()


def _parties(text: str) -> list[str | None]:
    return [c.attributed_to for c in annotate(text, registry=REGISTRY).claims]


def test_the_head_before_a_who_clause_is_the_party() -> None:
    text = "Doctors who treated the wounded in the valley generally say that 70 people were killed."
    assert _parties(text) == ["Doctors"]


def test_a_who_clause_after_a_perfect_auxiliary_is_cut_too() -> None:
    text = "Researchers who have read the army files estimate that 90 people were killed."
    assert _parties(text) == ["Researchers"]


def test_a_who_apposition_between_commas_keeps_its_figures_the_authors() -> None:
    text = "The Foo Commission, who found 40 bodies in May, said 300 people were detained."
    assert _parties(text) == [None, "Foo Commission"]
