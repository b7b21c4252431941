""" "Until the shooting stopped", تا فروپاشی: an event after until or تا ends a stretch of time
(what went on until then), no date of its own; after, before or since an event still place
one. The "until" of a time (تا زمان مرگ) and of a date (تا ۱۳۶۰) are other rules.

Every sentence was written for this test; none is taken from a gold set."""

from datetime import date

import pytest

from sabt.extract.quantities import find_dates

REFERENCE = date(2024, 5, 1)


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("We lay in the ditch until the shelling stopped.", []),
        ("The papers stayed sealed until the collapse of the regime.", []),
        ("ما تا بمباران در زیرزمین ماندیم.", []),
        ("پرونده تا سقوط حکومت بسته ماند.", []),
        ("او تا کشته شدن در روستا ماند.", []),
        # after or before the event still places a date
        ("After the shelling the families left.", ["After the shelling"]),
        ("پس از سقوط حکومت پرونده گشوده شد.", ["پس از سقوط"]),
        ("او تا زمان مرگ در تبعید ماند.", ["تا زمان مرگ"]),
    ],
)
def test_until_an_event_is_no_date(text: str, spans: list[str]) -> None:
    assert [d.text for d in find_dates(text, reference=REFERENCE)] == spans
