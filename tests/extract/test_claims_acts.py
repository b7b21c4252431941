"""Which act a figure counts: Persian clause verbs, compound figures, partitives, "shot"."""

import pytest

from sabt.extract import Registry, annotate
from sabt.extract.claims import _predicate_act

REGISTRY = Registry.builtin()


def _figures(text: str) -> list[tuple[str, float | None, float | None, float | None]]:
    claims = annotate(text, registry=REGISTRY).claims
    return [(c.property, c.value, c.low, c.high) for c in claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb ending the clause decides, not the nearer noun of whom they were part
        (
            "کمیته اعلام کرد که ۲۱ نفر از زندانیان بازداشت‌شده شکنجه شده‌اند.",
            [("tortured", 21, 21, 21)],
        ),
        # a participle on the victims is their act, not the bodies before them
        (
            "مأموران پیکر صدها معترض اعدام‌شده را در بیابان دفن کردند.",
            [("executed", None, 200, 999)],
        ),
        # hanged after a sentence: the hanged are executed, the sentenced sentenced
        (
            "دادگاه نظامی ۹ تن را به اعدام محکوم کرد و ۴ نفر از آنان در 3 مه 1951 به دار "
            "آویخته شدند.",
            [("sentenced", 9, 9, 9), ("executed", 4, 4, 4)],
        ),
        # one محکوم for two sentences: "به اعدام و … به حبس محکوم کرد"
        (
            "دادگاه ویژه ۸ نفر را به اعدام و ۲۲ نفر را به حبس محکوم کرد.",
            [("sentenced", 8, 8, 8), ("sentenced", 22, 22, 22)],
        ),
        # a state as the verb: the missing among the detained are missing
        (
            "وکیلان گفتند که بیش از ۷۵ نفر از بازداشت‌شدگان هنوز ناپدید هستند.",
            [("disappeared", 75, 75, None)],
        ),
        # an adverb with tanwin (بعداً) stays inside the clause
        (
            "۹۰ نفر دستگیر شدند که ۱۳ نفر از آنان بعداً اعدام شدند.",
            [("arrested", 90, 90, 90), ("executed", 13, 13, 13)],
        ),
        # houses counted beside the dead are no count of people
        (
            "شبه‌نظامیان ۲۷ خانه را به آتش کشیدند و ۹ روستایی را کشتند.",
            [("killed", 9, 9, 9)],
        ),
        # a finite verb after its object: "را کشت", "ربودند"
        ("سپاه هزاران روستایی کوهستان را کشت.", [("killed", None, 2000, 9999)]),
        # the killed and the wounded of one clause keep their own acts
        ("در این حمله ۱۴ نفر کشته و ۸۰ نفر مجروح شدند.", [("killed", 14, 14, 14)]),
        # exile is no act sabt counts; the dead beside it are still counted
        (
            "بر پایه‌ی آمار ارتش، 2 هزار و 45 نفر کشته و 6 هزار و 300 نفر تبعید شدند.",
            [("killed", 2045, 2045, 2045)],
        ),
        # a figure written in digits and words is one figure
        (
            "وزیر گفت که ۱۲ هزار و ۷۰۴ نفر در این عملیات کشته شده‌اند.",
            [("killed", 12704, 12704, 12704)],
        ),
        # "the number" as an object takes the act of the sentence before
        (
            "سازمان‌ها شمار زندانیانی را که اعدام شدند ۶۰۰۰ نفر می‌دانند. قاضی پیشین در "
            "کتابش این شمار را ۱۹۰۰ تا ۲۴۰۰ نفر ذکر کرده است.",
            [("executed", 6000, 6000, 6000), ("executed", None, 1900, 2400)],
        ),
    ],
)
def test_persian_acts(
    text: str, expected: list[tuple[str, float | None, float | None, float | None]]
) -> None:
    assert _figures(text) == expected


