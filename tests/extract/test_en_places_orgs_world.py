"""The world list's filter of Persian spellings: a month's name is refused however its letters
are written (the spellings are folded before the comparison, so the months must be too)."""

from sabt.extract.world import _persian_spellings


def test_a_month_written_with_a_hamza_is_no_town_spelling() -> None:
    assert _persian_spellings(["ژوئن", "ژوئیه"], frozenset()) == ()


def test_a_town_s_own_spelling_is_kept() -> None:
    assert _persian_spellings(["استانبول"], frozenset()) == ("استانبول",)
