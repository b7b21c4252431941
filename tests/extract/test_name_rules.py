"""The general name and attribution rules added after the second held-out measurement, each on
sentences of its own (not the held-out documents)."""

import re

import pytest

from sabt.extract.annotate import annotate
from sabt.extract.names import propose_names
from sabt.extract.registry import Registry


def _names(text: str) -> set[tuple[str, str]]:
    return {(m.type, m.text) for m in propose_names(text)}


def test_armed_bodies_lists_of_places_and_named_witnesses() -> None:
    found = _names(
        "Iraqi forces shelled villages near Halabja, Penjwen and Sayid Sadiq. "
        "A survivor, called Shirin Ahmadi here, lost her father in the city of Kirkuk."
    )
    assert {("organization", "Iraqi forces"), ("place", "Halabja"), ("place", "Penjwen"),
            ("place", "Sayid Sadiq"), ("person", "Shirin Ahmadi"),
            ("place", "Kirkuk")} <= found  # fmt: skip


def test_organisation_with_several_of_phrases_and_its_acronym() -> None:
    found = _names("The Office of the Prosecutor of the Court of Justice (OPCJ) said so.")
    assert ("organization", "OPCJ") in found


def test_persian_bodies() -> None:
    found = _names("خبرگزاری فارس و پلیس امنیت گزارش دادند.")
    assert {("organization", "خبرگزاری فارس"), ("organization", "پلیس امنیت")} <= found


def test_source_is_the_sentence_subject_and_she_is_the_last_person() -> None:
    text = (
        "Human Rights Watch, in a report that appeared in 2019, estimated that at least 300 "
        "protesters were killed.\nThe witness Sara Karimi was held for a year. “They hanged "
        "at least 12 men in one night,” she said."
    )
    claims = annotate(text, registry=Registry(())).claims
    assert [(c.value, c.attributed_to) for c in claims] == [
        (300.0, "Human Rights Watch"), (12.0, "Sara Karimi"),
    ]  # fmt: skip


def test_acronyms_standing_alone_are_bodies_but_not_in_capitalised_lines() -> None:
    found = _names("Lawyers told the OHCHR that NATO knew.\nBREAKING NEWS FROM GENEVA\n")
    assert {("organization", "OHCHR"), ("organization", "NATO")} <= found
    assert not {t for _, t in found} & {"BREAKING", "NEWS", "GENEVA"}


def test_bodies_before_a_speech_verb_are_not_persons() -> None:
    found = _names("Reporters Without Borders said so, and Leyla Aram added that it was true.")
    assert ("organization", "Reporters Without Borders") in found
    assert ("person", "Leyla Aram") in found
    assert ("person", "Reporters Without Borders") not in found


def test_places_before_a_place_noun_and_after_of() -> None:
    found = _names(
        "Shelling hit the Kassala region; the governor of Dunmore said the town of Ardal fell."
    )
    assert {("place", "Kassala"), ("place", "Dunmore"), ("place", "Ardal")} <= found


def test_units_named_with_an_ordinal() -> None:
    assert ("organization", "12th Infantry Battalion") in _names(
        "The 12th Infantry Battalion moved."
    )


def test_persian_names_with_a_parenthesis_and_a_compound_given_name() -> None:
    found = _names("نصرالله کاظمی (نامی ساختگی) گفت که برادرش را بردند. سمیرا اکبری، وکیل او، گفت.")
    assert {("person", "نصرالله کاظمی"), ("person", "سمیرا اکبری")} <= found


def test_persian_bodies_of_several_words_stop_before_a_verb() -> None:
    found = _names("حزب دموکرات کردستان ایران اعلام کرد. زندانیان در زندان عادل‌آباد شکنجه شدند.")
    assert ("organization", "حزب دموکرات کردستان") in found or (
        "organization",
        "حزب دموکرات کردستان ایران",
    ) in found
    assert ("place", "زندان عادل‌آباد") in found
    assert not any(kind == "place" and text.startswith("زندانی") for kind, text in found)


