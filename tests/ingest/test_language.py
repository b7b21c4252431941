"""Language detection: script first, Persian told from Arabic, langdetect only for the rest."""

from __future__ import annotations

import pytest

from sabt.ingest.language import detect_language

PERSIAN = "در تابستان آن سال، صدها زندانی سیاسی پس از محاکمه‌ای چند دقیقه‌ای اعدام شدند."
# The same sentence typed on an Arabic keyboard: ي and ك instead of ی and ک, and no گ پ چ ژ.
PERSIAN_ARABIC_LETTERS = "در تابستان آن سال، صدها زنداني سياسي بعد از دادرسي كوتاه اعدام شدند."
ARABIC = "قال الشهود إن السجناء نقلوا في الليل إلى مكان مجهول ولم يعودوا أبدا."
ENGLISH = "The witnesses said that the prisoners were taken away at night and never returned."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (PERSIAN, "fa"),
        (PERSIAN_ARABIC_LETTERS, "fa"),
        (ARABIC, "ar"),
        (ENGLISH, "en"),
        ("Die Zeugen sagten, dass die Gefangenen nachts weggebracht wurden.", "de"),
        ("Les témoins ont dit que les prisonniers ont été emmenés la nuit.", "fr"),
        ("Свидетели сказали, что заключённых увезли ночью.", "ru"),
        ("העדים אמרו שהאסירים נלקחו בלילה", "he"),
    ],
)
def test_detects_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize("text", ["", "   \n", "Evin", "۱۳۶۷/۵/۲۴", "1988-07-30 12:00", "اوین"])
def test_too_little_text_is_undetermined(text: str) -> None:
    assert detect_language(text) == "und"


def test_mixed_document_takes_the_majority_script() -> None:
    mostly_persian = f"{PERSIAN} {PERSIAN} Amnesty International, Blood-soaked secrets."
    assert detect_language(mostly_persian) == "fa"
    mostly_english = f"{ENGLISH} {ENGLISH} The commission sat in اوین prison."
    assert detect_language(mostly_english) == "en"


def test_arabic_text_quoting_a_persian_name_stays_arabic() -> None:
    assert detect_language(f"{ARABIC} وذكر التقرير اسم پورمحمدی.") == "ar"


def test_non_english_latin_is_deterministic() -> None:
    spanish = "Los testigos dijeron que los presos fueron llevados de noche."
    assert {detect_language(spanish) for _ in range(5)} == {"es"}
