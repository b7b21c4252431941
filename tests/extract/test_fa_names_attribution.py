"""Persian claims' parties on wordings of contrast: a party set against another by اما or ولی
right before its verb of asserting ("X اما می‌گوید …")."""

import pytest

from sabt.extract import Registry, annotate

_CONTRASTS = (
    (
        "وزارت کشور شمار کشته\u200cها را ۲۰ نفر اعلام کرد. "
        "سازمان عفو بین\u200cالملل اما می\u200cگوید دست\u200cکم ۸۰ نفر در این سرکوب کشته شدند.",
        (80.0, "سازمان عفو بین\u200cالملل"),
    ),
    (
        "پلیس از ۱۲ بازداشتی خبر داد. "
        "وکلای خانواده\u200cها ولی گفتند بیش از ۴۰ نفر بازداشت شده\u200cاند.",
        (40.0, "وکلای خانواده\u200cها"),
    ),
)


@pytest.mark.parametrize(("text", "party"), _CONTRASTS)
def test_a_party_before_but_right_before_its_verb_asserts_the_figure(
    text: str, party: tuple[float, str]
) -> None:
    claims = annotate(text, registry=Registry.builtin()).claims
    assert party in [(c.value, c.attributed_to) for c in claims]