def test_aliases_relatives_and_sites_known_by_a_code() -> None:
    found = _names(
        "Tomas Ferrer, alias Tito, ran Camp B-12. Rebels seized Orlova before dawn. "
        "Witnesses said nothing. Guards held him at B-12."
    )
    assert {("person", "Tito"), ("place", "Orlova"), ("place", "B-12")} <= found
    assert ("person", "Witnesses") not in found


def test_persian_relatives_and_names_joined_by_and() -> None:
    found = _names("برادرش مهدی کرمی در خانه بود. نسرین طاهری و سیامک نوری، دو وکیل، گفتند.")
    assert {
        ("person", "مهدی کرمی"),
        ("person", "نسرین طاهری"),
        ("person", "سیامک نوری"),
    } <= found


def test_a_persian_body_stops_at_another_head_and_at_the_verb() -> None:
    found = _names("هواپیماهای ارتش عراق شهر حلب را زدند. او در زندان درگذشت.")
    assert ("organization", "ارتش عراق") in found
    assert ("place", "شهر حلب") in found
    assert not any(text.endswith("درگذشت") for _, text in found)


def test_a_person_whose_fate_or_age_the_sentence_gives() -> None:
    found = _names(
        "Omid Farhadi, 29, was arrested in March. Lale Deniz was hanged at dawn. "
        "The Revolutionary Guards were deployed."
    )
    assert {("person", "Omid Farhadi"), ("person", "Lale Deniz")} <= found
    assert ("person", "Revolutionary Guards") not in found


def test_persian_names_marked_by_an_arabic_article_or_an_age() -> None:
    found = _names("حکم بازداشت خالد الحسنی، فرمانده تیپ، صادر شد. بهار نوری، ۱۹ ساله، بازداشت شد.")
    assert {("person", "خالد الحسنی"), ("person", "بهار نوری")} <= found


def test_a_place_in_apposition_is_not_a_person() -> None:
    text = "Camp Ardo, a detention site near the border, held hundreds."
    found = {(m.type, m.text) for m in annotate(text, registry=Registry()).mentions}
    assert found == {("place", "Camp Ardo")}


def test_a_body_in_apposition_and_persian_forces_with_a_name() -> None:
    text = (
        "Casa Norte, a small rights group in the city, said so. "
        "نیروهای امنیتی و نیروهای پیشمرگ آمدند."
    )
    found = {(m.type, m.text) for m in annotate(text, registry=Registry()).mentions}
    assert ("organization", "Casa Norte") in found
    assert ("organization", "نیروهای پیشمرگ") in found
    assert not any(text.startswith("نیروهای امنیتی") for _, text in found)


def test_a_persian_place_named_with_its_head_is_found_bare_later() -> None:
    found = _names("نیروها وارد شهر خانقین شدند. در خانقین بسیاری گریختند.")
    assert sum(1 for kind, text in found if kind == "place" and text == "خانقین") == 1
    assert ("place", "شهر خانقین") in found


def test_a_post_before_a_speech_verb_is_no_person_and_keeps_the_occupancy() -> None:
    text = "Rosa Ortega, the UN High Commissioner, said so."
    got = annotate(text, registry=Registry())
    assert [m.text for m in got.mentions if m.type == "person"] == ["Rosa Ortega"]
    assert [(o.person, o.position) for o in got.occupancies] == [
        ("Rosa Ortega", "UN High Commissioner")
    ]


def test_an_apposition_whose_noun_is_not_its_head_names_no_place() -> None:
    text = "Omid Sadri, a former prison official, was tried."
    found = {(m.type, m.text) for m in annotate(text, registry=Registry()).mentions}
    assert found == {("person", "Omid Sadri")}


def test_a_persian_family_name_that_is_a_given_name_before_a_post() -> None:
    names = _names("ساکنان شهر، رئیس پلیس را مقصر دانستند.")
    assert not any(kind == "person" for kind, _ in names)
    got = _names("عزت حسین، وزیر دفاع، در جلسه حاضر بود.")
    assert ("person", "عزت حسین") in got


