"""A letter's signatories named in the third person ("امضاکنندگان این نامه", "the signatories
of this letter") are its "we": the body that signs it (sentences written for these tests)."""

from tests.extract.helpers import parties

_OPENING = "نامه‌ی سرگشاده به وزیر کشور\n\nجناب وزیر،\n\nسرنوشت فرزندان این دره هنوز روشن نیست.\n\n"
_SIGNED = "\n\nانجمن مادران دره‌ی سبز"


def test_the_signatories_of_a_persian_letter_are_its_signing_body() -> None:
    text = (
        _OPENING + "در خانواده‌های امضاکنندگان این نامه، ۱۷ نفر در سال‌های جنگ ناپدید شدند." + _SIGNED
    )
    assert parties(text) == [(17, "انجمن مادران دره‌ی سبز")]


def test_the_signatories_of_an_english_letter_are_its_signing_body() -> None:
    text = (
        "Open letter to the minister\n\n"
        "In the families of the signatories of this letter, 17 people disappeared during the war "
        "years.\n\n"
        "Valley Mothers Association"
    )
    assert parties(text) == [(17, "Valley Mothers Association")]


def test_a_figure_of_a_signed_letter_that_names_no_signatory_stays_its_own() -> None:
    text = (
        _OPENING
        + "سیل سال گذشته روستاهای دره را ویران کرد. "
        + "در روستاهای دره، ۱۷ نفر در سال‌های جنگ ناپدید شدند."
        + _SIGNED
    )
    assert parties(text) == [(17, None)]


def test_a_party_the_sentence_names_comes_before_the_signatories() -> None:
    text = (
        _OPENING
        + "به گفته‌ی کمیسیون حقوق بشر، در خانواده‌های امضاکنندگان این نامه، ۱۷ نفر ناپدید شدند."
        + _SIGNED
    )
    assert parties(text) == [(17, "کمیسیون حقوق بشر")]


def test_a_short_closing_sentence_opening_on_a_body_is_no_signature() -> None:
    text = (
        _OPENING
        + "از میان روستاییان دره، ۱۷ نفر هنوز ناپدیدند.\n\n"
        + "وزارت کشور اعلام کرد که تحقیق ادامه دارد."
    )
    assert parties(text) == [(17, None)]
