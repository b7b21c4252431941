"""Wordings of acts and of people who are no victims: lives lost, held, died, on trial, kin,
interviewees, a count named again."""

import pytest

from sabt.extract import Registry, annotate

REGISTRY = Registry.builtin()


def _figures(text: str) -> list[tuple[str, float | None]]:
    return [(c.property, c.value) for c in annotate(text, registry=REGISTRY).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The insurgency cost some 12,500 lives over two decades.", [("killed", 12500)]),
        ("The raid claimed 43 lives in the market town.", [("killed", 43)]),
        ("Seven guards were condemned to death by the tribunal.", [("sentenced", 7)]),
        ("The council condemned the shelling that killed 16 people.", [("killed", 16)]),
        (
            "Soldiers took nine teenagers from the hamlet and held them at the barracks.",
            [("detained", 9)],
        ),
        ("به گفته‌ی یک شاهد، دست‌کم ۷۰ نفر در کامیون مردند.", [("killed", 70)]),
        ("پانزده نفر از اهالی روستا را دو ماه در پادگان نگه داشتند.", [("detained", 15)]),
        # نه, ده and یک are numbers before a counted noun
        ("هفته‌ی گذشته نه عضو این انجمن ربوده شدند.", [("disappeared", 9)]),
        ("ده کارگر معدن در این حمله کشته شدند.", [("killed", 10)]),
        ("نه زن و نه مرد در این روستا کشته نشد.", []),
        # two nouns of one count keep the clause's verb
        (
            "پلیس صدها نفر را بازداشت کرد و ۶۲ زن و کودک در بازداشتگاه اعدام شدند.",
            [
                ("arrested", None),
                ("executed", 62),
            ],
        ),
        # people counted as محکوم's object are sentenced
        ("دادگاه تنها سه افسر را محکوم کرد.", [("sentenced", 3)]),
    ],
)
def test_act_wordings(text: str, expected: list[tuple[str, float | None]]) -> None:
    assert _figures(text) == expected


_NO_COUNT = (
    # people on trial are no sentence yet
    "Eleven officers were tried in the capital last year.",
    "در این پرونده یازده افسر محاکمه می‌شدند و دادگاه رأی خود را اعلام نکرد.",
    # interviewees and witnesses are not the act's victims
    "The study rests on interviews with more than 80 victims and relatives of the dead.",
    "این گزارش بر پایه‌ی مصاحبه با ۴۵ زندانی آزادشده نوشته شده که شکنجه را شرح داده‌اند.",
    # kin named with a possessive are people a witness names
    "She said her three sons were arrested at the checkpoint.",
    # a count told before and named again
    "He was one of the 14 students executed that winter.",
    "پدرش یکی از ۱۱ معلم اعدام‌شده بود.",
    "در سالگرد اعدام هفت کارگر معدن، خانواده‌ها گرد آمدند.",
)


def test_people_on_trial_interviewed_kin_or_named_again_are_no_count() -> None:
    assert {text: _figures(text) for text in _NO_COUNT} == {text: [] for text in _NO_COUNT}


def test_a_count_that_refers_back_to_the_act_named_before() -> None:
    # the number, the names on a list: counts of the act named in the sentence before, or
    # two before when a short sentence of doubt stands between
    text = (
        "Officials said 31 villagers had died in the fire. Nobody believes that. "
        "The survivors wrote their own list with 90 names; a priest says the true number was "
        "more than 120."
    )
    assert _figures(text) == [("killed", 31), ("killed", 90), ("killed", 120)]
    assert _figures("How many were killed? We collected the names of 516 people.") == [
        ("killed", 516)
    ]


def test_a_range_of_two_years_is_no_count() -> None:
    # round fifties are left to the number finder by the date rules; as a count they are a period
    text = "این انجمن می‌گوید از ۱۳۵۰ تا ۱۴۰۰ بیش از ۳۰۰ عضوش اعدام شده‌اند."
    assert _figures(text) == [("executed", 300)]
    assert _figures("گفته می‌شود بین ۱۹۵۰ تا ۲۰۰۰ نفر اعدام شدند.") == [("executed", None)]


def test_a_headline_repeating_the_bodys_count_is_not_counted_twice() -> None:
    text = (
        "Rights group: 14 miners killed in the northern valley\n\n"
        "A rights group said on Monday that 14 miners were killed in the northern valley. "
        "It said 30 others were arrested."
    )
    claims = annotate(text, registry=REGISTRY).claims
    assert [(c.property, c.value) for c in claims] == [("killed", 14), ("arrested", 30)]
    assert claims[0].start > text.index("\n")
    # a headline's count the body does not repeat stays
    assert _figures("Seven hanged in the city prison\n\nThe families were not told.") == [
        ("executed", 7)
    ]