def test_a_run_opening_with_a_known_given_name_is_a_person_without_a_cue() -> None:
    found = _names(
        "The inquiry, led by Helena Novak, reached the valley in May. Mohammad Karimzadeh "
        "kept the list, and a report by Marco Bellini followed."
    )
    assert {("person", "Helena Novak"), ("person", "Mohammad Karimzadeh"),
            ("person", "Marco Bellini")} <= found  # fmt: skip


def test_a_given_name_run_is_no_person_inside_a_longer_name_or_at_a_site() -> None:
    found = _names(
        "Staff of the Helen Suzman Foundation met on Maria Street. Thomas Hall, a dormitory "
        "for nurses, burned."
    )
    assert not {name for kind, name in found if kind == "person"}


def test_an_unknown_first_name_with_no_cue_is_not_proposed() -> None:
    assert not any(kind == "person" for kind, _ in _names("The court heard Tuvok Zarrin."))


def test_a_post_then_its_holder_in_apposition_and_new_cues_of_fate() -> None:
    found = _names(
        "Its director, Tarsem Oduya, estimated the losses. Dervla Quist, whose farm was "
        "burned, spoke later. Orvan Tesk was later charged with murder."
    )
    assert {("person", "Tarsem Oduya"), ("person", "Dervla Quist"),
            ("person", "Orvan Tesk")} <= found  # fmt: skip


def test_a_post_in_a_list_of_names_is_not_the_next_person() -> None:
    found = _names("The panel: Alina Varga, Chief Prosecutor; Omid Sarrafi, the judge.")
    assert ("person", "Chief Prosecutor") not in found
    assert "Prosecutor" not in {name for kind, name in found if kind == "person"}


def test_new_organisation_words_name_governments_units_and_papers() -> None:
    found = _names(
        "The Karvan Regional Government denied it. So did the 3rd Mountain Rifles. The "
        "Daily Meridian Herald printed the denials."
    )
    assert {("organization", "Karvan Regional Government"),
            ("organization", "3rd Mountain Rifles"),
            ("organization", "Daily Meridian Herald")} <= found  # fmt: skip


def test_a_name_that_spells_its_acronym_is_a_body_and_a_state_is_not() -> None:
    found = _names(
        "Fighters loyal to the Tavor Valley Defenders (TVD) crossed into the Central "
        "Osterland Republic (COR). The Quick Brown Fox (XYZ) stayed."
    )
    assert ("organization", "Tavor Valley Defenders") in found
    assert ("organization", "TVD") in found
    assert not {n for k, n in found if k == "organization" and n.startswith(("Central", "Quick"))}


def test_places_named_by_their_kind_before_or_after_the_name() -> None:
    found = _names("Families fled up Mount Halvar to the Orlen Barracks and Sarvo Heights.")
    assert {("place", "Mount Halvar"), ("place", "Orlen Barracks"),
            ("place", "Sarvo Heights")} <= found  # fmt: skip


def test_a_given_name_run_after_another_capitalised_word_is_left_to_other_rules() -> None:
    found = _names("Prayers were led by Elder Maria Okafor. In Marco Bellini’s view it was late.")
    assert ("person", "Maria Okafor") not in found
    assert ("person", "Marco Bellini") in found


def test_places_after_movement_verbs_plural_place_nouns_and_a_modifier() -> None:
    found = _names(
        "Detainees were taken to Varosh and later returned to Kelmar. Troops burned the "
        "hamlets of Dunvar and Rellick, then shelled the Tarsa refugee camp near the "
        "Orvik forest."
    )
    assert {("place", "Varosh"), ("place", "Kelmar"), ("place", "Dunvar"),
            ("place", "Rellick"), ("place", "Tarsa"), ("place", "Orvik")} <= found  # fmt: skip


def test_a_body_in_apposition_headed_by_society_or_union() -> None:
    found = _names("Lumen, the regional human rights society, kept the files.")
    assert ("organization", "Lumen") in found


