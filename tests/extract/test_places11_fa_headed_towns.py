"""A Persian place named by its head after a town (زندان زاهدان, Zahedan's prison) is the place
the text names, not the town in it; a town after a longer name stays a place of its own."""

from tests.extract.helpers import annotated


def test_a_prison_named_after_its_town_is_the_prison() -> None:
    assert "زندان زاهدان" in annotated("ماموران زندانیان را شبانه به زندان زاهدان بردند.", "place")


def test_a_town_after_a_quarters_name_stays_its_own() -> None:
    places = annotated("ماموران در محله‌ی کوی نور مشهد خانه‌ها را ویران کردند.", "place")
    assert "مشهد" in places


def test_a_square_named_after_a_body_is_the_square() -> None:
    assert "میدان شهربانی" in annotated(
        "ماموران در میدان شهربانی به سوی جمعیت شلیک کردند.", "place"
    )


def test_a_body_after_another_head_stays_the_body() -> None:
    assert "شهربانی" in annotated("سربازان را به پادگان شهربانی بردند.", "organization")
