"""SpanSet: the overlap test both finders rely on."""

import pytest

from sabt.text.spans import SpanSet


@pytest.mark.parametrize(
    ("start", "end", "overlaps"),
    [(0, 5, False), (0, 11, True), (10, 12, True), (19, 20, True), (20, 25, False),
     (14, 15, False), (12, 14, True), (5, 30, True), (15, 16, True)],
)  # fmt: skip
def test_overlaps(start: int, end: int, overlaps: bool) -> None:
    spans = SpanSet()
    assert spans.add(10, 14) and spans.add(15, 20)
    assert spans.overlaps(start, end) is overlaps
    assert spans.add(start, end) is not overlaps