def test_surnames_are_found_again_as_whole_words() -> None:
    text = (
        "Dariusz Kowal-Brant, 41, was detained. Ilse Brant said Kowal-Brant and Brant met "
        "Brantley; Brant’s car, Kowal-Brantov and (Brant) too."
    )
    again = sorted((m.start, m.text) for m in propose_names(text) if m.annotator == "names:surname")
    plain = sorted((m.start(), m.group()) for m in re.finditer(r"\b(?:Brant|Kowal-Brant)\b", text))
    assert again == plain
    assert [t for _, t in again].count("Brant") == 4


def test_person_cues_of_rank_office_and_power() -> None:
    found = _names(
        "Brigadier General Oskar Lindqvist, then chief of staff, gave the order. Major General "
        "B. T. Okafor surrendered in 1970. Tomasz Wierzba seized power in 1961 and Irena "
        "Malek took office later. The inquiry, chaired by the novelist Hedda Sorensen, sat. "
        "The head of the harbour police, Marek Dunaj, said the roads were closed."
    )
    assert {("person", "Oskar Lindqvist"), ("person", "B. T. Okafor"),
            ("person", "Tomasz Wierzba"), ("person", "Irena Malek"),
            ("person", "Hedda Sorensen"), ("person", "Marek Dunaj")} <= found  # fmt: skip
    assert not any("General" in name for _, name in found)


def test_places_opening_a_sentence_or_named_by_kind_and_datelines() -> None:
    found = _names(
        "Troops left at dawn. In Velika Brda, the men were taken away. In March, it rained. "
        "Recruits had left Fort Halvard, a training base near the coast."
    )
    assert {("place", "Velika Brda"), ("place", "Fort Halvard")} <= found
    assert not any(kind == "person" for kind, _ in found)
    assert ("place", "March") not in found
    dated = annotate(
        "KAMPALA — Talks resumed. The text quoted KAMPALA twice.", registry=Registry.builtin()
    )
    places = [m for m in dated.mentions if m.type == "place"]
    assert [(m.text, m.start) for m in places] == [("KAMPALA", 0)]


def test_bodies_joined_by_and_are_two_and_a_people_is_no_person() -> None:
    found = _names(
        "The Regional Monitoring Office and the Lakeland Truth Commission published it, and "
        "the Truth and Reconciliation Commission agreed. The office for displaced Ruthenes says "
        "more are missing, and the Norland Air Force denied it."
    )
    assert {("organization", "Regional Monitoring Office"),
            ("organization", "Lakeland Truth Commission"),
            ("organization", "Truth and Reconciliation Commission"),
            ("organization", "Norland Air Force")} <= found  # fmt: skip
    assert ("person", "Ruthenes") not in found


def test_a_place_named_with_its_cue_is_found_bare_again() -> None:
    text = (
        "Shells fell on the village of Dolni Brod in May. Dolni Brod later emptied; the "
        "Dolni Brod Farmers Union and Ana Dolni Brod were not places."
    )
    again = [(m.start, m.text) for m in propose_names(text) if m.annotator == "names:place-again"]
    bare = [text.index("Dolni Brod"), text.index("Dolni Brod later")]  # the cued one too
    assert again == [(start, "Dolni Brod") for start in bare]


def test_an_armed_body_with_a_lower_case_kind_between() -> None:
    found = _names("Norland federal forces and Ostrian paramilitary police entered the valley.")
    assert {("organization", "Norland federal forces"),
            ("organization", "Ostrian paramilitary police")} <= found  # fmt: skip


# The rules added after set 10's study, each on sentences written for the test.


def test_title_opening_a_body_names_the_person_and_the_body_after_of() -> None:
    found = _names("On 2 May Judge Marisol Vega-Lindqvist of the District Court ruled.")
    assert {("person", "Marisol Vega-Lindqvist"), ("organization", "District Court")} <= found
    assert not any("Judge" in text for kind, text in found if kind == "organization")


