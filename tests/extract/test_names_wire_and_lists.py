"""Bodies and places of wire reports and lists: a dateline's place, a lower-case party, places
listed before a plural kind, and well-known bodies named alone (sentences of their own)."""

from sabt.extract.annotate import annotate
from sabt.extract.names import propose_names
from sabt.extract.registry import Registry


def _names(text: str) -> set[tuple[str, str]]:
    return {(m.type, m.text) for m in propose_names(text)}


def test_a_datelines_city_is_a_place_not_an_acronym() -> None:
    found = _names("LUSAKA, Zambia, June 2 (AFP) — Police said 12 people were killed.")
    assert ("place", "LUSAKA") in found
    assert ("organization", "LUSAKA") not in found
    assert ("place", "PORT LOKO") in _names("PORT LOKO — Survivors gathered at the school.")


def test_an_acronym_opening_a_paragraph_is_no_dateline() -> None:
    found = _names("UNICEF, the children's agency, said 30 children died.")
    assert ("organization", "UNICEF") in found
    assert ("place", "UNICEF") not in found


def test_a_party_named_in_lower_case() -> None:
    found = _names("Militants of the ruling Umoja party burned the market.")
    assert ("organization", "Umoja party") in found


def test_places_listed_before_a_plural_kind() -> None:
    found = _names("The raids spread to the Kalu, Merta and Oduya districts last year.")
    assert {("place", "Kalu"), ("place", "Merta"), ("place", "Oduya")} <= found
    assert not {m for m in _names("Kurdish and Arab districts voted.") if m[0] == "place"}


def test_well_known_bodies_named_alone() -> None:
    text = "The Kremlin denied it; members of Congress and the Viet Cong said otherwise (AP)."
    found = {(m.type, m.text) for m in annotate(text, registry=Registry.builtin()).mentions}
    assert {("organization", "Kremlin"), ("organization", "Congress"),
            ("organization", "Viet Cong"), ("organization", "AP")} <= found  # fmt: skip


def test_and_the_opens_a_second_body() -> None:
    found = _names("The Tatmadaw and the Kachin Independence Army fought near the border.")
    assert ("organization", "Kachin Independence Army") in found
    assert not any("and the" in name for _, name in found)


def test_a_spokesman_for_a_body_in_apposition_is_a_person() -> None:
    found = _names("Oswin Traherne, spokesman for the Relief Agency, told reporters 20 died.")
    assert ("person", "Oswin Traherne") in found


def test_according_to_a_peoples_adjective_names_no_person() -> None:
    assert not {m for m in _names("According to Malawian officials, 30 died.") if m[0] == "person"}
    found = _names("According to Halvor Brekke, who saw it, 30 died.")
    assert ("person", "Halvor Brekke") in found


def test_a_resident_of_a_place() -> None:
    assert ("place", "Kasanda") in _names("Ruth Ochieng, a resident of Kasanda, said so.")


def test_a_common_nouns_possessive_inside_a_bodys_name() -> None:
    found = _names("The Farmers' Defence Front and the People's Salvation Army clashed.")
    assert {("organization", "Farmers' Defence Front"),
            ("organization", "People's Salvation Army")} <= found  # fmt: skip
    owned = _names("Ostrava's Transport Ministry said so.")
    assert ("organization", "Transport Ministry") in owned


def test_members_opening_a_sentence_are_no_part_of_the_body() -> None:
    found = _names("Soldiers of the 12th Mountain Brigade entered the town.")
    assert ("organization", "12th Mountain Brigade") in found


def test_a_territory_named_before_its_noun() -> None:
    assert ("place", "Walikale") in _names("Rebels attacked the Walikale territory at dawn.")


def test_persian_places_near_and_in_a_dateline() -> None:
    found = _names("کیگالی — سربازان ۳۰ نفر را در غاری نزدیک موساما کشتند.")
    assert {("place", "کیگالی"), ("place", "موساما")} <= found
    assert not {m for m in _names("نزدیک به ۱۰۰ نفر کشته شدند.") if m[0] == "place"}
    assert ("place", "ورودی") not in _names("در کوچه‌ای نزدیک ورودی بازار کشته شدند.")


def test_a_peoples_adjective_before_a_site_names_no_place() -> None:
    found = _names("Militias burned the Tutsi neighbourhood and the Druze village near Kavumu.")
    assert {name for kind, name in found if kind == "place"} == {"Kavumu"}
    assert ("place", "Ixil") in _names("The army swept through the Ixil region in 1982.")
