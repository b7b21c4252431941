"""Landmarks and land named by their last word (a palace, a penitentiary, a memorial, a sea, a
gulf) or by a lower-case noun after them (the X fortress, the X delta, the X coast); a lone head
after an article names nothing."""

from tests.extract.helpers import annotated


def test_a_palace_and_a_penitentiary_named_by_their_last_word() -> None:
    text = "Witnesses said Qasr Palace and Makala Penitentiary were shelled."
    assert {"Qasr Palace", "Makala Penitentiary"} <= set(annotated(text, "place"))


def test_a_memorial_a_fortress_and_a_sea() -> None:
    text = "Survivors say Nyarubuye Memorial holds 20,000 dead; the Aegean Sea took more."
    assert {"Nyarubuye Memorial", "Aegean Sea"} <= set(annotated(text, "place"))


def test_a_jail_and_a_gulf() -> None:
    text = "Officials said Kirikiri Jail was full and the Sirte Gulf was closed."
    assert {"Kirikiri Jail", "Sirte Gulf"} <= set(annotated(text, "place"))


def test_lower_case_land_nouns_after_a_name() -> None:
    text = "Farmers say the Ogun delta and the Bekwai fortress were flooded."
    assert {"Ogun", "Bekwai"} <= set(annotated(text, "place"))


def test_a_peoples_adjective_before_a_land_noun_is_no_place() -> None:
    text = "Villages across the Kurdish highlands and the Tutsi hills were burned."
    assert annotated(text, "place") == []


def test_a_lone_head_after_an_article_names_nothing() -> None:
    for text in ("The Sea was calm that night.", "The Prison was closed in May.",
                 "The Memorial opened later."):  # fmt: skip
        assert annotated(text, "place") == [], text


def test_a_surname_like_head_left_out_is_no_place() -> None:
    assert annotated("Barbara Castle and Tom Gardens spoke.", "place") == []
