"""A Persian body whose relative clause, set off by commas, names a person ("کمیسیون X، که
… و Y ریاست آن را بر عهده داشت، … گفت") is the subject, not the person (sentences written
for these tests)."""

from tests.extract.helpers import parties


def test_a_person_in_a_commission_relative_clause_is_not_its_subject() -> None:
    text = (
        "کمیسیون حقیقت‌یاب پرو، که پارلمان برپا کرده بود و مارتین کولوسا، وزیر دادگستری "
        "پیشین، ریاست آن را بر عهده داشت، از ۸۰ کشته سخن گفته است."
    )
    assert parties(text) == [(80.0, "کمیسیون حقیقت‌یاب پرو")]


def test_a_person_after_the_relative_clause_closed_is_the_subject() -> None:
    text = (
        "کمیسیون حقیقت‌یاب پرو، که پارلمان برپا کرده بود، کار خود را تمام کرد و مارتین "
        "کولوسا، وزیر دادگستری پیشین، از ۸۰ کشته سخن گفت."
    )
    assert parties(text) == [(80.0, "مارتین کولوسا")]
