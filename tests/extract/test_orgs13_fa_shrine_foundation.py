"""آستان X, the foundation that runs a shrine, heads a body's name; after در or بر the word is
a threshold (در آستان مرگ, on the brink of death). Every sentence and name here is invented."""

from tests.extract.helpers import proposed


def test_a_shrines_foundation_is_a_body() -> None:
    text = "رامین تاجیک، تولیت آستان امامزاده یحیی، از بازسازی خبر داد."
    assert "آستان امامزاده یحیی" in proposed(text, "organization")


def test_a_threshold_after_a_preposition_is_no_body() -> None:
    assert proposed("پیرمرد ماه‌ها در آستان مرگ قرار داشت.", "organization") == []
