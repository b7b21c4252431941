"""A Persian body named in quotation marks after a noun for a body that the name is given to:
"گروهی به نام «X»"، "سازمانی موسوم به «X»"، "گروهی که آن را «X» نامید"."""

import pytest
from tests.extract.helpers import annotated

_QUOTED = {
    "called, in a wire story": (
        "به گزارش رسانه‌های محلی، گروهی به نام «فرزندان کوهستان» مسئولیت انفجار را پذیرفت.",
        "فرزندان کوهستان",
    ),
    "named by the prosecution, in a ruling": (
        "دادستان متهمان را اعضای سازمانی خواند که خود را «راه رهایی» می‌نامد.",
        "راه رهایی",
    ),
    "known as, in testimony": (
        "شاهد گفت مأموران یک شبکه‌ی موسوم به «دست سیاه» او را ربودند.",
        "دست سیاه",
    ),
    "a group the minister named": (
        "وزیر کشور گفت اعضای گروهی که آن را «ندای حق» نامید بازداشت شده‌اند.",
        "ندای حق",
    ),
}


@pytest.mark.parametrize(("text", "name"), _QUOTED.values(), ids=_QUOTED.keys())
def test_quoted_body(text: str, name: str) -> None:
    assert name in annotated(text, "organization")


_NOT_A_BODY = {
    "an uprising named, no body": "مردم این قیام را «بهار آزادی» می‌نامند.",
    "a body calls an act something": "این گروه که آن را «جنایت جنگی» محکوم کرد، خواستار تحقیق شد.",
}


@pytest.mark.parametrize("text", _NOT_A_BODY.values(), ids=_NOT_A_BODY.keys())
def test_no_quoted_body(text: str) -> None:
    quoted = text[text.index("«") + 1 : text.index("»")]
    assert quoted not in annotated(text, "organization")
