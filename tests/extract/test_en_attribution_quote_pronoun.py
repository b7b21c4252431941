"""A pronoun that introduces a quotation ("She said: “…”", "او گفت: «…»") is the person who
spoke last in the paragraph, in Persian as in English (sentences written for these tests)."""

from sabt.extract import Registry, annotate

REGISTRY = Registry.builtin()


def test_a_persian_pronoun_before_a_quotation_is_the_person_named_in_the_paragraph() -> None:
    text = (
        "مریم احمدی، مادر یکی از بازداشت‌شدگان، در تهران زندگی می‌کند. "
        "او گفت: «آن روز ۱۹ مرد را از محله‌ی ما بازداشت کردند.»"
    )
    parties = [c.attributed_to for c in annotate(text, registry=REGISTRY).claims]
    assert parties == ["مریم احمدی"]