def test_kin_counted_with_a_possessive_are_no_count() -> None:
    assert _figures("بهرام گفت که سه پسرش را در میدان شهر تیرباران کردند.") == []
    assert _figures("بهرام گفت که ۹ نفر از خویشاوندانش را تیرباران کردند.") == [
        ("executed", 9, 9, 9)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the whole of a partitive with no figure for its part is a count
        (
            "The rapporteur said that most of the 64 people killed in Varna were shot at close "
            "range.",
            [("killed", 64, 64, 64)],
        ),
        (
            'A farmer said: "Of the 19 men they arrested that night, only my cousin returned."',
            [("arrested", 19, 19, 19)],
        ),
        # with a figure for the part, the whole is no count of its own
        ("Of the 250 men arrested, 30 were later executed.", [("executed", 30, 30, 30)]),
        # an act's noun and "of" count whom it befell, a vague amount included
        (
            "We saw the execution of hundreds of our cellmates in the north wing.",
            [("executed", None, 200, 999)],
        ),
    ],
)
def test_partitives_and_act_nouns(
    text: str, expected: list[tuple[str, float | None, float | None, float | None]]
) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A witness said gunmen shot 9 members of the Osei family.", [("killed", 9, 9, 9)]),
        ("She was among 26 villagers shot beside the river.", [("killed", 26, 26, 26)]),
        ("Guards shot 40 prisoners at dawn.", [("executed", 40, 40, 40)]),
        ("The raiders burned 31 houses and shot 7 villagers.", [("killed", 7, 7, 7)]),
        ("Police shot 30 protesters, who were taken to hospital.", []),
        ("Troops shot at 200 villagers in the square.", []),
        ("Police shot 25 students during the rally.", []),
        ("Soldiers shot her father and two neighbours.", []),
    ],
)
def test_people_counted_as_shot(
    text: str, expected: list[tuple[str, float | None, float | None, float | None]]
) -> None:
    assert _figures(text) == expected


def test_those_set_free_are_no_count() -> None:
    assert _figures("Police said 26 people were arrested, 11 of whom were later released.") == [
        ("arrested", 26, 26, 26)
    ]
    assert _figures("۴۰ نفر بازداشت شدند و ۱۵ نفر پس از یک هفته آزاد شدند.") == [
        ("arrested", 40, 40, 40)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the clause's verb decides past a partitive, a list of names and a و between nouns
        (
            "به گفته‌ی خانواده‌ها، دو نفر از بازداشت‌شدگان، رضا کاویانی و نادر شفیعی، در "
            "سلول‌های انفرادی بر اثر گرسنگی و بیماری جان سپردند.",
            [("killed", 2, 2, 2)],
        ),
        # درگذشتند (died) is the act of the dead counted near it
        (
            "وکیلان گفتند پنج زندانی پس از انتقال به آن اردوگاه درگذشتند.",
            [("killed", 5, 5, 5)],
        ),
        # جنازه (a corpse) counts the dead
        ("امدادگران ۱۸ جنازه را از زیر آوار بیرون آوردند.", [("killed", 18, 18, 18)]),
        # captives as the object of held, and taken prisoner
        ("The depot near the river held 312 prisoners.", [("detained", 312, 312, 312)]),
        (
            "Militias held hundreds of women in a school.",
            [("detained", None, 200, 999)],
        ),
        (
            "In that week 870 fighters of the garrison were taken prisoner.",
            [("detained", 870, 870, 870)],
        ),
        # a vague figure as the object of the act's verb
        ("Police killed dozens in the market town.", [("killed", None, 24, 99)]),
        # never found: disappeared
        (
            "Two men who guided them across the pass have never been found.",
            [("disappeared", 2, 2, 2)],
        ),
    ],
)
def test_clause_verbs_captives_and_vague_objects(
    text: str, expected: list[tuple[str, float | None, float | None, float | None]]
) -> None:
    assert _figures(text) == expected


def test_held_by_and_an_act_between_are_no_reading() -> None:
    # held by people is no detention; an act between the figure and the verb ends the clause
    assert _figures("A rally held by 300 students ended peacefully.") == []
    assert _figures("۱۲ نفر کشته و شمار زیادی زخمی شدند.") == [("killed", 12, 12, 12)]


def test_a_count_or_a_finished_verb_ends_the_persian_clause() -> None:
    # another counted group, or a verb that closes the first clause, is no way to the act
    assert _predicate_act(" نفر در جلسه شکایت کردند و از آنان اعدام شدند.", 4) is None
    assert _predicate_act(" نفر در جلسه و دو نفر از آنان اعدام شدند.", 4) is None
    assert _predicate_act(" نفر در جلسه و دادگاه اعدام شدند.", 4) == "executed"
    assert _figures("The envoys held talks with 40 women from the camp.") == []


def test_people_still_in_jail_are_detained() -> None:
    assert _figures("Of the marchers, 9 remain in custody a year later.") == [("detained", 9, 9, 9)]


def test_detainees_counted_with_no_act_are_detained() -> None:
    assert _figures("در آن هفته ۶۰ بازداشتی را با اتوبوس به شهر دیگری منتقل کردند.") == [
        ("detained", 60, 60, 60)
    ]
