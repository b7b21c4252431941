"""Properties that must hold for any input, Persian, Latin or noise."""

from hypothesis import example, given, settings
from hypothesis import strategies as st

from sabt.text.dates import find_dates, parse_date
from sabt.text.names import name_key, name_similarity, name_tokens
from sabt.text.normalise import normalise_for_search, normalise_persian, script_of
from sabt.text.numbers import find_numbers

# Letters, digits and marks sabt meets in sources, with spaces, ZWNJ and punctuation.
ALPHABET = (
    "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیيكةأإآؤئءًٌٍَُِّـ"
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéü"
    "0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩٬٫"
    " \u200c\u200b\u200f-–'’,./()"
)
texts = st.text(alphabet=ALPHABET, max_size=60)
FAST = settings(max_examples=150, deadline=None)


@FAST
@given(texts)
def test_search_form_is_idempotent(text: str) -> None:
    once = normalise_for_search(text)
    assert normalise_for_search(once) == once


@FAST
@given(texts)
@example("\u064c\u200f\u064b")  # marks that meet once the control between them is gone
def test_persian_form_is_idempotent(text: str) -> None:
    once = normalise_persian(text)
    assert normalise_persian(once) == once


@FAST
@given(texts)
def test_script_of_answers_one_of_four(text: str) -> None:
    assert script_of(text) in {"Arab", "Latn", "mixed", "none"}


@FAST
@given(texts)
def test_name_key_ignores_case_spacing_and_zwnj_versus_space(text: str) -> None:
    assert name_key(text) == name_key(text.upper())
    assert name_key(text) == name_key(text.replace("\u200c", " "))
    assert name_key(text) == "".join(name_tokens(text))


@FAST
@given(texts, texts)
def test_similarity_bounded_and_symmetric(a: str, b: str) -> None:
    score = name_similarity(a, b)
    assert 0.0 <= score <= 1.0
    assert score == name_similarity(b, a)


@FAST
@given(texts)
def test_finders_report_true_spans(text: str) -> None:
    for found in [*find_dates(text), *find_numbers(text)]:
        assert text[found.start : found.end] == found.text
    for date_range in find_dates(text):
        assert date_range.earliest <= date_range.latest
    for quantity in find_numbers(text):
        assert quantity.low is None or quantity.high is None or quantity.low <= quantity.high


@FAST
@given(texts)
def test_parse_date_never_raises(text: str) -> None:
    parsed = parse_date(text)
    assert parsed is None or parsed.earliest <= parsed.latest
