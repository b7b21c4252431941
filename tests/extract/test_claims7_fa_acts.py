"""Claim figures, round 7: Persian states each act's count in a verb at the clause's end, in
every tense and with light verbs (کشته شدند، جان باختند، به قتل رسیدند، جان خود را از دست دادند،
اعدام شده‌اند، به دار آویخته شدند، تیرباران کردند، دستگیر شده‌اند، مفقودالاثر هستند، در زندان به سر
می‌برند، به حبس محکوم شدند …), with figures in Persian, Arabic-Indic or Latin digits or in
words (سیصد و پنجاه، هزار و ۲۰۰، ده‌ها، صدها، چند صد)."""

import pytest
from tests.extract.helpers import figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("دست\u200cکم ۱۴ نفر در این حمله کشته شدند.", [("killed", 14)]),
        ("بیش از ۳۰۰ معترض جان باختند.", [("killed", 300)]),
        ("حدود ۵۰ نفر به قتل رسیدند.", [("killed", 50)]),
        ("نزدیک به ۲۰۰ نفر جان خود را از دست دادند.", [("killed", 200)]),
        ("۱۵ نفر کشته شده است.", [("killed", 15)]),
        ("۳۰ نفر به قتل رسیده\u200cاند.", [("killed", 30)]),
        ("۱۲ نفر جان سپردند.", [("killed", 12)]),
        ("۹ نفر به شهادت رسیدند.", [("killed", 9)]),
        ("نیروهای امنیتی ۱۲ معترض را کشتند.", [("killed", 12)]),
        ("۱۲ معترض با شلیک مستقیم ماموران جان باختند.", [("killed", 12)]),
        # the broken plural of جسد
        ("اجساد ۳۱ نفر به خانواده\u200cها تحویل داده شد.", [("killed", 31)]),
        # شبه‌نظامی is a counted noun, not the night (شب) of a duration
        ("۱۲ شبه\u200cنظامی در این درگیری کشته شدند.", [("killed", 12)]),
        # figures in words, vague figures, Arabic-Indic digits
        ("سیصد و پنجاه نفر کشته شدند.", [("killed", 350)]),
        ("هزار و ۲۰۰ نفر کشته شدند.", [("killed", 1200)]),
        ("ده\u200cها تن کشته شدند.", [("killed", None)]),
        ("ده\u200cها هزار غیرنظامی کشته شده\u200cاند.", [("killed", None)]),
        ("در این حمله ١٥ نفر کشته شدند.", [("killed", 15)]),
    ],
)
def test_a_persian_killing_is_counted_in_any_of_its_verbs(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    """A count of the dead in each Persian verb of killing and dying."""
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("دست\u200cکم ٢٥ نفر اعدام شدند.", [("executed", 25)]),
        ("۴۰ نفر اعدام شده\u200cاند.", [("executed", 40)]),
        ("۴۰ نفر اعدام می\u200cشوند.", [("executed", 40)]),
        ("۴۰ نفر اعدام شده بودند.", [("executed", 40)]),
        ("دست\u200cکم ۳۰ نفر به دار آویخته شدند.", [("executed", 30)]),
        ("ماموران ۱۲ نفر را تیرباران کردند.", [("executed", 12)]),
        ("دوازده زندانی اعدام شدند.", [("executed", 12)]),
        ("حکم اعدام ۹ زندانی اجرا شد.", [("executed", 9)]),
        ("ایران در سال گذشته ۸۳۴ مورد اعدام انجام داد.", [("executed", 834)]),
        ("۵۰ نفر که بازداشت شده بودند، اعدام شدند.", [("executed", 50)]),
    ],
)
def test_a_persian_execution_is_counted_in_any_of_its_verbs(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    """A count of the executed in each Persian verb of execution and tense."""
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("بیش از ۵۰۰ دانشجو بازداشت شدند.", [("arrested", 500)]),
        ("ماموران ۷۰ فعال را دستگیر کردند.", [("arrested", 70)]),
        ("۲۵ نفر دستگیر شده\u200cاند.", [("arrested", 25)]),
        ("بیست و سه نفر بازداشت شدند.", [("arrested", 23)]),
        ("چند صد نفر بازداشت شدند.", [("arrested", None)]),
        ("۱۴ فعال زندانی شدند.", [("detained", 14)]),
        # living out their days in prison is detention
        ("بیش از ۷۰۰ نفر در زندان\u200cها به سر می\u200cبرند.", [("detained", 700)]),
        ("دست\u200cکم ۳۰ زن در بازداشتگاه\u200cهای مخفی به سر می\u200cبرند.", [("detained", 30)]),
        ("۴۳ دانشجو ناپدید شدند.", [("disappeared", 43)]),
        ("۱۸ نفر مفقودالاثر هستند.", [("disappeared", 18)]),
        ("سرنوشت ۲۷ نفر همچنان نامعلوم است.", [("disappeared", 27)]),
        ("نیروهای امنیتی ۱۲ نفر را ربودند.", [("disappeared", 12)]),
        ("۷ نفر شکنجه شده بودند.", [("tortured", 7)]),
        # ill-treatment in Persian is torture's count
        ("۲۰ زندانی مورد آزار و اذیت قرار گرفتند.", [("tortured", 20)]),
        ("۱۱ نفر به اعدام محکوم شده\u200cاند.", [("sentenced", 11)]),
        ("دادگاه ۸ فعال را به حبس محکوم کرد.", [("sentenced", 8)]),
    ],
)
def test_persian_arrest_detention_disappearance_torture_sentence(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    """A count of the arrested, held, disappeared, tortured and sentenced in Persian."""
    assert figures(text) == expected