def test_person_appointed_in_apposition_and_premier_as_a_title() -> None:
    found = _names(
        "Harlow Cobb, appointed premier in 1990, declared a curfew. Premier Dana Wirth left."
    )
    assert {("person", "Harlow Cobb"), ("person", "Dana Wirth")} <= found


def test_firm_in_apposition_found_again_bare_and_its_possessive_is_no_place() -> None:
    text = (
        "Workers struck at Kestrel's Vantor copper mine. Kestrel, the country's second-largest "
        "copper producer, said the strike was illegal."
    )
    found = {(m.type, m.text, m.start) for m in propose_names(text)}
    first = text.index("Kestrel")
    assert ("organization", "Kestrel", first) in found  # the bare owner, found again
    assert ("place", "Vantor", text.index("Vantor")) in found
    assert not any(kind == "place" and name == "Kestrel" for kind, name, _ in found)


def test_place_nouns_settlement_and_massacre_and_an_apostrophe_in_a_name() -> None:
    found = _names(
        "Troops fired along Xi'an Avenue, near the Orvell settlement, as in the Tarnow massacre."
    )
    assert {("place", "Xi'an Avenue"), ("place", "Orvell"), ("place", "Tarnow")} <= found


def test_body_runs_on_to_its_purpose_or_its_missions_place() -> None:
    found = _names(
        "The Campaign to End Child Labour wrote. The Verification Mission in Chad reported it."
    )
    assert {("organization", "Campaign to End Child Labour"),
            ("organization", "Verification Mission in Chad")} <= found  # fmt: skip


def test_generic_body_before_a_post_is_part_of_the_post() -> None:
    found = _names("Federal Police Commissioner Tomas Reyl spoke.")
    assert ("organization", "Federal Police") not in found
    assert ("organization", "Federal Police") in _names("The Federal Police fired on them.")


def test_body_named_by_its_spokesman_not_a_peoples_adjective() -> None:
    found = _names(
        "The Pentagon spokeswoman denied it; the Iranian spokesman and the Army spokesman agreed."
    )
    assert ("organization", "Pentagon") in found
    assert not {("organization", "Iranian"), ("organization", "Army")} & found


def test_body_named_by_a_members_post_in_it() -> None:
    found = _names(
        "Tariq Osman, secretary general of Hizb-ut-Tahrir, was held. A member of Parliament "
        "and a founder of Voz Libre spoke; the spokesman of Ana Ortiz's campaign left."
    )
    assert {("organization", "Hizb-ut-Tahrir"), ("organization", "Voz Libre")} <= found
    assert not {("organization", "Parliament"), ("organization", "Ana")} & found


def test_a_person_in_apposition_at_a_body_is_no_body() -> None:
    text = "Mia Lund, an economist at the bank, said the figures were false."
    found = {(m.text, m.type) for m in propose_names(text)}
    assert ("Mia Lund", "person") in found
    assert ("Mia Lund", "organization") not in found


_BODY_SHAPES = [
    ("Jets of the US-led coalition struck the bridge.", "US-led coalition"),
    ("Leaders of the Zapatista movement met in the hills.", "Zapatista movement"),
    ("Peru's Attorney General's Office opened a case.", "Attorney General's Office"),
]


@pytest.mark.parametrize(("text", "body"), _BODY_SHAPES)
def test_a_body_with_a_lower_case_kind_or_a_post_holders_office(text: str, body: str) -> None:
    assert (body, "organization") in {(m.text, m.type) for m in propose_names(text)}


def test_the_protest_movement_names_no_body() -> None:
    assert not [m for m in propose_names("The protest movement grew.") if m.type == "organization"]


def test_a_person_in_apposition_as_a_bodys_post_without_an_article() -> None:
    text = "Ahmad Karimov, ABC's legal adviser, told reporters that the men would be tried."
    assert ("Ahmad Karimov", "person") in {(m.text, m.type) for m in propose_names(text)}
