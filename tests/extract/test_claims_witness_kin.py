"""A witness's count of their own relatives is a claim of that witness; someone else's kin
named with a possessive, an item of a list of relatives and things counted are not."""

import pytest

from sabt.extract import Registry, annotate

REGISTRY = Registry.builtin()


def _claims(text: str) -> list[tuple[str, float | None, str | None]]:
    return [
        (c.property, c.value, c.attributed_to) for c in annotate(text, registry=REGISTRY).claims
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the witness's own kin, in Persian (a first-person possessive) …
        ("سارا احمدی می‌گوید: «دو خواهرم در زندان اعدام شدند.»", ("executed", 2, "سارا احمدی")),
        # … a compound kin word among them
        ("لیلا نوری می‌گوید: «چهار پسرعمویم در آن حمله کشته شدند.»", ("killed", 4, "لیلا نوری")),
        # … and in English, a possessive opening the quotation (no label such as "Room 101")
        (
            '"My two brothers were executed in the prison yard," said Anna Keller.',
            ("executed", 2, "Anna Keller"),
        ),
        # a witness counting "of ours" among the dead
        (
            '"We counted five of ours among the dead," said Anna Keller.',
            ("killed", 5, "Anna Keller"),
        ),
        # lost kin at a time told in two words
        (
            "حسن کریمی می‌گوید پنج تن از خانواده‌اش را در آن حمله از دست داده است.",
            ("killed", 5, "حسن کریمی"),
        ),
    ],
)
def test_a_witness_counts_their_own_relatives(text: str, expected: tuple[str, float, str]) -> None:
    assert _claims(text) == [expected]


def test_someone_elses_kin_are_still_no_count() -> None:
    assert _claims("بهرام گفت که سه پسرش را در میدان شهر تیرباران کردند.") == []
    assert _claims("She said her three sons were arrested at the checkpoint.") == []


def test_relatives_listed_after_a_count_are_not_counted_again() -> None:
    # the count is four; "پدرم و سه پسرعمویم" lists them
    text = "سارا احمدی می‌گوید: «چهار نفر از مردان خانواده‌ی ما کشته شدند؛ پدرم و سه پسرعمویم.»"
    assert _claims(text) == [("killed", 4, "سارا احمدی")]


KILLING_BEFORE = "The soldiers killed many villagers that night. "


def test_counting_things_of_ours_is_no_count() -> None:
    """After a killing, "five of ours" are the witness's dead; five houses or three days of
    theirs are no people (the same sentence before, so only the noun decides)."""
    said = '," said Anna Keller.'
    assert _claims(KILLING_BEFORE + '"We counted five of ours' + said) == [
        ("killed", 5, "Anna Keller")
    ]
    assert _claims(KILLING_BEFORE + '"We counted five houses of ours burned' + said) == []
    assert _claims(KILLING_BEFORE + '"We counted three days without news of ours' + said) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"My three cousins and I were arrested at the border," said Anna Keller.',
            ("arrested", 4, "Anna Keller"),
        ),
        (
            '"I was detained with my two sisters at the border," said Anna Keller.',
            ("detained", 3, "Anna Keller"),
        ),
        (
            "سارا احمدی می‌گوید: «مأموران من و سه برادرم را بازداشت کردند.»",
            ("arrested", 4, "سارا احمدی"),
        ),
    ],
)
def test_a_witness_counting_themself_claims_everyone_the_act_befell(
    text: str, expected: tuple[str, float, str]
) -> None:
    assert _claims(text) == [expected]


def test_kin_without_the_witness_are_counted_as_they_are() -> None:
    assert _claims('"My three cousins were arrested at the border," said Anna Keller.') == [
        ("arrested", 3, "Anna Keller")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "سارا احمدی می‌گوید: «چهار برادرم را یک روز از مدرسه بردند. از هیچ‌کدامشان دیگر خبری نشد.»",
        "سارا احمدی می‌گوید: «مأموران دو پسرم را بردند. از آن روز هر دو ناپدید شدند.»",
    ],
)
def test_kin_taken_and_all_of_them_gone_are_disappeared(text: str) -> None:
    assert [act for act, _, _ in _claims(text)] == ["disappeared"]


def test_taken_to_a_place_is_no_taking_and_another_count_gone_is_not_theirs() -> None:
    assert _claims("سارا احمدی می‌گوید: «چهار برادرم را به بیمارستان بردند.»") == []
    text = "سارا احمدی می‌گوید: «مأموران دو پسرم را بردند. همه‌ی ۱۲ کارگر کارخانه هم ناپدید شدند.»"
    assert _claims(text)[0][0] == "arrested"


def test_kin_taken_then_named_as_a_whole_and_shot_are_the_dead() -> None:
    text = (
        '"My uncle and both of his sons were taken away at dawn," said Tomas Berg, a farmer. '
        '"All three were shot behind the barn."'
    )
    assert _claims(text) == [("killed", 3, "Tomas Berg")]
    # nobody taken before: "shot" may be wounds
    assert _claims("The soldiers came at dawn. All three were shot behind the barn.") == []


def test_coffins_handed_over_count_the_dead() -> None:
    text = (
        '"I lost my father there," said Maria Lopez, a nurse. She said four coffins bearing her'
        " relatives' names had been returned to her."
    )
    assert _claims(text) == [("killed", 4, "Maria Lopez")]
    assert _claims("لیلا نوری می‌گوید: «سه تابوت را به ما تحویل دادند.»") == [
        ("killed", 3, "لیلا نوری")
    ]
    # coffins made are no dead
    assert _claims("The carpenter made four coffins a week.") == []


def test_taken_kin_none_of_whom_came_back_stay_taken() -> None:
    text = "او گفت: «آن روز ۹ نفر را از صف بیرون کشیدند و بردند. هیچ‌کدام برنگشتند.»"
    assert [act for act, _, _ in _claims(text)] == ["arrested"]
