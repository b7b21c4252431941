"""Registry matching: folded spellings, offsets back into the original text, across scripts."""

from sabt.extract import RegisteredEntity, Registry, annotate
from sabt.extract.mentions import Matcher
from sabt.text.normalise import script_of

LATIN_ONLY = Registry(
    (
        RegisteredEntity("raisi", "person", "Ebrahim Raisi"),
        RegisteredEntity("pourmohammadi", "person", "Mostafa Pourmohammadi"),
    )
)


def test_persian_text_links_to_entity_registered_only_in_latin() -> None:
    text = "به گفته‌ی ابراهیم رئيسی، مصطفی پورمحمدی نیز در جلسه بود."
    found = Matcher(LATIN_ONLY).find(text)
    assert [(m.entity, m.text) for m in found] == [
        ("raisi", "ابراهیم رئيسی"),
        ("pourmohammadi", "مصطفی پورمحمدی"),
    ]
    for mention in found:
        assert text[mention.start : mention.end] == mention.text


def test_a_common_word_is_not_taken_for_a_name() -> None:
    assert Matcher(LATIN_ONLY).find("رئیس قوه قضاییه دیروز سخن گفت.") == []


def test_offsets_survive_folding() -> None:
    text = "Ta\u0640tweel\u200c and  MOSTAFA   POUR-MOHAMMADI’s role; also Raisi."
    registry = Registry((RegisteredEntity(1, "person", "Mostafa Pourmohammadi", ("Raisi",)),))
    found = Matcher(registry).find(text)
    assert [m.text for m in found] == ["MOSTAFA   POUR-MOHAMMADI", "Raisi"]
    assert all(text[m.start : m.end] == m.text for m in found)


def test_builtin_registry_has_both_scripts() -> None:
    text = "زندان اوین و Evin Prison و هیئت مرگ"
    result = annotate(text, registry=Registry.builtin())
    assert [m.entity for m in result.mentions] == ["evin", "evin", "death-commission"]


def test_every_builtin_entity_has_a_persian_spelling() -> None:
    # An entity known only in Latin script is matched in Persian text by sound skeleton, a
    # second pass over every Persian word; the built-in registry names each one in both scripts.
    latin_only = [
        e.id
        for e in Registry.builtin().entities
        if not any(script_of(n) in ("Arab", "mixed") for n in e.names)
    ]
    assert latin_only == []


def test_new_names_do_not_hide_registered_ones() -> None:
    text = "Amnesty International Secretary General Agnès Callamard said so. Callamard added more."
    mentions = annotate(text, registry=Registry.builtin()).mentions
    assert [(m.entity, m.text) for m in mentions] == [
        ("amnesty", "Amnesty International"),
        (None, "Agnès Callamard"),
        (None, "Callamard"),
    ]


def test_a_registered_short_name_gives_way_to_the_longer_body_it_opens() -> None:
    text = "The UN Truce Observers Mission in Kashmir counted the dead; the UN said little."
    result = annotate(text, registry=Registry.builtin())
    found = [(m.text, m.type) for m in result.mentions]
    assert ("UN Truce Observers Mission in Kashmir", "organization") in found
    assert ("UN", "organization") in found  # alone, the short name still stands
    assert ("Kashmir", "place") not in found


def test_a_given_name_with_the_family_ending_is_no_world_town() -> None:
    from sabt.extract.world import world_places

    spellings = {a for e in world_places().entities for a in e.aliases}
    assert "تهران" in spellings
    assert not spellings & {"احمدی", "میری"}  # Al Ahmadi, Miri: family names in Persian text


def test_the_politburo_is_a_known_body() -> None:
    found = annotate("The Politburo met at night.", registry=Registry.builtin()).mentions
    assert [(m.text, m.type) for m in found] == [("Politburo", "organization")]
