"""A court that sentences people is the party of the count it sentenced (sentences written
for these tests)."""

from tests.extract.helpers import parties


def test_an_english_court_that_sentences_is_the_party_of_its_sentence() -> None:
    text = "A district court in Velmora on Monday sentenced 27 guards to life in prison."
    assert [(v, p and "court" in p) for v, p in parties(text)] == [(27, True)]


def test_a_court_speaks_of_those_it_sentenced_not_of_the_crime_after() -> None:
    text = (
        "The tribunal sentenced eight officers to prison for the raid on Ostrava Creek, "
        "in which dozens of farmers were killed."
    )
    got = parties(text)
    assert (8, "tribunal") in got
    assert all(p is None for v, p in got if v != 8)


def test_those_sentenced_by_no_named_court_stay_the_authors() -> None:
    text = "In 2009, 31 militiamen were sentenced to death for the killings."
    assert [p for _, p in parties(text)] == [None]


def test_a_persian_court_opening_the_sentence_is_the_party() -> None:
    text = "دادگاه انقلاب ۶ نفر از معترضان را به اعدام و ۱۲ نفر را به زندان محکوم کرد."
    assert [p for _, p in parties(text)] == ["دادگاه انقلاب", "دادگاه انقلاب"]


def test_a_persian_court_with_a_long_name_is_the_party() -> None:
    text = "دادگاه ویژه‌ی کیفری بین‌المللی برای جزایر شمالی هفت افسر را به زندان محکوم کرد."
    [(count, party)] = parties(text)
    assert count == 7 and party is not None and party.startswith("دادگاه ویژه")


def test_a_persian_court_after_and_before_a_semicolon_verb() -> None:
    text = (
        "در این پرونده ده نفر محاکمه شدند و دادگاه در پایان چهار متهم را محکوم کرد؛ بقیه آزاد شدند."
    )
    assert [p for _, p in parties(text)] == ["دادگاه"]


def test_courts_and_juries_of_any_number_are_the_party_of_their_verdict() -> None:
    assert parties("The courts sentenced 12 men to death.") == [(12, "courts")]
    jury = parties("A jury in Velmora convicted 5 officers of manslaughter.")
    assert [p for _, p in jury] == ["jury"]


def test_a_court_that_is_the_passive_agent_is_the_party_of_its_clause() -> None:
    text = (
        "Thousands were arrested in the weeks after, and hundreds were sentenced by the "
        "courts in summary trials."
    )
    # the court's name stops before lower-case words; the arrests of the clause before are
    # the author's
    assert [p for _, p in parties(text)] == [None, "courts"]
    agent = parties("12 officers were sentenced by the military court of Velmora to prison.")
    assert [p for _, p in agent] == ["military court of Velmora"]


def test_a_verdict_someone_reports_is_the_reporters_first() -> None:
    before = "Their lawyer, Ana Ruiz, said the tribunal sentenced 12 men to death."
    assert [p for _, p in parties(before)] == ["Ana Ruiz"]
    according = "According to the defence lawyers, the court sentenced 12 men to death."
    assert [p for _, p in parties(according)] == ["defence lawyers"]
    after = "The court sentenced 12 men to death, their lawyers said."
    assert ["lawyers" in (p or "") for _, p in parties(after)] == [True]
    # the court's own words begin at its article, after the reporting verb
    families = "The families said the courts had sentenced 12 men to death."
    assert [p for _, p in parties(families)] == ["families"]
    fa = "به گفته‌ی وکیل این پرونده، دادگاه انقلاب ۶ نفر را به اعدام محکوم کرد."
    assert [p for _, p in parties(fa)] == ["وکیل این پرونده"]


def test_a_verdict_in_a_clause_of_its_own_stays_the_courts() -> None:
    joined = "Amnesty said 300 people died, and a military court later sentenced 12 soldiers."
    assert (12, "military court") in parties(joined)
    # a speaker far into a long tail after the verdict speaks of something else
    tail = "The court sentenced 12 men to death, a ruling their lawyers said would be appealed."
    assert parties(tail) == [(12, "court")]
    # "them" with no one before names no party, and takes no verdict from its court
    assert parties("According to them, the court sentenced 12 men to death.") == [(12, "court")]
    # a second court is no reporter of the first's verdict
    two = "The tribunal sentenced 12 men and the appeals court sentenced 3 more."
    assert parties(two) == [(12, "tribunal"), (3, "appeals court")]


def test_a_reporter_closing_the_sentence_or_in_another_clause() -> None:
    according = "The court sentenced 12 men to death, according to their lawyers."
    assert ["lawyers" in (p or "") for _, p in parties(according)] == [True]
    contrast = "Amnesty says 300 died, but the tribunal sentenced only 12 officers."
    assert (12, "tribunal") in parties(contrast)
    fa = "دیده‌بان حقوق بشر از کشته شدن ۳۰ نفر خبر داد و دادگاه نظامی ۱۲ نفر را به اعدام محکوم کرد."
    assert (12, "دادگاه نظامی") in parties(fa)
