"""Persian heads of the land's and the water's own names and of a saint's shrine: a peninsula, a
stream, a canal, a pass, a cave, a pit, a shrine (شبه‌جزیره‌ی X، نهر X، کانال X، گذرگاه X، غارهای
X، گودال X، زیارتگاه X); a channel of broadcast or messaging is no canal."""

import pytest
from tests.extract.helpers import annotated


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("خانواده‌ها با قایق به شبه‌جزیره‌ی ماراکو گریختند.", "شبه\u200cجزیره\u200cی ماراکو"),
        ("کودکان کنار نهر تون باک بازی می‌کردند.", "نهر تون باک"),
        ("ماهیگیران با قایق به کانال سن ترو رفته بودند.", "کانال سن ترو"),
        ("سربازان در گذرگاه کوتال به کامیون شلیک کردند.", "گذرگاه کوتال"),
        ("روستاییان روزها در غارهای ورنیکا ماندند.", "غارهای ورنیکا"),
        ("اجساد را در گودال تراشین انداختند.", "گودال تراشین"),
        ("انفجار در میان زائران زیارتگاه سخی شاه رخ داد.", "زیارتگاه سخی شاه"),
    ],
)
def test_a_land_or_water_or_shrine_head_names_its_place(text: str, place: str) -> None:
    assert place in annotated(text, "place")


@pytest.mark.parametrize(
    "text",
    [
        "این ویدیو نخست در کانال تلگرامی یک گروه منتشر شد.",
        "خبر را کانال تلویزیونی دولت پخش کرد.",
    ],
)
def test_a_channel_of_broadcast_or_messaging_is_no_canal(text: str) -> None:
    assert annotated(text, "place") == []
