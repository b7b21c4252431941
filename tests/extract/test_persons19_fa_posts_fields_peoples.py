"""Words after a Persian title, or a family name found again, that name no person: a post
joined by a half-space (آقای رئیس‌جمهور), a professor's field (استاد فیزیک), a people's name
borne as a family name standing alone for the people."""

import pytest
from tests.extract.helpers import annotated


@pytest.mark.parametrize(
    "text",
    [
        "آقای رئیس‌جمهور دیروز از شهر بازدید کرد.",
        "جناب نخست‌وزیر، این نامه را بخوانید.",
        "او سال‌ها استاد فیزیک بود و بعد به خارج رفت.",
        "همسرش استاد تاریخ بود.",
    ],
)
def test_a_post_or_a_field_after_a_title_is_no_name(text: str) -> None:
    assert annotated(text, "person") == []


def test_a_family_name_a_posts_letters_open_stays() -> None:
    assert annotated("آقای مدیری گفت که فردا می‌آید.", "person") == ["مدیری"]


def test_a_peoples_name_alone_is_the_peoples() -> None:
    text = "سمیرا بلوچ گفت که پاسخی نگرفت. کارگران بلوچ در میدان ماندند."
    assert annotated(text, "person") == ["سمیرا بلوچ"]


def test_a_peoples_name_after_a_given_name_is_a_persons() -> None:
    text = "سمیرا بلوچ گفت که پاسخی نگرفت. روز بعد عمویش رحیم بلوچ به دادگاه رفت."
    assert annotated(text, "person") == ["سمیرا بلوچ", "بلوچ"]


def test_a_word_hyphened_to_a_known_place_is_no_family_name() -> None:
    text = "فرمانده سپاه تهران-کریم‌نیا در آن سال برکنار شد."
    assert "کریم‌نیا" not in annotated(text, "person")


def test_a_hyphened_family_name_after_no_place_stays() -> None:
    assert "کریم‌نیا" in annotated("او با رضا-کریم‌نیا گفت‌وگو کرد.", "person")
