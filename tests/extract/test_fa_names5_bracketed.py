"""A Persian body's short name in brackets after its full name is a name even where the text
does not use it again ("سازمان امنیت ملی سودان (نیسس)"); an adjective in brackets is not."""

import pytest
from tests.extract.helpers import annotated


def test_a_short_name_used_once() -> None:
    text = "به گفته‌ی شاهدان، مأموران سازمان امنیت ملی سودان (نیسس) معترضان را ربودند."
    assert "نیسس" in annotated(text, "organization")


@pytest.mark.parametrize(
    "text",
    [
        "شکایت به کمیسیون حقیقت‌یاب (مستقل) فرستاده شد.",
        "گزارش به کمیسیون حقیقت‌یاب (دولتی) رسید.",
    ],
)
def test_an_adjective_in_brackets(text: str) -> None:
    assert len(annotated(text, "organization")) <= 1
