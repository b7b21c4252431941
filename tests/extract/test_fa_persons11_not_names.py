"""Words in a person's slot that name no one (`persons_fa`, `speakers_fa`): a noun after a
demonstrative (همین کاروان، همان نوشته), which refers back to something named before, and a post
after a courtesy title (جناب سفیر، جناب دبیرکل), which addresses its holder by the post."""

import pytest
from tests.extract.helpers import annotated

_NO_PERSON = {
    "this very caravan, by its account": "به گفته‌ی همین کاروان، سی نفر بازداشت شدند.",
    "that same writing, by its account": "به گفته‌ی همان نوشته، ده نفر ناپدید شدند.",
    "the ambassador addressed": "جناب سفیر، این نامه را برای شما می‌نویسیم.",
    "the secretary-general addressed": "جناب دبیرکل، ما خواهان تحقیق هستیم.",
}


@pytest.mark.parametrize("text", _NO_PERSON.values(), ids=_NO_PERSON.keys())
def test_no_person(text: str) -> None:
    assert annotated(text, "person") == []


def test_a_name_after_the_courtesy_title_still_found() -> None:
    assert annotated("جناب آقای کاوه سلیمانی، نامه را خواندیم.", "person") == ["کاوه سلیمانی"]
