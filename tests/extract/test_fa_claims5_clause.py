"""Persian claims, round 5: the act of a figure is the verb of its own clause, past a relative
clause set off after its noun ("N نفر که …، … اعدام شدند") and past the charge a punishment
was for ("به اتهام قتل", a charge, no act); people held (نگهداری می‌شوند, محبوس) are detained;
a clause after و that opens with a phrase of time or place shares the subject before و."""

import pytest
from tests.extract.helpers import figures

from sabt.extract import Registry, annotate

REGISTRY = Registry.builtin()


def _parties(text: str) -> list[tuple[str, str | None]]:
    return [(c.property, c.attributed_to) for c in annotate(text, registry=REGISTRY).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause after the counted noun, closed by a comma, then the clause's verb
        (
            "دادستانی شیراز گفت ۱۲ نفر از اعضای شبکه‌ای که پلیس آن را «گروه سرخ» می‌نامد، "
            "هفته‌ی گذشته اعدام شدند.",
            [("executed", 12)],
        ),
        (
            "به نوشته‌ی روزنامه‌ی محلی، ۷ کارگر که در اعتصاب معدن شرکت کرده بودند، در خانه‌هایشان "
            "دستگیر شدند.",
            [("arrested", 7)],
        ),
        # an act inside the relative clause is not the figure's act
        (
            "وکیل خانواده‌ها گفت ۳۰ زندانی، که سال‌ها پیش در کرمانشاه بازداشت شده بودند، "
            "سحرگاه اعدام شدند.",
            [("executed", 30)],
        ),
        # a charge (به اتهام، به جرم) names a crime, not what was done to the counted
        ("در این پرونده ۹ متهم به جرم قتل و سرقت مسلحانه اعدام شدند.", [("executed", 9)]),
        (
            "سخنگوی پلیس اعلام کرد ۲۰ جوان به اتهام قتل یک مأمور بازداشت شدند.",
            [("arrested", 20)],
        ),
        # people held somewhere are detained, whatever noun first named them
        (
            "به گفته‌ی وکلا، ده‌ها نفر از دستگیرشدگان در یک پادگان نظامی نگهداری می‌شوند.",
            [("detained", None)],
        ),
        ("۴۰ فعال بازداشت‌شده هنوز در سلول‌های انفرادی محبوس هستند.", [("detained", 40)]),
        # taken with no warrant, charge or trial: arbitrary detention
        ("نیروهای امنیتی ۳۵ دانشجو را بدون حکم قضایی بازداشت کردند.", [("detained", 35)]),
        (
            "به گفته‌ی وکیلشان، ۶ فعال کارگری بی هیچ اتهامی در خانه‌هایشان دستگیر شدند.",
            [("detained", 6)],
        ),
        ("در جریان این یورش ۲۰ نفر بدون درگیری بازداشت شدند.", [("arrested", 20)]),
        ("۱۲ نفر با حکم دادستان بازداشت شدند.", [("arrested", 12)]),
        # the passive of a noun (مورد … قرار گرفتن) is the clause's verb
        (
            "وکیل پرونده گفت ۱۱ نفر از دستگیرشدگان در پاسگاه مورد شکنجه قرار گرفته‌اند.",
            [("tortured", 11)],
        ),
        (
            "در بازداشتگاه ۴۰ نفر از بازداشت‌شدگان مورد شکنجه و آزار قرار گرفتند.",
            [("tortured", 40)],
        ),
        ("۲۲ تن از بازداشتی‌ها در اردوگاه مورد شکنجه قرار می‌گیرند.", [("tortured", 22)]),
        ("۱۲ نفر از بازداشت‌شدگان مورد عفو قرار گرفتند.", [("arrested", 12)]),
        # near-misses: a killing is no charge; moved to a prison is no holding
        ("در این درگیری ۱۵ نفر به قتل رسیدند.", [("killed", 15)]),
        (
            "پلیس گفت ۲۵ معترض بازداشت شدند و به زندان مرکزی منتقل شدند.",
            [("arrested", 25)],
        ),
    ],
)
def test_act_of_the_figures_clause(text: str, expected: list[tuple[str, float | None]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "همشهری این خبر را روز شنبه منتشر کرد و در گزارش بعدی شمار کشته‌شدگان را ۹ نفر اعلام کرد.",
        "دیده‌بان این ادعا را رد کرد و در بیانیه‌ی دوم تعداد بازداشت‌شدگان را ۳۰۰ نفر برآورد کرد.",
        "کمیته‌ی محلی فهرستی تهیه کرد و پس از بازدید میدانی شمار ناپدیدشدگان را ۸۰ نفر ذکر کرد.",
        "روزنامه‌ی محلی گزارشی چاپ کرد و سپس رقم کشته‌ها را ۱۲ نفر اعلام کرد.",
    ],
)
def test_a_phrase_of_time_or_place_is_no_party(text: str) -> None:
    """The clause after و opens with a phrase of time or place: it shares the subject before
    و, and the phrase is never taken as the party."""
    parties = _parties(text)
    assert len(parties) == 1
    party = parties[0][1]
    assert party is None or party.split()[0] not in ("در", "پس", "سپس", "روز")


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "انجمن مدافعان کارگران بلوچ گزارشی منتشر کرد و در ضمیمه‌ی آن شمار کشته‌ها را ۶۰ نفر "
            "برآورد کرد.",
            "انجمن مدافعان کارگران بلوچ",
        ),
        (
            "کمیته‌ی پیگیری ناپدیدشدگان این خبر را تأیید کرد و روز بعد تعداد بازداشت‌شدگان را "
            "۳۰۰ نفر اعلام کرد.",
            "کمیته‌ی پیگیری ناپدیدشدگان",
        ),
    ],
)
def test_the_shared_subject_is_the_named_body(text: str, party: str) -> None:
    assert [p for _, p in _parties(text)] == [party]
