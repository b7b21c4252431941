"""A Persian place named by its head after a town (زندان زاهدان, Zahedan's prison) is the place
the text names, not the town in it; a town after a longer name stays a place of its own."""

from sabt.extract import annotate
from sabt.extract.registry import Registry


def _places(text: str) -> list[str]:
    got = annotate(text, registry=Registry.builtin())
    return [m.text for m in got.mentions if m.type == "place"]


def test_a_prison_named_after_its_town_is_the_prison() -> None:
    assert "زندان زاهدان" in _places("ماموران زندانیان را شبانه به زندان زاهدان بردند.")


def test_a_town_after_a_quarters_name_stays_its_own() -> None:
    places = _places("ماموران در محله‌ی کوی نور مشهد خانه‌ها را ویران کردند.")
    assert "مشهد" in places


def test_a_square_named_after_a_body_is_the_square() -> None:
    assert "میدان شهربانی" in _places("ماموران در میدان شهربانی به سوی جمعیت شلیک کردند.")


def test_a_body_after_another_head_stays_the_body() -> None:
    got = annotate("سربازان را به پادگان شهربانی بردند.", registry=Registry.builtin())
    assert "شهربانی" in [m.text for m in got.mentions if m.type == "organization"]
