"""A Persian list opening its sentence with its maker in a relative clause («فهرستی که X گرد
آورده است، …») is X's; a letter signed «امضا: X» speaks as X (sentences written for these
tests)."""

from tests.extract.helpers import attributions


def test_a_list_opening_the_sentence_is_its_makers() -> None:
    text = (
        "فهرستی که کانون مدافعان حقوق کارگر گرد آورده است، نام ۱۵ نفر را در بر دارد که"
        " در آن هفته ناپدید شدند."
    )
    assert attributions(text) == ["کانون مدافعان حقوق کارگر"]


def test_a_letter_signed_after_its_word_for_signed_speaks_as_its_signer() -> None:
    text = (
        "نامه‌ی سرگشاده به وزیر کشور\n\n"
        "ما نام ۲۰ نفر از بستگان خود را ثبت کرده‌ایم که هنوز در زندان‌اند.\n\n"
        "خواهان پاسخ روشن هستیم.\n\n"
        "امضا: انجمن خانواده‌های زندانیان اهواز"
    )
    assert attributions(text) == ["انجمن خانواده‌های زندانیان اهواز"]
