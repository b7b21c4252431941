"""A set of non-overlapping text spans, for finders that keep the first claim on each stretch.

The date and number finders test every candidate against the spans already taken; a sorted
list with binary search keeps that linear in the length of the text instead of quadratic.
"""

from bisect import bisect_right


class SpanSet:
    """Non-overlapping half-open spans [start, end), kept sorted by start."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        """Whether [start, end) shares a character with a span in the set."""
        i = bisect_right(self._starts, start)
        if i > 0 and self._ends[i - 1] > start:
            return True
        return i < len(self._starts) and self._starts[i] < end

    def add(self, start: int, end: int) -> bool:
        """Add [start, end) unless it overlaps; say whether it was added."""
        if self.overlaps(start, end):
            return False
        i = bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)
        return True
