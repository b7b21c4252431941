"""A Persian site named after a person, then its town: the town after the given name is the
site's town, no family name (سینما X کرمان), where a place's head opens the site; after a given
name with no such head it stays a family name."""

import pytest
from tests.extract.helpers import annotated


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("مردم جلوی سینما ویکتور کرمان جمع شدند.", "کرمان"),
        ("زخمیان را به بیمارستان پاتریک شیراز بردند.", "شیراز"),
    ],
)
def test_a_town_after_a_site_named_after_a_person_is_a_place(text: str, town: str) -> None:
    assert town in annotated(text, "place")


def test_a_town_after_a_given_name_with_no_sites_head_is_no_place() -> None:
    assert "کرمان" not in annotated("وکیل او، ویکتور کرمان، به خبرنگاران گفت.", "place")
